package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * "give me a couple of options": three packages to ask for, each from the thread's ask and the guide, none under their
 * offer on any part: the ask as it stands, cash first (the stock as offered, a sign-on from the guide's range), and
 * each part halfway between the offer and the ask.
 */
final class Packages {

  private Packages() {}

  /** "which one would you pick?" right after them: open with the full ask; the others are where to land. */
  static final String PICK = "The first: open with the full ask. You won't get more than you ask for, and it leaves "
      + "room to land. Keep the cash-first package for when they say the stock is set by level, and the middle one as "
      + "where to accept near, never to open with. Say \"I'll ask for …\" with the parts of the first and the email "
      + "follows them.";

  /** The packages said (two when the ask raises no stock for a sign-on to carry), or why there are none yet. */
  static String answer(Scene scene, Conversation c, Counteroffer ask) {
    String currency = scene.region().currency();
    Offer offer = Cards.usable(c.offer(), scene.region());
    if (offer == null || offer.isEmpty() || ask == null || offer.recurringTotal() == null) {
      return "Tell me their offer first (\"they offered 180k base, 15% bonus, 50k/yr stock\"): each option is built "
          + "from it and the guide's bands, so I won't guess one without it.";
    }
    long base = Math.max(ask.base(), part(offer, Component.BASE));
    long stock = Math.max(ask.stock(), part(offer, Component.STOCK));
    long bonus = Math.max(ask.bonus(), part(offer, Component.BONUS));
    List<String> lines = new ArrayList<>();
    lines.add("Packages to choose from, each from your figures and the " + scene.region().shortName()
        + " bands, none under their offer (" + money(offer.recurringTotal(), currency) + " a year):");
    lines.add("1. The full ask: base " + full(base, currency) + ", RSUs " + full(stock, currency) + " a year, bonus "
        + full(bonus, currency) + (ask.signOn() > 0 ? " and a sign-on of " + full(ask.signOn(), currency) : "") + ": "
        + money(base + stock + bonus, currency) + " a year. Open with this one.");
    long stockOffered = part(offer, Component.STOCK);
    Range signOnRange = Topics.signOnRange(scene.guide());
    if (stock > stockOffered && signOnRange != null) {
      // A sign-on carries what the stock would have, once, up to the guide's range: cash now for what doesn't vest.
      // Never under a sign-on they already offered: "none under their offer" holds for every part.
      long signOn = Math.max(part(offer, Component.SIGN_ON),
          Math.min(roundDown(signOnRange.high()), Math.max(signOnRange.low(), roundDown(stock - stockOffered))));
      long year = base + stockOffered + bonus;
      lines.add("2. Cash first: base " + full(base, currency) + " and bonus " + full(bonus, currency)
          + ", the stock as offered (" + full(stockOffered, currency) + " a year), and a sign-on of "
          + full(signOn, currency) + " (the guide's range is " + Money.compact(signOnRange, currency) + "): "
          + money(year, currency) + " a year, " + money(year + signOn, currency) + " in year 1. For when they say "
          + "the stock is set by level, or you want cash over a grant.");
    }
    long midBase = halfway(part(offer, Component.BASE), base);
    long midStock = halfway(stockOffered, stock);
    long midBonus = halfway(part(offer, Component.BONUS), bonus);
    long offeredSignOn = part(offer, Component.SIGN_ON);
    long midSignOn = halfway(offeredSignOn, Math.max(ask.signOn(), offeredSignOn));
    lines.add((lines.size() == 3 ? "3" : "2") + ". Meet in the middle: each part halfway between their offer and the"
        + " full ask: base " + full(midBase, currency) + ", RSUs " + full(midStock, currency) + " a year, bonus "
        + full(midBonus, currency) + (midSignOn > 0 ? ", sign-on " + full(midSignOn, currency) : "") + ": "
        + money(midBase + midStock + midBonus, currency) + " a year. Where one round often lands: accept near it, but"
        + " don't open with it.");
    lines.add("Say \"I'll ask for …\" with the parts you pick and the email follows them.");
    return String.join("\n", lines);
  }

  private static long part(Offer offer, Component part) {
    Long value = offer.of(part);
    return value == null ? 0 : value;
  }

  /** Halfway, rounded down to $500, never under what they offered. */
  private static long halfway(long offered, long asked) {
    return Math.max(offered, offered + roundDown((asked - offered) / 2));
  }

  private static long roundDown(long amount) {
    return amount / 500 * 500;
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
