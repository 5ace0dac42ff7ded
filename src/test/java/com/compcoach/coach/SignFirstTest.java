package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignFirstTest {

  private final Coach coach = Seeds.coach();
  private final SignFirst sign = new SignFirst(new IntentTable());

  /** Each message in turn after the Charlotte ML/AI offer (180k base, 50k RSUs, 40k bonus); the last reply. */
  private Reply last(Venue venue, String... messages) {
    Turn turn = Seeds.charlotteOffer(coach, venue);
    for (String message : messages) {
      turn = coach.reply(turn.conversation(), message, venue);
    }
    return turn.reply();
  }

  private String after(Venue venue, String... messages) {
    return assertInstanceOf(Reply.Text.class, last(venue, messages)).text();
  }

  @Test
  void reply_baseFinalAndShouldISign_answersTheQuestionFirstThenTheMove() {
    for (String message : new String[] {"ok they bumped base to 190, final. should I sign?",
        "they said 190 is the max on base. sign?", "base is capped at 190 - do I take it?"}) {
      String said = after(Venue.DIRECT_MESSAGE, message);
      assertTrue(said.startsWith("Not yet: $280K a year is below the Charlotte Negotiate-Up target ($334K–$365K): "),
          message + ": " + said);
      assertTrue(said.contains("\nThen keep the base at $190K"), said);
    }
  }

  @Test
  void reply_theySaidNoAndShouldIJustAccept_answersFirstThenThePlan() {
    String said = after(Venue.DIRECT_MESSAGE, "they said no to the counter. should I just accept?");
    assertTrue(said.startsWith("Not yet: $270K a year is below the Charlotte Negotiate-Up target"), said);
    assertTrue(said.contains("\nIf they say no to $357,000 a year, in this order:"), said);
  }

  @Test
  void reply_baseFinalUnderACompetingBase_saysNotYetNamingIt() {
    String said = after(Venue.DIRECT_MESSAGE, "JPMorgan offered me 200 base", "they bumped base to 190, final. "
        + "should I accept?");
    assertTrue(said.startsWith("Not yet: JPMorgan still pays more on base ($200K against $190K)"), said);
  }

  @Test
  void reply_baseFixedUnderTheWalkAwayInAChannel_saysNotAsItStandsWithoutTheFigure() {
    String said = after(Venue.SHARED_CHANNEL, "my walk-away is 300k", "they won't move on base. should I just take "
        + "it?");
    assertTrue(said.startsWith("Not as it stands: it is under your walk-away."), said);
    assertFalse(said.contains("300"), said);
  }

  @Test
  void reply_baseFixedWithoutASigningQuestion_isTheMoveAlone() {
    String said = after(Venue.DIRECT_MESSAGE, "they won't budge on base. thoughts?");
    assertTrue(said.startsWith("Then keep the base at $180K"), said);
  }

  private java.util.List<String> notesAfter(Venue venue, String... messages) {
    return assertInstanceOf(Reply.Advice.class, last(venue, messages)).notes();
  }

  @Test
  void reply_theirAnswerWithTakeIt_answersAgainstTheWalkAwayFirst() {
    java.util.List<String> notes = notesAfter(Venue.DIRECT_MESSAGE, "my floor is 260k total",
        "they countered back at 190 base, everything else same. take it?");
    assertTrue(notes.get(0).startsWith("Take it? Not yet: split what remains once (above); it clears your walk-away "
        + "of $260K, so if they say no to the split, take it."), notes.toString());
  }

  @Test
  void reply_theirAnswerUnderTheWalkAwayWithShouldISign_saysNotAsItStands() {
    java.util.List<String> notes = notesAfter(Venue.SHARED_CHANNEL, "my walk-away is 300k",
        "they came back with 185 base, rest unchanged, should I sign?");
    assertTrue(notes.get(0).equals("Take it? Not as it stands: it is under your walk-away."), notes.toString());
  }

  @Test
  void reply_theirAnswerWithoutAQuestion_addsNoAnswer() {
    java.util.List<String> notes = notesAfter(Venue.DIRECT_MESSAGE, "they countered back at 190 base");
    assertTrue(notes.stream().noneMatch(n -> n.startsWith("Take it?")), notes.toString());
  }

  @Test
  void asked_questionAloneOrNoSigningWord_isNotThisClass() {
    assertFalse(sign.asked("should I sign?"));
    assertFalse(sign.asked("base is final. what now?"));
    assertTrue(sign.asked("base is final at 190; ok to accept?"));
  }
}
