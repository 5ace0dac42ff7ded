package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.guide.Component;
import com.compcoach.guide.Region;
import org.junit.jupiter.api.Test;

class PositionsTest {

  private final Positions positions = new Positions();
  private final Region charlotte = Seeds.region(Seeds.mlAiEngineer(), "Charlotte");

  @Test
  void position_baseLowInTheBand_saysPercentAndQuarter() {
    Position p = positions.position(Component.BASE, 180_000, charlotte);
    assertEquals(12, p.percent());
    assertEquals(Standing.IN, p.standing());
    assertEquals("Base $180K is at 12% of the Charlotte band, in its bottom quarter.", p.line());
  }

  @Test
  void position_belowTheBand_saysHowFarUnder() {
    Position p = positions.position(Component.BONUS, 26_250, charlotte);
    assertEquals(Standing.BELOW, p.standing());
    assertEquals(0, p.percent());
    assertEquals("Bonus $26.25K is below the Charlotte band ($35K–$61K), $8.75K under its low.", p.line());
  }

  @Test
  void position_aboveTheBand_saysHowFarOver() {
    Position p = positions.position(Component.TOTAL, 400_000, charlotte);
    assertEquals(Standing.ABOVE, p.standing());
    assertEquals(100, p.percent());
    assertEquals("Total $400K is above the Charlotte band ($250K–$365K), $35K over its top.", p.line());
  }

  @Test
  void of_fullOffer_givesEachComponentThenTheTotal() {
    Offer offer = new Offer("USD", 180_000L, 50_000L, 40_000L, null, null, null);
    assertEquals(4, positions.of(offer, charlotte).size());
    assertEquals(Component.TOTAL, positions.of(offer, charlotte).get(3).component());
    assertEquals(17, positions.of(offer, charlotte).get(3).percent());
  }
}
