package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12, batch 13: forms the reader learned from guides written before it was changed. */
class BatchThirteenFormsTest {

  /** The rest of a clean guide after its pay: a worded lever and a source (batch 18's tests use it too). */
  static final String LEVERS_AND_SOURCES = """

      ## Levers

      1. **Scope** — "I'd own the platform end to end; I'd like the base at the top of the band."

      ## Sources

      - Levels.fyi 2026
      """;

  @Test
  void respectively_figuresThenPlacesInOrder_aClausePerPlace() {
    assertEquals("Aim for $140K in Hartford; $132K in Providence; $125K in Remote.",
        NegotiateUp.respectively("Aim for $140K, $132K and $125K in Hartford, Providence and Remote respectively."));
  }

  @Test
  void respectively_countsDiffer_sentenceAsWritten() {
    String s = "Aim for $140K and $132K in Hartford, Providence and Remote respectively.";
    assertEquals(s, NegotiateUp.respectively(s));
  }

  @Test
  void rowPairs_minOverMaxPerRegion_oneRowEach() {
    LowHighColumns.Merged merged = LowHighColumns.rowPairs(List.of("Region", "Range end", "Base", "Total"), List.of(
        new PayTable.Row(List.of("Atlanta", "Min", "$120K", "$139K"), 5),
        new PayTable.Row(List.of("Atlanta", "Max", "$145K", "$178K"), 6)));

    assertEquals(List.of("Region", "Base", "Total"), merged.header());
    assertEquals(List.of("Atlanta", "$120K – $145K", "$139K – $178K"), merged.rows().get(0).cells());
  }

  @Test
  void rowPairs_noColumnNamesTheEnds_null() {
    assertNull(LowHighColumns.rowPairs(List.of("Region", "Level", "Base"), List.of(
        new PayTable.Row(List.of("Atlanta", "L4", "$120K–$140K"), 5),
        new PayTable.Row(List.of("Atlanta", "L5", "$145K–$170K"), 6))));
  }

  @Test
  void read_levelTableUnderEachPlaceHeading_eachPlaceKeepsTheGuidesLevel() {
    GuideReading reading = SeedGuides.READER.read("tidewater/software-engineer.md", """
        # Senior Software Engineer (L5) — Tidewater Systems

        ## Toronto (HQ)

        | Level | Base | Stock / yr | Total |
        |---|---|---|---|
        | L4 | C$120K–C$140K | C$15K–C$25K | C$135K–C$165K |
        | L5 | C$145K–C$170K | C$30K–C$45K | C$175K–C$215K |

        ## Seattle

        | Level | Base | Stock / yr | Total |
        |---|---|---|---|
        | L4 | $140K–$165K | $25K–$40K | $165K–$205K |
        | L5 | $170K–$200K | $45K–$70K | $215K–$270K |
        """ + LEVERS_AND_SOURCES);

    Guide guide = reading.guide();
    assertEquals(List.of("Toronto (HQ)", "Seattle"), guide.regions().stream().map(Region::name).toList(),
        reading.findings().toString());
    assertEquals(Range.of(145_000, 170_000), guide.regions().get(0).bands().base());
    assertEquals("CAD", guide.regions().get(0).currency());
    assertEquals(Range.of(170_000, 200_000), guide.regions().get(1).bands().base());
  }

  @Test
  void read_levelTablesUnderPlaceHeadingsTitleNamesNoLevel_refusedNotServedAsLevels() {
    GuideReading reading = SeedGuides.READER.read("orbital/sre.md", """
        # Site Reliability Engineer — Orbital Freight

        ## Tier 1

        | Level | Base | RSUs/yr | Total |
        |---|---|---|---|
        | L4 | $165K–$190K | $40K–$60K | $205K–$250K |
        | L5 | $195K–$230K | $70K–$100K | $265K–$330K |
        """ + LEVERS_AND_SOURCES);

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
        && f.message().contains("a row for each level (L4, L5)")), reading.findings().toString());
  }

  @Test
  void read_partAtTheGuidesLevelBesideASheetByLevel_readForEveryPlace() {
    GuideReading reading = SeedGuides.READER.read("fjordline/platform-engineer.md", """
        # Senior Platform Engineer (L5) — Fjordline Shipping

        Base salary by level and office.

        | Level | Seattle | Austin |
        |---|---|---|
        | L4 | $140K–$165K | $125K–$148K |
        | L5 | $170K–$200K | $150K–$178K |

        Bonus: 15% target at L5.
        """ + LEVERS_AND_SOURCES);

    Guide guide = reading.guide();
    assertEquals(Range.of(25_500, 30_000), guide.regions().get(0).bands().bonus(), reading.findings().toString());
    assertEquals(Range.of(22_500, 26_700), guide.regions().get(1).bands().bonus());
  }

  @Test
  void read_partAtAnotherLevelBesideASheetByLevel_warnedNeverASilentZero() {
    GuideReading reading = SeedGuides.READER.read("fjordline/platform-engineer.md", """
        # Senior Platform Engineer (L5) — Fjordline Shipping

        Base salary by level and office.

        | Level | Seattle | Austin |
        |---|---|---|
        | L4 | $140K–$165K | $125K–$148K |
        | L5 | $170K–$200K | $150K–$178K |

        Bonus: 15% target at L6. Equity: $30K–$45K a year in RSUs at L6.
        """ + LEVERS_AND_SOURCES);

    assertEquals(2, reading.findings().stream().filter(f -> f.severity() == Severity.WARNING
        && f.message().contains("read 0")).count(), reading.findings().toString());
  }

  @Test
  void read_jobPostingSentenceOfPlaces_aRegionPerPlaceWithThePartsSaidEverywhere() {
    GuideReading reading = SeedGuides.READER.read("halcyon/ml-engineer.md", """
        # Machine Learning Engineer — Halcyon Robotics

        > The base salary range for this role is $165,000–$210,000 in New York City; $158,000–$200,000 in Seattle;
        > and $140,000–$178,000 in Colorado.

        Every new hire gets RSUs of $40,000–$60,000 a year, in every location.
        """ + LEVERS_AND_SOURCES);

    Guide guide = reading.guide();
    assertEquals(List.of("New York City", "Seattle", "Colorado"), guide.regions().stream().map(Region::name).toList(),
        reading.findings().toString());
    assertEquals(Range.of(158_000, 200_000), guide.regions().get(1).bands().base());
    assertEquals(Range.of(40_000, 60_000), guide.regions().get(2).bands().stock());
  }

  @Test
  void read_baseInDecadesNotFigures_errorNamingTheStretch() {
    GuideReading reading = SeedGuides.READER.read("marigold/android-engineer.md", """
        # Android Engineer — Marigold Health

        ## Pay by city

        - **Minneapolis (HQ)**: base $150K–$178K, equity $20K–$30K a year, bonus $10K–$15K.
        - **Madison**: base from the low 140s to the high 160s, equity $18K–$28K a year, bonus $9K–$14K.
        """ + LEVERS_AND_SOURCES);

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
        && f.message().contains("a stretch of figures")), reading.findings().toString());
  }
}
