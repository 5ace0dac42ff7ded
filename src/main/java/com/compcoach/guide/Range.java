package com.compcoach.guide;

/** A low–high range of whole currency units (or whole percent, where a field says so). */
public record Range(long low, long high) {

  public Range {
    if (low < 0 || high < 0) {
      throw new IllegalArgumentException("a range is never negative: " + low + "–" + high);
    }
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
  }

  public static Range of(long low, long high) {
    return new Range(low, high);
  }

  public long width() {
    return high - low;
  }

  public long mid() {
    return low + (high - low) / 2;
  }

  public boolean contains(long amount) {
    return amount >= low && amount <= high;
  }

  /** Where an amount stands in this range: 0 at low, 1 at high, below 0 or above 1 outside. */
  public double position(long amount) {
    if (high == low) {
      return amount < low ? -1 : amount > high ? 2 : 1;
    }
    return (double) (amount - low) / (high - low);
  }
}
