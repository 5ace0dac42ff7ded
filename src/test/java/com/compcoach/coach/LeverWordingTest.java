package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Guide;
import com.compcoach.guide.Lever;
import com.compcoach.guide.Region;
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
  void localize_leverOneInCharlotte_keepsTheMarketFigureAndPlaceholders() {
    String text = wording.localize(lever(1), detroit, charlotte, null).text();
    assertTrue(text.contains("are at $330K–$380K TC"), text);
    assertTrue(text.contains("[Big Tech ML team / fintech]"), text);
  }

  @Test
  void localize_userCompetingOffer_takesThePlaceOfTheMarketFigureAndTheCompetitorSlot() {
    String text = wording.localize(lever(1), detroit, charlotte, new Competing(400_000, "USD", "Stripe")).text();
    assertTrue(text.contains("My competing offers from Stripe are at $400K TC"), text);
  }

  @Test
  void localize_totalLeverInCharlotte_scalesByTheTotalBandRatio() {
    String text = wording.localize(lever(2), detroit, charlotte, null).text();
    assertTrue(text.contains("targeting $357K–$365K"), text);
  }

  @Test
  void localize_percentAndSignOn_stayAsWritten() {
    assertTrue(wording.localize(lever(3), detroit, charlotte, null).text().contains("bonus target at 22%"));
    String four = wording.localize(lever(4), detroit, charlotte, null).text();
    assertTrue(four.contains("within 10%") && four.contains("sign-on bonus of $25K–$35K"), four);
  }

  @Test
  void localize_headquartersRegion_leavesTheWordingAsTheGuideWroteIt() {
    assertEquals(lever(1).text(), wording.localize(lever(1), detroit, detroit, null).text());
  }
}
