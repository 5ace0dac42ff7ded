package com.compcoach.letter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A line's column gaps read in one place: a form's spaced gaps, tabs and dot leaders. */
class FormColumnsTest {

  @Test
  void gaps_threeFormLines_areRowsOfLabelAndValue() {
    String[] lines = {"Job Title        Staff Software Engineer", "Location    Austin, TX", "Target Bonus %     15",
        "We look forward to working with you."};

    assertArrayEquals(new String[] {"Job Title | Staff Software Engineer", "Location | Austin, TX", "Target Bonus | 15%",
        "We look forward to working with you."}, FormColumns.gaps(lines));
  }

  @Test
  void gaps_labelWithItsOwnColon_isLeftForTheLabelToRead() {
    // Read as a gap, "Vesting Schedule:   4 years" became "Vesting Schedule: | 4 years", and the vesting label
    // before "4 years" was no longer seen: three fixtures lost their vesting that way.
    String[] lines = {"Job Title        Staff Software Engineer", "Location    Austin, TX", "Grant Type     RSU",
        "  Vesting Schedule:          4 years; 25% at 1 year, then quarterly"};

    assertEquals(lines[3], FormColumns.gaps(lines)[3]);
  }

  @Test
  void gaps_fewerThanThreeFormLines_leaveTheTextAsItIs() {
    String[] lines = {"Dear Sam,", "Your base salary will be    $150,000 per year.", "Title    Data Engineer"};

    assertArrayEquals(lines, FormColumns.gaps(lines));
  }

  @Test
  void cells_tabsAndDotLeaders_areGaps() {
    assertEquals("Base salary | $196,000", FormColumns.cells("Base salary ........ $196,000"));
    assertEquals("Base salary | $196,000 | per year", FormColumns.cells("Base salary\t$196,000\tper year"));
  }
}
