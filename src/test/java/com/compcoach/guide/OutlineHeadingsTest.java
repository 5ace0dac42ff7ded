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

  @Test
  void headed_decimalOutlineExportedAsPlainText_becomesHeadingsOfTheSameWidth() {
    // A Google Doc saved as text: "1.1 Columbus (HQ)" was a paragraph, and its targets line was served as a place.
    String in = "Claims Adjuster — Northstar\n\n1. Pay by location\n\n1.1 Columbus (HQ)\nBase salary: $62,000\n\n"
        + "1.2 Cincinnati\nBase salary: $58,000\n\n2. Targets\n\nColumbus $76,000.\n\n3. Levers\n\n3.1 Remote days\n";

    String out = OutlineHeadings.headed(in);

    assertEquals("Claims Adjuster — Northstar\n\n## Pay by location\n\n### Columbus (HQ)\nBase salary: $62,000\n\n"
        + "### Cincinnati\nBase salary: $58,000\n\n## Targets\n\nColumbus $76,000.\n\n## Levers\n\n### Remote days\n",
        out);
    assertEquals(in.length(), out.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // A numbered list of levers has no decimals under it: a list, not an outline.
      "# Levers\n\n1. Sign-on\n\n2. Equity\n\n3. Title\n",
      // A policy's clauses hold figures and close on a point: sentences, not sections' names.
      "1. Scope\n\n1.1 This policy covers staff.\n\n2. Pay\n\n2.1 Staff in Leeds are paid £50,000.\n\n3. Review\n",
      // Numbers that are not from 1 in order are no outline.
      "2. Pay\n\n2.1 Denver\n\n3. Targets\n\n4. Levers\n"})
  void headed_noDecimalOutline_leavesTheTextAsWritten(String in) {
    assertEquals(in, OutlineHeadings.headed(in));
  }
}
