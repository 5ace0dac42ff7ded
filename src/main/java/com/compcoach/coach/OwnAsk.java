package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the candidate says they asked, or will ask ("I countered 235 base", "ok I'll ask for 150 base"): the thread's
 * standing ask from then on, so their answer, "take it?" and the email follow what the candidate did. It is measured
 * against the counter the guide would plan, a competing offer and the walk-away, and any shortfall is said plainly.
 * "what if I ask for 210 base?" is weighed the same way and never stored.
 */
final class OwnAsk {

  private static final Component[] PARTS = {Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON};

  private final Cards cards;
  private final Clock clock;

  OwnAsk(Cards cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  /**
   * The thread standing on the user's ask against the offer as it is (parts they didn't name asked as offered), or
   * the same thread when there is no offer in the band's currency to ask over.
   */
  static Conversation standing(Conversation c, Region region, List<Figure> asks) {
    Offer offer = Cards.usable(c.offer(), region);
    Offer asked = asked(offer, region, asks);
    if (asked == null) {
      return c;
    }
    return c.withCounter(counter(asked, region.currency()), offer);
  }

  /** Whether a message gives an ask of the user's own to act on ("am I being greedy asking for 220?" only weighs). */
  static boolean applies(Reading reading, Intent intent) {
    // "asking for 181 is too aggressive": the figure is the ask being weighed or toned down, not a new one.
    return !reading.asks().isEmpty() && !(intent instanceof Intent.Realistic || intent instanceof Intent.Modest);
  }

  /**
   * The reply when the ask decides it: weighed when put as a what-if or a question, the card on the ask when it is all
   * the message says, the question answered on it when it comes with one ("… draft it?"); null when the message goes
   * on with their figures, to be weighed against the {@code standing} ask.
   */
  Turn answer(Conversation c, Conversation standing, Talk talk, java.util.function.Function<Talk, Turn> answers) {
    if (standing == c) {
      return null;
    }
    Scene scene = talk.scene().get();
    Reading reading = talk.reading();
    Intent intent = talk.intent();
    if ((WhatIfWords.supposed(talk.text()) != null || proposed(talk.text(), reading.asks()))
        && !(intent instanceof Intent.IfNo)) {
      return weighed(scene, c, reading.asks(), talk.venue());
    }
    if (!onlyTheAsk(reading)) {
      return null;
    }
    if (intent instanceof Intent.Other || intent instanceof Intent.Thanks) {
      List<String> said = reading.remarks().stream().filter(r -> !OwnAsks.ownAskRemark(r)).toList();
      return said(scene, c, standing, said, talk.venue());
    }
    // "i countered at 195 base and they pulled the offer": the ask is only the occasion of the rescind; what it falls
    // short of, or the room "to meet in the middle", is no advice once the offer is gone.
    if (intent instanceof Intent.Pulled) {
      return answers.apply(talk);
    }
    // "asked for 190 and she said 'this is our best and final'": the ask was sent and answered, so what it falls short
    // of the guide's plan ("if you haven't sent it yet, …") is no advice any more: the ask is said back, then the no.
    return answered(scene, c, answers.apply(talk), talk.venue(),
        !(intent instanceof Intent.IfNo && IntentAnswers.theirNo(talk.text())));
  }

  /** Whether the user's own ask is all the message gives: no figure of any offer, no correction, no schedule. */
  private static boolean onlyTheAsk(Reading reading) {
    return reading.figures().isEmpty() && reading.corrections().isEmpty() && reading.vesting() == null
        && reading.employer() == null && reading.onTarget().isEmpty() && reading.bonusUnsure() == null
        && reading.loose().isEmpty() && reading.unclear().isEmpty();
  }

  /** "I'll ask for 200 base" with nothing else to read: the card with the user's ask as its counter, measured. */
  private Turn said(Scene scene, Conversation before, Conversation standing, List<String> acknowledged, Venue venue) {
    Turn fresh = cards.card(scene, before, venue, acknowledged, LocalDate.now(clock));
    if (!(fresh.reply() instanceof Reply.Card card) || card.counter() == null) {
      return fresh;
    }
    Counteroffer ask = standing.counter();
    List<String> notes = new ArrayList<>(measured(scene, standing, card.counter(), venue));
    notes.addAll(card.notes());
    String script = Cards.counterScript(scene, card.offer(), ask, standing.competing(),
        BestAlternative.of(standing, scene.region().currency()));
    Reply.Card mine = new Reply.Card(card.guide(), card.region(), card.target(), card.levers(), card.offer(),
        card.positions(), ask, ask.total(), card.verdict(), script, notes, card.companySide());
    return new Turn(standing.about(Conversation.Subject.COUNTER, 0), mine);
  }

  /** An answer given on the user's ask ("… draft it?"), with what the ask falls short of said first. */
  private Turn answered(Scene scene, Conversation before, Turn answer, Venue venue, boolean unsent) {
    Counteroffer planned = unsent ? planned(scene, before, venue) : null;
    List<String> notes = measured(scene, answer.conversation(), planned, venue);
    Reply reply = answer.reply();
    if (reply instanceof Reply.Text text) {
      return new Turn(answer.conversation(), new Reply.Text(String.join("\n", notes) + "\n\n" + text.text()));
    }
    if (notes.size() < 2) {
      return answer;
    }
    String lead = String.join("\n", notes.subList(1, notes.size()));
    if (reply instanceof Reply.Draft draft) {
      // The draft says again what the ask falls short of: each note once.
      reply = new Reply.Draft(draft.kind(), draft.title(), draft.body(), concat(notes.subList(1, notes.size()),
          draft.notes()).stream().distinct().toList());
    }
    return new Turn(answer.conversation(), reply);
  }

  /** "what if I ask for 210 base?": the ask weighed against the band, the offer and what the candidate holds. */
  private Turn weighed(Scene scene, Conversation c, List<Figure> asks, Venue venue) {
    Region region = scene.region();
    Offer offer = Cards.usable(c.offer(), region);
    Offer asked = asked(offer, region, asks);
    if (asked == null) {
      return null;
    }
    String currency = region.currency();
    Counteroffer ask = counter(asked, currency);
    List<String> lines = new ArrayList<>();
    for (Figure f : asks) {
      Component part = f.component();
      lines.add(againstBand(scene, part, asked.of(part) == null ? 0 : asked.of(part)));
    }
    Long offered = offer.recurringTotal();
    lines.add("With the rest as offered, that asks " + money(ask.total(), currency) + " a year"
        + (offered == null ? "" : ", " + money(ask.total() - offered, currency) + " over their "
            + money(offered, currency)) + ".");
    List<String> measured = measured(scene, c.withCounter(ask, offer), planned(scene, c, venue), venue);
    // Each part past its band was said above, part by part.
    lines.addAll(measured.subList(1, measured.size()).stream().filter(n -> !n.contains(PAST_TOP)).toList());
    Component first = asks.get(0).component();
    lines.add("Nothing is changed: say \"I'll ask for " + money(asked.of(first), currency) + " " + first.label()
        + "\" to make it your ask.");
    return new Turn(c.withWhatIf(ask), new Reply.Text(String.join("\n", lines)));
  }

  /** One part of an ask weighed against its band (the sign-on against the guide's range): "Base $210K is inside …". */
  static String againstBand(Scene scene, Component part, long value) {
    Region region = scene.region();
    String currency = region.currency();
    Range band = part == Component.SIGN_ON ? Topics.signOnRange(scene.guide()) : region.bands().of(part);
    String what = capitalized(part.label()) + " " + money(value, currency);
    if (band == null) {
      return what + ": the guide gives no range for it.";
    } else if (value > band.high()) {
      return pastTop(scene, part, value);
    } else if (value < band.low()) {
      return what + " is below the " + region.shortName() + " " + part.label() + " band ("
          + Money.compact(band, currency) + "): the market pays more, so ask higher.";
    }
    // An ask in the band's bottom quarter ("165" on a $165K–$222K base) is inside it but sells the part short.
    double at = band.position(value);
    return what + " is inside the " + region.shortName() + " " + part.label() + " band ("
        + Money.compact(band, currency) + "), at " + Math.round(at * 100) + "%" + (at < 0.25
        ? ", in its bottom quarter: a modest ask, with room to ask more." : ": a fair ask.");
  }

  /**
   * Whether the ask is put as a question ("how about I ask for 260 base?", "200 base, too much?"): the sentence that
   * holds its first figure ends with a question mark, so it is to be weighed, not made.
   */
  static boolean proposed(String text, List<Figure> asks) {
    int at = asks.isEmpty() ? -1 : text.indexOf(asks.get(0).written());
    if (at < 0) {
      return false;
    }
    java.util.regex.Matcher end = SENTENCE_END.matcher(text);
    if (!end.find(at) || !end.group().startsWith("?")) {
      return false;
    }
    // "i told them i'd take 205 base, did i lowball myself?": the figure was said to them, and the question is
    // about having said it, so it is the ask as done, never a what-if.
    int opens = Math.max(text.lastIndexOf('.', at), Math.max(text.lastIndexOf('!', at), text.lastIndexOf('?', at)));
    return !(SAID_AS_DONE.matcher(text.substring(opens + 1, at)).find()
        && ASKED_AFTER.matcher(text.substring(at, end.start())).find());
  }

  /** Words that put the figure after them in the past, said to the company: "i told them", "i said", "i quoted". */
  private static final java.util.regex.Pattern SAID_AS_DONE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:i|we)\\s+(?:already\\s+|just\\s+)?(?:told|said|quoted|gave|named|asked for|asked them for|countered"
      + "|sent|went back with|came back with)\\b");

  /** A question of its own after the figure's clause: ", did i lowball myself", ", was that too low". */
  private static final java.util.regex.Pattern ASKED_AFTER = java.util.regex.Pattern.compile(
      "(?i)[,;:\\-]\\s*(?:and\\s+|so\\s+|but\\s+)?(?:did|was|is|have|am|should|do|could|would|will)\\b");

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]+(?=\\s|$)");

  /**
   * The user's ask said back, then what it falls short of: the counter the guide plans, each part of a competing
   * offer and the walk-away (its figure only in a direct message). The first line is the ask itself.
   */
  private static List<String> measured(Scene scene, Conversation standing, Counteroffer planned, Venue venue) {
    String currency = scene.region().currency();
    Counteroffer ask = standing.counter();
    Offer offer = Cards.usable(standing.offer(), scene.region());
    List<String> notes = new ArrayList<>();
    List<String> asks = Cards.asks(offer, ask, currency);
    // An offer known by its base only gives the ask no year's total to say ("a base of $190,000", never "$190K a
    // year"): the rest of the year is not known.
    boolean yearKnown = offer == null || offer.stock() != null || offer.bonus() != null;
    notes.add("Your ask stands: " + (asks.isEmpty() ? "their figures as offered" : Cards.join(asks))
        + (yearKnown ? " (" + money(ask.total(), currency) + " a year)" : "") + ": their answer and the email go from "
        + "it.");
    if (planned != null && planned.total() > ask.total()) {
      notes.add("It's " + money(planned.total() - ask.total(), currency) + " a year under the counter I'd plan "
          + "from the guide (" + Cards.join(Cards.asks(offer, planned, currency)) + ", " + money(planned.total(),
          currency) + " a year): if you haven't sent it yet, the higher ask leaves room to meet in the middle.");
    }
    notes.addAll(held(scene, standing, venue));
    return notes;
  }

  /** How the note on an ask under a competing offer's part opens. */
  private static final String UNDER_COMPETING = "It asks less than your competing offer";

  /**
   * Whether the ask standing in a thread asks less on some part than a competing offer in the band's currency pays:
   * the case {@link #held} says so of, in place of "the counter asks at least that".
   */
  static boolean underCompeting(Scene scene, Conversation standing) {
    String currency = scene.region().currency();
    Counteroffer ask = standing.counter();
    Competing competing = ask == null || !ask.currency().equals(currency) ? null : competingIn(standing, currency);
    return competing != null && !competing.beats(BestAlternative.asOffer(ask)).isEmpty();
  }

  /** The competing offer an ask is held to, part by part, when it is in {@code currency}; null otherwise. */
  private static Competing competingIn(Conversation standing, String currency) {
    return standing.partsFloor(standing.competing() != null && standing.competing().currency().equals(currency)
        ? standing.competing() : null);
  }

  /** Said of a part asked past its band: above what the guide says the role pays there. */
  private static final String PAST_TOP = "above what the guide says this role pays there";

  /** "Base $195K is past the top of the Charlotte base band (…) by $14K: above what the guide says…". */
  private static String pastTop(Scene scene, Component part, long value) {
    Region region = scene.region();
    String currency = region.currency();
    Range band = part == Component.SIGN_ON ? Topics.signOnRange(scene.guide()) : region.bands().of(part);
    return capitalized(part.label()) + " " + money(value, currency) + " is past the top of the "
        + (part == Component.SIGN_ON ? "guide's sign-on range (" : region.shortName() + " " + part.label() + " band (")
        + Money.compact(band, currency) + ") by " + money(value - band.high(), currency) + ": " + PAST_TOP + ". "
        + "Expect a no on that part, or a question of level; asking the top and carrying the rest in other parts "
        + "lands better.";
  }

  /**
   * What the ask standing in a thread falls short of, or goes past, wherever it is used ("take it?", the email): each
   * part past its band, each part under a competing offer's, and the walk-away (its figure only in a direct message).
   * Empty when the thread stands on no ask in the band's currency.
   */
  static List<String> held(Scene scene, Conversation standing, Venue venue) {
    String currency = scene.region().currency();
    Counteroffer ask = standing.counter();
    List<String> notes = new ArrayList<>();
    if (ask == null || !ask.currency().equals(currency)) {
      return notes;
    }
    Offer offer = Cards.usable(standing.offer(), scene.region());
    // The yearly parts only: a sign-on past a lever's range can carry a gap the user named (docs/coaching.md).
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS}) {
      long value = part == Component.BASE ? ask.base() : part == Component.STOCK ? ask.stock() : ask.bonus();
      Range band = scene.region().bands().of(part);
      Long offered = offer == null ? null : offer.of(part);
      // A part past its band that they offered themselves is theirs to pay, not an ask to warn about.
      if (band != null && value > band.high() && (offered == null || value > offered)) {
        notes.add(pastTop(scene, part, value));
      }
    }
    Competing competing = competingIn(standing, currency);
    if (competing != null) {
      Offer asked = BestAlternative.asOffer(ask);
      List<Component> beaten = competing.beats(asked);
      String from = competing.from() == null ? "" : " from " + competing.from();
      if (!beaten.isEmpty()) {
        notes.add(UNDER_COMPETING + from + " pays on " + Cards.join(beaten.stream()
            .map(p -> p.label() + " (" + money(competing.part(p), currency) + " against " + money(asked.of(p), currency)
                + ")").toList()) + ": ask at least that, or you ask for less than you already hold.");
      } else if (competing.total() > ask.total()) {
        notes.add("It's " + money(competing.total() - ask.total(), currency) + " a year under your competing offer"
            + from + " (" + money(competing.total(), currency) + "): don't settle here for less than you hold.");
      }
    }
    Long floor = standing.walkAway();
    if (floor != null && ask.total() < floor) {
      notes.add(venue == Venue.DIRECT_MESSAGE
          ? "It's " + money(floor - ask.total(), currency) + " a year under " + standing.walkAwayName(true,
              v -> money(v, currency)) + ": even a yes would leave you below it."
          : "It's under " + standing.walkAwayName(false, v -> money(v, currency)) + ": even a yes would leave you "
              + "below it.");
    }
    return notes;
  }

  /** The counter the guide would plan for the thread as it stands, before the user's ask. */
  Counteroffer planned(Scene scene, Conversation before, Venue venue) {
    Turn fresh = cards.card(scene, before, venue, List.of(), LocalDate.now(clock));
    return fresh.reply() instanceof Reply.Card card ? card.counter() : null;
  }

  /** The offer with each asked part in place; null with no offer, or an ask in another currency. */
  private static Offer asked(Offer offer, Region region, List<Figure> asks) {
    if (offer == null || asks.isEmpty()) {
      return null;
    }
    Offer asked = offer;
    for (Figure f : asks) {
      if (f.currency() != null && !f.currency().equals(region.currency()) || f.amount() <= 0) {
        // An ask in another currency, or of nothing ("ask for 1e6base" read as 0), is no standing ask.
        return null;
      }
      Long was = asked.of(f.component());
      // "10k more stock" is a step on the offer's figure for that part.
      long amount = f.purpose() == Figure.Purpose.STEP ? (was == null ? 0 : was) + f.amount() : f.amount();
      if (f.component() == Component.STOCK && f.purpose() != Figure.Purpose.STEP && asGrant(offer, f)) {
        // "asking for 180 base and 60k RSUs" over an offer of "40k RSUs vesting over 4 yrs": the ask in the offer's
        // own terms, a grant over its years; a yearly ask says so ("60k RSUs a year").
        amount = Math.round((double) f.amount() / offer.grantYears());
      }
      asked = f.percent() ? asked.withBonusPercent((int) f.amount()) : asked.with(f.component(), amount);
    }
    return asked;
  }

  /** Whether a stock ask written with no word of a year is a grant in the offer's terms: their stock is a grant. */
  private static boolean asGrant(Offer offer, Figure f) {
    return offer.grantYears() != null && offer.grantYears() > 1 && f.years() == 0 && f.wholeGrant();
  }

  /** The asked offer as the figures to ask for: the yearly total its parts make, year 1 with the sign-on. */
  static Counteroffer counter(Offer asked, String currency) {
    long[] v = new long[PARTS.length];
    for (int i = 0; i < PARTS.length; i++) {
      Long part = asked.of(PARTS[i]);
      v[i] = part == null ? 0 : part;
    }
    long total = v[0] + v[1] + v[2];
    long stockYearOne = asked.vesting() == null ? v[1] : asked.vesting().firstYear(v[1]);
    return new Counteroffer(currency, v[0], v[1], v[2], v[3], total, v[0] + stockYearOne + v[2] + v[3], total);
  }

  private static List<String> concat(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
