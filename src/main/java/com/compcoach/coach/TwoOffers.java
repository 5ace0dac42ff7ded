package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two offers side by side, part by part, even when one names fewer parts ("Ally: 150 base + 10% bonus" beside
 * "Capital One: 162 base, no bonus, 40k RSU/4yr"): "which one should I push on?" is answered with the one the user
 * would rather join, the other's figures as the leverage, and what neither comparison can see said plainly.
 */
final class TwoOffers {

  private static final Component[] PARTS = {Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON};
  private static final Component[] YEARLY = {Component.BASE, Component.STOCK, Component.BONUS};

  /** Words that say which company the user would rather join ("I'd rather join Capital One", "I prefer Truist"). */
  private static final Pattern PREFERENCE = Pattern.compile(
      "(?i)\\b(?:rather|prefer(?:red)?|leaning|lean|keen on|like .{0,20}more|want to join|dream|first choice)\\b");

  private final Counteroffers counteroffers = new Counteroffers();
  private final Cards cards;

  /**
   * Whether the message prefers that company: its name, as a whole word, within a few words after a preference word
   * ("I'd rather join Truist", "I prefer Truist over Ally"); "I really prefer Capital One" prefers no "Ally".
   */
  private static boolean prefers(String text, String company) {
    java.util.regex.Matcher m = PREFERENCE.matcher(text);
    Pattern name = Pattern.compile("(?i)^(?:\\W+\\w+){0,2}?\\W+" + Pattern.quote(company) + "(?![\\p{L}\\p{N}])");
    while (m.find()) {
      if (name.matcher(text.substring(m.end())).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  TwoOffers(Cards cards) {
    this.cards = cards;
  }

  /** What each offer names that the other beats, and what only one of them names. */
  private record Sides(List<String> ahead, List<String> behind, List<Component> onlyTheirs, List<Component> onlyOurs) {}

  /**
   * "which one should I push on?": push on the one they'd rather join (the thread's company unless the message names
   * the other with a preference), with the other's figures as the leverage; null without two offers to weigh.
   */
  Turn pushOn(Scene s, Conversation c, String text) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Competing other = c.competingIn(currency);
    if (offer == null || offer.isEmpty() || other == null) {
      return null;
    }
    String ours = s.guide().company().name();
    String theirs = other.from() == null ? "the other company" : other.from();
    boolean rather = other.from() != null && prefers(text, other.from());
    Sides sides = sides(offer, other);
    List<String> lines = new ArrayList<>();
    if (rather) {
      List<String> leverage = new ArrayList<>(sides.behind());
      sides.onlyOurs().forEach(part -> leverage.add(part.label() + " (" + money(offer.of(part), offer)
          + ", where they named none)"));
      lines.add("Push on " + theirs + ", since you'd rather join them, with " + ours + "'s offer as the leverage"
          + (leverage.isEmpty() ? "." : ": " + ours + " pays more on " + Cards.join(leverage)
              + ", so ask " + theirs + " to at least match " + (leverage.size() == 1 ? "that." : "those."))
          + " This thread's bands are " + ours + "'s, so I can't plan " + theirs + "'s counter from them.");
      lines.addAll(missing(ours, theirs, offer, other, sides));
      return new Turn(c, new Reply.Text(String.join("\n", lines)));
    }
    lines.add("Push on " + ours + ", the offer this thread coaches, and use " + Cards.possessive(theirs)
        + " figures as the leverage: you go back to the one you'd rather join, with the other in hand. If that's "
        + theirs + ", say so (\"I'd rather join " + theirs + "\").");
    addIfAny(lines, partsLine(ours, theirs, sides));
    lines.addAll(missing(ours, theirs, offer, other, sides));
    Situation situation = cards.situation(s, c, offer, other);
    Counteroffer ask = c.counter() != null && c.counter().currency().equals(currency) ? c.counter()
        : counteroffers.counter(situation);
    List<String> asks = Cards.asks(offer, ask, currency);
    if (!asks.isEmpty()) {
      lines.add("Ask " + ours + " for " + Cards.join(asks) + (sides.ahead().isEmpty() ? "."
          : ": it asks at least what " + theirs + " pays on each part, so name " + Cards.possessive(theirs) + " "
              + names(sides.ahead()) + " when you do."));
    }
    return new Turn(c.about(Conversation.Subject.COUNTER, 0), new Reply.Text(String.join("\n", lines)));
  }

  /**
   * "which is better?" when one offer names fewer yearly parts than the other: weighed on what both give, with what
   * is missing said; null when both years are whole (the usual comparison answers) or there aren't two offers.
   */
  Turn weighed(Scene s, Conversation c) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Competing other = c.competingIn(currency);
    if (offer == null || offer.isEmpty() || other == null || offer.recurringTotal() != null) {
      return null;
    }
    String ours = s.guide().company().name();
    String theirs = other.from() == null ? "the competing offer" : other.from();
    Sides sides = sides(offer, other);
    List<String> lines = new ArrayList<>();
    addIfAny(lines, partsLine(ours, theirs, sides));
    lines.addAll(missing(ours, theirs, offer, other, sides));
    lines.add("Before you choose, ask " + ours + " once with " + Cards.possessive(theirs)
        + " figures in hand; the role, the team and the growth are yours to weigh beside the pay.");
    return new Turn(c.about(Conversation.Subject.COUNTER, 0), new Reply.Text(String.join("\n", lines)));
  }

  private static Sides sides(Offer offer, Competing other) {
    List<String> ahead = new ArrayList<>();
    List<String> behind = new ArrayList<>();
    List<Component> onlyTheirs = new ArrayList<>();
    List<Component> onlyOurs = new ArrayList<>();
    for (Component part : PARTS) {
      Long mine = offer.of(part);
      Long its = other.part(part);
      if (mine != null && its != null && !mine.equals(its)) {
        (its > mine ? ahead : behind).add(part.label() + " (" + money(Math.max(mine, its), offer) + " against "
            + money(Math.min(mine, its), offer) + ")");
      } else if (mine == null && its != null && its > 0) {
        onlyTheirs.add(part);
      } else if (its == null && mine != null && mine > 0) {
        onlyOurs.add(part);
      }
    }
    return new Sides(ahead, behind, onlyTheirs, onlyOurs);
  }

  /**
   * "Capital One pays more on base ($162K against $150K); Ally Financial pays more on bonus ($15K against $12K).";
   * null when no part both name differs.
   */
  private static String partsLine(String ours, String theirs, Sides sides) {
    if (sides.ahead().isEmpty() && sides.behind().isEmpty()) {
      return null;
    }
    String lead = capital(theirs);
    return (sides.ahead().isEmpty() ? lead + " pays more on no part both name"
        : lead + " pays more on " + Cards.join(sides.ahead()))
        + (sides.behind().isEmpty() ? "." : "; " + ours + " pays more on " + Cards.join(sides.behind()) + ".");
  }

  /**
   * The parts only one offer names, and what each comes to a year as named. An offer known by its total alone names
   * every part in it, so only this offer's gaps are said.
   */
  private static List<String> missing(String ours, String theirs, Offer offer, Competing other, Sides sides) {
    List<String> lines = new ArrayList<>();
    boolean byParts = other.base() != null || other.stock() != null || other.bonus() != null;
    List<Component> gaps = new ArrayList<>();
    for (Component part : YEARLY) {
      if (offer.of(part) == null && (!byParts || sides.onlyTheirs().contains(part))) {
        gaps.add(part);
      }
    }
    if (gaps.isEmpty() && (!byParts || sides.onlyOurs().isEmpty())) {
      return lines;
    }
    for (Component part : gaps) {
      Long its = other.part(part);
      lines.add((byParts && its != null ? capital(theirs) + " gives " + given(its, part, offer) + "; " : "")
          + Cards.possessive(ours) + " offer names no " + part.label() + " yet: ask them whether it has any before you "
          + "weigh the two.");
    }
    if (byParts) {
      for (Component part : sides.onlyOurs()) {
        lines.add(capital(ours) + " gives " + given(offer.of(part), part, offer) + "; " + theirs + " named none.");
      }
    }
    long mine = 0;
    for (Component part : YEARLY) {
      mine += offer.of(part) == null ? 0 : offer.of(part);
    }
    long its = other.total();
    lines.add("As named, a year: " + ours + " " + money(mine, offer) + ", " + theirs + " " + money(its, offer)
        + (mine == its ? "." : " (" + money(Math.abs(its - mine), offer) + " more at " + (its > mine ? theirs : ours)
            + (gaps.isEmpty() ? ")." : " until the missing part is known).")));
    return lines;
  }

  private static String given(long amount, Component part, Offer offer) {
    return money(amount, offer) + (part == Component.STOCK ? " a year in stock" : " " + part.label());
  }

  private static void addIfAny(List<String> lines, String line) {
    if (line != null) {
      lines.add(line);
    }
  }

  private static String names(List<String> parts) {
    return Cards.join(parts.stream().map(p -> p.substring(0, p.indexOf(" ("))).toList());
  }

  private static String capital(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String money(long amount, Offer offer) {
    return Cards.money(amount, offer.currency());
  }
}
