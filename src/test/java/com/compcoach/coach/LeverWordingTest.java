package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.Lever;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeverWordingTest {

  private final LeverWording wording = new LeverWording();
  private final Guide guide = Seeds.mlAiEngineer();
  private final Region detroit = Seeds.region(guide, "Detroit");
  private final Region charlotte = Seeds.region(guide, "Charlotte");

  private Lever lever(int number) {
    return guide.levers().stream().filter(l -> l.number() == number).findFirst().orElseThrow();
  }

  @Test
  void localize_leverOneInCharlotte_asksForTheCharlotteBaseAndRsus() {
    String text = wording.localize(lever(1), detroit, charlotte, null).text();
    assertTrue(text.contains("a base of $231K–$233K and RSUs of $68K–$71K"), text);
  }

  @Test
  void localize_leverOneWithoutCompetingOffer_isMarkedAndClaimsNoCompetitor() {
    LocalizedLever lever = wording.localize(lever(1), detroit, charlotte, null);
    assertEquals("only if you have a competing offer", lever.condition());
    assertTrue(lever.text().contains("My competing offer from [the company that made your offer] is at $330K–$380K TC"),
        lever.text());
    assertTrue(lever.text().contains("[pick one: fair lending models / bias-mitigated ML systems / "), lever.text());
  }

  @Test
  void localize_userCompetingOffer_takesThePlaceOfTheMarketFigureAndTheCompetitorSlot() {
    String text = wording.localize(lever(1), detroit, charlotte, new Competing(400_000, "USD", "Stripe")).text();
    assertTrue(text.contains("My competing offer from Stripe is at $400K TC"), text);
  }

  @Test
  void localize_totalLeverInCharlotte_scalesByTheTotalBandRatio() {
    String text = wording.localize(lever(2), detroit, charlotte, null).text();
    assertTrue(text.contains("targeting $357K–$365K"), text);
  }

  @Test
  void scale_figureUnderTenThousand_keepsThePrecisionItWasWrittenWith() {
    Range from = Range.of(100_000, 120_000);
    Range to = Range.of(110_000, 132_000);

    assertEquals(1_380, LeverWording.scale(1_250, from, to));
    assertEquals(75, LeverWording.scale(68, from, to));
    assertEquals(209_000, LeverWording.scale(190_000, from, to));
  }

  @Test
  void localize_percentAndSignOn_stayAsWritten() {
    assertTrue(wording.localize(lever(3), detroit, charlotte, null).text().contains("bonus target at 22%"));
    String four = wording.localize(lever(4), detroit, charlotte, null).text();
    assertTrue(four.contains("within 10%") && four.contains("sign-on bonus of $25K–$35K"), four);
  }

  @Test
  void localize_headquartersRegion_leavesTheFiguresAsTheGuideWroteThem() {
    String text = wording.localize(lever(2), detroit, detroit, null).text();
    assertTrue(text.contains("targeting $340K–$348K"), text);
  }

  @Test
  void localize_conversationsWithAListOnceTheUserHasOneOffer_namesItAndStaysGrammatical() {
    LocalizedLever lever = wording.localize(lever(4), detroit, charlotte, new Competing(400_000, "USD", "Stripe"));
    assertTrue(lever.text().contains("in conversations with Stripe — which is building"), lever.text());
    assertTrue(lever.text().contains("within 10% of my best competing offer of $400K a year"), lever.text());
    assertEquals(null, lever.condition());
  }

  @Test
  void localize_competingOfferWithoutAName_asksForTheName() {
    LocalizedLever lever = wording.localize(lever(1), detroit, charlotte, new Competing(400_000, "USD", null));
    assertTrue(lever.text().contains("My competing offer from [the company that made your offer] is at $400K TC"),
        lever.text());
    assertTrue(lever.toFill().stream().anyMatch(f -> f.contains("Name the company")), lever.toFill().toString());
  }

  @Test
  void localize_currentCompanyInAnyBrackets_takesTheEmployerOrAsksForIt() {
    for (String slot : List.of("[current company]", "{current employer}", "<your current company>",
        "[[current employer]]", "{{present employer}}")) {
      Lever written = new Lever(9, "Impact", "My impact here would be larger than at " + slot + ".", List.of(), 1);
      assertEquals("My impact here would be larger than at Acme Bank.",
          wording.localize(written, detroit, charlotte, null, "Acme Bank").text(), slot);
      LocalizedLever unfilled = wording.localize(written, detroit, charlotte, null, null);
      assertTrue(unfilled.toFill().stream().anyMatch(f -> f.contains("current employer")), slot);
    }
  }

  @Test
  void localize_sameLeverForAnotherEmployerOrRegion_isWordedForEachNotFromTheLastAnswer() {
    Lever written = new Lever(9, "Impact", "My impact here would be larger than at [current company].", List.of(), 1);

    assertEquals("My impact here would be larger than at Acme Bank.",
        wording.localize(written, detroit, charlotte, null, "Acme Bank").text());
    assertEquals("My impact here would be larger than at Initech.",
        wording.localize(written, detroit, charlotte, null, "Initech").text());
    assertEquals("My impact here would be larger than at Acme Bank.",
        wording.localize(written, detroit, charlotte, null, "Acme Bank").text());
    assertEquals(wording.localize(lever(1), detroit, detroit, null).text(),
        new LeverWording().localize(lever(1), detroit, detroit, null).text());
    assertEquals(new LeverWording().localize(lever(1), detroit, charlotte, null).text(),
        wording.localize(lever(1), detroit, charlotte, null).text());
  }

  @Test
  void localize_competitorSlotWithoutAnOffer_neverClaimsTheGuidesCompetitors() {
    Lever written = new Lever(9, "Talent", "I'm interviewing with {Google / Meta}, all of which pay more.", List.of(), 1);
    LocalizedLever lever = wording.localize(written, detroit, charlotte, null, null);
    assertEquals("only if you have a competing offer", lever.condition());
    assertTrue(lever.text().contains("interviewing with [the company that made your offer]"), lever.text());
  }

  @Test
  void localize_leverWordedPerMonth_isRestatedPerMonthInTheAskedRegionsCurrency() throws Exception {
    String file = "monthly-figures-sgd-hkd-aud-per-month-columns.md";
    Guide monthly = new GuideReader(Seeds.BEFORE_REVIEW).read("spec/" + file,
        Files.readString(Path.of("src/test/resources/guides/spec", file))).guide();
    Lever lever = monthly.levers().get(0);

    // "I'd like the base at S$10,500 a month" in Singapore: the base band's top is S$11,000 a month there,
    // HK$68,000 in Hong Kong and A$12,500 in Sydney, so the ask scales by those and stays a month's.
    assertTrue(lever.text().contains("S$10,500 a month"), lever.text());
    assertTrue(wording.localize(lever, monthly.leverRegion(), Seeds.region(monthly, "Hong Kong"), null).text()
        .contains("HKD 65K a month"), lever.text());
    assertTrue(wording.localize(lever, monthly.leverRegion(), Seeds.region(monthly, "Sydney"), null).text()
        .contains("A$12K a month"), lever.text());
  }
}
