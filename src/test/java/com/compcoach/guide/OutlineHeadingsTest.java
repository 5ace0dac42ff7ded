package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutlineHeadingsTest {

  @Test
  void headed_romanSectionsAndLetteredOffices_becomeHeadingsOfTheSameWidth() {
    String in = "# Outline\n\nI. Scope\n\nText.\n\nII. Pay by office\n\nA. Tampa (HQ)\n   1. Base salary: $64,000\n"
        + "B. Orlando\n   1. Base salary: $61,000\n\nIII. Targets\n\nTampa $79,000.\n";

    String out = OutlineHeadings.headed(in);

    assertEquals("# Outline\n\n#  Scope\n\nText.\n\n#   Pay by office\n\n## Tampa (HQ)\n   1. Base salary: $64,000\n"
        + "## Orlando\n   1. Base salary: $61,000\n\n#    Targets\n\nTampa $79,000.\n", out);
    assertEquals(in.length(), out.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Two numerals are no outline; a lone letter is prose.
      "I. Overview\nII. Pay\nA. Boston\nB. Denver",
      // Numerals out of order, or past the first, are no outline.
      "x\nII. Pay\nIII. Levers\nIV. Sources",
      // A numbered line holding figures is a sentence, not a section's name.
      "I. Scope\nII. Pay is $90,000 to $110,000\nIII. Levers"})
  void headed_noOutlineFromTheFirstNumeral_leavesTheTextAsWritten(String in) {
    assertSame(in, OutlineHeadings.headed(in));
  }
}
