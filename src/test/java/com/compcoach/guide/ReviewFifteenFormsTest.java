package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guides from the review of session 15's change (under {@code guides/review15/}): each was served wrong in silence,
 * or refused, before its fix.
 */
class ReviewFifteenFormsTest {

  private static GuideReading read(String name) {
    try (InputStream in = ReviewFifteenFormsTest.class.getResourceAsStream("/guides/review15/" + name + ".md")) {
      return SeedGuides.READER.read("acme/" + name + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "places-with-country-codes-ae-and-qa-are-places-not-roles, Dubai, 300000, 360000, AED",
      "company-named-for-a-city-boston-beside-austin-is-a-place, Boston, 150000, 180000, USD",
      "hourly-base-under-a-401k-heading-is-never-thousands, Austin, 114400, 149760, USD",
      "toml-frontmatter-with-a-multi-line-array, Austin, 150000, 180000, USD",
      "json-frontmatter-with-a-nested-object, Austin, 150000, 180000, USD",
      "long-sheet-unit-eur-k-per-year-marks-thousands, Hamburg, 72000, 88000, EUR"})
  void read_guideFromTheReview_servesItsFirstPlaceAsWritten(String name, String place, long low, long high,
      String currency) {
    GuideReading reading = read(name);

    Region first = reading.guide().regions().get(0);
    assertTrue(first.name().startsWith(place), first.name());
    assertEquals(Range.of(low, high), first.bands().base(), reading.findings().toString());
    assertEquals(currency, first.currency());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "bonus-split-between-goals-is-no-pay-mix-totals-only-refused",
      "part-first-lines-naming-levels-are-no-places",
      "level-named-in-passing-picks-no-level-rows"})
  void read_guideWhoseFiguresTheWordsDoNotSettle_isRefusedNeverServed(String name) {
    GuideReading reading = read(name);

    assertNull(reading.guide(), reading.findings().toString());
  }

  @Test
  void read_placeMovedByAnAdjustmentWithNoDirection_isLeftOutWithAWarning() {
    GuideReading reading = read("geographic-adjustment-with-no-direction-is-left-out-with-a-warning");

    assertEquals(List.of("US (all locations)"), reading.guide().regions().stream().map(Region::name).toList());
    assertTrue(reading.findings().stream().anyMatch(f -> f.message().contains("'Boise' is moved from the band")),
        reading.findings().toString());
  }

  @Test
  void read_overtimePremiumSentence_isNoRegion() {
    GuideReading reading = read("overtime-pays-a-premium-is-no-region");

    assertEquals(List.of("US (all locations)"), reading.guide().regions().stream().map(Region::name).toList());
  }

  @Test
  void read_perthWaInAnAudGuide_givesNoWarningThatItIsAUsPlace() {
    GuideReading reading = read("aud-guide-perth-wa-is-western-australia-no-us-warning");

    assertTrue(reading.findings().stream().noneMatch(f -> f.message().contains("is a US place")),
        reading.findings().toString());
  }
}
