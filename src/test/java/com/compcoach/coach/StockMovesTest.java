package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockMovesTest {

  private final Coach coach = Seeds.coach();

  private String asked(String message) {
    Turn offer = Seeds.charlotteOffer(coach, Venue.DIRECT_MESSAGE);
    Turn turn = coach.reply(offer.conversation(), message, Venue.DIRECT_MESSAGE);
    assertEquals(offer.conversation().offer(), turn.conversation().offer(), "a price move changes no offer");
    return assertInstanceOf(Reply.Text.class, turn.reply()).text();
  }

  @Test
  void move_readsTheDirectionAndThePercent() {
    assertEquals(-30, StockMoves.move("whats the equity worth if the stock drops 30%"));
    assertEquals(20, StockMoves.move("and if the share price goes up 20%?"));
    assertEquals(-50, StockMoves.move("what if it halves"));
    assertNull(StockMoves.move("what are my rsus worth"));
  }

  @Test
  void move_theMoveSaidLastIsTheOneAsked_aMoveAlreadyMadeIsNone() {
    assertEquals(-30, StockMoves.move("the stock already fell 20% this year, what if the stock drops 30% more?"));
    assertNull(StockMoves.move("their stock is down 40% this year, should i ask for more rsus to make up for it?"));
  }

  @Test
  void reply_stockDrops30_theGrantAndTheYearAtThatPrice() {
    String text = asked("whats the equity worth if the stock drops 30%");
    assertTrue(text.contains("$50K a year becomes $35K"), text);
    assertTrue(text.contains("Their offer is then $255K a year, against $270K"), text);
    assertTrue(text.contains("not a forecast"), text);
  }

  @Test
  void reply_noPercent_saysHowEquityIsValuedAndGuessesNothing() {
    String text = asked("what is the equity worth?");
    assertTrue(text.startsWith("RSUs are worth their grant value"), text);
  }
}
