package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenFiguresTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "they offered one ninety five base | they offered 195 base",
      "twenty percent bonus | 20% bonus",
      "a hundred and sixty thousand in RSUs | 160000 in RSUs",
      "sign on of twenty k | sign on of 20k",
      "two fifty k tc | 250k tc",
      "one oh five base | 105 base",
      "about forty a year in stock | about 40 a year in stock",
      "base is one ninety not one eighty | base is 190 not 180",
      "two hundred and five k base | 205000 base",
      "base two hundred and five thousand | base 205000"})
  void value_figureSaidInWords_isWrittenInDigits(String typed, String read) {
    assertEquals(read, SpokenFigures.value(typed).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"over four years with a one year cliff", "twenty four months of vesting",
      "we talked at one thirty pm", "four people on the team", "one hundred fifty thousand base", "180k base"})
  void value_countsTimesAndWhatTheGrammarReads_areLeftAsTyped(String typed) {
    assertNull(SpokenFigures.value(typed));
  }
}
