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

  /** The most the bands can pay a year: each component at its band top, as the counter would ask it. */
  static long reach(Bands bands) {
    long reach = 0;
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS}) {
      reach += Math.max(bands.of(part).low(), Precise.floor(bands.of(part).high()));
    }
    return reach;
  }
}
