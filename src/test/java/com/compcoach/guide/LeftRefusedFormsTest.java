package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guides left refused in session 14 (monthly salaries, Notion callouts, a recruiter's cheat sheet), read. */
class LeftRefusedFormsTest {

  private static GuideReading read(String body) {
    return SeedGuides.READER.read("acme/data-engineer.md", "# Data Engineer — Acme\n\n" + body
        + BatchThirteenFormsTest.LEVERS_AND_SOURCES);
  }

  private static final String BRL_LINES = """
      Pay is in reais (BRL), per month. Salaries are paid 13 times a year.

      ## Salary by city

      - São Paulo (HQ): R$ 16.000 to R$ 20.000 a month
      - Rio de Janeiro: R$ 14.500 to R$ 18.000 a month

      """;

  @Test
  void aBonusOfMonthlySalariesSaidOfNoPlace_isEveryPlacesAtTheYearsSalariesCount() {
    GuideReading reading = read(BRL_LINES + "PLR (profit sharing) is 2 monthly salaries a year, paid in February.\n");

    // 16.000 a month paid 13 times is 208,000; two months of it are 32,000.
    assertEquals(Range.of(208_000, 260_000), reading.guide().regions().get(0).bands().base());
    assertEquals(Range.of(32_000, 40_000), reading.guide().regions().get(0).bands().bonus());
    assertEquals(Range.of(29_000, 36_000), reading.guide().regions().get(1).bands().bonus());
  }

  @Test
  void aBonusOfMonthlySalariesForOnePlace_isNotReadForEveryPlace() {
    GuideReading reading = read(BRL_LINES + "The bonus is 2 monthly salaries in São Paulo.\n");

    assertTrue(reading.guide() == null || reading.guide().regions().stream()
        .allMatch(r -> r.bands().bonus().equals(Range.of(0, 0))), String.valueOf(reading.findings()));
  }

  @Test
  void aTargetWrittenWithPointsLikeItsPlaceLines_isReadInThousands() {
    GuideReading reading = read(BRL_LINES + "No stock; no bonus.\n\n## Where to aim\n\nAim for R$ 250.000 a year in"
        + " São Paulo.\n");

    assertEquals(Range.of(250_000, 250_000), reading.guide().targets().get(0).total());
  }

  @Test
  void aCalloutOfAPlacesPay_isReadAsItsParagraph_andASpeechBubbleQuoteStaysAQuote() {
    String text = NotionBlocks.plain("> 💡 Base in NYC (our HQ) is $152,000–$178,000.\n> RSUs are $18,000 a year.\n\n"
        + "> 💬 \"I'd like the top of the band.\"\n");

    assertEquals("  💡 Base in NYC (our HQ) is $152,000–$178,000.\n  RSUs are $18,000 a year.\n\n"
        + "> 💬 \"I'd like the top of the band.\"\n", text);
  }

  @Test
  void aToggleSummaryLine_isABoldLineOfTheSameWidth() {
    String line = "<details><summary><b>Sign-on</b></summary>";

    String read = NotionBlocks.plain(line + "\n");

    assertEquals("**Sign-on**", read.strip());
    assertEquals(line.length() + 1, read.length());
  }

  @Test
  void aLabelOfPlacesParted_bySlashes_namesEachPlace_butNotAnAbbreviation() {
    assertEquals(List.of("SF", "NYC"), Places.grouped("SF/NYC"));
    assertEquals(List.of("Boston", "Pittsburgh"), Places.grouped("Boston / Pittsburgh"));
    assertEquals(List.of("N/A"), Places.grouped("N/A"));
    assertEquals(List.of("Remote (US/Canada)"), Places.grouped("Remote (US/Canada)"));
  }

  @Test
  void aCheatSheetLine_readsTheGrantOverItsYearsAndTheTargetPercentAsTheBonus() {
    GuideReading reading = read("All USD, $K, per yr.\n\n## Pay\n\n- Austin: 150–180 base, 12% tgt, 80k/4y RSU\n"
        + "- Denver: 140–170 base, 12% tgt, 60k/4y RSU\n");

    Region austin = reading.guide().regions().get(0);
    assertEquals(Range.of(150_000, 180_000), austin.bands().base());
    assertEquals(Range.of(20_000, 20_000), austin.bands().stock());
    assertEquals(Range.of(18_000, 21_600), austin.bands().bonus());
  }
}
