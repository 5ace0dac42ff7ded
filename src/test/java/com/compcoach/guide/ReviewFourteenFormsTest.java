package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guides from the review of session 14's change (under {@code guides/review14/}): each was read wrong in silence, or
 * threw, before its fix.
 */
class ReviewFourteenFormsTest {

  private static GuideReading read(String name) {
    try (InputStream in = ReviewFourteenFormsTest.class.getResourceAsStream("/guides/review14/" + name + ".md")) {
      return SeedGuides.READER.read("acme/" + name + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "italic-headers-and-a-note-that-salaries-are-paid-monthly, base, 150000, 180000, USD",
      "base-footnote-paid-monthly-through-payroll, base, 150000, 180000, USD",
      "prose-names-the-band-percentiles-headers-mark-the-markets-ends, base, 128000, 156000, USD",
      "heading-in-canadian-dollars-with-fte-in-brackets, base, 150000, 180000, CAD",
      "frontmatter-cad-and-a-usd-caption-over-levers, base, 150000, 180000, CAD",
      "annual-bonus-paid-in-quarterly-instalments, bonus, 12000, 16000, USD",
      "overtime-after-40-hours-before-a-36-hour-week-hourly-nurses, base, 72072, 97344, USD"})
  void read_guideFromTheReview_givesItsFirstRegionAsWritten(String name, String part, long low, long high,
      String currency) {
    GuideReading reading = read(name);

    Region first = reading.guide().regions().get(0);
    Range read = part.equals("base") ? first.bands().base() : first.bands().bonus();
    assertEquals(Range.of(low, high), read, reading.findings().toString());
    assertEquals(currency, first.currency());
  }

  @Test
  void read_targetSentenceWithTurkishDottedCapitals_readsEveryRegionWithoutThrowing() {
    GuideReading reading = read("target-sentence-with-turkish-dotted-capitals");

    assertEquals(4, reading.guide().regions().size(), reading.findings().toString());
  }
}
