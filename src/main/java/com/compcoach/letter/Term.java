package com.compcoach.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A term of the contract that is no pay but weighs on the choice: the notice period, the probation, a fixed term's end
 * ("three months' notice", "a six-month probationary period", "a fixed-term contract … to 31 January 2029").
 *
 * @param what  "notice period", "probation" or "fixed term"
 * @param count the length as written (3 of "three months"), or null for a fixed term's end
 * @param unit  "month", "week" or "day" for a length, else null
 * @param until the day a fixed term ends, else null
 * @param byLaw a notice the letter leaves to the law ("the statutory notice periods apply"), with no length of its own
 */
public record Term(String what, Integer count, String unit, LocalDate until, boolean byLaw) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** How a reply names it: "Notice period", "Probation", "Fixed-term contract". */
  String label() {
    return switch (what) {
      case "notice period" -> "Notice period";
      case "probation" -> "Probation";
      default -> "Fixed-term contract";
    };
  }

  /** How a reply shows it: "3 months", "ends 31 January 2029". */
  String shown() {
    return until != null ? "ends " + DAY.format(until) : byLaw ? "as the law sets it (statutory, no length written)"
        : count + " " + unit + (count == 1 ? "" : "s");
  }
}
