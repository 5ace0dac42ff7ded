package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LongCliffTest {

  @Test
  void answer_aOneAndAHalfYearCliff_isEighteenMonths() {
    String answer = LongCliff.answer("is a 1.5 year cliff normal?");

    assertTrue(answer.startsWith("No: a cliff of 18 months is not normal."), answer);
  }

  @Test
  void answer_aTwoYearCliff_isTwentyFourMonths() {
    assertTrue(LongCliff.answer("they have a 2-year cliff, is that ok?").contains("24 months"));
  }

  @Test
  void answer_aOneYearCliff_isLeftToTheUsualAnswer() {
    assertNull(LongCliff.answer("is a 1 year cliff normal?"));
  }
}
