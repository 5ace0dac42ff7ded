package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ListSlashesTest {

  @Test
  void value_slashesBetweenNamedParts_readAsCommas() {
    assertEquals("we were going to say 150 base, 35k RSU total over 4, 12% bonus",
        ListSlashes.value("we were going to say 150 base / 35k RSU total over 4 / 12% bonus").text());
    assertEquals("base 150, bonus 12%", ListSlashes.value("base 150 / bonus 12%").text());
  }

  @Test
  void value_slashBeforeAGrantsYears_leftForTheGrantReader() {
    assertNull(ListSlashes.value("80k RSU/4"));
    assertNull(ListSlashes.value("150 base, rsus 200k / 4 yrs"));
  }

  @Test
  void value_oneLetterShorthand_leftAsWritten() {
    assertNull(ListSlashes.value("175k base + 160k equity over four w/ a 1 yr cliff + 20k sign-on"));
  }

  @Test
  void value_bareFiguresOrAPeriod_leftForTheirReaders() {
    assertNull(ListSlashes.value("185/45/30"));
    assertNull(ListSlashes.value("150 base, 35k/yr rsu"));
    assertNull(ListSlashes.value("base/bonus/stock: 185/45/30"));
  }
}
