package com.compcoach.guide;

/**
 * One amount inside a lever's wording and what it refers to.
 *
 * @param written  the text as it stands in the wording, e.g. "$220K–$222K" or "22%"
 * @param start    index of the first character of {@code written} in the lever text
 * @param end      index just past its last character
 * @param refersTo what the amount is about
 * @param amount   the figure(s) in whole currency units, or whole percent when {@code percent}
 * @param percent  whether the amount is a percentage (a bonus target, "within 10%")
 */
public record LeverAmount(String written, int start, int end, Reference refersTo, Range amount, boolean percent) {

  /** What a lever amount refers to. */
  public enum Reference {
    BASE, STOCK, BONUS, SIGN_ON, TOTAL,
    /** A market figure such as a competing offer's range: not scaled by region. */
    MARKET,
    /** Anything else (a refresh grant, a year-3 step, a stipend): left as written. */
    OTHER
  }
}
