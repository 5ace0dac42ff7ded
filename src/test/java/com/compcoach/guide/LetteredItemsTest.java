package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetteredItemsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a) **Sign-on** — x\\nb) **Start date** — y|1) **Sign-on** — x\\n2) **Start date** — y",
      "(a) one\\n\\n(b) two\\n(c) three|' 1) one\\n\\n 2) two\\n 3) three'",
      "i. one\\nii. two\\niii. three|1) one\\n 2) two\\n  3) three",
      "A) one\\nB) two|1) one\\n2) two",
      "'  a) one\\n  b) two'|'  1) one\\n  2) two'"})
  void numbered_aRunInOrder_becomesAnOrderedListOfTheSameWidth(String text, String expected) {
    String in = text.replace("\\n", "\n");
    String out = LetteredItems.numbered(in);

    assertEquals(expected.replace("\\n", "\n"), out);
    assertEquals(in.length(), out.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a) a lone item stays prose",
      "b) starts past a\\nc) and goes on",
      "A. Pay bands\\nB. Levers",
      "I. Overview\\nII. Pay",
      "a) one\\nc) skips b",
      "   (a) one\\n   (b) two"})
  void numbered_noRunFromTheFirst_leavesTheTextAsWritten(String text) {
    String in = text.replace("\\n", "\n");

    assertSame(in, LetteredItems.numbered(in));
  }
}
