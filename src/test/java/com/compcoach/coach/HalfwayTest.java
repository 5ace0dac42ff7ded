package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalfwayTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  @Test
  void reply_ifTheyMeetMeHalfway_givesEachPartHalfwayAndStoresNothing() {
    Turn before = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    Turn turn = coach.reply(before.conversation(), "and if they meet me halfway?", DM);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("If they meet you halfway: a base of $206,500, RSUs of $60,500 a year and a bonus of "
        + "$46,500, $313.5K a year, $43.5K more than their $270K and $43.5K under your ask of $357K."), answer);
    assertTrue(answer.contains("a fair close"), answer);
    assertEquals(180_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_halfwayUnderTheWalkAway_asksOnceMore() {
    Turn before = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM);
    Turn walkAway = coach.reply(before.conversation(), "my walk-away is 330k", DM);
    String answer = assertInstanceOf(Reply.Text.class,
        coach.reply(walkAway.conversation(), "what if they split the difference", DM).reply()).text();
    assertTrue(answer.contains("That is still under your walk-away of $330K"), answer);
  }
}
