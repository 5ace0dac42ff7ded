package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartWordsTest {

  @ParameterizedTest
  @CsvSource({"bouns, bonus", "stok, stock", "equty, equity", "bse, base", "slary, salary"})
  void partSlip_partWordOneLetterOff_isThatPart(String typed, String part) {
    assertEquals(part, PartWords.partSlip(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"based", "stuck", "bogus", "bonus", "be", "bank"})
  void partSlip_realWordOrThePartItself_isNoSlip(String typed) {
    assertNull(PartWords.partSlip(typed));
  }
}
