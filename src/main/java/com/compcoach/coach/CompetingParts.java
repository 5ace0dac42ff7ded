package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A competing offer's figures gathered from one message, part by part ("JPMorgan: 210k base + 20% bonus"), and how
 * replies say what it beats: a competing offer is weighed a year against a year, and also part against part.
 */
final class CompetingParts {

  private final Map<Component, Long> parts = new EnumMap<>(Component.class);
  private Long total;
  private boolean seen;

  /** Takes one competing figure: a stated total, or a part (a grant over years counts its yearly share). */
  void add(Figure f) {
    seen = true;
    if (f.percent()) {
      // A percent bonus with no base beside it is no amount: the offer is kept by the parts that are.
      return;
    }
    if (f.component() == Component.TOTAL) {
      total = f.amount();
      return;
    }
    long amount = f.component() == Component.STOCK && f.years() > 0 ? f.amount() / f.years() : f.amount();
    parts.put(f.component(), amount);
  }

  /** Whether the message gave any competing figure. */
  boolean seen() {
    return seen;
  }

  /** Whether the year is known only in part: no stated total and not all three yearly parts. */
  boolean partial() {
    return total == null && !(parts.containsKey(Component.BASE) && parts.containsKey(Component.STOCK)
        && parts.containsKey(Component.BONUS));
  }

  /** The competing offer in {@code currency}; its sign-on is one-time, so it never counts in the yearly total. */
  Competing offer(String currency, String from) {
    long yearly = 0;
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS}) {
      yearly += parts.getOrDefault(part, 0L);
    }
    return new Competing(total != null ? total : yearly, currency, from, parts.get(Component.BASE),
        parts.get(Component.STOCK), parts.get(Component.BONUS), parts.get(Component.SIGN_ON));
  }

  /** Its parts as given, and its year: "£150K base, £15K bonus (£165K a year)". */
  static String describe(Competing c) {
    List<String> said = new ArrayList<>();
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON}) {
      Long amount = c.part(part);
      if (amount != null) {
        said.add(money(amount, c.currency()) + " " + part.label());
      }
    }
    String year = money(c.total(), c.currency()) + " a year";
    return said.isEmpty() ? year : String.join(", ", said) + (said.size() > 1 || c.base() == null ? " (" + year + ")"
        : "");
  }

  /**
   * A sentence that starts with {@code said} ("Noted the competing offer of $252K a year from JPMorgan") and says what
   * it does to the counter: lifts it, or not, and the parts it beats this offer on either way.
   */
  static String weighed(String said, Competing competing, Offer offer) {
    return weighed(said, competing, offer, false);
  }

  /**
   * As {@link #weighed(String, Competing, Offer)}, said to the company's side when {@code company}: the candidate's
   * competing offer lifts what she will likely ask, and matching a part costs the difference; never "the counter
   * asks" or "I won't tell you to accept less", which coach the candidate.
   */
  static String weighed(String said, Competing competing, Offer offer, boolean company) {
    String beats = company ? beatsNoteForCompany(competing, offer) : beatsNote(competing, offer);
    if (competing.strongerThan(offer)) {
      return said + (company ? ": expect the candidate's counter to lean on it." : ": the counter lifts toward it.")
          + beats;
    }
    // "capital one gave me the same offer": a year equal to this one's is said as the same, never as below it.
    boolean same = offer.recurringTotal() != null && competing.total() == offer.recurringTotal().longValue();
    String below = (same ? ". It is the same as this offer's " : ". It is below this offer's ")
        + money(offer.recurringTotal(), offer.currency()) + " a year";
    return beats.isEmpty() ? said + below + (company ? ", so your offer already beats it on the year."
        : ", so it doesn't lift the counter and the scripts don't lead with it.") : said + below + " in total." + beats;
  }

  /**
   * What a candidate's competing offer beats the company's offer on, told to the company: " Capital One pays more on
   * base ($180K against $165K): matching it costs $15K a year on base; expect the candidate to ask at least that."
   */
  static String beatsNoteForCompany(Competing c, Offer offer) {
    List<Component> beaten = c.beats(offer);
    if (beaten.isEmpty()) {
      return "";
    }
    List<String> said = new ArrayList<>();
    List<String> costs = new ArrayList<>();
    for (Component part : beaten) {
      said.add(part.label() + " (" + money(c.part(part), c.currency()) + " against " + money(offer.of(part),
          offer.currency()) + ")");
      long more = c.part(part) - offer.of(part);
      costs.add(money(more, offer.currency()) + (part == Component.SIGN_ON ? " once" : " a year") + " on "
          + part.label());
    }
    String who = c.from() == null ? "It" : Attribution.STAYING_NAME.equals(c.from())
        ? "The offer to stay" : c.from();
    return " " + who + " pays more on " + Cards.join(said) + ": matching it costs " + Cards.join(costs)
        + "; expect the candidate to ask at least " + (beaten.size() == 1 ? "that" : "those") + ".";
  }

  /**
   * A candidate's competing base relayed to the company ("Jordan says they have a Capital One offer at 190 base but
   * won't share it in writing"): against her base ask and the base band, and when it is only her word, the note to ask
   * for it in writing; null when the offer holds no base, or there is no ask on record and no doubt said.
   */
  static String relayedForCompany(Competing c, Long ask, com.compcoach.guide.Region region, boolean unverified) {
    // With neither an ask nor a doubt to weigh it against, the competing-offer note already says what it beats.
    if (c.base() == null || !c.currency().equals(region.currency()) || ask == null && !unverified) {
      return null;
    }
    String currency = region.currency();
    com.compcoach.guide.Range band = region.bands().base();
    long base = c.base();
    String who = c.from() == null ? "The competing offer" : c.from();
    String sheet = region.shortName() + " base band (" + com.compcoach.guide.Money.compact(band, currency) + ")";
    String where = base > band.high() ? money(base - band.high(), currency) + " past the top of the " + sheet
        : base < band.low() ? "under the " + sheet : "at " + Math.round(band.position(base) * 100) + "% of the " + sheet;
    String against = ask == null ? "" : base < ask ? ", " + money(ask - base, currency) + " under the candidate's ask of "
        + money(ask, currency) + ": the ask already goes past it, so it backs the ask rather than raising it"
        : base > ask ? ", " + money(base - ask, currency) + " past the candidate's ask of " + money(ask, currency)
        + ": expect the ask to rise toward it" : ", the same as the candidate's ask: it backs the ask";
    String note = who + "'s base of " + money(base, currency) + " is " + where + against + ".";
    return !unverified ? note : note + " It is the candidate's word, not in writing: weigh it as told, never call it a "
        + "bluff, and ask once, politely: \"Thanks for telling us about the " + (c.from() == null ? "other" : c.from())
        + " offer. So we can put our best offer next to it, could you share its figures in writing, even with the "
        + "rest redacted?\" Sharing it is the candidate's choice; how far you move without it is yours.";
  }

  /**
   * What a competing offer beats this one on, part by part, said so the user sees what was compared: " JPMorgan
   * pays more on base ($210K against $195K) and bonus ($42K against $23.4K): the counter asks at least those." Empty
   * when it beats no part given.
   */
  static String beatsNote(Competing c, Offer offer) {
    List<Component> beaten = c.beats(offer);
    if (beaten.isEmpty()) {
      return "";
    }
    List<String> said = new ArrayList<>();
    for (Component part : beaten) {
      said.add(part.label() + " (" + money(c.part(part), c.currency()) + " against " + money(offer.of(part),
          offer.currency()) + ")");
    }
    String who = c.from() == null ? "It" : Attribution.STAYING_NAME.equals(c.from())
        ? "Your current employer's offer to stay" : c.from();
    return " " + who + " pays more on " + Cards.join(said) + ": the counter asks at least " + (beaten.size() == 1
        ? "that" : "those") + ", and I won't tell you to accept less on " + (beaten.size() == 1 ? "it" : "them") + ".";
  }

  /**
   * What each competing offer on record in {@code weighed}'s currency beats this one on, the weighed one first: a
   * candidate holding Stripe's base and Google's stock should hear both.
   */
  static String beatsNote(Conversation c, Competing weighed, Offer offer) {
    StringBuilder said = new StringBuilder(weighed == null ? "" : beatsNote(weighed, offer));
    for (Competing other : c.others()) {
      if (weighed != null && other.currency().equals(weighed.currency())) {
        said.append(beatsNote(other, offer));
      }
    }
    return said.toString();
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
