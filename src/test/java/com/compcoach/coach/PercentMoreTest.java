package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentMoreTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  private Turn says(String message) {
    Turn before = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    return coach.reply(before.conversation(), message, DM);
  }

  @Test
  void reply_tenPercentAcrossTheBoard_raisesEachPartAndWeighsItAgainstTheCounter() {
    Turn turn = says("can i just ask for 10% more across the board?");
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("10% more across the board: a base of $198,000, RSUs of $55,000 a year and a bonus of "
        + "$44,000: $297,000 a year, $27K more than their $270K."), answer);
    assertTrue(answer.contains("a flat 10% leaves $60K a year"), answer);
    assertEquals(40_000L, turn.conversation().offer().bonus());
  }

  @Test
  void reply_percentOnTheBaseAlone_raisesOnlyTheBase() {
    String answer = assertInstanceOf(Reply.Text.class, says("what's 5% more on the base alone").reply()).text();
    assertTrue(answer.startsWith("5% more on the base alone: $189,000, $9K more than their $180K."), answer);
  }

  @Test
  void decidedBase_tenPercentMoreOnBaseItIs_theRaisedBaseMadePrecise() {
    Offer offer = new Offer("USD", 200_000L, 50_000L, 20_000L, null, null, null);
    assertEquals(220_500L, PercentMore.decidedBase("ok, 10% more on base it is. draft the email?", offer));
    assertNull(PercentMore.decidedBase("is 10% more on base too much?", offer), "weighed, not decided");
    assertNull(PercentMore.decidedBase("10% more across the board it is", offer), "not the base alone");
    assertNull(PercentMore.decidedBase("it's only 10% more on base than my current job.", offer),
        "a comparison with pay today, never a decision");
  }
}
