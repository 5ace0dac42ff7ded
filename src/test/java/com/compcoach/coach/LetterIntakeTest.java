package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An offer letter pasted into a thread: the figures become the offer, the reply quotes each field's sentence. */
class LetterIntakeTest {

  private final Coach coach = Seeds.coach();

  private static String letter(String name) {
    try (InputStream in = LetterIntakeTest.class.getResourceAsStream("/letters/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void reply_letterInAThread_becomesTheOfferWithItsTermsAndQuotesEachField() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), letter("us-public-rsu-seattle.txt"), Venue.DIRECT_MESSAGE);
    Offer offer = turn.conversation().offer();
    // $400,000 over four years is $100,000 a year; the 15% bonus is 15% of $185,000.
    assertEquals(new Offer("USD", 185_000L, 100_000L, 27_750L, 30_000L, null, new Vesting(List.of(25, 25, 25, 25), true)),
        offer);
    assertEquals(new OfferTerms(null, null, "2026-12-11", 12), turn.conversation().terms());
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
    String read = advice.notes().get(0);
    assertTrue(read.startsWith("From the letter (I don't keep the letter's text, only the figures read from it):\n"),
        read);
    assertTrue(read.contains("\nBase salary: $185,000 a year (\"Your annual base salary will be $185,000, "
        + "paid semi-monthly in accordance with the Company's normal payroll practices and subject to applicable "
        + "withholdings.\")\n"), read);
  }

  @Test
  void reply_timeOffAfterARestart_givesTheLettersWorkingDays() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn read = coach.reply(card.conversation(), letter(
        "uk-per-annum-holiday-in-working-days-notice-period-is-no-time-off-pension-percent.txt"), Venue.DIRECT_MESSAGE);
    // "plus the usual bank and public holidays in England": the public holidays come on top, and are said to.
    assertEquals(List.of("Holiday: 25 working days a year, plus public holidays"), read.conversation().terms().timeOff());
    // The stored conversation is all a restarted app has: the letter's days come back with it.
    ConversationJson stored = new ConversationJson();
    Conversation restarted = stored.read(stored.write(read.conversation()));
    String said = coach.reply(restarted, "how much pto do i get?", Venue.DIRECT_MESSAGE).reply().toString();
    assertTrue(said.contains("Their letter gives Holiday: 25 working days a year, plus public holidays."), said);
  }

  @Test
  void reply_letterInCalendarDays_saysCalendarDaysAreNotWorkingDays() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn read = coach.reply(card.conversation(), letter(
        "us-email-plain-table-component-amount-notes-vacation-in-calendar-days.txt"), Venue.DIRECT_MESSAGE);
    String said = coach.reply(read.conversation(), "what about vacation?", Venue.DIRECT_MESSAGE).reply().toString();
    assertTrue(said.contains("Vacation: 30 calendar days a year") && said.contains("about 21 working days"), said);
  }

  @Test
  void reply_summaryPastedInChat_isTheOfferWithNoStartDateOrDeadlineAsked() {
    Turn card = coach.open("ml-ai-engineer new york", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), "ok here is the summary the recruiter sent me over slack this "
        + "morning:\n• Base salary: $205,000 per year\n• Target bonus: 15% of base\n• RSUs: $240,000 over 4 years\n"
        + "• Sign-on bonus: $20,000\n• Relocation: $15,000 lump sum", Venue.DIRECT_MESSAGE);
    assertEquals(205_000L, turn.conversation().offer().base());
    String said = turn.reply().toString();
    assertTrue(said.contains("From the summary"), said);
    assertTrue(!said.contains("start date") && !said.contains("need your answer") && !said.contains("Which company"), said);
  }

  @Test
  void reply_longChatLineFromARecruiter_isReadAsChatWithItsCompetingOffer() {
    Turn card = coach.open("security-engineer charlotte", Venue.SHARED_CHANNEL);
    Turn turn = coach.reply(card.conversation(), "candidate for our security eng req in charlotte just got an offer "
        + "from us: 165k base, 12% bonus, 40k RSU/yr. she's also interviewing at Bank of America, they're at 175 base",
        Venue.SHARED_CHANNEL);
    Offer offer = turn.conversation().offer();
    assertEquals(165_000L, offer.base());
    assertEquals(40_000L, offer.stock());
    // A base alone is an offer worth at least that much a year.
    assertEquals(new Competing(175_000L, "USD", "Bank of America", 175_000L, null, null, null),
        turn.conversation().competing());
    assertTrue(turn.reply().toString().contains("Bank of America"), turn.reply().toString());
    assertTrue(!turn.reply().toString().contains("From the letter"), turn.reply().toString());
  }

  @Test
  void reply_letterBeforeARole_keepsTheOfferAndAsksWhichGuide() {
    Turn turn = coach.reply(Conversation.EMPTY, letter("uk-plc-table.txt"), Venue.DIRECT_MESSAGE);
    Reply.Text text = assertInstanceOf(Reply.Text.class, turn.reply());
    assertTrue(text.text().endsWith("Which role and region should I compare it with? For example "
        + "\"ml-ai-engineer charlotte\"."), text.text());
    assertEquals(95_000L, turn.conversation().offer().base());
    assertEquals("GBP", turn.conversation().offer().currency());
    assertEquals(33, turn.conversation().offer().vesting().yearly().get(0));
  }

  @Test
  void reply_emailThreadWithQuotedEarlierOffer_takesTheRevisedFiguresOnly() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), letter("us-email-revised-offer-quoted-replies.txt"),
        Venue.DIRECT_MESSAGE);
    // The revised $188,000 and $160,000 over four years, not the quoted first offer ($175,000, $120,000) nor the
    // candidate's competing $195,000; the 12% bonus is of the revised base.
    assertEquals(new Offer("USD", 188_000L, 40_000L, 22_560L, 20_000L, null, new Vesting(List.of(25, 25, 25, 25), true)),
        turn.conversation().offer());
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
    // The first offer's base is named only as the figure the revision replaces; the candidate's counter not at all.
    assertTrue(advice.notes().stream().map(n -> n.replace("Left out as figures this letter replaces (a current "
        + "salary, an earlier offer): $175,000.", "")).noneMatch(n -> n.contains("195,000") || n.contains("175,000")),
        () -> advice.notes().toString());
  }

  @Test
  void reply_letterWithCents_showsTheCentsAndCoachesOnWholeUnits() {
    Turn turn = coach.reply(Conversation.EMPTY, letter("swiss-chf-cents-13-instalments.txt"), Venue.DIRECT_MESSAGE);
    assertEquals(148_751L, turn.conversation().offer().base());
    Reply.Text text = assertInstanceOf(Reply.Text.class, turn.reply());
    assertTrue(text.text().contains("Base salary: CHF 148,750.50 a year"), text.text());
  }

  @Test
  void reply_shortMessageWithFigures_isNotReadAsALetter() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), "they offered 180k base and a start date of January 4, 2027",
        Venue.DIRECT_MESSAGE);
    assertNull(turn.conversation().terms());
  }

  @Test
  void reply_letterWithABonusCap_leavesTheCapOutOfTheOfferAndSaysWhy() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), letter("uk-discretionary-bonus-up-to-cap.txt"), Venue.DIRECT_MESSAGE);
    // "a discretionary bonus of up to 10%" is the most it pays: no £8,200 target for the counter to build on.
    assertEquals(82_000L, turn.conversation().offer().base());
    assertNull(turn.conversation().offer().bonus());
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
    String notes = String.join("\n", advice.notes());
    assertTrue(notes.contains("Bonus: up to 10% of base, a cap, not a target"), notes);
    assertTrue(notes.contains("What does it pay at target"), notes);
  }

  @Test
  void reply_partTimeLetter_coachesOnTheSalaryPaidAndNamesTheFullTimeFigure() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), letter("uk-pro-rata-car-allowance.txt"), Venue.DIRECT_MESSAGE);
    assertEquals(56_000L, turn.conversation().offer().base());
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, turn.reply());
    String notes = String.join("\n", advice.notes());
    assertTrue(notes.contains("£70,000 is its full-time equivalent"), notes);
    assertTrue(notes.indexOf("two base salaries") < 0, notes);
  }
}
