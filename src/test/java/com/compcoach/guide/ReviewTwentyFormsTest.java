package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guides from the review of session 20's change (under {@code guides/review20/}): each was served wrong, refused
 * without a word, or threw, on the merged change before its fix.
 */
class ReviewTwentyFormsTest {

  private static GuideReading read(String name) {
    return ReviewGuides.read("review20", name);
  }

  @Test
  void read_levelRowsP3AndP4_neverServesOneLevelsBandAsThePlaces() {
    GuideReading reading = read("level-rows-p3-p4-are-no-percentiles");

    assertTrue(reading.findings().stream().noneMatch(f -> f.message().contains("row per percentile")),
        reading.findings().toString());
    assertTrue(reading.guide() == null || reading.guide().regions().stream()
        .noneMatch(r -> r.bands().base().equals(Range.of(120_000, 140_000))), reading.guide() + "");
  }
}
