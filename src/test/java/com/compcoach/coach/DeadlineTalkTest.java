package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.GuideCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTalkTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;
  /** Friday 4 December 2026, evening. */
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T23:00:00Z"), ZoneOffset.UTC);
  private static final GuideCatalog CATALOG = Seeds.catalog();

  private final Coach coach = new Coach(() -> CATALOG, NOW);

  private Turn says(Turn before, String message) {
    return coach.reply(before.conversation(), message, DM);
  }

  private Turn started() {
    return coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
  }

  @Test
  void reply_typedDeadline_keptInTermsAndRemindersOffered() {
    Turn turn = says(started(), "they need an answer by end of next week");
    assertEquals("2026-12-11", turn.conversation().terms().deadline());
    Reply.Text text = assertInstanceOf(Reply.Text.class, turn.reply());
    assertTrue(text.text().contains("Friday 11 December"), text.text());
    assertTrue(text.text().contains("\"remind me\""), text.text());
    assertFalse(turn.conversation().remindersOrNone().wanted());
  }

  @Test
  void reply_unknownNamesDeadline_asksWhoseItIsAndKeepsNothing() {
    Turn turn = says(started(), "sarah wants an answer by friday");
    String text = assertInstanceOf(Reply.Question.class, turn.reply()).text();
    assertTrue(text.contains("is Sarah another company with an offer, or someone at Ally Financial?"), text);
    assertEquals(null, turn.conversation().terms() == null ? null : turn.conversation().terms().deadline());
  }

  @Test
  void reply_anotherCompanysDeadline_isSaidAsTheirsWithWhatToTellThisOne() {
    Turn turn = says(says(started(), "rocket offered 190k base"), "rocket wants an answer by wednesday");
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.startsWith("Noted: Rocket needs an answer by Wednesday 9 December. That's Rocket's deadline, not "
        + "this offer's: tell Ally Financial you have another offer"), text);
    assertFalse(text.contains("they need an answer"), text);
  }

  @Test
  void reply_thisCompanysOwnDeadlineByName_staysTheirs() {
    String text = assertInstanceOf(Reply.Text.class, says(started(), "ally needs an answer by wednesday").reply())
        .text();
    assertTrue(text.startsWith("Noted: they need an answer by Wednesday 9 December."), text);
  }

  @Test
  void reply_deadlineTomorrow_advisesAskingForMoreTime() {
    String text = assertInstanceOf(Reply.Text.class, says(started(), "they want an answer by tomorrow").reply()).text();
    assertTrue(text.contains("Saturday 5 December"), text);
    assertTrue(text.contains("That's short for a decision this size: ask for a few more days"), text);
  }

  @Test
  void reply_deadlineWithNoDateRead_saysHowToHandleOneAndKeepsNoDate() {
    Turn turn = says(started(), "is it normal that they want an answer in 24 hours?");
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.startsWith("A deadline is normal; a day or two to decide is an exploding offer"), text);
    assertEquals(started().conversation().terms(), turn.conversation().terms());
  }

  @Test
  void reply_deadlineNextWeek_saysNothingOfAShortDeadline() {
    String text = assertInstanceOf(Reply.Text.class, says(started(), "they need an answer by end of next week")
        .reply()).text();
    assertFalse(text.contains("That's short"), text);
  }

  @Test
  void reply_typedDeadline_keepsTheOffer() {
    Turn card = started();
    Turn turn = says(card, "deadline is Dec 12");
    assertEquals(card.conversation().offer(), turn.conversation().offer());
  }

  @Test
  void reply_remindMeWithDeadline_wantedAndNothingScheduledYet() {
    Turn turn = says(says(started(), "offer expires on the 15th"), "remind me");
    assertTrue(turn.conversation().remindersOrNone().toSchedule());
    assertInstanceOf(Reply.Text.class, turn.reply());
  }

  @Test
  void reply_remindMeWithoutDeadline_asksForIt() {
    Turn before = started();
    Turn turn = says(before, "remind me");
    assertEquals(new Reply.Question(DeadlineTalk.NO_DEADLINE), turn.reply());
    assertEquals(before.conversation(), turn.conversation());
  }

  @Test
  void reply_cancelRemindersAfterScheduling_leavesIdsToDelete() {
    Turn asked = says(says(started(), "deadline is Dec 12"), "remind me");
    Conversation scheduled = asked.conversation().withReminders(Reminders.of(List.of("C1/Q1", "C1/Q2")));
    Turn turn = coach.reply(scheduled, "cancel reminders", DM);
    Reminders r = turn.conversation().remindersOrNone();
    assertTrue(r.toDelete());
    assertEquals(List.of("C1/Q1", "C1/Q2"), r.cancelling());
    assertEquals(List.of(), r.scheduled());
  }

  @Test
  void reply_remindMeAgainWhileOldDeletesAreOutstanding_keepsThemToDelete() {
    Conversation stuck = says(says(started(), "deadline is Dec 12"), "remind me").conversation()
        .withReminders(new Reminders(false, List.of(), List.of("C1/Q1")));
    Turn turn = coach.reply(stuck, "remind me", DM);
    Reminders r = turn.conversation().remindersOrNone();
    assertTrue(r.toSchedule(), "the new reminders are scheduled");
    assertEquals(List.of("C1/Q1"), r.cancelling(), "the old one is still deleted");
  }

  @Test
  void reply_remindMeForADeadlineBeyondSlacksReach_saysWhenToAskAgainAndSetsNothing() {
    Turn noted = says(started(), "they need an answer by 2027-06-30");
    Turn turn = coach.reply(noted.conversation(), "remind me", DM);
    String text = ((Reply.Text) turn.reply()).text();
    assertTrue(text.contains("at most 120 days ahead") && text.contains("Wednesday 3 March"), text);
    assertFalse(turn.conversation().remindersOrNone().wanted());
  }

  @Test
  void reply_newDeadlineWhileReminded_cancelsTheOldOnes() {
    Conversation scheduled = says(says(started(), "deadline is Dec 12"), "remind me").conversation()
        .withReminders(Reminders.of(List.of("C1/Q1")));
    Turn turn = coach.reply(scheduled, "actually the deadline is Dec 18", DM);
    assertEquals("2026-12-18", turn.conversation().terms().deadline());
    assertTrue(turn.conversation().remindersOrNone().toDelete());
  }

  @Test
  void reply_startOverWithScheduledReminders_handsThemOnToDelete() {
    Conversation scheduled = started().conversation().withReminders(Reminders.of(List.of("C1/Q1")));
    Turn turn = coach.reply(scheduled, "start over", DM);
    assertNull(turn.conversation().offer());
    assertTrue(turn.conversation().remindersOrNone().toDelete());
  }

  @Test
  void afterLetter_deadlineAhead_offersReminders() {
    Conversation before = started().conversation();
    Turn read = new Turn(before.withTerms(new OfferTerms(null, null, "2026-12-11", null)), new Reply.Text("Read."));
    Turn turn = new DeadlineTalk().afterLetter(before, read, LocalDate.of(2026, 12, 4));
    assertTrue(((Reply.Text) turn.reply()).text().contains(DeadlineTalk.OFFER), turn.reply().toString());
  }

  @Test
  void afterLetter_deadlinePassed_noOffer() {
    Conversation before = started().conversation();
    Turn read = new Turn(before.withTerms(new OfferTerms(null, null, "2026-12-01", null)), new Reply.Text("Read."));
    assertEquals(read, new DeadlineTalk().afterLetter(before, read, LocalDate.of(2026, 12, 4)));
  }

  @Test
  void reply_deadlinePhraseWithoutDate_answeredAsUsual() {
    Turn turn = says(started(), "what's the deadline usually?");
    assertEquals(null, turn.conversation().terms());
  }

  @Test
  void reply_aDeadlineBesideTheQuestion_answersBothAndKeepsTheDate() {
    Turn offer = Seeds.offered(coach, "charlotte", "they offered 190 base 15% bonus 50k rsu", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(offer.conversation(), "they want to know by monday. what should i counter?", Venue.DIRECT_MESSAGE);
    assertTrue(turn.conversation().terms() != null && turn.conversation().terms().deadline() != null);
    assertTrue(new TextRenderer().render(turn.reply()).contains("Noted: they need an answer by"),
        new TextRenderer().render(turn.reply()));
  }
}
