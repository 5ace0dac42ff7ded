package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModestAskTest {

  private final Coach coach = Seeds.coach();

  /** Each message in turn after the Charlotte ML/AI offer (180k base, 50k RSUs, 40k bonus); the last turn. */
  private Turn after(Venue venue, String... messages) {
    Turn turn = Seeds.charlotteOffer(coach, venue);
    for (String message : messages) {
      turn = coach.reply(turn.conversation(), message, venue);
    }
    return turn;
  }

  private static String text(Turn turn) {
    return assertInstanceOf(Reply.Text.class, turn.reply()).text();
  }

  @Test
  void reply_tooAggressiveAfterTheCounter_asksTheTargetsLowEndAndKeepsItAsTheAsk() {
    long full = after(Venue.DIRECT_MESSAGE).conversation().counter().total();
    Turn turn = after(Venue.DIRECT_MESSAGE, "asking for 233 base is too aggressive, can we do something more modest?");
    String said = text(turn);
    Counteroffer modest = turn.conversation().counter();
    assertEquals(334_000L, modest.total(), said);
    assertTrue(modest.base() < 233_000L, said);
    assertTrue(said.startsWith("A more modest ask: a base of $" + String.format("%,d", modest.base())), said);
    assertTrue(said.contains("the low end of the Charlotte Negotiate-Up target"), said);
    assertTrue(said.contains("What it gives up: $" + (full - modest.total()) / 1000 + "K a year"), said);
    assertEquals(180_000L, turn.conversation().offer().base(), "their offer is unchanged");
  }

  @Test
  void reply_askedAgain_stepsDownToTheBandsMiddleThenNoFurther() {
    Turn second = after(Venue.DIRECT_MESSAGE, "can we do something more modest?", "still too aggressive, even lower?");
    assertEquals(307_500L, second.conversation().counter().total(), text(second));
    assertTrue(text(second).contains("under the Negotiate-Up target"), text(second));
    Turn third = coach.reply(second.conversation(), "can we go lower?", Venue.DIRECT_MESSAGE);
    assertTrue(text(third).startsWith("Your ask of $307.5K a year"), text(third));
    assertTrue(text(third).contains("already as modest as I'd make it"), text(third));
    assertEquals(second.conversation().counter(), third.conversation().counter());
  }

  @Test
  void reply_competingOfferAboveTheStep_neverAsksUnderIt() {
    Turn turn = after(Venue.DIRECT_MESSAGE, "Capital One offered 340k TC", "can we tone it down a bit?");
    String said = text(turn);
    assertTrue(turn.conversation().counter().total() >= 340_000L, said);
    assertTrue(said.contains("raised to clear your competing offer from Capital One ($340K a year)"), said);
  }

  @Test
  void reply_walkAwayInAChannel_isNeverRepeated() {
    Turn turn = after(Venue.SHARED_CHANNEL, "my walk-away is 345k", "let's dial it back");
    String said = text(turn);
    assertTrue(turn.conversation().counter().total() >= 345_000L, said);
    assertTrue(said.contains("raised to clear your walk-away"), said);
    assertFalse(said.contains("345"), said);
  }

  @Test
  void reply_offerPartAboveTheModestPlace_isKeptNotAskedBelow() {
    Turn offer = coach.open("ml-ai-engineer charlotte 230k base 45k rsu 36k bonus", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(offer.conversation(), "I'd rather ask for less", Venue.DIRECT_MESSAGE);
    Counteroffer modest = turn.conversation().counter();
    assertTrue(modest.base() >= 230_000L && modest.stock() >= 45_000L && modest.bonus() >= 36_000L, text(turn));
    assertFalse(text(turn).contains("a base of"), "a part they already pay past the step is not asked: " + text(turn));
  }

  @Test
  void reply_backToTheFullCounter_restoresTheGuidesCounter() {
    long full = after(Venue.DIRECT_MESSAGE).conversation().counter().total();
    Turn turn = after(Venue.DIRECT_MESSAGE, "can we go with a lower ask?", "back to the full counter");
    assertEquals(full, turn.conversation().counter().total());
  }

  @Test
  void reply_draftAfterAModestAsk_writesTheModestFigures() {
    Turn modest = after(Venue.DIRECT_MESSAGE, "something a bit lower maybe?");
    Turn draft = coach.reply(modest.conversation(), "draft it", Venue.DIRECT_MESSAGE);
    Reply.Draft email = assertInstanceOf(Reply.Draft.class, draft.reply());
    assertTrue(email.body().contains(String.format("$%,d", modest.conversation().counter().base())), email.body());
  }

  @Test
  void reply_beforeAnOffer_givesALowerAimAndStoresNothing() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), "that aim is too much for me, something more modest?",
        Venue.DIRECT_MESSAGE);
    assertTrue(text(turn).startsWith("A more modest aim: about $334K a year"), text(turn));
    assertEquals(card.conversation().counter(), turn.conversation().counter());
  }
}
