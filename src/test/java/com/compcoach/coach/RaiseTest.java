package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RaiseTest {

  private final Coach coach = Seeds.coach();

  @Test
  void reply_raiseWithPayToday_placesItInTheBaseBandAndStoresNoOffer() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), "I'm not job hunting, I want a raise at my current job. I make 165 "
        + "base", Venue.DIRECT_MESSAGE);
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.contains("Your $165K base is below it, $8K under its low"), text);
    assertTrue(text.contains("Ask for a base of $218,000 ($53K over today)"), text);
    assertFalse(text.contains("ready to sign"), text);
    assertNull(turn.conversation().offer());
  }
}
