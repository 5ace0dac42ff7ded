package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;

/**
 * What the candidate could have without this company: their walk-away and a competing offer in the band's currency.
 * A candidate says "I'll sign" only at or above both, so every script asks this before it promises to sign.
 *
 * @param walkAway  the user's walk-away yearly total, or null
 * @param competing a competing offer's yearly total in the band's currency, or null
 */
record BestAlternative(Long walkAway, Long competing) {

  /** The alternatives of a conversation, a competing offer counted only in the band's currency. */
  static BestAlternative of(Conversation c, String currency) {
    Long competing = c.competing() != null && c.competing().currency().equals(currency)
        ? c.competing().total() : null;
    return new BestAlternative(c.walkAway(), competing);
  }

  /** The yearly total a candidate needs before they would sign: the larger alternative, or 0 with none. */
  long floor() {
    return Math.max(walkAway == null ? 0 : walkAway, competing == null ? 0 : competing);
  }

  /** Whether a candidate would sign at this yearly total. */
  boolean wouldSign(long yearly) {
    return yearly >= floor();
  }

  /**
   * Whether a candidate would sign at these figures: at or above the walk-away and a competing offer a year, and no
   * part under the same part of any competing offer they hold.
   */
  static boolean wouldSign(Conversation c, Counteroffer ask) {
    Competing held = c.competing() != null && c.competing().currency().equals(ask.currency())
        ? c.partsFloor(c.competing()) : null;
    return of(c, ask.currency()).wouldSign(ask, held);
  }

  /**
   * Whether a candidate would sign at an ask: at or above both alternatives a year, and no part under the same part
   * of the competing offer {@code held} (null for none).
   */
  boolean wouldSign(Counteroffer ask, Competing held) {
    return wouldSign(ask.total()) && (held == null || held.beats(asOffer(ask)).isEmpty());
  }

  /** The figures of an ask as an offer, so a competing offer's parts can be laid beside them. */
  static Offer asOffer(Counteroffer ask) {
    return new Offer(ask.currency(), ask.base(), ask.stock(), ask.bonus(), ask.signOn(), null, null);
  }

  /** The most the bands can pay a year: each component at its band top, as the counter would ask it. */
  static long reach(Bands bands) {
    long reach = 0;
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS}) {
      reach += Math.max(bands.of(part).low(), Precise.floor(bands.of(part).high()));
    }
    return reach;
  }
}
