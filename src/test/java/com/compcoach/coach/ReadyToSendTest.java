package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "year by year", "email" and "call" in a thread: what they are composed from, and what they never show. */
class ReadyToSendTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  private Turn says(Turn before, String message) {
    return coach.reply(before.conversation(), message, DM);
  }

  private static String letter(String name) throws java.io.IOException {
    try (var in = ReadyToSendTest.class.getResourceAsStream("/letters/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Turn backLoadedOffer() {
    Turn card = coach.open("ml-ai-engineer charlotte", DM);
    return says(card, "they offered 180k base, 200k RSU over 4 years, 15% bonus, 5/15/40/40");
  }

  @Test
  void yearByYear_backLoadedVesting_tablesEachYearAndAsksASignOnForTheYearOneGap() {
    Reply.Draft draft = assertInstanceOf(Reply.Draft.class, says(backLoadedOffer(), "year by year").reply());
    assertEquals("years", draft.kind());
    // Offer: 200k grant at 5/15/40/40 is 10k, 30k, 80k, 80k; bonus 15% of 180k is 27k.
    assertTrue(draft.body().contains("Stock vesting   10,000   30,000   80,000   80,000"), draft.body());
    assertTrue(draft.body().contains("Total          217,000  237,000  287,000  287,000"), draft.body());
    // Counter: 71k a year is a 284k grant: 14.2k in year 1, 56.8k short of the average, made precise: 57,000.
    assertTrue(draft.body().contains("Sign-on, relocation   57,000        -        -        -"), draft.body());
    assertTrue(draft.body().contains("Total                357,200  328,600  399,600  399,600"), draft.body());
    assertEquals("Year 1 pays $56,800 less than an average year under the 5/15/40/40 vesting, so the counter asks "
        + "for a sign-on of $57,000 to close that gap.", draft.notes().get(0));
  }

  @Test
  void yearByYear_evenVesting_asksNoSignOnAndSaysNoGap() {
    Turn offer = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    Reply.Draft draft = assertInstanceOf(Reply.Draft.class, says(offer, "year by year").reply());
    assertFalse(draft.body().contains("Sign-on"), draft.body());
    assertFalse(draft.notes().get(0).startsWith("Year 1 pays"), draft.notes().toString());
  }

  @Test
  void email_afterCompetingOfferAndWalkAway_asksPreciseFiguresCitesTheOfferAndNeverTheWalkAway() {
    Turn t = says(says(backLoadedOffer(), "my walk-away is 312500"), "I have a competing offer of 400k TC from Stripe");
    Reply.Draft email = assertInstanceOf(Reply.Draft.class, says(t, "write the counter email").reply());
    String body = email.body();
    assertTrue(body.startsWith("Subject: ML/AI Engineer offer: my counterproposal\n\nHi,\n\nThank you for the offer"),
        body);
    assertTrue(body.contains("a base salary of $233,000"), body);
    assertTrue(body.contains("I have an offer of $400,000 a year from Stripe"), body);
    assertTrue(body.endsWith("Best regards,"), body);
    assertFalse(body.contains("312,500") || body.contains("312.5") || body.contains("walk-away"), body);
  }

  @Test
  void email_competingOfferPastTheBandTops_neverPromisesToSign() {
    Turn offer = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    Turn t = says(offer, "I have a competing offer of 400k TC from Stripe");
    String email = assertInstanceOf(Reply.Draft.class, says(t, "email").reply()).body();
    String call = assertInstanceOf(Reply.Draft.class, says(t, "call script").reply()).body();
    // The Charlotte tops pay $365K a year, under Stripe's $400K: signing there is not what the candidate would do.
    assertFalse(email.contains("ready to sign"), email);
    assertFalse(call.contains("ready to sign"), call);
    assertTrue(email.contains("compensation review after six months"), email);
  }

  @Test
  void call_answersEachLikelyPushbackAndKeepsTheWalkAwayPrivate() {
    Turn t = says(backLoadedOffer(), "my walk-away is 312500");
    Reply.Draft call = assertInstanceOf(Reply.Draft.class, says(t, "call script").reply());
    for (String pushback : List.of("\"the band is fixed\"", "\"we can't go above X\"",
        "\"we need an answer by Friday\"", "\"what are your other offers?\"", "\"what's the lowest you'd accept?\"")) {
      assertTrue(call.body().contains(pushback + ":\n\""), () -> "no answer to " + pushback + " in\n" + call.body());
    }
    assertFalse(call.body().contains("312,500"), call.body());
  }

  @Test
  void extension_afterALetterWithADeadline_asksThreeWorkingDaysPastIt() throws Exception {
    Turn card = coach.open("ml-ai-engineer charlotte", DM);
    Reply.Draft draft = assertInstanceOf(Reply.Draft.class,
        says(says(card, letter("us-public-rsu-seattle.txt")), "can I ask for more time?").reply());
    // The letter's deadline is Friday 11 December 2026; three working days on is Wednesday 16 December.
    assertTrue(draft.body().contains("Could I have until Wednesday 16 December to respond?"), draft.body());
    assertTrue(draft.notes().get(0).contains("(Friday 11 December)"), draft.notes().toString());
  }

  @Test
  void email_beforeAnyOffer_asksForTheirRangeAndChangesNothing() {
    Turn card = coach.open("ml-ai-engineer charlotte", DM);
    Turn turn = says(card, "email");
    assertEquals("Asking for their range: ML/AI Engineer at Ally Financial",
        assertInstanceOf(Reply.Draft.class, turn.reply()).title());
    assertEquals(card.conversation(), turn.conversation());
  }

  @Test
  void call_letterInAnotherCurrency_saysItCannotConvert() throws Exception {
    Turn card = coach.open("ml-ai-engineer charlotte", DM);
    Turn gbp = says(card, letter("uk-plc-table.txt"));
    Reply reply = says(gbp, "call script").reply();
    assertTrue(reply instanceof Reply.Question q && q.text().contains("I don't convert"), reply.toString());
  }

  @Test
  void email_beforeAnOffer_asksForTheirRangeAndNamesNoNumberInItsBody() {
    Turn card = coach.open("ml-ai-engineer charlotte", DM);
    Reply.Draft email = assertInstanceOf(Reply.Draft.class, says(card, "can you write the email?").reply());
    assertTrue(email.body().contains("could you share the range you have budgeted for this role"), email.body());
    assertFalse(email.body().contains("$"), email.body());
    assertTrue(email.notes().get(0).contains("a total of around $357K a year"), email.notes().toString());
  }

  @Test
  void email_beforeAnOfferInAChannelWithAWalkAway_givesNoAim() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.SHARED_CHANNEL);
    Turn walkAway = coach.reply(card.conversation(), "i won't go below 360k", Venue.SHARED_CHANNEL);
    Reply.Draft email = assertInstanceOf(Reply.Draft.class,
        coach.reply(walkAway.conversation(), "email", Venue.SHARED_CHANNEL).reply());
    assertFalse(String.join(" ", email.notes()).contains("$"), email.notes().toString());
  }
}
