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
  void apply_competingOfferInAnotherCurrency_isKeptInItsCurrencyAndNeverWeighed() {
    Coach london = Seeds.coach(java.nio.file.Path.of("src/test/resources/guides/library/gbp-cad-millions"));
    Turn offer = london.open("staff-engineer london £650k base, £200k bonus, £300k equity per year", DM);
    Turn other = london.reply(offer.conversation(), "also have a US offer from stripe: $900k base", DM);
    assertEquals(new Competing(900_000L, "USD", "Stripe", 900_000L, null, null, null),
        other.conversation().competing());
    assertEquals(offer.conversation().offer(), other.conversation().offer());
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, other.reply());
    assertEquals(offer.conversation().counter(), other.conversation().counter());
    assertTrue(text.render(advice).contains("I don't make up exchange rates"), text.render(advice));
  }

  @Test
  void apply_competingBaseAboveTheBandTop_theCounterNeverAsksABaseUnderIt() {
    Turn competing = says(charlotte("195k base, 12% bonus, 45k rsu a year", DM), "JPMorgan: 240k base + 20% bonus",
        DM);
    assertEquals(new Competing(288_000L, "USD", "JPMorgan", 240_000L, null, 48_000L, null),
        competing.conversation().competing());
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, competing.reply());
    assertTrue(advice.counter().base() >= 240_000L, advice.counter().toString());
    assertTrue(text.render(advice).contains("JPMorgan pays more on base ($240K against $195K)"), text.render(advice));
  }

  @Test
  void apply_weakerCompetingTotalThatBeatsTheBase_saysWhatWasCompared() {
    String said = text.render(says(charlotte("195k base, 12% bonus, 45k rsu a year", DM),
        "JPMorgan: 210k base + 20% bonus, no stock", DM).reply());
    assertTrue(said.contains("Noted the competing offer of $252K a year from JPMorgan. It is below this offer's "
        + "$263.4K a year in total. JPMorgan pays more on base ($210K against $195K) and bonus ($42K against $23.4K)"),
        said);
  }

  @Test
  void apply_theirAnswerWithinASixthButUnderTheCompetingBase_isNoAccept() {
    Turn offer = says(charlotte("180k base, 10% bonus, 42k rsu a year", DM), "JPMorgan offered 230k base, 20% bonus",
        DM);
    Turn answer = says(offer, "they came back with 228k base, 71k rsu per year, 53k bonus", DM);
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, answer.reply());
    assertEquals(Verdict.SPLIT, advice.verdict());
    assertTrue(advice.counter().base() >= 230_000L, advice.counter().toString());
    assertTrue(text.render(advice).contains("don't accept yet"), text.render(advice));
  }

  @Test
  void apply_competingOfferInPoundsThenTheUsersRate_weighsItAtThatRate() {
    Turn offer = coach.open("ml-ai-engineer new york 215k base, 15% bonus, 200k rsu over 4 years", DM);
    Turn london = says(offer, "i also have a london offer, £150k + 10%", DM);
    assertEquals(new Competing(165_000L, "GBP", null, 150_000L, null, 15_000L, null),
        london.conversation().competing());
    Turn rated = says(london, "assume 1 gbp = 1.27 usd", DM);
    assertEquals(new Competing(209_550L, "USD", null, 190_500L, null, 19_050L, null),
        rated.conversation().competing());
    assertTrue(text.render(rated.reply()).contains("At your rate of 1 GBP = 1.27 USD"), text.render(rated.reply()));
  }

  @Test
  void apply_payTodayWithABonusPercent_takesThePercentOfThatPay() {
    String said = text.render(says(charlotte("", DM), "I'm at $149k now with a 5% bonus", DM).reply());
    assertTrue(said.contains("Noted your current pay of $156.45K a year"), said);
  }

  @Test
  void apply_candidateWouldSignAtABase_isHerWalkAwayOnBaseNotTheOffer() {
    Turn offer = charlotte("195k base, 15% bonus, 50k rsu a year", CHANNEL);
    Turn floor = says(offer, "she'd sign at 205 base", CHANNEL);
    assertEquals(195_000L, floor.conversation().offer().base());
    assertEquals(205_000L, floor.conversation().floor());
    assertEquals(Component.BASE, floor.conversation().floorPart());
  }

  @Test
  void apply_bareBaseAsTheThreadsFirstFigureInsideItsBand_isReadInThousandsAndSaysWhy() {
    Turn read = says(charlotte("", DM), "185 base", DM);
    assertEquals(185_000L, read.conversation().offer().base());
    String said = text.render(read.reply());
    assertTrue(said.contains("Read 185 base as 185k, as the Charlotte base band is $173K–$233K."), said);
  }

  @Test
  void apply_bareBaseFarFromItsBand_isStillAsked() {
    Turn asked = says(charlotte("", DM), "30 base", DM);
    assertNull(asked.conversation().offer());
    assertTrue(text.render(asked.reply()).contains("Did you mean $30K for the base?"));
  }

  @Test
  void apply_signOnGivenAsEachYearsShare_isOneSignOnWithYearOnesShareInYearOne() {
    Turn read = says(charlotte("185k base, 15% bonus, 45k rsu/yr", DM), "sign-on is 30k in year 1 and 20k in year 2",
        DM);
    assertEquals(50_000L, read.conversation().offer().signOn());
    assertEquals(20_000L, read.conversation().offer().signOnLater());
  }

  @Test
  void apply_herMinOnBaseInAChannel_isHerWalkAwayNeverTheOfferNorRepeated() {
    Turn offer = coach.open("security-engineer new york 170k base, 10% bonus, 40k rsu/yr", CHANNEL);
    Turn floor = says(offer, "her min is 180 base", CHANNEL);
    assertEquals(170_000L, floor.conversation().offer().base());
    assertEquals(180_000L, floor.conversation().floor());
    assertFalse(text.render(floor.reply()).contains("180"), text.render(floor.reply()));
  }

  @Test
  void accept_offerInsideTheTargetWithACompetingBaseAboveIt_isNotYet() {
    Turn competing = says(charlotte("225k base, 70k rsu per year, 60k bonus", DM), "JPMorgan offered 230k base, "
        + "10% bonus", DM);
    String verdict = text.render(says(competing, "should i accept?", DM).reply());
    assertTrue(verdict.startsWith("Not yet") && verdict.contains("JPMorgan pays more on base ($230K against $225K)"),
        verdict);
  }
}
