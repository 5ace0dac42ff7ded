package com.compcoach.guide;

/**
 * A skill or context premium the guide names: an amount range in the guide's HQ currency, or a percent of one band.
 *
 * @param amount  the amount as written, or, for a percent, the percent of the HQ region's band (derived)
 * @param percent the percent as written ("5% more", "+10%"), in whole percent points; null for an amount
 * @param of      the band a percent is of (base unless the guide says total, stock or bonus); null for an amount
 */
public record Premium(String title, String text, Range amount, Range percent, Component of, int line) {

  /** A premium the guide writes as an amount. */
  public Premium(String title, String text, Range amount, int line) {
    this(title, text, amount, null, null, line);
  }

  /** Whether the guide wrote a percent, so every amount shown for it is derived from a band. */
  public boolean derived() {
    return percent != null;
  }

  /** The amount for a region: its percent of that region's band (in the region's currency), else the amount. */
  public Range amountFor(Bands bands) {
    return percent == null ? amount : percentOf(percent, bands.of(of));
  }

  /** How the guide wrote a percent: "5% of base", "10–15% of total". */
  public String percentWritten() {
    return percent.low() + (percent.low() == percent.high() ? "" : "–" + percent.high()) + "% of " + of.label();
  }

  /** A percent low × band low .. percent high × band high, rounded to whole units, as a bonus percent is read. */
  static Range percentOf(Range percent, Range band) {
    return Range.of(Math.round(band.low() * percent.low() / 100.0), Math.round(band.high() * percent.high() / 100.0));
  }
}
