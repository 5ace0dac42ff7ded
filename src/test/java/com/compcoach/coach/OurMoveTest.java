package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OurMoveTest {

  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();

  /** The thread of the brief: the candidate's pay today, the company's offer and her ask of 190 with no word. */
  private Conversation askedFor190() {
    Turn card = coach.open("security-engineer charlotte", CHANNEL);
    return coach.reply(card.conversation(), "candidate is at 165 base today, we offered 170 + 10% bonus. she's asking "
        + "for 190. what's reasonable?", CHANNEL).conversation();
  }

  @Test
  void reply_theCandidatesBareAskOnTheCompanysSide_isKeptAsHerBaseAsk() {
    assertEquals(190_000L, askedFor190().baseAsk());
  }

  @Test
  void reply_aBareFigureBesideAWordedSignOn_isTheBaseWeighedAgainstHerAskNeverDropped() {
    Turn turn = coach.reply(askedFor190(), "we can do 182 and a 10k signing", CHANNEL);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("Your move: base $182,000 · bonus $18,200 · sign-on $10,000."), answer);
    assertTrue(answer.contains("it closes $12K of the $20K gap from your $170,000 and leaves $8K a year"), answer);
    assertTrue(answer.contains("$1K past the Charlotte base band's top of $181K"), answer);
    assertFalse(answer.contains("I'll sign"), answer);
    assertEquals(182_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_aMoveAskedAbout_isWeighedAndNeverStored() {
    Conversation asked = askedFor190();
    Turn turn = coach.reply(asked, "would 183 + 5k close her?", CHANNEL);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("If you offer base $183,000"), answer);
    assertTrue(answer.contains("Took 5k as a one-time sign-on beside the base"), answer);
    assertEquals(170_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_theCandidatesOwnWhatIfInADm_isNoMoveOfTheCompanys() {
    Turn card = coach.open("security-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn offer = coach.reply(card.conversation(), "they offered me 170 + 10% bonus. i'm asking for 190",
        Venue.DIRECT_MESSAGE);
    assertNull(offer.conversation().baseAsk());
    String answer = new TextRenderer().render(coach.reply(offer.conversation(), "we can do 182 and a 10k signing",
        Venue.DIRECT_MESSAGE).reply());
    assertFalse(answer.startsWith("Your move:"), answer);
  }

  @Test
  void reply_aBareFigureBesideASignOnWithNoAskOnRecord_isAskedAboutNeverDropped() {
    Turn card = coach.open("security-engineer charlotte", CHANNEL);
    Turn offer = coach.reply(card.conversation(), "we offered 170 + 10% bonus", CHANNEL);
    Turn turn = coach.reply(offer.conversation(), "we can do 182 and a 10k signing", CHANNEL);
    String asked = assertInstanceOf(Reply.Question.class, turn.reply()).text();
    assertTrue(asked.startsWith("What is 182: the base"), asked);
  }
}
