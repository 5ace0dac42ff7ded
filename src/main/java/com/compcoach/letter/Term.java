package com.compcoach.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A term of the contract that is no pay but weighs on the choice: the notice period, the probation, a fixed term's end,
 * the hours a week, the stay a relocation payment asks and the first salary review ("three months' notice", "a six-month
 * probationary period", "a fixed-term contract … to 31 January 2029", "37.5 hours per week", "repay the relocation
 * payment … within 12 months", "your salary will be reviewed in April 2028").
 *
 * @param what  "notice period", "notice during probation", "probation", "fixed term", "weekly hours", "relocation
 *              repayment", "salary review", "non-compete", "non-solicitation" or "garden leave"
 * @param count the length or hours as written (3 of "three months", 37.5 of "37.5 hours"), or null for a fixed term's end
 *              or a restriction named without its length
 * @param unit  "month", "week", "day" or "hour" for a length or hours, else null
 * @param until the day a fixed term ends, else null
 * @param byLaw a notice the letter leaves to the law ("the statutory notice periods apply"), with no length of its own
 * @param prorated a relocation repayment that shrinks with the time served
 * @param when  a salary review's month as written without its day ("April 2028"), else null
 */
public record Term(String what, BigDecimal count, String unit, LocalDate until, boolean byLaw, boolean prorated,
                   String when) {

  /** A length, a fixed term's end or a notice left to the law, with no month of its own. */
  public Term(String what, BigDecimal count, String unit, LocalDate until, boolean byLaw) {
    this(what, count, unit, until, byLaw, false, null);
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** How a reply names it: "Notice period", "Probation", "Fixed-term contract". */
  String label() {
    return switch (what) {
      case "notice period" -> "Notice period";
      case "notice during probation" -> "Notice during probation";
      case "probation" -> "Probation";
      case "weekly hours" -> "Weekly hours";
      case "relocation repayment" -> "Relocation repaid";
      case "non-compete" -> "Non-compete";
      case "non-solicitation" -> "Non-solicitation";
      case "garden leave" -> "Garden leave";
      case "salary review" -> "Salary review";
      default -> "Fixed-term contract";
    };
  }

  /** How a reply shows it: "3 months", "37.5 hours", "ends 31 January 2029". */
  String shown() {
    if (what.equals("salary review")) {
      return when != null ? when : DAY.format(until);
    }
    if (what.equals("relocation repayment")) {
      return count == null ? "if you leave early (no period written)" : "if you leave within " + count.toPlainString()
          + " month" + (count.compareTo(BigDecimal.ONE) == 0 ? "" : "s") + (prorated ? ", pro rata" : "");
    }
    if (count == null && until == null && !byLaw) {
      // A restriction named without its length: the candidate asks how long it binds.
      return what.equals("garden leave") ? "the employer may use it (no length written)"
          : "named, with no length written (ask how long it lasts)";
    }
    return until != null ? "ends " + DAY.format(until) : byLaw ? "as the law sets it (statutory, no length written)"
        : count.stripTrailingZeros().toPlainString() + " " + unit + (count.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
  }
}
