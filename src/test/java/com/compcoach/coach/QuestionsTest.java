package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionsTest {

  @Test
  void split_twoQuestionsJoinedByAnd_givesEachInOrder() {
    assertEquals(List.of("is 15% bonus normal", "should I push on base or stock?"),
        Questions.split("is 15% bonus normal and should I push on base or stock?"));
  }

  @Test
  void split_questionMarkThenAnotherQuestion_givesEach() {
    assertEquals(List.of("what's a reasonable counter?", "I don't want to lose the offer"),
        Questions.split("what's a reasonable counter? I don't want to lose the offer"));
  }

  @Test
  void split_commaAfterAQuestion_givesEach() {
    assertEquals(List.of("what if they say no to the counter", "will they rescind?"),
        Questions.split("what if they say no to the counter, will they rescind?"));
  }

  @Test
  void split_andAlsoOpeningAQuestion_givesEach() {
    assertEquals(List.of("they want an answer by monday, can i ask for more time", "is 170 too low?"),
        Questions.split("they want an answer by monday, can i ask for more time and also is 170 too low?"));
  }

  @Test
  void split_conditionThenComma_isOneQuestion() {
    assertEquals(1, Questions.split("if they say no, what do i do?").size());
  }

  @Test
  void split_partPointingBack_staysWithTheOneBefore() {
    assertEquals(1, Questions.split("they offered 10% bonus and is that normal?").size());
  }

  @Test
  void split_shortOpener_goesWithWhatFollows() {
    assertEquals(List.of("thoughts?? the sign on has a clawback"),
        Questions.split("thoughts?? the sign on has a clawback"));
  }

  @Test
  void split_shortOpenerThenAlsoAQuestion_isTwoQuestions() {
    assertEquals(List.of("thoughts?", "also is the bonus guaranteed?"),
        Questions.split("thoughts? also is the bonus guaranteed?"));
    assertEquals(List.of("wdyt?", "plus should i ask for a sign on?"),
        Questions.split("wdyt? plus should i ask for a sign on?"));
  }

  @Test
  void split_pastedText_isOneMessage() {
    String pasted = "Hi Sam, is Monday ok? ".repeat(20) + "and should we talk then?";
    assertEquals(1, Questions.split(pasted).size());
  }
}
