package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Batch 33 (session 22, guides22): lists, prose and documents, each class in a wording of its own. */
class BatchThirtyThreeFormsTest {

  private static GuideReading read(String body) {
    return SeedGuides.READER.read("acme/nurse.md", "# Nurse — Acme Health\n\n" + body
        + BatchThirteenFormsTest.LEVERS_AND_SOURCES);
  }

  private static Bands bands(GuideReading reading, int i) {
    return reading.guide().regions().get(i).bands();
  }

  private static final String TWO_PLACES = """
      ## Pay

      - Melbourne (HQ): base A$98,000–A$112,000
      - Geelong: base A$92,000–A$104,000

      """;

  @Test
  void profitSharingAsAPercentOfBase_isThePlacesBonus() {
    GuideReading reading = read("""
        ## Pay

        - Minneapolis (HQ): base $74,000–$88,000 · profit sharing 6% of base · no equity
        - Kansas City: base $68,000–$80,000 · profit-sharing 6% of base · no equity
        """);

    assertEquals(Range.of(4_440, 5_280), bands(reading, 0).bonus());
    assertEquals(Range.of(4_080, 4_800), bands(reading, 1).bonus());
  }

  @Test
  void noBonusAndNoSharesBeforeADashedAside_isNoneForEveryPlace() {
    GuideReading reading = read(TWO_PLACES + "No bonus and no shares — we're a not-for-profit.\n");

    assertEquals(Range.of(0, 0), bands(reading, 1).stock());
    assertEquals(Range.of(98_000, 112_000), bands(reading, 0).total());
  }

  @Test
  void superannuationPercentUnderAQuestionOfBonusOrShares_isNoStock() {
    GuideReading reading = read(TWO_PLACES + """
        **Q: Is there a bonus or shares?**
        A: No bonus and no shares — we're a not-for-profit. Superannuation of 12% is paid on top of base by law and
        isn't counted in these figures.
        """);

    assertEquals(Range.of(0, 0), bands(reading, 0).stock());
    assertEquals(Range.of(92_000, 104_000), bands(reading, 1).total());
  }
}
