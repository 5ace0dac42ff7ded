package com.compcoach.guide;

/**
 * An approval the guide says an offer needs once one part passes a line ("Offers above the midpoint need VP approval",
 * "Anything over $180K goes to the comp committee"): who signs off, on which part and from where.
 *
 * @param approver who signs off, as the guide names them ("VP", "the comp committee")
 * @param part     the part the line is on: base, or the year's total
 * @param mark     where the line sits: a band's midpoint or top in each place, or one amount
 * @param amount   the amount of an {@link Mark#AMOUNT} line, a year's pay; null otherwise
 * @param currency the code the amount was written in, null where only a dollar mark (or none) said it
 * @param written  the guide's sentence, as written
 * @param line     1-based line of the sentence in the guide file
 */
public record ApprovalRule(String approver, Component part, Mark mark, Long amount, String currency, String written,
                           int line) {

  /** Where an approval line sits. */
  public enum Mark { MIDPOINT, TOP, AMOUNT }

  /** The line in one place, a year's amount on the part; null where an amount was written in another currency. */
  public Long threshold(Region region) {
    Range band = part == Component.TOTAL ? region.bands().total() : region.bands().base();
    return switch (mark) {
      case MIDPOINT -> band.mid();
      case TOP -> band.high();
      case AMOUNT -> currency == null || currency.equals(region.currency()) ? amount : null;
    };
  }

  /** The line as a reader says it: "base above the base band's midpoint ($203K in Charlotte)", "a sign-on above $25K". */
  public String describe(Region region) {
    Long at = threshold(region);
    return what() + (mark == Mark.AMOUNT ? (at == null ? amount + " " + currency : new Money(at, region.currency())
        .compact()) : at == null ? "" : " (" + new Money(at, region.currency()).compact() + " in " + region.shortName()
        + ")");
  }

  /** The line with no place: "base above the base band's midpoint", "a year's total above " (its amount follows). */
  public String what() {
    String of = part == Component.TOTAL ? "a year's total" : part == Component.SIGN_ON ? "a sign-on" : "base";
    String band = part == Component.TOTAL ? "total band" : "base band";
    return switch (mark) {
      case MIDPOINT -> of + " above the " + band + "'s midpoint";
      case TOP -> of + " above the " + band + "'s top";
      case AMOUNT -> of + " above ";
    };
  }
}
