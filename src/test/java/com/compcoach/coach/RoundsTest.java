package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoundsTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  @Test
  void reply_isItRudeToCounterTwice_isOnceThenOnceMoreWithTheAsk() {
    Turn offer = Seeds.offered(coach, "detroit", "Offer: $185k base, 12% bonus, $160k RSUs over 4 yrs", DM);
    String answer = assertInstanceOf(Reply.Text.class,
        coach.reply(offer.conversation(), "is it rude to counter twice", DM).reply()).text();
    assertTrue(answer.startsWith("Not rude: one counter is expected"), answer);
    assertTrue(answer.contains("a base of $222,000"), answer);
    assertTrue(answer.contains("a third round reads as haggling"), answer);
  }
}
