package com.compcoach.guide;

/** One region's pay bands: base, stock per year, bonus and total, in the region's currency. */
public record Bands(Range base, Range stock, Range bonus, Range total) {

  /** The band of one component; sign-on has no band in the pay table. */
  public Range of(Component component) {
    return switch (component) {
      case BASE -> base;
      case STOCK -> stock;
      case BONUS -> bonus;
      case TOTAL -> total;
      case SIGN_ON -> throw new IllegalArgumentException("the pay table has no sign-on band");
    };
  }
}
