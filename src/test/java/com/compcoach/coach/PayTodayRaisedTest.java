package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PayTodayRaisedTest {

  @Test
  void applies_theOfferSaidAsMyCurrentPlusTenPercent_isAnOffer() {
    assertTrue(PayTodayRaised.applies("the offer came in at my current comp plus 10%"));
    assertEquals(176_000L, PayTodayRaised.total("the offer came in at my current comp plus 10%", 160_000L));
  }

  @Test
  void applies_aQuestionWeighingTheOfferAgainstMyCurrentPlusTenPercent_isNoOffer() {
    assertFalse(PayTodayRaised.applies("is their offer at least my current salary plus 10%?"));
    assertFalse(PayTodayRaised.applies("would my current plus 10% be enough if they offered that?"));
  }
}
