package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConductTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;
  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();

  private Conversation newYorkOffer(Venue venue) {
    return coach.open("security-engineer new york 160k base 15% bonus", venue).conversation();
  }

  private static String text(Turn turn) {
    return assertInstanceOf(Reply.Text.class, turn.reply()).text();
  }

  @Test
  void reply_isThatIllegalInTheThreadsRegion_namesNoLawAndKeepsTheThread() {
    Conversation before = newYorkOffer(DM);
    Turn turn = coach.reply(before, "isn't that illegal in new york?", DM);
    assertTrue(text(turn).startsWith("I can't tell you what the law says where you are"), text(turn));
    assertFalse(text(turn).contains("$"), "no figure: " + text(turn));
    assertEquals(before.offer(), turn.conversation().offer());
  }

  @Test
  void reply_alreadyAcceptedWithFigures_saysTheOfferBackThenWhatReopeningCosts() {
    Conversation detroit = coach.open("ml-ai-engineer detroit", DM).conversation();
    Turn turn = coach.reply(detroit, "i already accepted 180k base 40k stock 30k bonus last week", DM);
    assertTrue(text(turn).startsWith("Noted the offer you accepted: base $180,000"), text(turn));
    assertTrue(text(turn).contains("reopening the figures is the one ask that does cost goodwill"), text(turn));
    assertEquals(180_000, turn.conversation().offer().base());
  }

  @Test
  void reply_verbalOfferWithABareFigureInsideItsBand_notesItAndAnswers() {
    Conversation newYork = coach.open("ml-ai-engineer new york", DM).conversation();
    Turn turn = coach.reply(newYork, "I got a verbal offer, 230 base, should I wait for the written one?", DM);
    String said = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(said.startsWith("Noted their offer: base $230,000. Negotiate now, on the verbal"), said);
    assertEquals(230_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_askedToSignToday_keepsTodayAsTheDeadlineAndCallsItShort() {
    Turn turn = coach.reply(newYorkOffer(DM), "they asked me to sign today", DM);
    assertTrue(text(turn).contains("That's short for a decision this size"), text(turn));
    assertEquals("2026-03-01", turn.conversation().terms().deadline());
  }

  @Test
  void reply_redFlagAfterADeadline_isPressureWithItsDate() {
    Turn deadline = coach.reply(newYorkOffer(DM), "they want an answer by tomorrow", DM);
    String said = text(coach.reply(deadline.conversation(), "is that a red flag?", DM));
    assertTrue(said.startsWith("Pressing for an answer the same day or the next is a tactic"), said);
    assertTrue(said.contains("by Monday 2 March"), said);
  }

  @Test
  void reply_noReplyAfterTheCounter_followsUpOnceWithTheNote() {
    String said = text(coach.reply(newYorkOffer(CHANNEL), "i sent the counter 5 days ago and haven't heard back",
        CHANNEL));
    assertTrue(said.startsWith("Silence after a counter is normal"), said);
    assertTrue(said.contains("\"Hi [name], I wanted to check in on my note"), said);
  }

  @Test
  void reply_howToSayItWithoutSoundingGreedy_givesTheCountersBaseAsAQuestion() {
    String said = text(coach.reply(newYorkOffer(DM), "how do i ask without sounding greedy", DM));
    assertTrue(said.contains("Is there flexibility to bring the base to $203,000?"), said);
  }

  @Test
  void reply_emailOrPhone_answersBothNotTheEmail() {
    Turn turn = coach.reply(newYorkOffer(DM), "is it better to negotiate over email or phone?", DM);
    assertTrue(text(turn).startsWith("Either works; use each for what it does best."), text(turn));
  }

  @Test
  void reply_howLongBeforeIReply_thanksNowAndCountersWithinADayOrTwo() {
    Turn turn = coach.reply(newYorkOffer(DM), "how long should i wait before i reply", DM);
    assertTrue(text(turn).contains("Thank them today"), text(turn));
    assertTrue(text(turn).contains("within a day or two"), text(turn));
  }

  @Test
  void reply_anythingInWritingAfterAYes_neverSaysNegotiateNow() {
    Turn signed = coach.reply(newYorkOffer(DM), "done, i accepted", DM);
    Turn turn = coach.reply(signed.conversation(), "should i get anything in writing?", DM);
    assertTrue(text(turn).startsWith("Yes: get the whole offer in writing"), text(turn));
    assertFalse(text(turn).contains("Negotiate now"), text(turn));
  }
}
