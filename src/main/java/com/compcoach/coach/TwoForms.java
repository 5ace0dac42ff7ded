package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;

/**
 * The two forms one job is offered in, weighed a year for a year: "FTE at 175 base + 10%, or C2H at $95/hr" is the
 * contract's cash at 2,080 hours against the full-time base and bonus, with what the contract usually lacks.
 */
final class TwoForms {

  private TwoForms() {}

  /** What the contract's year is beside the full-time one, or null when either is unknown. */
  static String weighed(long contract, List<Figure> figures) {
    if (contract <= 0) {
      return null;
    }
    Long base = null;
    Figure bonus = null;
    for (Figure f : figures) {
      if (f.purpose() == Figure.Purpose.OFFER && f.component() == Component.BASE && !f.percent()) {
        base = f.amount();
      } else if (f.purpose() == Figure.Purpose.OFFER && f.component() == Component.BONUS) {
        bonus = f;
      }
    }
    if (base == null) {
      return null;
    }
    // "FTE at 175 base" beside an hourly rate is a salary in thousands, as the card reads it too.
    long salary = base < 1_000 ? base * 1_000 : base;
    long fullTime = salary + (bonus == null ? 0 : bonus.percent() ? Offer.percentOf(salary, bonus.amount())
        : bonus.amount() < 1_000 && base < 1_000 ? bonus.amount() * 1_000 : bonus.amount());
    // No currency mark: the band's is settled after reading, and both figures are in it.
    return "Weighed a year for a year: the other option pays " + String.format("%,d", contract) + " in cash at 2,080 "
        + "hours, against " + String.format("%,d", fullTime) + " in base" + (bonus == null ? "" : " and bonus")
        + " full time, which usually also carries benefits, paid leave and any stock; the contract's hours, its "
        + "benefits and whether it converts decide which is worth more.";
  }
}
