package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader on the styles of issue #12 and the findings that keep it from reading anything in silence. */
class GuideReaderStylesTest {

  private static final String LEVERS = """

      ## Levers

      1. **Market lever**
      > "Comparable offers pay a base of $185K; I'd like the base there."

      ## Sources

      - Levels.fyi 2026
      """;

  private static GuideReading read(String body) {
    return SeedGuides.READER.read("acme/data-engineer.md", "# Data Engineer | Acme Negotiation Guide\n\n" + body
        + LEVERS);
  }

  private static List<Finding> findings(GuideReading reading, Severity severity) {
    return reading.findings().stream().filter(f -> f.severity() == severity).toList();
  }

  @Test
  void read_bonusAsPercentOfBase_derivesTheAmountAndSaysSoInAnInfoLine() {
    GuideReading reading = read("""
        ## Pay

        | City | Salary | RSUs per year | Target bonus | TC |
        |---|---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | 10% | $179K–$233K |
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(14_000, 17_500), bands.bonus());
    assertEquals(Range.of(10, 10), bands.bonusPercent());
    Finding info = findings(reading, Severity.INFO).get(0);
    assertEquals(7, info.line());
    assertTrue(info.message().startsWith("bonus for Denver, CO is 10% of base: read as $14K–$17.5K (derived)"),
        info.message());
  }

  @Test
  void read_wholeGrantOverFourYears_isPerYearInTheBandsWithTheGrantKept() {
    GuideReading reading = read("""
        ## Pay bands (this year)

        | Location | Base | Equity grant (vests over 4 years) | Bonus | Total comp |
        |---|---|---|---|---|
        | Boston, MA | $150K–$180K | $160K–$240K | $15K–$20K | $205K–$260K |
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(40_000, 60_000), bands.stock());
    assertEquals(new Grant(Range.of(160_000, 240_000), 4), bands.grant());
    assertTrue(findings(reading, Severity.INFO).get(0).message().contains("over 4 years"));
  }

  @Test
  void read_grantHeaderWhereBothReadingsAddUp_isReadAsTheGrantItSays() {
    // Per year as written, 175 + 10 + 3 = 188 and 185 + 20 + 5 = 210 are within 5% of 183 and 200 too: the sum
    // cannot choose, so the words "grant (vests over two years)" do (a PayTableFormatsProperties case).
    GuideReading reading = read("""
        ## Compensation

        | Equity grant (vests over two years) | Base | Total | Bonus | Region |
        |---|---|---|---|---|
        | $10K–$20K | $175K–$185K | $183K–$200K | $3K–$5K | New York, NY (HQ) |
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(5_000, 10_000), bands.stock());
    assertEquals(new Grant(Range.of(10_000, 20_000), 2), bands.grant());
  }

  @Test
  void read_stockPerFourYearHeaderThatAddsUpPerYear_isNotAGrant() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock (RSU/4yr) | Bonus | Total |
        |---|---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | $14K–$18K | $179K–$233K |
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(25_000, 40_000), bands.stock());
    assertNull(bands.grant());
  }

  @Test
  void read_columnNoRuleNames_isAWarningNamingItAndTheRestIsRead() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock | Bonus | Total | Vibes |
        |---|---|---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | $14K–$18K | $179K–$233K | good |
        """);

    assertEquals(Range.of(140_000, 175_000), reading.guide().regions().get(0).bands().base());
    assertTrue(findings(reading, Severity.WARNING).stream()
        .anyMatch(f -> f.line() == 5 && f.message().startsWith("pay-table column 'Vibes' is not one the reader knows")),
        reading.findings().toString());
  }

  @Test
  void read_noTotalColumn_derivesTheTotalWithAnInfoLine() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock | Bonus |
        |---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | $14K–$18K |
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(179_000, 233_000), bands.total());
    assertTrue(bands.totalDerived());
    assertTrue(findings(reading, Severity.INFO).get(0).message().startsWith("no total for Denver, CO"));
  }

  @Test
  void read_targetsLeavingOutARegion_warnNamingItButADashSaysNone() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | $14K–$18K | $179K–$233K |
        | Austin, TX | $130K–$165K | $25K–$40K | $14K–$18K | $169K–$223K |
        | Boston, MA | $150K–$185K | $25K–$40K | $14K–$18K | $189K–$243K |

        ## Where to aim

        - Denver: $225K
        - Boston: —
        """);

    Guide guide = reading.guide();
    assertEquals(Range.of(225_000, 225_000), guide.target(guide.regions().get(0)).orElseThrow().total());
    assertTrue(guide.target(guide.regions().get(2)).isEmpty());
    List<Finding> warnings = findings(reading, Severity.WARNING);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).message().startsWith("Negotiate-Up gives no target for Austin, TX"));
  }

  @Test
  void read_sectionWithPlacesAndMoneyThatGivesNothing_isAWarningWithItsLine() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | $14K–$18K | $179K–$233K |

        ## Market notes

        Offers in Denver landed near $240K last spring.
        """);

    assertTrue(findings(reading, Severity.WARNING).stream().anyMatch(f -> f.line() == 9
        && f.message().startsWith("section 'Market notes' names places and money but the reader took nothing")),
        reading.findings().toString());
  }

  @Test
  void read_continentalFormatDeclared_readsAPointAsThousands() {
    GuideReading reading = read("""
        ## Pay

        Figures use a point as the thousands separator.

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Berlin, DE | 72.000–90.000 € | 4.000–8.000 € | 6.000–9.000 € | 82.000–107.000 € |
        """);

    Region berlin = reading.guide().regions().get(0);
    assertEquals(Range.of(72_000, 90_000), berlin.bands().base());
    assertEquals("EUR", berlin.currency());
  }

  @Test
  void read_premiumsUnderAHeadingAboutLeverage_arePremiumsNotLevers() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | $14K–$18K | $179K–$233K |

        ## Where you have leverage

        - **PCI experience**: adds $10K–$20K to the base.
        - **Edge fleets**: adds $5K–$12K.
        """);

    Guide guide = reading.guide();
    assertEquals(2, guide.premiums().size());
    assertEquals(1, guide.levers().size());
    assertEquals(Range.of(10_000, 20_000), guide.premiums().get(0).amount());
  }

  @Test
  void read_premiumsWrittenAsAPercent_keepThePercentAndDeriveTheAmountFromTheHqBand() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Denver, CO (HQ) | $140K–$180K | $25K–$40K | $14K–$18K | $179K–$238K |
        | Austin, TX | $130K–$170K | $20K–$35K | $13K–$17K | $163K–$222K |

        ## Premiums

        - **Remote**: remote roles pay 5% more.
        - **On-call**: +10% for on-call.
        - **Principal scope**: 8–12% of total comp on top.
        - **PCI**: adds $10K–$20K to the base.
        """);

    Guide guide = reading.guide();
    assertEquals(List.of(Range.of(7_000, 9_000), Range.of(14_000, 18_000), Range.of(14_320, 28_560),
        Range.of(10_000, 20_000)), guide.premiums().stream().map(Premium::amount).toList());
    assertEquals(List.of("5% of base", "10% of base", "8–12% of total"),
        guide.premiums().stream().filter(Premium::derived).map(Premium::percentWritten).toList());
    assertEquals(Range.of(6_500, 8_500), guide.premiums().get(0).amountFor(guide.regions().get(1).bands()));
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO
        && f.message().equals("premium 'Remote' is 5% of base: read as $7K–$9K on the base of Denver, CO (HQ)"
            + " (derived; each region's own base gives its own)")), reading.findings().toString());
    assertTrue(reading.findings().stream().noneMatch(f -> f.message().contains("premium")
        && f.severity() != Severity.INFO), reading.findings().toString());
    assertTrue(GuideExplanation.lines(reading).stream().anyMatch(l -> l.endsWith(
        ": premium: Remote 5% of base (derived: $7K–$9K on the base of Denver, CO (HQ))")),
        GuideExplanation.lines(reading).toString());
  }

  @Test
  void read_sentenceSayingPayIsMonthlyOverAPlainTable_isAWarningNotAGuess() {
    GuideReading reading = read("""
        All figures below are monthly.

        ## Pay

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Singapore (HQ) | S$9,000–S$11,000 | S$1,000–S$2,000 | S$500–S$1,000 | S$10,500–S$14,000 |
        """);

    assertEquals(Range.of(9_000, 11_000), reading.guide().regions().get(0).bands().base());
    assertEquals(List.of(3), findings(reading, Severity.WARNING).stream()
        .filter(f -> f.message().contains("says pay is per month")).map(Finding::line).toList(),
        reading.findings().toString());
  }

  @Test
  void read_cellFigureFollowedByAMonth_isTwelveTimesThatAYear() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Singapore (HQ) | S$9,000–S$11,000 a month | S$12K–S$24K | S$6K–S$12K | S$126K–S$168K |
        | Jakarta | S$96K–S$120K (paid monthly) | S$10K–S$18K | S$8K–S$12K | S$114K–S$150K |

        ## Negotiate up

        Aim for S$13,500 a month in Singapore and S$140K in Jakarta.
        """);

    Guide guide = reading.guide();
    assertEquals(Range.of(108_000, 132_000), guide.regions().get(0).bands().base());
    assertEquals(Range.of(96_000, 120_000), guide.regions().get(1).bands().base());
    assertEquals(Range.of(162_000, 162_000), guide.target(guide.regions().get(0)).orElseThrow().total());
    assertEquals(Range.of(140_000, 140_000), guide.target(guide.regions().get(1)).orElseThrow().total());
    assertEquals(1, findings(reading, Severity.INFO).stream().filter(f -> f.message().contains("per month")).count(),
        reading.findings().toString());
  }

  @Test
  void read_regionPerBullet_readsEachAsARow() {
    GuideReading reading = read("""
        ## What the role pays

        - **Denver, CO (HQ)**: base $140K–$175K, equity $25K–$40K a year, bonus 10%, total $180K–$230K.
        - **Austin, TX**: base $130K–$165K, equity $20K–$35K a year, bonus 10%, total $163K–$217K.
        """);

    List<Region> regions = reading.guide().regions();
    assertEquals(List.of("Denver, CO (HQ)", "Austin, TX"), regions.stream().map(Region::name).toList());
    assertTrue(regions.get(0).hq());
    assertEquals(Range.of(180_000, 230_000), regions.get(0).bands().total());
    assertEquals(Range.of(13_000, 16_500), regions.get(1).bands().bonus());
  }

  @Test
  void read_titleWithCompanyAndNegotiationGuide_keepsOnlyTheRoleAsTheRole() {
    GuideReading reading = SeedGuides.READER.read("acme-corp/data-engineer.md",
        "# Acme Corp Data Engineer Negotiation Guide\n\n## Pay\n\n| Region | Base | Total |\n|---|---|---|\n"
            + "| Denver, CO | $140K–$175K | $140K–$175K |\n" + LEVERS);

    assertEquals("Data Engineer", reading.guide().role().title());
    assertEquals("Acme Corp", reading.guide().company().name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contoso — Staff Data Scientist: compensation notes", "Contoso — Staff Data Scientist salary brief",
      "Contoso — Staff Data Scientist: Pay Primer", "Contoso · Staff Data Scientist (offer cheat sheet)",
      "Contoso · Staff Data Scientist — what we've learned", "Contoso Staff Data Scientist: notes from three offers"})
  void read_titleEndingInWordsAboutPayNotes_keepsOnlyTheRoleAsTheRole(String title) {
    GuideReading reading = SeedGuides.READER.read("contoso/staff-data-scientist.md",
        title + "\n=====\n\n## Pay\n\n| Region | Base | Total |\n|---|---|---|\n"
            + "| Austin | $190K–$225K | $190K–$225K |\n" + LEVERS);

    assertEquals("Staff Data Scientist", reading.guide().role().title());
    assertEquals("Contoso", reading.guide().company().name());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Raleigh-Durham|raleigh", "Raleigh-Durham|durham", "Boston metro|boston",
      "Minneapolis/St. Paul|minneapolis", "Greater London|london"})
  void read_metroNamedByItsCities_eachCityFindsIt(String region, String typed) {
    GuideReading reading = SeedGuides.READER.read("contoso/staff-data-scientist.md",
        "# Staff Data Scientist\n\n## Pay\n\n| Region | Base | Total |\n|---|---|---|\n"
            + "| " + region + " | $190K–$225K | $190K–$225K |\n| Austin | $170K–$205K | $170K–$205K |\n" + LEVERS);

    assertEquals(List.of(region), Places.named(reading.guide().regions(), typed).stream().map(Region::name).toList());
  }

  @Test
  void read_titleWithAMiddleDotBetweenCompanyAndRole_splitsThere() {
    GuideReading reading = SeedGuides.READER.read("northwind/platform-engineer.md",
        "Northwind Logistics · Platform Engineer\n=====\n\n## Pay\n\n| Region | Base | Total |\n|---|---|---|\n"
            + "| Austin | $155K–$190K | $155K–$190K |\n" + LEVERS);

    assertEquals("Platform Engineer", reading.guide().role().title());
    assertEquals("Northwind Logistics", reading.guide().company().name());
  }

  @Test
  void read_headingPerRegionWithBulletsOfComponents_readsEachHeadingAsARow() {
    GuideReading reading = read("""
        ## Compensation

        ### Denver, CO (HQ)
        - Base: $140,000 - $175,000
        - Equity: $25K–$40K per year
        - Bonus: 10% target
        - Total: ~$180K–$230K

        ## Negotiation

        For Denver we'd push to $225K total.
        """);

    Region denver = reading.guide().regions().get(0);
    assertEquals("Denver, CO (HQ)", denver.name());
    assertEquals(Range.of(140_000, 175_000), denver.bands().base());
    assertEquals(Range.of(14_000, 17_500), denver.bands().bonus());
    assertEquals(Range.of(225_000, 225_000), reading.guide().target(denver).orElseThrow().total());
  }

  @Test
  void read_tableWithOneDashSeparatorsAndFrontmatterOrgAndTitle_isReadAsGitHubShowsIt() {
    GuideReading reading = SeedGuides.READER.read("globex/staff-sre.md", """
        ---
        title: Staff SRE at Globex
        org: Globex
        ---
        Pay
        ---

        | | Base | Bonus | Equity/yr | Total |
        |--|--|--|--|--|
        | London | £120k–£150k | 15% | £30k–£50k | £168k–£222k |
        """ + LEVERS);

    Guide guide = reading.guide();
    assertEquals("Globex", guide.company().name());
    assertEquals("Staff SRE", guide.role().title());
    assertEquals("GBP", guide.regions().get(0).currency());
    assertEquals(Range.of(18_000, 22_500), guide.regions().get(0).bands().bonus());
  }

  @Test
  void read_boldTitleSidewaysTableAndNumberedBoldLevers_readAsAPersonWould() {
    GuideReading reading = SeedGuides.READER.read("umbrella/security-analyst.md", """
        **Security Analyst @ Umbrella Corp — comp cheat sheet**

        ### Bands

        | | Raleigh (HQ) | London |
        |---|---|---|
        | Base | $110K–$135K | £70K–£85K |
        | Bonus | $8K–$12K | £5K–£8K |
        | Equity | none | none |
        | TC | $118K–$147K | £75K–£93K |

        ### Counter

        Shoot for $145K in Raleigh and £90K in London.

        ### Levers

        **1. Certifications.** "I hold OSCP and GCIH; I'd like the base at $130K."

        ### Sources

        1. Glassdoor
        """);

    Guide guide = reading.guide();
    assertEquals("Security Analyst", guide.role().title());
    assertEquals("Umbrella Corp", guide.company().name());
    assertEquals(List.of("Raleigh (HQ)", "London"), guide.regions().stream().map(Region::name).toList());
    assertEquals(Range.of(75_000, 93_000), guide.regions().get(1).bands().total());
    assertEquals(Range.of(90_000, 90_000), guide.target(guide.regions().get(1)).orElseThrow().total());
    assertEquals("Certifications", guide.levers().get(0).title());
    assertEquals(List.of(), reading.findings());
  }

  @Test
  void read_lowAndHighColumnsNamedInTheHeader_readsEachPairAsOneRange() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base low | Base high | Bonus low | Bonus high | Total low | Total high |
        |---|---|---|---|---|---|---|
        | Denver, CO | $140K | $175K | $14K | $18K | $154K | $193K |
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(140_000, 175_000), bands.base());
    assertEquals(Range.of(14_000, 18_000), bands.bonus());
    assertEquals(Range.of(154_000, 193_000), bands.total());
  }

  @Test
  void read_lowHighPairWithOneEndMissing_isRefusedNotReadAsOneFigure() {
    GuideReading reading = read("""
        ## Pay

        | Region | Base | | Total | |
        |---|---|---|---|---|
        | | low | high | low | high |
        | Denver, CO | $140K | | $154K | $193K |
        """);

    assertNull(reading.guide());
    assertTrue(findings(reading, Severity.ERROR).get(0).message().contains("base cell"),
        reading.findings().toString());
  }

  @Test
  void read_stockAndBonusWrittenInWordsTheReaderDoesNotKnow_isRefusedNotReadAsZero() {
    GuideReading reading = read("""
        ## Pay

        - **Denver, CO**: base $125K–$150K, plus $10K–$20K in phantom units and $6K–$12K in gainshare,
          $141K–$182K all told.
        - **Austin, TX**: base $120K–$145K, plus $10K–$20K in phantom units and $6K–$12K in gainshare,
          $136K–$177K all told.
        """);

    assertNull(reading.guide());
    String error = findings(reading, Severity.ERROR).get(0).message();
    assertTrue(error.startsWith("no stock or bonus figure was read for Denver, CO, but its total $141K–$182K is not"
        + " the sum of the parts read"), error);
  }

  @Test
  void read_betweenXAndYInARegionSentence_readsTheRangeAndTheHqAside() {
    GuideReading reading = read("""
        ## What it pays

        In Denver, our HQ, base pay is between $130,000 and $160,000, the bonus between $10,000 and $16,000, so
        total pay lands between $140,000 and $176,000.
        """);

    Region denver = reading.guide().regions().get(0);
    assertEquals("Denver", denver.name());
    assertTrue(denver.hq());
    assertEquals(Range.of(130_000, 160_000), denver.bands().base());
    assertEquals(Range.of(140_000, 176_000), denver.bands().total());
  }

  @Test
  void read_twoUnlabelledFiguresJoinedByAnd_isRefusedNotReadAsBaseAndTotal() {
    GuideReading reading = read("""
        ## Pay

        - **Denver, CO**: base $130,000 and $160,000, bonus $10,000–$16,000.
        """);

    assertNull(reading.guide());
    assertTrue(findings(reading, Severity.ERROR).get(0).message().contains("holds two figures"),
        reading.findings().toString());
  }

  private static final String PAY = """
      ## Pay

      | Region | Base | Stock | Bonus | Total |
      |---|---|---|---|---|
      | Austin, TX (HQ) | $150K–$190K | $20K–$40K | $10K–$20K | $180K–$250K |

      """;

  @Test
  void read_moreLeversHeadingOverOneItem_isASubsectionNotALeverTitle() {
    GuideReading reading = read(PAY + """
        ## Tactics

        1. **Depth.** Say "I've shipped three pipelines; I'd like the base at $185K."

        #### More levers

        2. **Sign-on**: "I'd like a $20K sign-on."
        """);

    List<String> titles = reading.guide().levers().stream().map(Lever::title).toList();
    assertEquals(List.of("Depth", "Sign-on", "Market lever"), titles);
  }

  @Test
  void read_leverHeadingOverItsOwnNotes_staysOneLever() {
    GuideReading reading = read(PAY + """
        ## Tactics

        ### Equity lever

        - Use it when the base is capped.
        - Say: "If the base is fixed, I'd like the equity at $40K a year."
        """);

    assertEquals("Equity lever", reading.guide().levers().get(0).title());
  }

  @Test
  void read_placeLineWrittenUnlikeTheOthersOfItsList_isWarnedAboutNeverDroppedInSilence() {
    GuideReading reading = read("""
        ## Pay

        - Amsterdam: base €62K–€74K, bonus 8%
        - Rotterdam: loon 58.000 tot 69.000 euro, bonus 8%
        - Paris: base €60K–€72K, bonus 8%
        """);

    assertEquals(List.of("Amsterdam", "Paris"), reading.guide().regions().stream().map(Region::name).toList());
    // The first warning is Amsterdam's unsaid stock; the next is Rotterdam's line.
    Finding warning = findings(reading, Severity.WARNING).stream().filter(f -> f.message().startsWith("'Rotterdam"))
        .findFirst().orElseThrow();
    assertEquals(6, warning.line());
    assertTrue(warning.message().startsWith("'Rotterdam: loon 58.000 tot 69.000 euro, bonus 8%' reads as a place with"
        + " its pay, but the reader took no band from it"), warning.message());
  }

  @Test
  void read_severalPlacesInOneParagraph_readsEachPlaceWithThePartSaidForEveryone() {
    GuideReading reading = read("""
        ## Pay

        Denver pays $120,000 to $140,000 base with $20K–$30K a year in stock. In Austin, base is $125,000–$148,000 \
        and stock $22K–$32K a year. Pittsburgh is lower: $110,000–$130,000 base, $15K–$25K in stock. Everyone has a \
        10% bonus target.
        """);

    List<Region> regions = reading.guide().regions();
    assertEquals(List.of("Denver", "Austin", "Pittsburgh"), regions.stream().map(Region::name).toList());
    assertEquals(Range.of(110_000, 130_000), regions.get(2).bands().base());
    assertEquals(Range.of(11_000, 13_000), regions.get(2).bands().bonus());
    assertEquals(Range.of(22_000, 32_000), regions.get(1).bands().stock());
  }

  @Test
  void read_outlineNumberedSubsectionsAndLetteredLevers_areSectionsAndLeversByTheirWords() {
    GuideReading reading = read(PAY + """
        ## 2. How to negotiate

        ### 2.1 Levers

        **a) Bonus guarantee.** Ask: "Could the first-year bonus be guaranteed at target?"

        **b) Extra PTO.** Ask: "Would you consider 25 days of PTO rather than 20?"

        ### 2.2 Targets

        | Location | Aim for (base) |
        |---|---|
        | Austin, TX | $170K |
        """);

    List<String> titles = reading.guide().levers().stream().map(Lever::title).toList();
    assertEquals(List.of("Bonus guarantee", "Extra PTO", "Market lever"), titles);
    Region austin = reading.guide().regions().get(0);
    assertEquals(Range.of(170_000, 170_000), reading.guide().baseTarget(austin).orElseThrow().base());
    assertTrue(reading.guide().target(austin).isEmpty(), reading.guide().targets().toString());
  }

  @Test
  void read_leverTitleInSingleStarsBeforeAWordingLabel_isTheTitleWithoutStarsOrLabel() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Stock |
        |---|---|---|---|
        | London | £68,000–£82,000 | 10% | none |

        ## Levers

        - *Extra holiday* — we can go from 25 to 28 days. Wording: "Would you be open to 28 days of leave?"
        - *Training budget* — £2,000 a year is standard. Suggested wording: "Could the training budget be £3,500?"
        """);

    List<String> titles = reading.guide().levers().stream().map(Lever::title).toList();
    assertEquals(List.of("Extra holiday — we can go from 25 to 28 days", "Training budget — £2,000 a year is standard",
        "Market lever"), titles);
    assertEquals("Would you be open to 28 days of leave?", reading.guide().levers().get(0).text());
  }
}
