package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompanySideTest {

  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();

  @Test
  void reply_recruitersFirstMessageBeforeAnOffer_getsTheCompanysSideNotACandidateScript() {
    Turn card = coach.open("security-engineer detroit", CHANNEL);
    Turn turn = coach.reply(card.conversation(), "hey! I'm recruiting for this role, have a strong candidate "
        + "finishing final rounds. where should we come in?", CHANNEL);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("The Detroit band for Security Engineer: base $130K–$172K"), answer);
    assertTrue(answer.contains("Where to come in: inside the target, $248K–$268K a year"), answer);
    assertFalse(answer.contains("final rounds with another company"), answer);
    assertTrue(turn.conversation().companySide());
  }

  @Test
  void reply_recruiterGivesTheCandidatesAskAndTheirOffer_staysOnTheCompanysSide() {
    Turn card = coach.open("ml-ai-engineer charlotte", CHANNEL);
    Turn turn = coach.reply(card.conversation(),
        "candidate is asking for 200 base. we're at 182 + 10% bonus. can we get there?", CHANNEL);
    String answer = new TextRenderer().render(turn.reply());
    assertTrue(turn.conversation().companySide());
    assertFalse(answer.contains("Thank you for the offer, I'm excited about the role"), answer);
    assertTrue(answer.contains("halfway between your $182,000 and the candidate's ask of $200,000"), answer);
  }

  @Test
  void reply_aSignOnAsAnOptionOnTheirSide_givesTheGuidesRangeAsOneTimeMoney() {
    Turn offer = coach.open("ml-ai-engineer charlotte", CHANNEL);
    Turn ours = coach.reply(offer.conversation(), "we offered our candidate 180 base, 12% bonus, 45k rsu/yr", CHANNEL);
    String answer = assertInstanceOf(Reply.Text.class,
        coach.reply(ours.conversation(), "is a sign-on an option instead?", CHANNEL).reply()).text();
    assertTrue(answer.startsWith("Cheapest first: a sign-on is paid once"), answer);
    assertTrue(answer.contains("A sign-on closes a gap without touching the bands"), answer);
    assertTrue(answer.contains("$25K–$35K"), answer);
  }

  @Test
  void reply_recruitersOffer_getsAVerdictAndWordsInTheCompanysVoice() {
    Turn card = coach.open("ml-ai-engineer charlotte", CHANNEL);
    Reply.Advice advice = assertInstanceOf(Reply.Advice.class, coach.reply(card.conversation(),
        "recruiter here. we're planning 195k base, 12% bonus, 50k RSU/yr for a candidate", CHANNEL).reply());
    assertTrue(advice.advice().endsWith("expect a counter."), advice.advice());
    assertFalse(advice.script().contains("Expect a counter"), advice.script());
    assertTrue(advice.script().contains("Which part matters most to you"), advice.script());
    assertTrue(advice.notes().stream().anyMatch(n -> n.contains("expect a counter near $357K a year")),
        advice.notes().toString());
  }

  @Test
  void reply_tldrOnTheCompanysSide_isTheirSummaryNeverACandidatesEmail() {
    Turn card = coach.open("ml-ai-engineer new york", CHANNEL);
    Turn ours = coach.reply(card.conversation(), "hiring mgr here. our offer to the candidate: 230 base, 15% bonus, "
        + "60k rsu/yr", CHANNEL);
    String answer = assertInstanceOf(Reply.Text.class, coach.reply(ours.conversation(), "tl;dr?", CHANNEL).reply())
        .text();
    assertTrue(answer.startsWith("Your offer: $324.5K a year."), answer);
    assertTrue(answer.contains("Expect a counter near $401K a year"), answer);
    assertFalse(answer.contains("ready to sign"), answer);
  }

  // Session 31 (company31): how recruiting teams relay the candidate in a shared channel.

  private Turn said(String card, String... messages) {
    Turn turn = coach.open(card, CHANNEL);
    for (String message : messages) {
      turn = coach.reply(turn.conversation(), message, CHANNEL);
    }
    return turn;
  }

  @Test
  void reply_sheCameBackAtABaseAndASignOn_keepsHerAskNeverOurOffer() {
    Turn turn = said("ml-ai-engineer charlotte", "we offered 175 base", "she came back at 195 + 20k sign-on");
    String answer = new TextRenderer().render(turn.reply());
    assertTrue(answer.contains("Noted the candidate's ask of 195 and 20k sign-on"), answer);
    assertEquals(175_000L, turn.conversation().offer().base(), answer);
    assertNull(turn.conversation().offer().signOn(), answer);
  }

  @Test
  void reply_sheCameBackWithAnOfferFromStripe_isHerCompetingOfferNeverHerAsk() {
    Turn turn = said("ml-ai-engineer charlotte", "we offered her 185 base", "she came back with an offer from Stripe at 210");
    String answer = new TextRenderer().render(turn.reply());
    assertFalse(answer.contains("candidate's ask"), answer);
    assertEquals("Stripe", turn.conversation().competing().from(), answer);
    assertEquals(185_000L, turn.conversation().offer().base(), answer);
  }

  @Test
  void reply_weCanStretchToButThatsIt_isOurCapNeverAskedAsABase() {
    Turn turn = said("ml-ai-engineer charlotte", "we offered 175 base", "HM says we can stretch to 190 but thats it");
    String answer = new TextRenderer().render(turn.reply());
    assertTrue(answer.startsWith("Kept $190,000 as the most you may pay on base"), answer);
    assertEquals(175_000L, turn.conversation().offer().base(), answer);
  }

  @Test
  void reply_retentionBonusFromTheirCurrentCompany_isMoneyToStayNeverACompetingSignOn() {
    Turn turn = said("ml-ai-engineer charlotte",
        "update on the Sr MLE: they got a 30k retention bonus from their current company to stay");
    String answer = new TextRenderer().render(turn.reply());
    assertTrue(turn.conversation().companySide());
    assertTrue(answer.startsWith("Noted a $30,000 retention bonus from the candidate's current employer"), answer);
    assertFalse(answer.contains("a choice between two jobs"), answer);
    assertNull(turn.conversation().competing(), answer);
  }

  @Test
  void reply_retentionBonusAfterOurOffer_isNeverASignOnOnHerCompetingOffer() {
    Turn turn = said("ml-ai-engineer charlotte", "we offered 200 base, 50k rsu",
        "she also got a 30k retention bonus from them");
    String answer = new TextRenderer().render(turn.reply());
    assertFalse(answer.contains("sign-on on her competing offer"), answer);
    assertTrue(answer.contains("which stays at base $200,000"), answer);
  }

  @Test
  void reply_theyreAtAFigureToday_isTheCandidatesPayTodayNeverAskedAsABase() {
    Turn turn = said("ml-ai-engineer charlotte", "we offered 200 base", "they're at 180 today");
    String answer = new TextRenderer().render(turn.reply());
    assertTrue(answer.contains("Noted the candidate's current pay of $180K a year"), answer);
    assertEquals(200_000L, turn.conversation().offer().base(), answer);
  }

  @Test
  void reply_sentTheOfferLetterOpeningAChannelThread_isTheCompanysSideNeverTheCandidatesScript() {
    Turn turn = said("security-engineer charlotte", "sent the offr letter today, 145k base + 5k signon, 35k rsu");
    String answer = new TextRenderer().render(turn.reply());
    assertTrue(turn.conversation().companySide());
    assertFalse(answer.contains("I'm excited about the role"), answer);
    assertEquals(145_000L, turn.conversation().offer().base(), answer);
  }

  @Test
  void reply_aStockFigurePastTheWholeGrantBefore_asksGrantOrYearNeverKeepsItAYear() {
    Turn asked = said("empathetic-automation-platform-engineer new york",
        "Our offer: $290K base, $90K RSU over 4 yrs, bonus target 20%", "bump RSU to 140k");
    String answer = new TextRenderer().render(asked.reply());
    assertTrue(answer.startsWith("Is $140K in stock the whole grant, like the $90K over 4 years before"), answer);
    assertEquals(22_500L, asked.conversation().offer().stock(), answer);
    Turn grant = coach.reply(asked.conversation(), "over 4 years", CHANNEL);
    assertEquals(35_000L, grant.conversation().offer().stock(), new TextRenderer().render(grant.reply()));
  }
}
