package com.compcoach.guide;

import java.util.List;

/**
 * A skill or context premium the guide names: an amount range in the guide's HQ currency, or a percent of one band.
 *
 * @param amount  the amount as written, or, for a percent, the percent of its region's band (derived)
 * @param percent the percent as written ("5% more", "+10%"), in whole percent points; null for an amount
 * @param of      the band a percent is of (base unless the guide says total, stock or bonus); null for an amount
 * @param region  the pay-table region a percent is for ("Remote pays 5% more", "NYC: +10%"); null when it names none
 */
public record Premium(String title, String text, Range amount, Range percent, Component of, String region, int line) {

  /** A premium the guide writes as an amount. */
  public Premium(String title, String text, Range amount, int line) {
    this(title, text, amount, null, null, null, line);
  }

  /**
   * The region whose band a percent is of when {@code asked} is shown: the region the premium names ("Remote pays 5%
   * more" is of Remote's band whatever region is asked), else the asked one.
   */
  public Region on(Region asked, List<Region> regions) {
    if (region != null) {
      for (Region r : regions) {
        if (r.name().equals(region)) {
          return r;
        }
      }
    }
    return asked;
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
