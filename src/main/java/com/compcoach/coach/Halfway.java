package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "and if they meet me halfway?": each part halfway between their offer and the ask standing, weighed against what
 * the thread holds (a walk-away, a competing offer) and never stored: their answer is what they say, not this.
 */
final class Halfway {

  private final Cards cards;
  private final Clock clock;

  Halfway(Cards cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  /** The halfway figures and what to do with them; a question when there is no offer or ask to halve. */
  Turn answer(Scene s, Conversation c, Venue venue) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Counteroffer ask = cards.ask(s, c, venue, LocalDate.now(clock));
    if (offer == null || offer.isEmpty() || offer.recurringTotal() == null || ask == null) {
      return new Turn(c, new Reply.Question("Halfway between their offer and your ask needs both: tell me their "
          + "offer (\"they offered 180k base, 40k rsu a year, 15% bonus\") and I'll show what halfway would be."));
    }
    List<String> parts = new ArrayList<>();
    part(parts, "a base of ", offer.base(), ask.base(), "", currency);
    part(parts, "RSUs of ", offer.stock(), ask.stock(), " a year", currency);
    part(parts, "a bonus of ", offer.bonus(), ask.bonus(), "", currency);
    long theirs = offer.recurringTotal();
    if (ask.total() <= theirs) {
      return new Turn(c, new Reply.Text("Their offer, " + money(theirs, currency) + " a year, already meets your ask of "
          + money(ask.total(), currency) + ": there is nothing to meet halfway."));
    }
    long half = theirs + (ask.total() - theirs) / 2;
    StringBuilder line = new StringBuilder("If they meet you halfway: " + (parts.isEmpty() ? "" : Cards.join(parts)
        + ", ") + money(half, currency) + " a year, " + money(half - theirs, currency) + " more than their "
        + money(theirs, currency) + " and " + money(ask.total() - half, currency) + " under your ask of "
        + money(ask.total(), currency) + ".");
    Competing rival = c.competing() != null && c.competing().currency().equals(currency) ? c.competing() : null;
    boolean dm = venue == Venue.DIRECT_MESSAGE;
    if (c.walkAway() != null && half < c.walkAway()) {
      line.append(" That is still under your walk-away").append(dm ? " of " + money(c.walkAway(), currency) : "")
          .append(": ask once more for the rest, a sign-on if the base is stuck, before you decide.");
    } else if (rival != null && rival.partial()) {
      // Known only in part ("Capital One offered 165 base"): a year is weighed against a year, never against a base.
      String under = underRival(offer, ask, rival, currency);
      line.append(under != null ? under : fairClose(s, currency));
    } else if (rival != null && half < rival.total()) {
      line.append(" That is still under ").append(rival.from() == null ? "your competing offer" : rival.from() + "'s offer")
          .append(" of ").append(money(rival.total(), currency)).append(" a year: ask them to reach at least that.");
    } else {
      line.append(fairClose(s, currency));
    }
    line.append(" Nothing is stored: when they answer, tell me their figures.");
    return new Turn(c, new Reply.Text(line.toString()));
  }

  /** Halfway as a fair close, with the guide's sign-on range to bridge the rest. */
  private static String fairClose(Scene s, String currency) {
    Range signOn = Topics.signOnRange(s.guide());
    return " Meeting in the middle is how most counters end, so that is a fair close: accept it in writing, "
        + "or ask once for a sign-on to bridge part of the rest" + (signOn == null ? "."
            : " (the guide's sign-on range is " + Money.compact(signOn, currency) + ").");
  }

  /** The first part a competing offer known only in part pays more on than halfway would, said; null when none. */
  private static String underRival(Offer offer, Counteroffer ask, Competing rival, String currency) {
    for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS)) {
      Long offered = offer.of(part);
      Long theirs = rival.part(part);
      if (offered == null || theirs == null) {
        continue;
      }
      long asked = askOn(ask, part);
      long halfway = asked > offered ? offered + (asked - offered) / 2 : offered;
      if (halfway < theirs) {
        return " That still leaves the " + part.label() + " at " + money(halfway, currency) + ", under "
            + (rival.from() == null ? "your competing offer's " : rival.from() + "'s ") + money(theirs, currency)
            + ": ask them to reach at least that on it.";
      }
    }
    return null;
  }

  private static long askOn(Counteroffer ask, Component part) {
    return switch (part) {
      case BASE -> ask.base();
      case STOCK -> ask.stock();
      case BONUS -> ask.bonus();
      default -> ask.total();
    };
  }

  /** One part halfway, where the offer names it and the ask raises it. */
  private static void part(List<String> parts, String lead, Long offered, long asked, String cadence,
                           String currency) {
    if (offered == null || asked <= offered) {
      return;
    }
    parts.add(lead + new Money(offered + (asked - offered) / 2, currency).full() + cadence);
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
