package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwoOffersTest {

  private final Coach coach = Seeds.coach();

  private Turn thread(String... messages) {
    Turn turn = coach.open("security-engineer charlotte", Venue.DIRECT_MESSAGE);
    for (String message : messages) {
      turn = coach.reply(turn.conversation(), message, Venue.DIRECT_MESSAGE);
    }
    return turn;
  }

  private static String text(Turn turn) {
    return assertInstanceOf(Reply.Text.class, turn.reply()).text();
  }

  private static final String TWO = "I have two offers. Ally: 150 base + 10% bonus. Capital One: 162 base, no bonus, "
      + "40k RSU/4yr";

  @Test
  void reply_whichToPushOnWithAnOfferWithoutStock_pushesTheThreadsCompanyWithTheOtherAsLeverage() {
    for (String asked : new String[] {"which one should I push on?", "ok so which should I negotiate with",
        "who do I go back to first?"}) {
      String said = text(thread(TWO, asked));
      assertTrue(said.startsWith("Push on Ally Financial"), asked + ": " + said);
      assertTrue(said.contains("Capital One pays more on base ($162K against $150K)"), said);
      assertTrue(said.contains("Ally Financial's offer names no stock yet"), said);
      assertTrue(said.contains("As named, a year: Ally Financial $165K, Capital One $172K"), said);
      assertTrue(said.contains("Ask Ally Financial for a base of $181,000"), said);
    }
  }

  @Test
  void reply_whichToPushOnPreferringTheOther_pushesThereWithThisOffersLead() {
    String said = text(thread(TWO, "I'd rather join Capital One honestly. which one should I push on?"));
    assertTrue(said.startsWith("Push on Capital One, since you'd rather join them"), said);
    assertTrue(said.contains("Ally Financial pays more on bonus ($15K"), said);
    assertFalse(said.contains("$181,000"), "no counter planned on another company's bands: " + said);
  }

  @Test
  void reply_whichIsBetterWithAnOfferWithoutStock_weighsWhatBothGiveAndSaysWhatIsMissing() {
    Turn turn = thread(TWO, "which one is better?");
    String said = text(turn);
    assertFalse(said.contains("I can only judge what you gave me"), said);
    assertTrue(said.contains("Capital One gives $10K a year in stock"), said);
    assertTrue(said.contains("$7K more at Capital One until the missing part is known"), said);
    assertEquals(150_000L, turn.conversation().offer().base(), "nothing read from a question");
  }

  @Test
  void reply_whichToPushOnWithWholeOffers_namesThePartsTheOtherPaysMoreOn() {
    String said = text(thread("Truist came in at 168k base + 12% bonus + 20k rsu a year",
        "Ally offered 155 base, 10% bonus, 80k rsus/4y", "which offer should I counter?"));
    assertTrue(said.startsWith("Push on Ally Financial"), said);
    assertTrue(said.contains("Truist pays more on base ($168K against $155K) and bonus ($20.16K against $15.5K)"),
        said);
    assertFalse(said.contains("As named"), "both years are whole: " + said);
  }
}
