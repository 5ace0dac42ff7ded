package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue #12: regions written as a place line over their components, and regions written relative to another. */
class RegionBlocksTest {

  private static final String ATLANTA = "**Atlanta**\n- Base: 145–172k\n- Equity: 20–35k/yr\n- Bonus: 10k–15k\n"
      + "- TC: $175K–$222K\n\n";

  private static GuideReading read(String pay) {
    return SeedGuides.READER.read("vandelay/sre.md", "# Vandelay Industries — SRE\n\n" + pay + """

        ## Levers

        1. **Pager load** — "I'd like the base at $180K given the weekly rotation."

        ## Sources

        - Levels.fyi 2026
        """);
  }

  private static Region region(GuideReading reading, String name) {
    return reading.guide().regions().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"**Chicago (HQ)**\n", "### Chicago (HQ)\n\n", "Chicago (HQ) —\n", "Chicago (HQ):\n"})
  void read_placeLineOverComponentBullets_isARegion(String placeLine) {
    GuideReading reading = read(placeLine + "- Base: 155–185k\n- Equity: 25–40k/yr\n- Bonus: 8%\n\n" + ATLANTA);

    Region chicago = region(reading, "Chicago (HQ)");
    assertTrue(chicago.hq());
    assertEquals(Range.of(155_000, 185_000), chicago.bands().base());
    assertEquals(Range.of(12_400, 14_800), chicago.bands().bonus());
    assertEquals(List.of("Chicago (HQ)", "Atlanta"), reading.guide().regions().stream().map(Region::name).toList());
  }

  @Test
  void read_definitionList_isARegion() {
    GuideReading reading = read("Chicago\n: Base 155–185k\n: Equity 25–40k a year\n: Bonus 10k–15k\n\n" + ATLANTA);

    assertEquals(Range.of(25_000, 40_000), region(reading, "Chicago").bands().stock());
  }

  @Test
  void read_sameAsAnotherMinusOnBase_isDerivedFromItsBandsWithAnInfoLine() {
    GuideReading reading = read(ATLANTA + "**Remote (US)** — same as Atlanta, minus 5% on base.\n");

    Region remote = region(reading, "Remote (US)");
    assertEquals(Range.of(137_750, 163_400), remote.bands().base());
    assertEquals(Range.of(20_000, 35_000), remote.bands().stock());
    assertEquals(Range.of(167_750, 213_400), remote.bands().total());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO
        && f.message().startsWith("Remote (US) is written as Atlanta's bands minus 5% on base")), reading.findings().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"- **NYC**: as HQ plus 10%", "- **NYC** — Atlanta's band plus 10%", "- NYC: 10% more than Atlanta"})
  void read_relativeToHqOrAnotherRegion_scalesEveryBand(String line) {
    GuideReading reading = read("**Atlanta (HQ)**\n- Base: 145–172k\n- Equity: 20–35k/yr\n- Bonus: 10k–15k\n"
        + "- TC: $175K–$222K\n\nOther offices:\n\n" + line + "\n");

    Region nyc = region(reading, "NYC");
    assertEquals(Range.of(159_500, 189_200), nyc.bands().base());
    assertEquals(Range.of(192_500, 244_200), nyc.bands().total());
  }

  @Test
  void read_relativeInWordsNotWorkedOut_isAWarningAndTheRegionIsLeftOut() {
    GuideReading reading = read(ATLANTA + "**Remote (US)** — same as Atlanta but with less equity, roughly.\n");

    assertEquals(List.of("Atlanta"), reading.guide().regions().stream().map(Region::name).toList());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().startsWith("'Remote (US)' is written relative to another region")), reading.findings().toString());
  }

  @Test
  void read_relativeToAPlaceWithNoRow_isAWarning() {
    GuideReading reading = read(ATLANTA + "**Remote (US)** — Same as Denver, minus 5%.\n");

    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().contains("which names no one region of the pay table")), reading.findings().toString());
  }

  @Test
  void relative_noChangeWritten_isTheSameBands() {
    RegionBlocks.Relative rel = RegionBlocks.relative("London", "same bands as Dublin", 4);

    assertEquals("Dublin", rel.of());
    assertEquals(0, rel.percent());
  }

  @Test
  void placeLine_aSentence_isNoPlace() {
    assertNull(RegionBlocks.placeLine("Numbers are yearly, in US dollars: equity is the annual vest.",
        ReadingRules.standard()));
  }

  @Test
  void placeLine_aPartsNameOverItsLines_isNoPlace() {
    assertNull(RegionBlocks.placeLine("**Equity** (all locations)", ReadingRules.standard()));
    assertEquals("Stockton", RegionBlocks.placeLine("**Stockton**", ReadingRules.standard()));
  }

  @Test
  void read_payTableRowSameAsAnother_isDerivedWhereItIsWritten() {
    GuideReading reading = read("""
        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Austin, TX (HQ) | $150K–$190K | $20K–$40K | $10K–$20K | $180K–$250K |
        | Remote (US) | same as Austin, minus 10% | | | |
        | Remote (EU) | same as Austin, roughly | | | |
        | Denver, CO | $140K–$180K | $20K–$40K | $10K–$20K | $170K–$240K |
        """);

    assertEquals(List.of("Austin, TX (HQ)", "Remote (US)", "Denver, CO"),
        reading.guide().regions().stream().map(Region::name).toList());
    assertEquals(Range.of(135_000, 171_000), region(reading, "Remote (US)").bands().base());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().startsWith("'Remote (EU)' is written relative to another region")), reading.findings().toString());
  }

  @Test
  void added_differentialsLine_movesTheOneBandPerPlaceUpOrDown() {
    // "Differentials: NYC +20%, Chicago +10%, Austin −5%." under a national band: each city was dropped.
    List<RegionBlocks.Relative> read = RegionBlocks.added("Differentials: NYC +20%, Chicago +10%, Austin −5%.", 7);

    assertEquals(List.of("NYC", "Chicago", "Austin"), read.stream().map(RegionBlocks.Relative::name).toList());
    assertEquals(List.of(20.0, 10.0, -5.0), read.stream().map(RegionBlocks.Relative::percent).toList());
    assertTrue(read.stream().allMatch(r -> r.of().isEmpty() && r.scope() == RegionBlocks.Scope.ALL));
  }

  @Test
  void added_differentialsLineWithWordsBetween_readsNoPlace() {
    // Not every item a place and its percent: a sentence about differentials, not the list of them.
    assertTrue(RegionBlocks.added("Differentials: ask the comp team, usually NYC +20%.", 7).isEmpty());
  }
}
