package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12: pay cells written as a midpoint and its spread, or from one end to the other with an arrow. */
class BandCellsTest {

  private static List<String> read(String... cells) {
    BandCells.Read read = BandCells.of(List.of(new PayTable.Row(List.of(cells), 3)));
    return read == null ? null : read.rows().get(0).cells();
  }

  @Test
  void of_midpointPlusMinusPercent_readsTheBandAroundIt() {
    assertEquals(List.of("Zone A", "$180000 – $220000", "$48000 – $72000"),
        read("Zone A", "$200K +/- 10%", "$60K ± 20%"));
  }

  @Test
  void of_arrowFromLowToHigh_readsARange() {
    assertEquals(List.of("Denver", "$140K – $168K"), read("Denver", "$140K → $168K"));
  }

  @Test
  void of_arrowFromAnOldFigureToANewOne_leavesTheCellAsWritten() {
    assertNull(read("Denver", "was $150K → now $140K"));
    assertNull(read("Denver", "$150K → $140K"));
  }

  @Test
  void of_noSpreadOrArrow_readsNothing() {
    assertNull(read("Denver", "$140K–$168K", "10%"));
  }

  @Test
  void eitherSide_midpointThenTheWordRangeOrSpreadBeforeItsPercent_readsTheBand() {
    // "- London (head office): midpoint £110,000, range ±10%" was read as a one-figure band of £110,000, in silence.
    assertEquals("midpoint £99K to £121K", BandCells.eitherSide("midpoint £110,000, range ±10%"));
    assertEquals("midpoint $117K to $143K", BandCells.eitherSide("midpoint $130K, spread of ± 10%"));
  }

  @Test
  void eitherSide_rangeWordWithNoSpreadAfterIt_leavesTheTextAsWritten() {
    assertEquals("midpoint £110,000, range £99,000–£121,000",
        BandCells.eitherSide("midpoint £110,000, range £99,000–£121,000"));
  }
}
