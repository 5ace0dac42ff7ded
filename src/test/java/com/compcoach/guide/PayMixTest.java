package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PayMixTest {

  @Test
  void stated_halfBaseHalfCommission_isAnEvenSplit() {
    assertEquals("50/50", PayMix.stated("Pay for AEs is half base, half commission at target."));
  }

  @Test
  void stated_sharesWithAWordSayingSo_areTheMix() {
    assertEquals("60/40", PayMix.stated("Every territory is paid 60/40 base to variable."));
    assertEquals("70/30", PayMix.stated("SDRs get a 70/30 split."));
    assertEquals("60/40", PayMix.stated("The mix is 60% base and 40% variable."));
  }

  @Test
  void stated_sharesNotAddingToAHundred_stateNone() {
    assertNull(PayMix.stated("Pay is a 60/30 split."));
  }

  @Test
  void stated_twoFiguresWithNoWordOfAMix_stateNone() {
    assertNull(PayMix.stated("Austin 24/7 on-call rota, 50/50 chance of travel."));
  }

  @Test
  void spokenOf_aGuideWithoutOte_isNotLookedAt() {
    assertFalse(PayMix.spokenOf("Base $150K–$180K, bonus 10%."));
    assertTrue(PayMix.spokenOf("OTE $180K–$220K"));
  }
}
