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

/**
 * Guides from the review of session 16's change (under {@code guides/review16/}): each was served wrong in silence,
 * or crashed the reader, before its fix.
 */
class ReviewSixteenFormsTest {

  private static GuideReading read(String name) {
    try (InputStream in = ReviewSixteenFormsTest.class.getResourceAsStream("/guides/review16/" + name + ".md")) {
      return SeedGuides.READER.read("acme/" + name + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> names(GuideReading reading) {
    return reading.guide().regions().stream().map(Region::name).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // "between seventy and eighty thousand dollars" was read as A$150K.
      "spelled-between-seventy-and-eighty-thousand-is-a-range, Melbourne, 70000, 80000, AUD",
      // "$170K–" over "$205K" in a grid table was a band of $170K and a place called "(Manhattan)" at $205K.
      "grid-table-cell-wrapped-over-two-lines-is-one-row, New York City (Manhattan), 170000, 205000, USD",
      // A bullet about the US firms benchmarked against made a Canadian guide's "$" USD.
      "bullet-about-competitors-usd-does-not-set-the-guides-currency, Toronto, 150000, 180000, CAD",
      // "## 2025 bands" then "## 2026 bands (current)" over the same places: refused with advice about levels.
      "places-under-two-year-headings-current-year-is-read, Austin, 95000, 115000, USD"})
  void read_guideFromTheReview_servesThePlaceAsWritten(String name, String place, long low, long high,
      String currency) {
    GuideReading reading = read(name);

    Region region = reading.guide().regions().stream().filter(r -> r.name().startsWith(place)).findFirst()
        .orElseThrow(() -> new AssertionError(names(reading) + " " + reading.findings()));
    assertEquals(Range.of(low, high), region.bands().base(), reading.findings().toString());
    assertEquals(currency, region.currency());
  }

  @Test
  void read_spelledBonusBetweenFiveAndTenPercent_isFiveToTenNotFifteen() {
    Region melbourne = read("spelled-between-seventy-and-eighty-thousand-is-a-range").guide().regions().get(0);

    assertEquals(Range.of(5, 10), melbourne.bands().bonusPercent());
  }

  @Test
  void read_spelledAmountWithARemainderAfterItsThousand_isLeftInWordsAndRefused() {
    assertNull(read("spelled-thousand-five-hundred-and-more-is-left-in-words-refused").guide());
  }

  @Test
  void read_competitorsTableWithTheSameHeaderUnderThePayHeading_isNotMergedIntoTheBands() {
    assertEquals(List.of("Austin (HQ)", "Denver"),
        names(read("competitors-table-under-the-pay-heading-is-not-the-bands")));
  }

  @Test
  void read_percentMoreForSeniorHires_makesNoRegionCalledSenior() {
    assertEquals(List.of("National", "Phoenix"), names(read("percent-more-for-senior-hires-is-no-place")));
  }

  @Test
  void read_asciiDocMarkInsideASentence_isNoTableAndNoCrash() {
    assertTrue(names(read("asciidoc-mark-inside-a-sentence-is-no-table")).contains("Austin (HQ)"));
  }

  @Test
  void read_legendNamingAFourYearGrant_readsEachCellsStockAsAGrantOverFourYears() {
    Region austin = read("legend-four-year-grant-in-each-cell-is-a-grant").guide().regions().get(0);

    assertEquals(Range.of(30000, 50000), austin.bands().stock());
    assertEquals(4, austin.bands().grant().years());
  }

  @Test
  void read_leverWordingWithASpelledAmount_keepsTheAuthorsWords() {
    Lever lever = read("lever-wording-keeps-its-spelled-amount").guide().levers().get(0);

    assertTrue(lever.toString().contains("twenty-five thousand dollars"), lever.toString());
  }
}
