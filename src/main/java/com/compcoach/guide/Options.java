package com.compcoach.guide;

/**
 * Stock options as a guide writes them ("40,000–60,000 options at a $0.85 strike"): how many, and the strike price
 * as written. They are never valued: what an option is worth depends on a share price no guide can promise.
 *
 * @param count  the number of options, low to high
 * @param strike the strike price as written ("$0.85"), or null where the guide gives none
 */
public record Options(Range count, String strike) {

  /** What every place that shows options says after them: they are in no band. */
  public static final String NOT_VALUED = "not valued: not in the stock or total";

  /** "40,000–60,000 options at a $0.85 strike", as a card says it. */
  public String describe() {
    String n = count.low() == count.high() ? String.format("%,d", count.low())
        : String.format("%,d–%,d", count.low(), count.high());
    return n + " options" + (strike == null ? "" : " at a " + strike + " strike");
  }
}
