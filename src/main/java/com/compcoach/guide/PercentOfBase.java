package com.compcoach.guide;

/**
 * A part written as a percent of base ("10%", "7.5%", "10–15%"), kept exactly, in hundredths of a percent, so that a
 * bonus of 7.5% is worked out at 7.5% on every base it meets (a place's own, or one uplifted from another's).
 */
public record PercentOfBase(long low, long high) {

  public PercentOfBase {
    if (low < 0 || low > high) {
      throw new IllegalArgumentException("a percent runs from low to high: " + low + "–" + high);
    }
  }

  /** Whole percents, as a {@link Range} of them holds them; null for null. */
  public static PercentOfBase whole(Range percent) {
    return percent == null ? null : new PercentOfBase(percent.low() * 100, percent.high() * 100);
  }

  /** The percents as written, "7.5" and "10" (rounded to a hundredth). */
  public static PercentOfBase of(double low, double high) {
    return new PercentOfBase(Math.round(low * 100), Math.round(high * 100));
  }

  /** The amount these percents give on a base band: low on its low, high on its high, to whole units. */
  public Range on(Range base) {
    return Range.of(Math.round(base.low() * low / 10_000.0), Math.round(base.high() * high / 10_000.0));
  }

  /** The percents as a range of whole ones, or null where either has a fraction ("7.5%"). */
  public Range wholeRange() {
    return low % 100 == 0 && high % 100 == 0 ? Range.of(low / 100, high / 100) : null;
  }

  /** "7.5%", "10–15%". */
  public String written() {
    return number(low) + (low == high ? "" : "–" + number(high)) + "%";
  }

  private static String number(long hundredths) {
    return hundredths % 100 == 0 ? Long.toString(hundredths / 100)
        : java.math.BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
  }
}
