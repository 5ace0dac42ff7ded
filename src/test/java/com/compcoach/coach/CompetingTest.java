package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetingTest {

  private static final Offer ALLY = new Offer("USD", 195_000L, 45_000L, 23_400L, null, null, null);
  private static final Competing JPMORGAN = new Competing(252_000L, "USD", "JPMorgan", 210_000L, 0L, 42_000L, null);

  @Test
  void beats_weakerTotalWithAHigherBaseAndBonus_namesThoseParts() {
    assertEquals(List.of(Component.BASE, Component.BONUS), JPMORGAN.beats(ALLY));
  }

  @Test
  void beats_offerInAnotherCurrency_namesNoPart() {
    Competing london = new Competing(165_000L, "GBP", null, 150_000L, null, 15_000L, null);
    assertTrue(london.beats(ALLY).isEmpty());
  }

  @Test
  void at_theUsersRate_convertsEveryPartAndTheYear() {
    Competing london = new Competing(165_000L, "GBP", "Monzo", 150_000L, null, 15_000L, null);
    assertEquals(new Competing(209_550L, "USD", "Monzo", 190_500L, null, 19_050L, null),
        london.at(new BigDecimal("1.27"), "USD"));
  }

  @Test
  void named_onlyTheBaseGiven_isNamedByItsBaseNeverAYear() {
    Competing truist = new Competing(160_000L, "USD", "Truist", 160_000L, null, null, null);
    assertTrue(truist.partial());
    assertEquals("$160K base", truist.named());
  }

  @Test
  void named_aStatedTotal_isAYear() {
    Competing meta = new Competing(260_000L, "USD", "Meta");
    assertFalse(meta.partial());
    assertEquals("$260K a year", meta.named());
  }
}
