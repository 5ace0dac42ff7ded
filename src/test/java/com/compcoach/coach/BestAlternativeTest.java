package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BestAlternativeTest {

  private static final Counteroffer ASK = new Counteroffer("USD", 200_000, 50_000, 30_000, 0, 280_000, 280_000,
      280_000);

  @Test
  void wouldSign_askAboveWalkAwayAndEveryCompetingPart_isYes() {
    Competing held = new Competing(260_000, "USD", "Stripe", 190_000L, 40_000L, 30_000L, null);

    assertTrue(new BestAlternative(250_000L, 260_000L).wouldSign(ASK, held));
  }

  @Test
  void wouldSign_askUnderTheWalkAway_isNo() {
    assertFalse(new BestAlternative(300_000L, null).wouldSign(ASK, null));
  }

  @Test
  void wouldSign_competingOfferPaysMoreOnBaseThoughLessInAll_isNo() {
    Competing held = new Competing(260_000, "USD", "Stripe", 210_000L, 20_000L, 30_000L, null);

    assertFalse(new BestAlternative(null, 260_000L).wouldSign(ASK, held));
  }
}
