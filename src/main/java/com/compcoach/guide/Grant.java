package com.compcoach.guide;

/**
 * An equity grant as the guide writes it, whole: the low–high grant and the years it vests over. The pay table's
 * stock band is this divided by the years.
 */
public record Grant(Range amount, int years) {

  public Grant {
    if (years < 1) {
      throw new IllegalArgumentException("a grant vests over at least one year: " + years);
    }
  }
}
