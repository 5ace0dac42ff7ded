package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table guides of session 24 whose figures read right but which raised warnings a careful reader would not: a lint
 * line that is wrong teaches authors to ignore lint. Each guide is in the spec corpus; here its findings are held.
 */
class TableShapesWarningsTest {

  private static GuideReading spec(String name) throws IOException {
    return SeedGuides.READER.read(name + ".md", Files.readString(GuideSpecTest.SPEC.resolve(name + ".md")));
  }

  private static List<String> warnings(GuideReading reading) {
    return reading.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::message).toList();
  }

  @Test
  void read_remoteRowBesideRemoteUsOnlyRow_givesEachItsOwnTargetWithNoWarning() throws IOException {
    GuideReading reading = spec("remote-row-and-remote-us-only-row-both-places-targets-for-each-usd-health");

    assertEquals(List.of(), warnings(reading), "'Remote: aim for $135K' is the Remote row's aim only");
    Guide guide = reading.guide();
    assertEquals(135_000, guide.target(guide.regions().get(3)).orElseThrow().total().low());
    assertEquals(160_000, guide.target(guide.regions().get(2)).orElseThrow().total().low());
  }

  @Test
  void read_laterYearsTableUnderItsOwnHeading_saysNothingOfAHeadingThatGaveNothing() throws IOException {
    GuideReading reading = spec("two-tables-one-per-year-2025-then-2026-read-the-current-usd-energy");

    assertEquals(List.of(), warnings(reading), "the 2026 table is the band read");
    assertEquals(100_000, reading.guide().regions().get(0).bands().base().low());
  }

  @Test
  void read_tierColumnSharedByCityRows_raisesNoUnknownColumnWarning() throws IOException {
    GuideReading reading = spec("tier-column-shared-by-city-rows-targets-per-tier-each-city-gets-its-tiers-usd");

    assertEquals(List.of(), warnings(reading), "the Tier column names each row's tier, its aims read per tier");
    assertTrue(reading.guide().regions().stream()
        .allMatch(r -> reading.guide().target(r).isPresent()), "every city has its tier's aim");
  }

  @Test
  void read_allFiguresInDollarThousandsNote_takesTheDollarAsTheRowsCurrencyWithNoWarning() throws IOException {
    GuideReading reading = spec("figures-in-thousands-note-under-the-table-all-figures-in-dollar-000s-usd-robotics");

    assertEquals(List.of(), warnings(reading), "'All figures in $000s.' marks every figure with its '$'");
    assertTrue(reading.guide().regions().stream().allMatch(r -> r.currency().equals("USD")));
  }

  @Test
  void read_tierAims_sayTheTierTheyWereWrittenFor() throws IOException {
    GuideReading reading = spec("tier-column-shared-by-city-rows-targets-per-tier-each-city-gets-its-tiers-usd");
    Guide guide = reading.guide();

    assertEquals("the Tier 1 target", guide.target(guide.regions().get(1)).orElseThrow().written(),
        "Denver's aim is the one written for Tier 1, not one written for 'Austin and Denver'");
    assertEquals("the Tier 2 target", guide.target(guide.regions().get(3)).orElseThrow().written());
  }
}
