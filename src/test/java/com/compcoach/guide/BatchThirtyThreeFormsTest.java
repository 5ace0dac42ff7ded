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

  @Test
  void aPlaceAfterAndAtWithItsFigureAndNoVerb_isARegionOfItsOwn() {
    GuideReading reading = read("""
        ## Pay

        At Melbourne, our head office, base is A$98,000–A$112,000. At Geelong it's A$92,000–A$104,000, and at Ballarat
        A$88,000–A$100,000.

        No bonus and no shares.
        """);

    assertEquals(3, reading.guide().regions().size(), reading.findings().toString());
    assertEquals("Ballarat", reading.guide().regions().get(2).name());
    assertEquals(Range.of(88_000, 100_000), bands(reading, 2).base());
  }

  @Test
  void twoPremiumsInOneSentenceJoinedByAnd_areTwoPremiums() {
    GuideReading reading = read(TWO_PLACES + """
        No bonus and no shares.

        ## Allowances

        Night shifts add A$4,500 a year on average, and a critical-care postgraduate certificate adds A$3,000 a year to
        base.
        """);

    assertEquals(2, reading.guide().premiums().size(), reading.guide().premiums().toString());
    assertEquals(Range.of(3_000, 3_000), reading.guide().premiums().get(1).amount());
  }

  private static final String FOOTNOTED_RSUS = """
      ## Pay by site

      - **Austin (HQ)** — base $118K–$138K, RSUs approx. $80K†, bonus 10%
      - **Boston** — base $126K–$148K, RSUs approx. $64K†, bonus 10%

      """;

  @Test
  void aStockFigureFootnotedAsTheWholeGrantOverYears_isReadPerYear() {
    GuideReading reading = read(FOOTNOTED_RSUS + "† The RSU figure is the whole new-hire grant, vesting over four"
        + " years (25% a year).\n");

    assertEquals(Range.of(20_000, 20_000), bands(reading, 0).stock());
    assertEquals(Range.of(16_000, 16_000), bands(reading, 1).stock());
  }

  @Test
  void aStockFigureFootnotedAsAYearsWorthOfAGrant_staysAsWritten() {
    GuideReading reading = read(FOOTNOTED_RSUS + "† The yearly value of the RSU grant, which vests over four years.\n");

    assertEquals(Range.of(80_000, 80_000), bands(reading, 0).stock());
  }

  private static final String MID_AND_SENIOR = """

      ## Bands

      - **Boston (HQ)**: Mid $150K–$175K base · Senior $180K–$210K base. Senior RSUs $45K/yr, bonus 15%.
      - **San Diego**: Mid $145K–$168K base · Senior $172K–$200K base. Senior RSUs $40K/yr, bonus 15%.
      """;

  @Test
  void twoNamedLevelsOnAPlacesLine_giveTheLevelTheTitleNames() {
    GuideReading reading = SeedGuides.READER.read("fathom/ml.md", "# Senior ML Engineer — Fathom\n" + MID_AND_SENIOR
        + BatchThirteenFormsTest.LEVERS_AND_SOURCES);

    assertEquals(Range.of(180_000, 210_000), bands(reading, 0).base());
    assertEquals(Range.of(172_000, 200_000), bands(reading, 1).base());
    assertEquals(Range.of(45_000, 45_000), bands(reading, 0).stock());
  }

  @Test
  void twoNamedLevelsOnAPlacesLine_inAGuideForNeither_neverServeTheFirstLevel() {
    GuideReading reading = SeedGuides.READER.read("fathom/ml.md", "# ML Engineer — Fathom\n" + MID_AND_SENIOR
        + BatchThirteenFormsTest.LEVERS_AND_SOURCES);

    org.junit.jupiter.api.Assertions.assertTrue(reading.guide() == null || reading.guide().regions().stream()
        .noneMatch(r -> r.bands().base().equals(Range.of(150_000, 175_000))), String.valueOf(reading.guide()));
  }

  @Test
  void placeLinesWithAnArrowAfterThePlace_areRegions_andAnArrowBetweenFiguresStaysARange() {
    GuideReading reading = SeedGuides.READER.read("maplewood/designer.md", """
        # Product Designer — Maplewood Health

        all CAD.

        toronto (hq) → 112-134k base, 15k/yr rsus, 8% bonus
        vancouver -> 108-128k base, 15k/yr rsus, 8% bonus
        """ + BatchThirteenFormsTest.LEVERS_AND_SOURCES);

    assertEquals(2, reading.guide().regions().size(), reading.findings().toString());
    assertEquals(Range.of(112_000, 134_000), bands(reading, 0).base());
    assertEquals(Range.of(108_000, 128_000), bands(reading, 1).base());
    assertEquals("CAD", reading.guide().regions().get(1).currency());
    assertEquals("Time spent: 3 → 4 days", ExportMarks.blanked("Time spent: 3 → 4 days"));
  }

  @Test
  void aSentenceLabelOverANumberedListOfQuotedAsks_isNoPlace() {
    GuideReading reading = read(TWO_PLACES + """
        No bonus and no shares.

        things that have worked for people:
        1. pointing at a competing offer — "I have an offer at 130k base from another hospital; can you match?"
        """);

    assertEquals(2, reading.guide().regions().size(), reading.guide().regions().toString());
  }

  private static GuideReading denver(String sentence) {
    return SeedGuides.READER.read("brightline/sre.md", "# SRE — Brightline Freight\n\n## Pay by location\n\n"
        + "Chicago is our headquarters. SREs there are paid a base salary of $148,000 to $176,000, receive RSUs worth"
        + " $30,000 a year, and have a 12% annual bonus target.\n\n" + sentence + "\n"
        + BatchThirteenFormsTest.LEVERS_AND_SOURCES);
  }

  @Test
  void theSameRsusAndTheSamePercentBonus_areThePlaceBeforesStockAndThatPercentOfItsOwnBase() {
    GuideReading reading = denver("In Denver the base is $140,000 to $166,000, with the same RSUs and the same 12% bonus"
        + " target.");

    assertEquals(Range.of(30_000, 30_000), bands(reading, 1).stock());
    assertEquals(Range.of(16_800, 19_920), bands(reading, 1).bonus());
  }

  @Test
  void aPercentAfterAStockLabelAndAnAnd_isThePartNamedAfterIt() {
    GuideReading reading = denver("In Denver the base is $140,000 to $166,000, with the same RSUs and a 12% bonus"
        + " target.");

    assertEquals(Range.of(16_800, 19_920), bands(reading, 1).bonus());
  }
}
