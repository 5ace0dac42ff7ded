package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TakeHomeTest {

  private final Coach coach = Seeds.coach();

  @Test
  void reply_afterTax_noNetFigureOnlyPayBeforeTaxByMonth() {
    Turn offer = Seeds.charlotteOffer(coach, Venue.DIRECT_MESSAGE);
    String text = assertInstanceOf(Reply.Text.class, coach.reply(offer.conversation(),
        "how much is that per month after tax", Venue.DIRECT_MESSAGE).reply()).text();
    assertTrue(text.startsWith("I can't tell take-home from the guide"), text);
    assertTrue(text.contains("the base of $180,000 is $15,000 a month"), text);
    assertFalse(text.contains("net of $"), text);
  }

  @Test
  void reply_aBasePerPaycheck_isReadAsPayNotAsked() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(card.conversation(), "base is 8k per paycheck", Venue.DIRECT_MESSAGE);
    assertFalse(turn.reply() instanceof Reply.Text t && t.text().startsWith("I can't tell take-home"));
  }
}
