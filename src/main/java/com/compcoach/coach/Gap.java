package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "how far off the target am i?", "in percent?": the gap between their offer and the guide's target, the band's top
 * and the ask standing, in the band's currency and in percent of their offer; nothing stored.
 */
final class Gap {

  private final Cards cards;
  private final Clock clock;

  Gap(Cards cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  /** How far their yearly total is from the target and the band's top, and what the ask asks on top of it. */
  Turn toTarget(Scene s, Conversation c, Venue venue) {
    Offer offer = Cards.usable(c.offer(), s.region());
    if (offer == null || offer.isEmpty() || offer.recurringTotal() == null) {
      return noOffer(s, c);
    }
    Region region = s.region();
    String currency = region.currency();
    long theirs = offer.recurringTotal();
    Range target = s.aimRange();
    String named = "the " + region.shortName() + " " + (s.target().isPresent() ? "Negotiate-Up target"
        : "top quarter of the total band") + " (" + Money.compact(target, currency) + ")";
    List<String> lines = new ArrayList<>();
    String yours = money(theirs, currency) + " a year";
    // On the company's side the offer is the asker's own.
    String whose = c.companySide() ? "your offer" : "their offer";
    if (theirs < target.low()) {
      long gap = target.low() - theirs;
      lines.add(yours + " is " + money(gap, currency) + " under " + named + ", " + percent(gap, theirs)
          + " on " + whose + " to reach its low, and " + money(target.high() - theirs, currency) + " under its top.");
    } else if (theirs <= target.high()) {
      lines.add(yours + " is inside " + named + ": " + money(theirs - target.low(), currency) + " over its low, "
          + money(target.high() - theirs, currency) + " under its top. You're close: one small ask, then accept.");
    } else {
      lines.add(yours + " is past " + named + " by " + money(theirs - target.high(), currency)
          + ": there is little left to ask for on the yearly figures.");
    }
    Range band = region.bands().total();
    if (theirs < band.high()) {
      lines.add("The " + region.shortName() + " total band runs " + Money.compact(band, currency) + "; its top is "
          + money(band.high() - theirs, currency) + " away" + (theirs < band.low() ? ", and you're under its low."
              : "."));
    }
    Counteroffer ask = cards.ask(s, c, venue, LocalDate.now(clock));
    if (ask != null && ask.total() > theirs && !c.companySide()) {
      // The ask closes the gap to the target only where their offer is under it; inside it, it asks toward the top.
      lines.add((theirs >= target.low() ? "Your ask, toward the target's top: "
          : ask.total() >= target.low() ? "Your ask closes it: " : "Your ask closes most of it: ")
          + new Money(ask.total(), currency).full() + " a year ("
          + Cards.join(Cards.asks(offer, ask, currency)) + "), " + money(ask.total() - theirs, currency) + " or "
          + percent(ask.total() - theirs, theirs) + " more than their offer.");
    }
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** "in percent?": the ask over their offer in percent, in all and on the base. */
  Turn inPercent(Scene s, Conversation c, Venue venue) {
    Offer offer = Cards.usable(c.offer(), s.region());
    Counteroffer ask = cards.ask(s, c, venue, LocalDate.now(clock));
    if (offer == null || offer.isEmpty() || offer.recurringTotal() == null || ask == null) {
      return noOffer(s, c);
    }
    String currency = s.region().currency();
    long theirs = offer.recurringTotal();
    if (ask.total() <= theirs) {
      return toTarget(s, c, venue);
    }
    List<String> lines = new ArrayList<>();
    lines.add("The ask of " + money(ask.total(), currency) + " a year is " + percent(ask.total() - theirs, theirs)
        + " more than their " + money(theirs, currency) + " (" + money(ask.total() - theirs, currency) + ").");
    if (offer.base() != null && offer.base() > 0 && ask.base() > offer.base()) {
      lines.add("On the base: " + new Money(ask.base(), currency).full() + " against their "
          + new Money(offer.base(), currency).full() + ", " + percent(ask.base() - offer.base(), offer.base())
          + " more.");
    }
    lines.add("Say the figures, not the percent: a figure traces to the " + s.region().shortName()
        + " band, and a percent invites a smaller percent back.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  private static Turn noOffer(Scene s, Conversation c) {
    return new Turn(c, new Reply.Question("Tell me their offer first (\"they offered 180k base, 40k rsu a year, 15% "
        + "bonus\") and I'll say how far it is from the " + s.region().shortName() + " target of "
        + Money.compact(s.aimRange(), s.region().currency()) + " a year."));
  }

  /** "20.7%": a part of a whole, one decimal at most. */
  private static String percent(long part, long whole) {
    double p = Math.round(part * 1000.0 / whole) / 10.0;
    return (p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p)) + "%";
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
