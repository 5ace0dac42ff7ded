package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A figure with no word beside worded ones, and an offer named a sentence before its figures. */
class TheirBareFigureTest {

  private final Coach coach = Seeds.coach();

  private Turn afterTheOffer(String message) {
    return coach.reply(Seeds.charlotteOffer(coach, Venue.DIRECT_MESSAGE).conversation(), message,
        Venue.DIRECT_MESSAGE);
  }

  @Test
  void reply_bareFigureBesideASignOnWithNoVerb_isAskedNeverDropped() {
    Turn turn = afterTheOffer("192 + 15k signing");
    String question = assertInstanceOf(Reply.Question.class, turn.reply()).text();
    assertTrue(question.contains("Is 192 ($192K) the base"), question);
  }

  @Test
  void reply_bareFigureAfterBestTheyCanDo_isTheirBase() {
    Turn turn = afterTheOffer("best they can do is 192 and 15k sign-on");
    assertEquals(192_000L, turn.conversation().offer().base());
    assertEquals(15_000L, turn.conversation().offer().signOn());
  }

  @Test
  void reply_baseNamedAndAFigureTakenBack_asksNothing() {
    Turn turn = afterTheOffer("185k base, not 180");
    assertEquals(185_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_anotherOfferNamedThenItsFiguresNextSentence_areTheCompetingOffer() {
    Turn turn = afterTheOffer("just got another offer from Truist!! 205k base + 20k sign on");
    assertEquals(180_000L, turn.conversation().offer().base(), "this offer stays");
    assertNull(turn.conversation().offer().signOn());
    assertEquals(205_000L, turn.conversation().competing().base());
  }

  @Test
  void reply_iSentTheCounterThenTheirAnswer_isTheirBaseNotTheAsk() {
    Turn turn = afterTheOffer("I sent the counter for 215. recruiter came back w/ 195");
    assertEquals(195_000L, turn.conversation().offer().base());
  }
}
