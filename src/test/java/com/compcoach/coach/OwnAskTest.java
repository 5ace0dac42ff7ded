package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OwnAskTest {

  private final Coach coach = Seeds.coach();

  private Turn charlotteOffer(Venue venue) {
    return Seeds.charlotteOffer(coach, venue);
  }

  /** The message in a direct message after the Charlotte offer. */
  private Turn afterTheOffer(String message) {
    return coach.reply(charlotteOffer(Venue.DIRECT_MESSAGE).conversation(), message, Venue.DIRECT_MESSAGE);
  }

  @Test
  void reply_iCounteredABase_makesItTheStandingAskWithTheRestAsOffered() {
    Turn turn = afterTheOffer("I countered 200 base");
    Counteroffer ask = turn.conversation().counter();
    assertEquals(200_000L, ask.base());
    assertEquals(50_000L, ask.stock());
    assertEquals(290_000L, ask.total());
    assertEquals(180_000L, turn.conversation().offer().base(), "the ask is never their offer");
  }

  @Test
  void reply_theirAnswerAfterTheUsersAsk_isMeasuredAgainstThatAsk() {
    Turn asked = afterTheOffer("I'm going to ask for 200 base");
    Turn answer = coach.reply(asked.conversation(), "they came back with 192 base", Venue.DIRECT_MESSAGE);
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, answer.reply());
    assertTrue(advice.notes().stream().anyMatch(n -> n.contains("of the $20K gap")), advice.notes().toString());
    assertEquals(196_000L, answer.conversation().counter().base());
  }

  @Test
  void reply_askUnderACompetingOffersBase_saysSoPlainly() {
    Turn competing = afterTheOffer("capital one offered me 215 base");
    Turn turn = coach.reply(competing.conversation(), "I'll ask for 205 base", Venue.DIRECT_MESSAGE);
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertTrue(advice.notes().stream().anyMatch(n -> n.startsWith("It asks less than your competing offer from "
        + "Capital One pays on base ($215K against $205K)")), advice.notes().toString());
    assertFalse(advice.script().contains("ready to sign"), advice.script());
  }

  @Test
  void reply_askUnderTheWalkAwayInAChannel_saysSoWithoutTheFigure() {
    Turn walkAway = coach.reply(charlotteOffer(Venue.SHARED_CHANNEL).conversation(), "my walk-away is 300k",
        Venue.SHARED_CHANNEL);
    Turn turn = coach.reply(walkAway.conversation(), "I asked for 200 base", Venue.SHARED_CHANNEL);
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertTrue(advice.notes().contains("It's under your walk-away: even a yes would leave you below it."),
        advice.notes().toString());
    assertTrue(advice.notes().stream().noneMatch(n -> n.contains("300")), advice.notes().toString());
  }

  @Test
  void reply_whatIfIAskForABase_weighsItAndKeepsTheThread() {
    Turn offer = charlotteOffer(Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(offer.conversation(), "what if I ask for 240 base?", Venue.DIRECT_MESSAGE);
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.startsWith("Base $240K is past the top of the Charlotte base band ($173K–$233K) by $7K"), text);
    assertEquals(offer.conversation().counter(), turn.conversation().counter());
  }

  @Test
  void reply_askForMoreOfAPart_stepsFromTheOffersFigure() {
    Turn turn = afterTheOffer("what if i ask for 10k more stock");
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.startsWith("Stock $60K is inside the Charlotte stock band"), text);
  }

  @Test
  void proposed_askEndingInAQuestionMark_isWeighedNotMade() {
    Figure base = new Figure(Figure.Purpose.OFFER, com.compcoach.guide.Component.BASE, 260_000, false, null, 0, false,
        "260");
    assertTrue(OwnAsk.proposed("how about I ask for 260 base?", java.util.List.of(base)));
    assertFalse(OwnAsk.proposed("ok I'll ask for 260 base. draft it?", java.util.List.of(base)));
  }

  @Test
  void reply_iToldThemAFigure_isTheUsersAskNotTheirOffer() {
    Turn turn = afterTheOffer("I told them 210 base");
    assertEquals(180_000L, turn.conversation().offer().base());
    assertEquals(210_000L, turn.conversation().counter().base());
  }

  @Test
  void reply_askPastTheBaseBandsTop_saysItIsAboveWhatTheGuidePays() {
    Turn turn = afterTheOffer("I told them 240 base");
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
    assertTrue(advice.notes().stream().anyMatch(n -> n.startsWith("Base $240K is past the top of the Charlotte base "
        + "band ($173K–$233K) by $7K: above what the guide says this role pays there")), advice.notes().toString());
  }

  /** The message after Capital One's 215 base and the user's own ask of 205 base. */
  private Turn afterAnAskUnderCapitalOne(String message) {
    Turn competing = afterTheOffer("capital one offered me 215 base");
    Turn asked = coach.reply(competing.conversation(), "I'll ask for 205 base", Venue.DIRECT_MESSAGE);
    return coach.reply(asked.conversation(), message, Venue.DIRECT_MESSAGE);
  }

  @Test
  void reply_takeItOnAnAskUnderACompetingOffersBase_saysTheShortfallAgain() {
    Turn turn = afterAnAskUnderCapitalOne("should I take it if they agree?");
    Reply.Text text = assertInstanceOf(Reply.Text.class, turn.reply());
    assertTrue(text.text().contains("It asks less than your competing offer from Capital One pays on base ($215K "
        + "against $205K)"), text.text());
    assertFalse(text.text().contains("the counter asks at least"), text.text());
  }

  @Test
  void reply_draftOfAnAskUnderACompetingOffersBase_saysTheShortfallInItsNotes() {
    Turn turn = afterAnAskUnderCapitalOne("draft the email");
    Reply.Draft draft = assertInstanceOf(Reply.Draft.class, turn.reply());
    assertTrue(draft.notes().stream().anyMatch(n -> n.startsWith("It asks less than your competing offer from "
        + "Capital One")), draft.notes().toString());
  }
}
