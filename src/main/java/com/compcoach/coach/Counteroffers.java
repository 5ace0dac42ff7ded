package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Range;

/**
 * Computes the counteroffer: one counter, with precise figures. A plan is filled from the band lows, base first,
 * then stock, then bonus, each up to its band top, until the yearly total reaches the aim; a sign-on closes what
 * the yearly figures cannot. The counter asks each component's plan figure, or keeps the offer's where it is
 * already higher, so it never drops below the offer and never falls when the offer rises. Method and a worked
 * example are in docs/coaching.md.
 */
final class Counteroffers {

  private static final Component[] FILL_ORDER = {Component.BASE, Component.STOCK, Component.BONUS};

  /**
   * The yearly total to aim for: three quarters of the way into the target (room to settle inside it), at least
   * 3,000 under its top (precise rounding of three components adds under 1,000 each), made precise; lifted 5% past a competing offer, to a walk-away, and to a stated total
   * when the offer gives only that.
   */
  long aim(Situation s) {
    Range t = s.target();
    long aim = Math.max(t.low(), Precise.floor(Math.min(t.low() + t.width() * 3 / 4, t.high() - 3_000)));
    if (s.competing() != null) {
      aim = Math.max(aim, Precise.ceil(s.competing() + s.competing() / 20));
    }
    if (s.walkAway() != null) {
      aim = Math.max(aim, s.walkAway());
    }
    Offer o = s.offer();
    if (o.total() != null && o.base() == null && o.stock() == null && o.bonus() == null) {
      aim = Math.max(aim, o.total());
    }
    return aim;
  }

  /** The counter for an offer; an empty offer gets the plan itself (the figures to aim for). */
  Counteroffer counter(Situation s) {
    long aim = aim(s);
    long[] plan = plan(s, aim);
    long[] value = new long[3];
    long total = 0;
    for (int i = 0; i < 3; i++) {
      Long given = s.offer().of(FILL_ORDER[i]);
      value[i] = given == null ? plan[i] : Math.max(given, plan[i]);
      if (FILL_ORDER[i] == s.floorPart() && s.floor() != null) {
        // A walk-away on one part ("her floor is 175 base") holds that part, whatever the band's top.
        value[i] = Math.max(value[i], Precise.ceil(s.floor()));
      }
      if (FILL_ORDER[i] == Component.BONUS && s.offer().bonusPercent() != null) {
        // A bonus offered as a percent of base ("10% target") follows the base asked: asking the old amount on a
        // higher base would ask for a smaller percent than they offered.
        value[i] = Math.max(value[i], Offer.percentOf(value[0], s.offer().bonusPercent()));
      }
      Long rivalPart = s.rival() == null ? null : s.rival().part(FILL_ORDER[i]);
      if (rivalPart != null && rivalPart > value[i]) {
        // "JPMorgan: 210k base": never ask a part below what the candidate already holds on it elsewhere.
        value[i] = Precise.ceil(rivalPart);
      }
      total += value[i];
    }
    long offeredSignOn = s.offer().signOn() == null ? 0 : s.offer().signOn();
    long signOn = Math.max(offeredSignOn, signOn(s, plan[0] + plan[1] + plan[2]));
    Vesting vesting = s.offer().vesting();
    long stockYearOne = vesting == null ? value[1] : vesting.firstYear(value[1]);
    long yearOne = value[0] + stockYearOne + value[2] + signOn;
    return new Counteroffer(s.currency(), value[0], value[1], value[2], signOn, total, yearOne, aim);
  }

  /** Base, stock and bonus filled from their band lows toward their precise tops until they reach the aim. */
  private static long[] plan(Situation s, long aim) {
    long[] plan = new long[3];
    long need = aim;
    for (int i = 0; i < 3; i++) {
      need -= s.bands().of(FILL_ORDER[i]).low();
    }
    for (int i = 0; i < 3; i++) {
      Range band = s.bands().of(FILL_ORDER[i]);
      long cap = Math.max(band.low(), Precise.floor(band.high()));
      long raise = Math.max(0, Math.min(need, cap - band.low()));
      // Even an unraised figure is asked precisely: a band low of 35,000 becomes 35,500.
      plan[i] = Math.min(Math.max(cap, band.low()), Precise.ceil(band.low() + raise));
      if (plan[i] < band.low()) {
        plan[i] = band.low();
      }
      need -= plan[i] - band.low();
    }
    return plan;
  }

  /**
   * The sign-on that bridges what the planned yearly figures cannot: a competing offer's total, a walk-away or the
   * target's low end, plus forfeited equity; within the guide's sign-on range where it has one.
   */
  private static long signOn(Situation s, long plannedTotal) {
    long gap = Math.max(0, s.target().low() - plannedTotal);
    if (s.competing() != null) {
      gap = Math.max(gap, s.competing() - plannedTotal);
    }
    if (s.walkAway() != null) {
      gap = Math.max(gap, s.walkAway() - plannedTotal);
    }
    long bridge = gap + (s.forfeited() == null ? 0 : Math.max(0, s.forfeited()));
    if (bridge <= 0) {
      return 0;
    }
    long ask = Precise.ceil(bridge);
    if (s.signOnRange() != null) {
      ask = Math.min(ask, Precise.floor(s.signOnRange().high()));
    }
    return ask;
  }
}
