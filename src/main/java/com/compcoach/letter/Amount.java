package com.compcoach.letter;

import java.math.BigDecimal;

/**
 * One figure found in a letter's sentence.
 *
 * @param value    the number as written, magnitudes applied ("180K" is 180000)
 * @param currency ISO code when a mark or code is next to it ("£", "CAD $", "EUR"), else null
 * @param percent  whether it is a percentage
 * @param start    offset of its first character in the sentence
 * @param end      offset just past it (suffix marks included)
 * @param range    the whole range as written when the letter gives one ("$150,000–$170,000"), else null: the field
 *                 asks which figure it is instead of taking one
 * @param high     a range's upper end ({@code value} is its lower one), else null
 * @param magnitude whether the money grammar read a magnitude on it ("120k", "1.2M"), so it is money in thousands
 *                 or millions even with no mark; a count of shares or units is never read so
 */
record Amount(BigDecimal value, String currency, boolean percent, int start, int end, String range,
    BigDecimal high, boolean magnitude) {

  /** A single figure, no range. */
  Amount(BigDecimal value, String currency, boolean percent, int start, int end, boolean magnitude) {
    this(value, currency, percent, start, end, null, null, magnitude);
  }

  /** Whether a single figure lies within this range, its ends included. */
  boolean holds(BigDecimal figure) {
    return range != null && high != null && figure != null && value.compareTo(figure) <= 0 && high.compareTo(figure) >= 0;
  }

  /** Whether it is money: a currency is written next to it. */
  boolean money() {
    return currency != null && !percent;
  }

  /**
   * Whether it is money with or without a mark: "120k RSUs" is $120,000 of stock, as the thread's offer reader
   * reads it, because the money grammar counts only "k" before shares, units or options as a count.
   */
  boolean moneyOrThousands() {
    return money() || magnitude && !percent;
  }

  /** The value as written, cents kept to two places and no trailing zeros: 88000.50 is 88000.5, 95,000.00 is 95000. */
  BigDecimal exact() {
    return exact(value);
  }

  /** A money figure to two places at most, without trailing zeros or an exponent. */
  static BigDecimal exact(BigDecimal value) {
    BigDecimal cents = value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return cents.scale() < 0 ? cents.setScale(0) : cents;
  }

  /** The value in whole units, half up (cents dropped). */
  long whole() {
    return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }
}
