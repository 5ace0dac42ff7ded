package com.compcoach.coach;

import com.compcoach.guide.Money;

/**
 * Precise asks: whole multiples of 500 that are not multiples of 5,000. Recruiters read a round figure as an
 * opening bid and a precise one as researched (Mason, Lee, Wiley and Ames, "Precise offers are potent anchors",
 * Journal of Experimental Social Psychology, 2013), so every raised figure goes through here.
 */
final class Precise {

  static final long STEP = 500;
  static final long ROUND = 5_000;

  private Precise() {}

  /** The largest precise figure at or below {@code amount}; 0 below the first one. */
  static long floor(long amount) {
    if (amount < STEP) {
      return 0;
    }
    long v = Math.floorDiv(amount, STEP) * STEP;
    return v % ROUND == 0 ? v - STEP : v;
  }

  /** The smallest precise figure at or above {@code amount}. */
  static long ceil(long amount) {
    long v = Math.max(STEP, Math.floorDiv(amount + STEP - 1, STEP) * STEP);
    return v % ROUND == 0 ? v + STEP : v;
  }

  /** Whether a figure is a precise ask. */
  static boolean is(long amount) {
    return amount > 0 && amount % STEP == 0 && amount % ROUND != 0;
  }

  /**
   * "why such an exact number, why not round?": the research behind a precise ask, shown on the thread's base ask
   * (or the research's own example before there is one) beside the round figure it beats.
   */
  static String why(Counteroffer ask, String currency) {
    long precise = ask != null && ask.base() % ROUND != 0 ? ask.base() : 232_500;
    String c = ask != null && ask.base() % ROUND != 0 ? currency : "USD";
    return "Precise on purpose: a figure like " + new Money(precise, c).full() + " reads as researched, and the other "
        + "side moves it less than a round " + new Money(precise / ROUND * ROUND, c).full() + ", which reads as an opening "
        + "bid to meet in the middle (Mason, Lee, Wiley and Ames, \"Precise offers are potent anchors\", 2013). So "
        + "every ask I give is a whole multiple of 500 and never of 5,000.";
  }
}
