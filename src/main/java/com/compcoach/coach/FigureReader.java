package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;

/**
 * Reads one figure of a message into its draft: left out as no pay, taken as the user's ask or an aside, hedged,
 * asked about, or read as a part of whose offer, in its scale and period.
 */
final class FigureReader {

  private FigureReader() {}

  /** Reads amount {@code i} of the draft's message. */
  static void read(OfferDraft d, int i) {
    OfferAmount a = d.amounts.get(i);
    int[] clause = d.clauseOf(i);
    if (LeftOut.takes(d, i, a, clause)) {
      return;
    }
    Component named = PartWords.named(d.suffixed[i], d.after[i], d.before[i]);
    // "800 units vesting over 4 yrs (approx $140k)": the worth of a count of units is the stock grant.
    named = named == null && LeftOut.valuesCount(d, i) ? Component.STOCK : named;
    String withWord = a.written() + (named == null ? "" : " " + named.label());
    if (d.ask.takes(d, i, a, clause, named, withWord)) {
      return;
    }
    FigureDraft f = new FigureDraft(i, a, clause, d.said[d.clauseIndex[i]]);
    if (Hedges.onlyMaybe(d, f, withWord)) {
      return;
    }
    f.component = named != null || !d.mayCap ? named : Hedges.cappedPart(d.cleanLower, clause, a);
    FigurePart.named(d, f);
    if (FigureQuestions.asked(d, f)) {
      return;
    }
    inThousands(d, f);
    // A walk-away or pay today said as "~250k" is the user's own figure; only an offer's is checked against a letter.
    String estimate = f.purpose == Figure.Purpose.OFFER || f.purpose == Figure.Purpose.COMPETING
        ? Hedges.estimate(d.lower, f.amount) : null;
    if (estimate != null) {
      d.estimates.add(estimate);
    }
    if (!period(d, f) || !FigurePart.unnamed(d, f)) {
      return;
    }
    GatheredOffer.add(d, f);
  }

  /** "175 base / 40k bonus": the message's own "k" says what scale its bare figures are in. */
  private static void inThousands(OfferDraft d, FigureDraft f) {
    OfferAmount a = f.amount;
    if ((d.thousands || d.sized) && f.component != null && !f.percent && a.bare()) {
      // A walk-away is never repeated in a channel, so its remark names no figure.
      if (f.purpose == Figure.Purpose.WALK_AWAY) {
        d.walkAwayInThousands = true;
      } else {
        d.inThousands.add(a.written() + " " + f.component.label() + " as " + a.written() + "k");
      }
      f.amount = a.times(1_000);
    }
  }

  /** The figure's pay period, or false after asking how often it is paid. */
  private static boolean period(OfferDraft d, FigureDraft f) {
    OfferAmount a = f.amount;
    int i = f.index;
    int[] clause = f.clause;
    int nextStart = i + 1 < d.amounts.size() ? d.amounts.get(i + 1).start() : d.clean.length();
    int periodLimit = Math.min(Math.min(nextStart, clause[1]), a.end() + 40);
    if (!f.percent && PayPeriods.unclearPeriod(d.cleanLower, a.end(), periodLimit)) {
      d.unclear.add("How often is " + a.written() + " paid: monthly, twice a month or every two weeks? Say it "
          + "with the period, e.g. \"" + a.written() + " a month base\", or give me the yearly figure.");
      return false;
    }
    f.period = f.percent ? Period.YEAR : PayPeriods.period(d.cleanLower, a, periodLimit,
        i > 0 ? Math.max(d.amounts.get(i - 1).end(), clause[0]) : clause[0]);
    return true;
  }
}
