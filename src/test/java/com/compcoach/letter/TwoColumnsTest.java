package com.compcoach.letter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A two-column page flattened into one line per row, read a column at a time. */
class TwoColumnsTest {

  @Test
  void flattened_proseBesideASidebar_readsTheProseThenTheSidebar() {
    String[] page = {
        row("Dear Marcus,", "Base salary"),
        row("We are excited to offer you a position at", "$182,000 per year"),
        row("Halcyon Robotics! This letter sets out the", "Sign-on bonus"),
        row("terms of your employment, and your manager", "$25,000"),
        row("will be Dana Whitfield, Head of Autonomy.", "Start date"),
        row("", "February 1, 2027"),
        row("", "Location"),
        row("Best regards,", "Pittsburgh, PA")};

    assertArrayEquals(new String[] {"Dear Marcus,", "We are excited to offer you a position at",
        "Halcyon Robotics! This letter sets out the terms of your employment, and your manager will be Dana "
            + "Whitfield, Head of Autonomy.", "", "Best regards,", "", "Base salary", "$182,000 per year",
        "Sign-on bonus", "$25,000", "Start date", "February 1, 2027", "Location", "Pittsburgh, PA", ""}, TwoColumns.flattened(page));
  }

  @Test
  void flattened_labelAndValueExport_isLeftAsItIs() {
    // An HR system's export: short labels, no prose on the left, so one column of label and value per line.
    String[] export = {
        "Job Title                       Staff Software Engineer",
        "Base Salary                     $205,000.00",
        "Target Bonus                    15%",
        "Sign-On Bonus                   $30,000.00",
        "Start Date                      01/19/2027",
        "Location                        Austin, TX",
        "                                (Remote eligible)"};

    assertArrayEquals(export, TwoColumns.flattened(export));
  }

  /** A line of a page whose right column starts at the 48th character. */
  private static String row(String left, String right) {
    return String.format("%-47s%s", left, right);
  }
}
