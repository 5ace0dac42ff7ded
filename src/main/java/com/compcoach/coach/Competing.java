package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * A competing offer the user told us about, with the parts they gave ("JPMorgan: 210k base + 20% bonus"), so a
 * counter never asks a part below the same part of an offer the candidate already holds.
 *
 * @param total  yearly total in whole units of {@code currency}: the stated total, else the sum of its yearly parts
 * @param from   who made it ("Stripe"), or null when not said
 * @param base   its base as given, or null (also for states saved before parts were kept)
 * @param stock  its stock a year as given, or null
 * @param bonus  its bonus as an amount, or null
 * @param signOn its sign-on as given, or null: one-time, so never part of {@code total}
 */
public record Competing(long total, String currency, String from, Long base, Long stock, Long bonus, Long signOn) {

  private static final Component[] YEARLY = {Component.BASE, Component.STOCK, Component.BONUS};

  /** The same offer with no company named, for words the user sends without the name. */
  Competing unnamed() {
    return new Competing(total, currency, null, base, stock, bonus, signOn);
  }

  /** A competing offer known only by its yearly total. */
  public Competing(long total, String currency, String from) {
    this(total, currency, from, null, null, null, null);
  }

  /**
   * Whether this offer pays more a year than {@code offer}, or {@code offer}'s yearly total is not known: only then is
   * it leverage to name in a script. A weaker competing offer said out loud argues against the candidate.
   */
  public boolean strongerThan(Offer offer) {
    Long theirs = offer == null ? null : offer.recurringTotal();
    return theirs == null || total > theirs;
  }

  /**
   * This offer with the parts {@code later} adds, when both are the same company's, each known only in part and no part
   * given twice ("robinhood said 240k base", then "robinhood's rsus should be around 100k/yr"); null otherwise, and
   * then the later figures replace these.
   */
  Competing filledIn(Competing later) {
    if (from == null || !from.equalsIgnoreCase(later.from()) || !currency.equals(later.currency()) || !partial()
        || !later.partial()) {
      return null;
    }
    for (Component part : YEARLY) {
      if (part(part) != null && later.part(part) != null) {
        return null;
      }
    }
    return new Competing(total + later.total(), currency, from, base != null ? base : later.base(),
        stock != null ? stock : later.stock(), bonus != null ? bonus : later.bonus(),
        signOn != null ? signOn : later.signOn());
  }

  /**
   * Whether the year is known only in part: some yearly part was not given and the total is only the sum of those
   * that were ("Truist offered 160 base"). Such an offer is named by its parts, never as a year in total.
   */
  public boolean partial() {
    long sum = 0;
    int given = 0;
    for (Component part : YEARLY) {
      Long amount = part(part);
      if (amount != null) {
        sum += amount;
        given++;
      }
    }
    return given > 0 && given < YEARLY.length && sum == total;
  }

  /** How a reply names it: "$160K base" when the year is known only in part, else "$252K a year". */
  public String named() {
    return named(amount -> new com.compcoach.guide.Money(amount, currency).compact());
  }

  /** {@link #named()} with each figure written by {@code money} ("$160,000 base" in an email). */
  public String named(java.util.function.LongFunction<String> money) {
    if (!partial()) {
      return money.apply(total) + " a year";
    }
    List<String> said = new ArrayList<>();
    for (Component part : YEARLY) {
      if (part(part) != null) {
        // "Rocket offered 195k base, no stock": a part said to be none is said so, never "$0 stock".
        said.add(part(part) == 0 ? "no " + part.label() : money.apply(part(part)) + " " + part.label());
      }
    }
    return String.join(" and ", said);
  }

  /** The figure the user gave for one part (base, stock, bonus, sign-on), or null; TOTAL is {@link #total()}. */
  public Long part(Component component) {
    return switch (component) {
      case BASE -> base;
      case STOCK -> stock;
      case BONUS -> bonus;
      case SIGN_ON -> signOn;
      case TOTAL -> total;
    };
  }

  /**
   * This offer with each part at least what {@code others} in its currency give for it: the floor a counter keeps
   * part by part when the candidate holds several offers. Its total and name stay this offer's.
   */
  public Competing atLeast(List<Competing> others) {
    Long[] parts = {base, stock, bonus, signOn};
    Component[] order = {Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON};
    for (Competing other : others) {
      if (other == null || !other.currency().equals(currency)) {
        continue;
      }
      for (int i = 0; i < order.length; i++) {
        Long theirs = other.part(order[i]);
        parts[i] = theirs != null && (parts[i] == null || theirs > parts[i]) ? theirs : parts[i];
      }
    }
    return new Competing(total, currency, from, parts[0], parts[1], parts[2], parts[3]);
  }

  /**
   * This offer in {@code band} at a rate the user gave ({@code perUnit} of {@code band} for one of its currency), each
   * figure rounded to a whole unit.
   */
  public Competing at(java.math.BigDecimal perUnit, String band) {
    return new Competing(converted(total, perUnit), band, from, converted(base, perUnit), converted(stock, perUnit),
        converted(bonus, perUnit), converted(signOn, perUnit));
  }

  private static Long converted(Long amount, java.math.BigDecimal perUnit) {
    return amount == null ? null : perUnit.multiply(java.math.BigDecimal.valueOf(amount))
        .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * The yearly parts where this offer pays more than {@code offer} does (in the same currency), in base, stock,
   * bonus order: the parts a candidate should not accept below, whatever the totals say.
   */
  public List<Component> beats(Offer offer) {
    List<Component> parts = new ArrayList<>();
    if (offer == null || !currency.equals(offer.currency())) {
      return parts;
    }
    for (Component part : YEARLY) {
      Long ours = offer.of(part);
      Long theirs = part(part);
      if (theirs != null && ours != null && theirs > ours) {
        parts.add(part);
      }
    }
    return parts;
  }
}
