package com.compcoach.money;

/**
 * One money figure, range or percent as written in a text, read to whole units.
 *
 * @param written    the text as written, e.g. "$190–240K"
 * @param start      offset of its first character in the scanned text
 * @param end        offset just past its last character
 * @param mark       the currency mark or code written (before or after), or null
 * @param currency   the ISO code of the mark, null when no mark was written, "?" for a currency sign not known
 * @param low        the low figure in whole units (a percent: whole percent points, rounded)
 * @param high       the high figure; equal to low for a single figure
 * @param percent    whether a percent sign was written
 * @param ranged     whether two figures were written as a range
 * @param magnitude  whether a magnitude (K, M, million…) was written
 * @param ambiguous  whether a separator could be read either way and nothing declared which ("92.000")
 */
public record Amount(String written, int start, int end, String mark, String currency, long low, long high,
    boolean percent, boolean ranged, boolean magnitude, boolean ambiguous) {

  /** Whether a currency mark or code was written. */
  public boolean marked() {
    return mark != null;
  }

  /** Whether the high figure was written first. */
  public boolean reversed() {
    return low > high;
  }

  /** This amount times a unit given elsewhere (a header's "k USD"), where no magnitude was written. */
  public Amount scaled(long unit) {
    if (magnitude || unit == 1) {
      return this;
    }
    return new Amount(written, start, end, mark, currency, Math.multiplyExact(low, unit),
        Math.multiplyExact(high, unit), percent, ranged, true, ambiguous);
  }
}
