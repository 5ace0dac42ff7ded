package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedSlipsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "they offered 150 base, sorry 155, plus 10% bonus | they offered 155 base, plus 10% bonus",
      "180k, i mean 185k base | 185k base",
      "base is 180l and bonus 15% | base is 180k and bonus 15%",
      "offer: 172k base, 10% bonus. wait no, 175k base | offer: 175k base, 10% bonus"})
  void value_slipMendedInTheSameMessage_keepsWhatWasMeant(String typed, String read) {
    assertEquals(read, TypedSlips.value(typed).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"150 base, sorry 20k bonus", "180k base and 15% bonus", "401k match 4%"})
  void value_noFigureTakenBack_changesNothing(String typed) {
    Rewritten w = TypedSlips.value(typed);
    assertEquals(typed, w == null ? typed : w.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ofer came thru: 148k base | offer came thru: 148k base",
      "sory base is 152k not 148 | sorry base is 152k not 148",
      "rsus 120k ovr 4 yrs | rsus 120k over 4 yrs"})
  void value_keyWordOneLetterOff_isReadAsThatWordAndSaidBack(String typed, String read) {
    Rewritten w = TypedSlips.value(typed);
    assertEquals(read, w.text());
    assertTrue(w.remark().startsWith("Read \""), w.remark());
  }

  @ParameterizedTest
  @ValueSource(strings = {"two offers on the table, 180k base", "the oven is hot", "sorry, over budget",
      "Ofer from Stripe said 200k base", "Omer said 180k"})
  void value_realWordsNearAKeyWord_areLeftAlone(String typed) {
    assertNull(TypedSlips.value(typed), typed);
  }
}
