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

  @Test
  void reply_aMoveWithANoteAskedFor_isKeptAndGivesTheCompanysNoteNeverACandidatesEmail() {
    Turn turn = coach.reply(askedFor190(), "approved 178. need a short message to send her", CHANNEL);
    String note = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(note.startsWith("A closing note to the candidate, in your voice:"), note);
    assertTrue(note.contains("We've moved to a base of $178,000."), note);
    assertFalse(note.contains("Could we get to"), note);
    assertEquals(178_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_aMovePastTheCeilingSaidEarlier_isFlagged() {
    Turn ceiling = coach.reply(askedFor190(), "HM approved up to 176", CHANNEL);
    assertEquals(176_000L, ceiling.conversation().ceiling());
    String answer = assertInstanceOf(Reply.Text.class, coach.reply(ceiling.conversation(), "let's do 179",
        CHANNEL).reply()).text();
    assertTrue(answer.contains("Base $179K is $3K past the $176K base you said was approved"), answer);
  }

  @Test
  void reply_herSignOnAskBesideTheBase_isKeptAndWeighedByTheMove() {
    Turn card = coach.open("security-engineer charlotte", CHANNEL);
    Turn asked = coach.reply(card.conversation(), "we offered 165 + 10%. she wants 180 and a 15k signing", CHANNEL);
    assertEquals(180_000L, asked.conversation().baseAsk());
    assertEquals(15_000L, asked.conversation().signOnAsk());
    assertNull(asked.conversation().offer().signOn());
    String answer = assertInstanceOf(Reply.Text.class, coach.reply(asked.conversation(), "we can do 175 and 5k signing",
        CHANNEL).reply()).text();
    assertTrue(answer.contains("The candidate also asked for a $15K sign-on: this gives $5K of it, $10K short."),
        answer);
  }

  @Test
  void reply_aHedgedSignOn_isSaidBackAsAboutAndNeverKeptAsExact() {
    Turn turn = coach.reply(askedFor190(), "we'll do 180 and maybe 7.5k signing", CHANNEL);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("Your move: base $180,000 · bonus $18,000 · sign-on of about $7,500."), answer);
    assertEquals(180_000L, turn.conversation().offer().base());
    assertNull(turn.conversation().offer().signOn());
  }

  @Test
  void reply_aHedgedBase_isWeighedAndNeverStored() {
    Turn turn = coach.reply(askedFor190(), "we'll go to roughly 180", CHANNEL);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("If you offer base of about $180,000"), answer);
    assertEquals(170_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_anOfferWhoseBaseIsPastTheBandsTop_isNeverSaidToBeInTheBand() {
    Turn card = coach.open("security-engineer charlotte", CHANNEL);
    String said = new TextRenderer().render(coach.reply(card.conversation(), "we offered 185 base + 10% bonus",
        CHANNEL).reply());
    assertFalse(said.contains("Verdict: In the band"), said);
    assertTrue(said.contains("Verdict: Base past the band's top"), said);
  }
}
