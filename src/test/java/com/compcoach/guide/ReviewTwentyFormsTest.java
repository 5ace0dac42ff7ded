package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guides from the review of session 20's change (under {@code guides/review20/}): each was served wrong, refused
 * without a word, or threw, on the merged change before its fix.
 */
class ReviewTwentyFormsTest {

  private static GuideReading read(String name) {
    return ReviewGuides.read("review20", name);
  }

  private static Region place(GuideReading reading, String name) {
    return ReviewGuides.place(reading, name);
  }

  @Test
  void read_levelRowsP3AndP4_neverServesOneLevelsBandAsThePlaces() {
    GuideReading reading = read("level-rows-p3-p4-are-no-percentiles");

    assertTrue(reading.findings().stream().noneMatch(f -> f.message().contains("row per percentile")),
        reading.findings().toString());
    assertTrue(reading.guide() == null || reading.guide().regions().stream()
        .noneMatch(r -> r.bands().base().equals(Range.of(120_000, 140_000))), reading.guide() + "");
  }

  @Test
  void read_hqLessTenPercentOnTheRemoteRow_marksNoHeadquarters() {
    GuideReading reading = read("hq-less-ten-percent-on-the-remote-row-is-no-hq");

    assertFalse(place(reading, "Remote").hq());
  }

  @Test
  void read_aBaseAloneWrittenPlusOrMinus_beside_aPlaceWithItsBonus_warnsItTookNoBand() {
    GuideReading reading = read("base-plus-or-minus-alone-beside-a-full-place-warns");

    assertTrue(reading.findings().stream().anyMatch(f -> f.message().startsWith("'Denver (HQ): base $190K ± 10%'")
        && f.message().contains("took no band")), reading.findings().toString());
  }

  @Test
  void read_ifTheySayLinesUnderLevers_giveALeverEach() {
    GuideReading reading = read("if-they-say-lines-under-levers-give-a-lever-each");

    assertEquals(List.of("Could the tronc share be guaranteed for the first year?", "Could we fix the rota four weeks"
        + " ahead?"), reading.guide().levers().stream().map(Lever::text).toList());
  }

  @Test
  void read_ifTheySayLinesUnderScripts_giveALeverEach() {
    GuideReading reading = read("if-they-say-lines-under-scripts-give-a-lever-each");

    assertEquals(2, reading.guide().levers().size(), reading.guide().levers().toString());
  }

  @Test
  void read_aCalloutWithAnEmptyType_readsItsLines() {
    GuideReading reading = read("callout-with-an-empty-type-reads-its-lines");

    assertEquals(Range.of(150_000, 180_000), place(reading, "Denver").bands().base());
  }

  @Test
  void read_aSubtitleDescribingTheCompanyItself_namesIt() {
    GuideReading reading = read("subtitle-describing-the-company-itself-names-it");

    assertEquals("Harbor & Pine", reading.guide().company().name());
  }
}
