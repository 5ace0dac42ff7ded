package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import org.junit.jupiter.api.Test;

/** How a thread's figures change with what a message gives: parts, steps, floors and figures read with the thread's. */
class OfferUpdateTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;
  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();
  private final TextRenderer text = new TextRenderer();

  private Turn says(Turn before, String message, Venue venue) {
    return coach.reply(before.conversation(), message, venue);
  }

  private Turn charlotte(String offer, Venue venue) {
    return coach.open("ml-ai-engineer charlotte " + offer, venue);
  }

  @Test
  void apply_candidatesFloorOnBaseInAChannel_holdsTheBaseAndSaysWhoseWithoutTheFigure() {
    Turn offer = charlotte("185k base, 12% bonus, 160k rsu over 4 years", CHANNEL);
    Turn floor = says(offer, "his floor is 200 base", CHANNEL);
    Conversation c = floor.conversation();
    assertEquals(Component.BASE, c.floorPart());
    assertEquals("his", c.floorWhose());
    // The rest of the offer counts as offered: 200k base with its 12% bonus and 40k of stock a year.
    assertEquals(200_000L + 24_000L + 40_000L, c.walkAway());
    String said = text.render(floor.reply());
    assertTrue(said.contains("Noted his walk-away on base"), said);
    assertFalse(said.contains("your walk-away") || said.contains("$200"), said);
  }

  @Test
  void apply_floorOnBaseAboveTheBand_counterNeverAsksABaseUnderIt() {
    Turn floor = says(charlotte("190k base, 40k bonus, 50k rsu per year", DM), "my floor is 250k base", DM);
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, floor.reply());
    assertTrue(advice.counter().base() >= 250_000, advice.counter().toString());
    String said = text.render(floor.reply());
    assertTrue(said.contains("your walk-away of $250K on base"), said);
  }

  @Test
  void apply_floorOnBaseAboveTheOffersBase_isNotClearedByAHigherTotal() {
    Turn floor = says(charlotte("185k base, 80k bonus, 70k rsu per year", DM), "my floor is 190k base", DM);
    String verdict = text.render(says(floor, "should i accept?", DM).reply());
    assertFalse(verdict.contains("It clears"), verdict);
    assertTrue(verdict.contains("under your walk-away of $190K on base"), verdict);
  }

  @Test
  void apply_payTodayAndABareOfferFigure_keepsPayTodayAndAsksOnlyTheOfferFigure() {
    Turn card = coach.open("security-engineer new york", DM);
    Turn asked = says(card, "I'm at 165 now at Capital One, they offered 185", DM);
    String question = assertInstanceOf(Reply.Question.class, asked.reply()).text();
    assertTrue(question.contains("current pay of $165K") && question.contains("Is 185 ($185K) the base?"), question);
    assertEquals("Capital One", asked.conversation().employer());
    Turn parts = says(asked, "bonus 10% and 40k stock a year", DM);
    Offer offer = parts.conversation().offer();
    assertEquals(185_000L, offer.base());
    assertEquals(18_500L, offer.bonus());
    assertTrue(text.render(parts.reply()).contains("Took 185 as the base"), text.render(parts.reply()));
  }

  @Test
  void apply_onTargetEarningsLaterInTheThread_splitsAtTheThreadsBase() {
    Turn ote = says(charlotte("base 170k, 20k bonus", DM), "update: they offered $230k OTE now", DM);
    Offer offer = ote.conversation().offer();
    assertEquals(170_000L, offer.base());
    assertEquals(60_000L, offer.bonus());
    assertTrue(text.render(ote.reply()).contains("as the base of $170K you gave before plus $60K"));
  }

  @Test
  void apply_onTargetEarningsWithNoBaseAnywhere_asksForTheBase() {
    Turn ote = says(coach.open("ml-ai-engineer charlotte", DM), "they offered $230k OTE", DM);
    assertTrue(assertInstanceOf(Reply.Question.class, ote.reply()).text().contains("what is the base?"));
    assertNull(ote.conversation().offer());
  }

  @Test
  void apply_bareBonusTheBandRulesOutInThousands_takesThePercentAndSaysWhy() {
    Turn read = charlotte("base is 170. bonus 15. stock 45.", DM);
    assertEquals(25_500L, read.conversation().offer().bonus());
    assertEquals(1_500, read.conversation().offer().bonusPercent());
    assertTrue(text.render(read.reply()).contains("Took bonus 15 as 15% of base ($25,500)"));
  }

  @Test
  void apply_bareBonusBothReadingsFit_asksWithBothSpelledOutAndTakesNothing() {
    Turn asked = charlotte("base is 200. bonus 18. stock 45.", DM);
    String question = assertInstanceOf(Reply.Question.class, asked.reply()).text();
    assertTrue(question.contains("$18K a year, or 18% of the $200K base ($36,000)"), question);
    assertNull(asked.conversation().offer());
  }

  @Test
  void apply_stepsUpOfOnePart_landOnTheThreadsFigures() {
    Turn offer = coach.open("ml-ai-engineer detroit Base: 160,000 USD | Bonus: 10% | Sign on: 15,000 USD", DM);
    Turn base = says(offer, "they bumped base by 10k after i pushed", DM);
    assertEquals(170_000L, base.conversation().offer().base());
    assertEquals(17_000L, base.conversation().offer().bonus());
    Turn signOn = says(base, "and threw in another 5k signing", DM);
    assertEquals(20_000L, signOn.conversation().offer().signOn());
  }

  @Test
  void apply_stepUpOfAPartTheThreadLacks_asksForTheNewFigure() {
    Turn asked = says(charlotte("180k base", DM), "they bumped the stock by 10k", DM);
    String question = assertInstanceOf(Reply.Question.class, asked.reply()).text();
    assertTrue(question.startsWith("Up by 10k from what?") && question.contains("\"50k rsu per year\""), question);
    assertNull(asked.conversation().offer().stock());
  }

  @Test
  void apply_competingOfferInAnotherCurrency_isNotedApartAndNeverWeighed() {
    Coach london = Seeds.coach(java.nio.file.Path.of("src/test/resources/guides/library/gbp-cad-millions"));
    Turn offer = london.open("staff-engineer london £650k base, £200k bonus, £300k equity per year", DM);
    Turn other = london.reply(offer.conversation(), "also have a US offer from stripe: $900k base", DM);
    assertNull(other.conversation().competing());
    assertEquals(offer.conversation().offer(), other.conversation().offer());
    assertTrue(text.render(other.reply()).contains("in another currency than the London band's GBP"));
  }
}
