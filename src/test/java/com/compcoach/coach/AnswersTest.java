package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswersTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;
  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();

  private Turn charlotteOffer(Venue venue) {
    return coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", venue);
  }

  private static String text(Turn turn) {
    return assertInstanceOf(Reply.Text.class, turn.reply()).text();
  }

  @Test
  void walkAwayAdvice_inAChannel_explainsItAndSendsTheFigureToADm() {
    Turn turn = coach.reply(charlotteOffer(CHANNEL).conversation(), "what should my walk-away be?", CHANNEL);
    String answer = text(turn);
    assertTrue(answer.startsWith("Your walk-away is the least you'd take before choosing your best alternative"),
        answer);
    assertTrue(answer.contains("Don't type it here, where the channel can read it: DM me"), answer);
  }

  @Test
  void walkAwayAdvice_inADmWithOneGiven_saysItBack() {
    Turn walkAway = coach.reply(charlotteOffer(DM).conversation(), "my walk-away is 260k", DM);
    String answer = text(coach.reply(walkAway.conversation(), "what's the lowest i should accept?", DM));
    assertTrue(answer.contains("You told me $260K: no counter goes below it."), answer);
  }

  @Test
  void currentPay_withACounter_answersWithTheAskNotThePayToday() {
    String answer = text(coach.reply(charlotteOffer(DM).conversation(),
        "how do i respond if they ask what my current salary is?", DM));
    assertTrue(answer.startsWith("You don't have to share your current pay"), answer);
    assertTrue(answer.contains("I'm asking for $357,000 a year."), answer);
  }

  @Test
  void mentionOffer_strongerCompetingOfferInTheSameMessage_isReadThenNamed() {
    Turn turn = coach.reply(charlotteOffer(DM).conversation(),
        "i also have an offer from capital one at 300k tc. should i mention my other offer?", DM);
    assertTrue(text(turn).startsWith("Yes: name it, with its figure and who made it: \"I have an offer from Capital One "
        + "at $300,000 a year"), text(turn));
    assertEquals(300_000, turn.conversation().competing().total());
  }

  @Test
  void mentionOffer_weakerCompetingOffer_keepsItsFigureBack() {
    Turn competing = coach.reply(charlotteOffer(DM).conversation(), "Globex offered 250k TC", DM);
    String answer = text(coach.reply(competing.conversation(), "should i mention the other offer?", DM));
    assertTrue(answer.startsWith("Mention that you have one, not its figure"), answer);
  }

  @Test
  void neverMind_afterAnOffer_changesNothingAndSaysHowToFixAFigure() {
    Turn offer = charlotteOffer(DM);
    Turn turn = coach.reply(offer.conversation(), "never mind, wrong numbers", DM);
    assertTrue(text(turn).startsWith("No problem: nothing changed. I still have their offer at $270K a year"),
        text(turn));
    assertEquals(offer.conversation().offer(), turn.conversation().offer());
  }

  @Test
  void nudge_aLineInAnotherLanguage_saysTheCoachReadsEnglish() {
    String answer = text(coach.reply(charlotteOffer(DM).conversation(), "est-ce que je devrais négocier ?", DM));
    assertTrue(answer.startsWith("I coach in English only"), answer);
    assertFalse(answer.contains("walk-away of"), answer);
  }

  @Test
  void nudge_aLineInAnotherLanguageWithoutAccents_saysTheCoachReadsEnglish() {
    String answer = text(coach.reply(charlotteOffer(DM).conversation(), "und was soll ich jetzt machen", DM));
    assertTrue(answer.startsWith("I coach in English only"), answer);
  }

  @Test
  void nudge_englishWithAnOddWord_isNotCalledAnotherLanguage() {
    String answer = text(coach.reply(charlotteOffer(DM).conversation(), "das weather is nice today", DM));
    assertFalse(answer.startsWith("I coach in English only"), answer);
  }

  @Test
  void decided_belowAStrongerCompetingOffer_saysSoBeforeHowToAccept() {
    Turn competing = coach.reply(charlotteOffer(DM).conversation(), "Globex offered 300k TC", DM);
    String answer = text(coach.reply(competing.conversation(), "ok i'll accept", DM));
    assertTrue(answer.startsWith("Before you do: your competing offer from Globex pays $300K a year, $30K more."),
        answer);
    assertTrue(answer.contains("To accept: reply in writing"), answer);
  }

  @Test
  void decided_inADmUnderTheWalkAway_namesItInAChannelDoesNot() {
    Turn dm = coach.reply(charlotteOffer(DM).conversation(), "my walk-away is 287,500", DM);
    assertTrue(text(coach.reply(dm.conversation(), "i'll sign", DM)).startsWith(
        "Before you do: $270K a year is under your walk-away of $287.5K."));
    Turn channel = coach.reply(charlotteOffer(CHANNEL).conversation(), "my walk-away is 287,500", CHANNEL);
    String answer = text(coach.reply(channel.conversation(), "i'll sign", CHANNEL));
    assertTrue(answer.startsWith("Before you do: $270K a year is under your walk-away. "), answer);
    assertFalse(answer.contains("287"), answer);
  }

  @Test
  void priority_baseUnderItsTop_asksTheCountersBaseFirst() {
    String said = text(coach.reply(charlotteOffer(DM).conversation(),
        "ok and if they only move on one thing, which should it be?", DM));
    assertTrue(said.startsWith("Base first"), said);
    assertTrue(said.contains("make it the base: ask for $233,000, $53K over their $180K."), said);
  }

  @Test
  void priority_baseAtTheBandTop_pushesOnStock() {
    Turn top = coach.open("ml-ai-engineer charlotte 233k base 45k rsu 40k bonus", DM);
    String said = text(coach.reply(top.conversation(), "should i push on base or stock?", DM));
    assertTrue(said.startsWith("Stock: their base of $233K is already at the Charlotte base top"), said);
  }

  @Test
  void negotiate_beforeAnyOffer_saysYesWithTheAimAndNoFigureFirst() {
    Turn card = coach.open("ml-ai-engineer charlotte", DM);
    String said = text(coach.reply(card.conversation(), "should i negotiate?", DM));
    assertTrue(said.startsWith("Yes. Nearly every offer has room"), said);
    assertTrue(said.contains("about $357K a year"), said);
  }

  @Test
  void feelings_withACounterToSend_givesOneStep() {
    String said = text(coach.reply(charlotteOffer(DM).conversation(), "this is so stressful honestly", DM));
    assertTrue(said.contains("You only need one step now: one email asking for $357,000 a year."), said);
    assertTrue(said.contains("it's your call"), said);
  }

  @Test
  void shorter_afterTheEmail_givesTheSameFiguresInThreeSentences() {
    Reply.Draft draft = assertInstanceOf(Reply.Draft.class,
        coach.reply(charlotteOffer(DM).conversation(), "make it shorter", DM).reply());
    assertTrue(draft.body().contains("Could we get to a base salary of $233,000"), draft.body());
    assertTrue(draft.body().contains("($357,000 a year)? With that, I'm ready to sign."), draft.body());
  }

  @Test
  void accept_competingOfferPastTheBandTop_saysNoCounterHereReachesIt() {
    Turn google = coach.reply(charlotteOffer(DM).conversation(), "google offered 420k tc", DM);
    String said = text(coach.reply(google.conversation(), "be honest, should i just take google?", DM));
    assertTrue(said.contains("Even the top of the Charlotte band ($365K a year) is under it"), said);
  }

  @Test
  void severalQuestions_inOneMessage_areAnsweredInTurn() {
    String said = text(coach.reply(charlotteOffer(DM).conversation(),
        "is 20% bonus normal and should I push on base or stock?", DM));
    String[] answers = said.split("\n\n");
    assertEquals(2, answers.length, said);
    assertTrue(answers[0].contains("20% bonus"), said);
    assertTrue(answers[1].startsWith("Base first"), said);
  }
}
