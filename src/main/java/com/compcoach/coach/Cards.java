package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Freshness;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the card for a conversation: positions, the counter or the aim, the script, levers and notes. */
final class Cards {

  /** Said wherever figures go into a shared channel's thread. */
  private static final String YEAR_ONE = "Counter: year 1 ";
  /** How every card from a catch-all row names it; the lookup's note for a place asked alone says it the same way. */
  static final String FROM_THE_ROW = " these figures are from the row '";
  private static final String STALE = "These figures were due for review on ";

  static final String PRIVACY = "Figures typed in this thread are visible to the whole channel: DM me to keep them "
      + "private.";

  /** On a card read by the company's side, the counter is what a candidate will likely ask: the note says so. */
  static final String COMPANY_SIDE = "For your side of the table (the counter line is what a well-prepared "
      + "candidate will likely ask for, from this guide): ";

  private final Counteroffers counteroffers = new Counteroffers();
  private final Positions positions = new Positions();
  private final LeverWording wording = new LeverWording();

  /**
   * How far an offer falls under the walk-away, said in a direct message, or null when it does not: a floor on one
   * part is measured on that part ("This offer's base of $172K is $13K under your walk-away of $185K on base").
   */
  static String underWalkAway(Conversation conversation, Offer offer, String currency) {
    Long floor = conversation.floor();
    if (floor == null || offer == null) {
      return null;
    }
    String name = conversation.walkAwayName(true, v -> money(v, currency));
    if (conversation.floorPart() != null) {
      Long part = offer.of(conversation.floorPart());
      return part == null || part >= floor ? null : "This offer's " + conversation.floorPart().label() + " of "
          + money(part, currency) + " is " + money(floor - part, currency) + " under " + name + ".";
    }
    Long total = offer.recurringTotal();
    return total == null || total >= floor ? null
        : "This offer is " + money(floor - total, currency) + " under " + name + ".";
  }

  /**
   * The ask a weighing answer measures against: the thread's standing ask in the band's currency, else the counter the
   * card plans from the offer; null when there is no usable offer.
   */
  Counteroffer ask(Scene scene, Conversation c, Venue venue, LocalDate today) {
    Counteroffer standing = c.counter();
    if (standing != null && standing.currency().equals(scene.region().currency())) {
      return standing;
    }
    Offer offer = usable(c.offer(), scene.region());
    return offer == null || offer.isEmpty() ? null
        : card(scene, c, venue, List.of(), today).reply() instanceof Reply.Card k ? k.counter() : null;
  }

  Turn card(Scene scene, Conversation conversation, Venue venue, List<String> acknowledged, LocalDate today) {
    Region region = scene.region();
    String currency = region.currency();
    List<String> notes = new ArrayList<>(acknowledged);
    if (region.catchAll() && notes.stream().noneMatch(n -> n.contains(FROM_THE_ROW))) {
      // Every card from "All other US locations" says so, not only the first one a place asked alone gave: a band
      // served with an offer or later in the thread is that row's too, never a figure the guide gives for the city.
      notes.add("The guide lists no row for your place:" + FROM_THE_ROW + region.name() + "'.");
    }
    Offer offer = usable(conversation.offer(), region);
    if (conversation.offer() != null && !conversation.offer().isEmpty() && offer == null) {
      notes.add("Your offer is in " + conversation.offer().currency() + " and the " + region.shortName()
          + " band is in " + currency + ": I don't convert, so no positions or counter here.");
    }
    Competing competing = conversation.competing() != null && conversation.competing().currency().equals(currency)
        ? conversation.competing() : null;
    Situation situation = situation(scene, conversation, offer, competing);
    BestAlternative alternative = BestAlternative.of(conversation, currency);
    long aim = counteroffers.aim(situation);
    Counteroffer counter = offer == null ? null : counteroffers.counter(situation);
    Verdict verdict = verdict(offer, region, scene.aimRange(), counter, currency);
    String script = conversation.companySide() ? companyScript(scene, offer, counter, conversation.baseAsk())
        : counter == null ? noOfferScript(scene, aim)
        : counterScript(scene, offer, counter, competing, alternative);

    if (conversation.companySide()) {
      notes.addAll(companyExpects(scene, offer, counter, aim, competing, conversation.baseAsk()));
    }
    if (venue == Venue.SHARED_CHANNEL) {
      // Said on the card itself, before anyone types a figure in its thread.
      notes.add(PRIVACY);
    }
    if (offer != null) {
      // A walk-away is the candidate's own: never asked of the company's side.
      if (venue == Venue.DIRECT_MESSAGE && conversation.walkAway() == null && !conversation.companySide()) {
        notes.add("What's your walk-away? Tell me (\"my walk-away is 240k\") and no counter will go below it.");
      }
      String under = underWalkAway(conversation, offer, currency);
      if (venue == Venue.DIRECT_MESSAGE && under != null) {
        notes.add(under);
      }
      if (counter != null && counter.total() < aim) {
        notes.add(AimNote.whyShort(scene, situation, counter, alternative, venue));
      }
      Vesting vesting = offer.vesting();
      if (vesting != null && offer.stock() != null && vesting.uneven()) {
        notes.add("With " + vesting.written() + " vesting, year 1 pays " + money(vesting.firstYear(offer.stock()),
            currency) + " in stock against " + money(offer.stock(), currency) + " a year on average.");
      }
      if (vesting != null && vesting.cliff()) {
        notes.add("One-year cliff: nothing vests before month 12, so a sign-on matters more if you might leave early.");
      }
      if (counter != null && (counter.signOn() > 0 || (vesting != null && vesting.uneven()))) {
        notes.add(YEAR_ONE + money(counter.year1Total(), currency) + ", then "
            + money(counter.total(), currency) + " a year at steady state.");
      }
    }
    Freshness freshness = scene.guide().freshness();
    if (freshness != null && freshness.nextReviewDue() != null && today.isAfter(freshness.nextReviewDue())) {
      notes.add(STALE + freshness.nextReviewDue() + ": check them against a "
          + "recent source before you rely on them.");
    }
    List<LocalizedLever> levers = wording.localize(scene.guide(), region, competing, conversation.employer());
    // The aim shown is what the counter asks; where the band tops hold the counter under it, a note says why.
    long shownAim = AimNote.shown(situation, aim, counter, venue);
    Reply.Card card = new Reply.Card(scene.guide(), region, scene.target().orElse(null), levers, offer,
        positions.of(offer, region), counter, shownAim, verdict, script, notes, conversation.companySide());
    Conversation next = conversation.withCounter(counter, counter == null ? null : offer)
        .about(counter == null ? Conversation.Subject.AIM : Conversation.Subject.COUNTER, 0);
    return new Turn(next, card);
  }

  /**
   * The full card asked for in a thread ("bands"): bands and levers as the card gives them, with the thread's
   * standing ask (a split after their answer included) instead of a fresh counter; the thread's state is unchanged.
   */
  static Turn standing(Turn fresh, Conversation thread) {
    Counteroffer ask = thread.counter();
    if (!(fresh.reply() instanceof Reply.Card card) || ask == null || card.counter() == null
        || !ask.currency().equals(card.region().currency())) {
      return new Turn(thread.about(fresh.conversation().subject(), 0), fresh.reply());
    }
    if (ask.equals(card.counter())) {
      return new Turn(thread, card);
    }
    List<String> notes = card.notes().stream().filter(PRIVACY::equals).toList();
    return new Turn(thread, withAsk(card, ask, ask.total(), notes));
  }

  /**
   * The card after news that leaves the offer as it was (a walk-away, a name, a weaker competing offer): the thread's
   * standing ask (the base held, a split after their answer) stays while it still clears the walk-away and the
   * competing offer, rather than going back to the first plan; the fresh counter when it no longer does.
   */
  static Turn keepingTheAsk(Turn fresh, Conversation before) {
    Counteroffer ask = before.counter();
    if (!(fresh.reply() instanceof Reply.Card card) || ask == null || card.counter() == null
        || ask.equals(card.counter()) || !ask.currency().equals(card.region().currency())) {
      return fresh;
    }
    Conversation after = fresh.conversation();
    Long floor = after.walkAway();
    Competing competing = after.competing();
    boolean beaten = competing != null && competing.currency().equals(ask.currency())
        && ask.total() < competing.total();
    if (floor != null && ask.total() < floor || beaten || underTheOffer(ask, card.offer())) {
      return fresh;
    }
    List<String> notes = card.notes().stream().filter(n -> !n.startsWith(YEAR_ONE)).toList();
    // The standing ask is what the thread now aims at, as the card's counter shows it.
    return new Turn(after.withCounter(ask, before.countered()), withAsk(card, ask, ask.total(), notes));
  }

  /** Whether an ask is under the offer on any part: their later move passed it, so it stands no longer. */
  private static boolean underTheOffer(Counteroffer ask, Offer offer) {
    return offer != null && (below(ask.base(), offer.base()) || below(ask.stock(), offer.stock())
        || below(ask.bonus(), offer.bonus()) || below(ask.signOn(), offer.signOn()));
  }

  private static boolean below(long asked, Long offered) {
    return offered != null && asked < offered;
  }

  /** How the script of a card on the thread's standing ask opens. */
  static final String STANDING_ASK = "Your standing ask: ";

  /** The card with the thread's standing ask as its counter and script. */
  private static Reply.Card withAsk(Reply.Card card, Counteroffer ask, long aim, List<String> notes) {
    List<String> asks = asks(card.offer(), ask, ask.currency());
    String script = STANDING_ASK + (asks.isEmpty() ? "the figures they offered"
        : join(asks)) + ".";
    return new Reply.Card(card.guide(), card.region(), card.target(), card.levers(), card.offer(), card.positions(),
        ask, aim, card.verdict(), script, notes, card.companySide());
  }

  /**
   * A thread reply as the thread shows it: a card with an offer becomes the concise {@link Reply.Advice} (the offer
   * as read, where it stands, the verdict, the counter and what to say); anything else stays as it is.
   */
  static Turn inThread(Turn turn) {
    return inThread(null, turn);
  }

  /**
   * As {@link #inThread(Turn)}; a card without an offer for the role and region the thread was already on (a name or
   * a walk-away noted) is concise too: the card itself is already at the top of the thread.
   */
  static Turn inThread(Conversation before, Turn turn) {
    if (!(turn.reply() instanceof Reply.Card card)) {
      return turn;
    }
    Conversation after = turn.conversation();
    boolean samePlace = before != null && before.started() && before.company().equals(after.company())
        && before.role().equals(after.role()) && before.region().equals(after.region());
    if (card.offer() == null && !samePlace) {
      return turn;
    }
    // The counter line already gives year 1; the guide's staleness note belongs to the card.
    List<String> notes = card.notes().stream().filter(n -> !n.startsWith(STALE) && !n.startsWith(YEAR_ONE))
        .toList();
    return new Turn(after, new Reply.Advice(card.guide(), card.region(), card.offer(), card.positions(),
        card.counter(), card.aim(), card.verdict(), card.script(), notes, card.companySide()));
  }

  Situation situation(Scene scene, Conversation conversation, Offer offer, Competing competing) {
    Region region = scene.region();
    return new Situation(region.currency(), scene.counterBands(), scene.aimRange(),
        scene.guide().architecture() == null ? null : scene.guide().architecture().signOn(),
        offer == null ? Offer.none(region.currency()) : offer,
        competing == null ? null : competing.total(), conversation.walkAway(), conversation.forfeited(),
        conversation.floorPart(), conversation.floor(), conversation.partsFloor(competing));
  }

  /** The offer when it has figures in the band's currency, else null. */
  static Offer usable(Offer offer, Region region) {
    if (offer == null || offer.isEmpty() || !offer.currency().equals(region.currency())) {
      return null;
    }
    // Where the guide pays no stock or no bonus in this region (a band of 0), an offer silent on it has none: the
    // whole offer is base and what else it names, not a part still to ask for.
    Offer whole = offer;
    if (whole.stock() == null && whole.total() == null && region.bands().stock().high() == 0) {
      whole = whole.with(Component.STOCK, 0L);
    }
    if (whole.bonus() == null && whole.total() == null && region.bands().bonus().high() == 0) {
      whole = whole.with(Component.BONUS, 0L);
    }
    return whole;
  }

  /**
   * The verdict with the counter in view: at the target's top, a counter that still raises a part (a bonus under
   * its band beside a base over it) is said so, not "ask only for a sign-on" beside an ask for that part.
   */
  static Verdict verdict(Offer offer, Region region, Range aimRange, Counteroffer counter, String currency) {
    Verdict verdict = verdict(offer, region, aimRange);
    return verdict == Verdict.AT_TOP && counter != null && !asks(offer, counter, currency).isEmpty()
        ? Verdict.AT_TOP_PART_LOW : verdict;
  }

  static Verdict verdict(Offer offer, Region region, Range aimRange) {
    if (offer == null) {
      return Verdict.NO_OFFER;
    }
    Long total = offer.recurringTotal();
    if (total == null) {
      Long base = offer.base();
      return base != null && base < region.bands().base().low() ? Verdict.BELOW_BAND : Verdict.BELOW_TARGET;
    }
    if (total < region.bands().total().low()) {
      return Verdict.BELOW_BAND;
    }
    if (total < aimRange.low()) {
      return Verdict.BELOW_TARGET;
    }
    return total < aimRange.high() ? Verdict.IN_TARGET : Verdict.AT_TOP;
  }

  /** The company's own words to the candidate: how to put the offer and take the counter, never the candidate's. */
  private static String companyScript(Scene scene, Offer offer, Counteroffer counter, Long baseAsk) {
    String currency = scene.region().currency();
    if (counter == null && baseAsk != null) {
      // "she's asking for 162" before any offer: the candidate has named a figure, so the first offer answers it.
      return "The candidate has named " + money(baseAsk, currency) + " on base: put your first offer in writing, "
          + "weighed against it. Ask me about the base you have in mind (\"what if we offer …?\") and I'll weigh it "
          + "against the ask and the band.";
    }
    if (counter == null) {
      return "Share a range inside the band before the candidate names a figure, and the whole offer in writing: \"The "
          + "base for this role runs " + Money.compact(scene.region().bands().base(), currency) + ", with RSUs and a "
          + "bonus on top; I'll send the whole offer in writing.\"";
    }
    if (asks(offer, counter, currency).isEmpty()) {
      return "Hold it as it stands: \"This offer is at the top of what we pay for this role.\" If the candidate asks "
          + "for more, a one-time sign-on moves without moving the band.";
    }
    return "Put it as one package, and when the candidate counters, ask where it matters: \"Thank you for telling us "
        + "what would make this work. Which part matters most to you: the base, the RSUs, the bonus or a sign-on?\"";
  }

  /**
   * A company-side card with no offer yet, drawn before the candidate's ask in the same message was kept ("Candidate is
   * asking 195 base. What should we do?"): its script and its note say the candidate has named a figure, never "share a
   * range before the candidate names a figure". Any other reply is returned as it is.
   */
  static Reply withAskHeard(Reply reply, Scene scene, long ask) {
    if (!(reply instanceof Reply.Card k) || !k.companySide() || k.counter() != null) {
      return reply;
    }
    String currency = scene.region().currency();
    String unaware = " and try not to name a figure first.";
    List<String> notes = k.notes().stream().map(n -> n.startsWith("A well-prepared candidate will aim near ")
        && n.endsWith(unaware) ? n.substring(0, n.length() - unaware.length()) + " in all." : n).toList();
    return new Reply.Card(k.guide(), k.region(), k.target(), k.levers(), k.offer(), k.positions(), k.counter(), k.aim(),
        k.verdict(), companyScript(scene, usable(k.offer(), scene.region()), null, ask), notes, true);
  }

  /**
   * Where the company should aim, from the guide's Negotiate-Up target as the candidate's card aims from it: an offer
   * at the target's low end usually closes in one small round, so that is the figure to aim for, with how far the offer
   * on the card is from it. Null where the guide gives no target, or the offer has no yearly total; null too where
   * the aim would mislead: above the target it reads as a hint to come down, and beside a competing offer past the
   * band's top "one small round" contradicts the note that the band can't match it.
   */
  static String companyAim(Scene scene, Offer offer, Competing competing) {
    Range target = scene.target().map(Target::total).orElse(null);
    Long year = offer == null ? null : offer.recurringTotal();
    if (target == null || year == null || year <= 0 || year > target.high()) {
      return null;
    }
    if (competing != null && !competing.partial() && competing.currency().equals(scene.region().currency())
        && competing.total() > scene.region().bands().total().high()) {
      return null;
    }
    String currency = scene.region().currency();
    // A part not told yet would make the offer look further from the target than it is: then only the aim is said.
    String gap = offer.base() == null || offer.stock() == null || offer.bonus() == null
        ? "tell me every part of yours and I'll say how far it is."
        : year >= target.high() ? "yours is at the target's top already."
        : year >= target.low() ? "yours at " + money(year, currency) + " a year is inside it."
        : "yours at " + money(year, currency) + " a year is " + money(target.low() - year, currency) + " under it.";
    return "Aim for " + money(target.low(), currency) + " a year, the low end of the guide's Negotiate-Up target ("
        + Money.compact(target, currency) + "): an offer inside it usually closes in one small round; " + gap;
  }

  /**
   * What the company's side should expect from the candidate, as notes: what meets a competing offer first, then the
   * counter a well-prepared candidate will likely make and the band's tops.
   */
  private static List<String> companyExpects(Scene scene, Offer offer, Counteroffer counter, long aim,
                                             Competing competing, Long baseAsk) {
    String currency = scene.region().currency();
    List<String> notes = new ArrayList<>();
    String meeting = CompanySide.meeting(scene, offer, competing);
    if (meeting != null) {
      notes.add(meeting);
    }
    if (counter == null) {
      notes.add("A well-prepared candidate will aim near " + money(aim, currency) + " a year" + (baseAsk == null
          ? " and try not to name a figure first." : " in all."));
      return notes;
    }
    notes.addAll(Approvals.crossed(scene, offer));
    String aimFor = companyAim(scene, offer, competing);
    if (aimFor != null) {
      notes.add(aimFor);
    }
    List<String> asks = asks(offer, counter, currency);
    // A recruiter needs the ceiling beside the likely ask: past it the answer is a level, not a number.
    notes.add(asks.isEmpty() ? COMPANY_SIDE + "this offer already reaches the top of what the guide supports: expect "
        + "a yes, or an ask for a sign-on."
        : COMPANY_SIDE + "expect a counter near " + money(counter.total(), currency) + " a year: " + join(asks)
            + ". The band tops out at " + money(scene.region().bands().base().high(), currency) + " base and "
            + money(scene.region().bands().total().high(), currency) + " a year in all. To close in one round, move "
            + "first on the parts furthest below their bands; a sign-on carries what the bands can't.");
    return notes;
  }

  private static String noOfferScript(Scene scene, long aim) {
    return "Don't name a number first. If they ask what you expect: \"I'd rather hear the range you have budgeted "
        + "for this role first.\" If they press: \"From my research on " + scene.guide().role().title() + " pay in "
        + scene.region().shortName() + ", I'm looking at a total of around "
        + money(aim, scene.region().currency()) + " a year.\"";
  }

  static String counterScript(Scene scene, Offer offer, Counteroffer counter, Competing competing,
                                      BestAlternative alternative) {
    String currency = scene.region().currency();
    List<String> asks = asks(offer, counter, currency);
    if (asks.isEmpty()) {
      Long total = offer.recurringTotal();
      if (total != null && !alternative.wouldSign(total)) {
        return "This offer is already at or past what the guide's bands support in each part, and still under your "
            + (competing != null ? "competing offer" : "walk-away") + ": \"Thank you. To make the move work I'd "
            + "need a sign-on bonus and a compensation review after six months; can we add those?\"";
      }
      return "This offer already reaches the top of what the guide supports. Accept, or ask only for a sign-on: "
          + "\"I'm ready to sign. Could you add a sign-on bonus to cover what I leave behind?\"";
    }
    // Only a competing offer above this one is leverage; naming a weaker one would argue for less.
    Competing cited = competing != null && competing.strongerThan(offer) ? competing : null;
    String reason = cited != null
        ? "I have a competing offer at " + cited.named() + ", and I'd prefer to join you."
        : "Based on the " + scene.region().shortName() + " market for " + scene.guide().role().title()
            + " roles,";
    String lead = cited != null ? reason + " To make this work," : reason;
    String close = alternative.wouldSign(counter, competing) ? " With that, I'm ready to sign."
        : counter.signOn() > 0
            ? " I know that may be the top of your range, so the sign-on covers the first year, and I'd like a "
                + "compensation review after six months in writing."
            : " I know that may be the top of your range; I'd like a compensation review after six months in writing.";
    return "Thank you for the offer, I'm excited about the role. " + lead + " I'd like to ask for "
        + join(asks) + "." + close;
  }

  /** The raised components as phrases: "a base of $232,500", "RSUs of $70,500 a year". */
  static List<String> asks(Offer offer, Counteroffer counter, String currency) {
    List<String> asks = new ArrayList<>();
    if (raised(offer, Component.BASE, counter.base())) {
      asks.add("a base of " + new Money(counter.base(), currency).full());
    }
    if (raised(offer, Component.STOCK, counter.stock())) {
      asks.add("RSUs of " + new Money(counter.stock(), currency).full() + " a year");
    }
    if (raised(offer, Component.BONUS, counter.bonus()) && !bonusFollowsBase(offer, counter)) {
      asks.add("a bonus of " + new Money(counter.bonus(), currency).full());
    }
    if (raised(offer, Component.SIGN_ON, counter.signOn())) {
      asks.add("a sign-on bonus of " + new Money(counter.signOn(), currency).full());
    }
    return asks;
  }

  /** "Stripe's", and "that offer's" for an offer named as "your competing offer". */
  static String possessive(String name) {
    return name.startsWith("your ") ? "that offer's" : name + "'s";
  }

  /** Whether the counter's bonus is just the offer's percent of the counter's base: it follows, nothing to ask. */
  static boolean bonusFollowsBase(Offer offer, Counteroffer counter) {
    return offer != null && offer.bonusPercent() != null
        && counter.bonus() == Offer.percentOf(counter.base(), offer.bonusPercent());
  }

  private static boolean raised(Offer offer, Component component, long value) {
    Long given = offer == null ? null : offer.of(component);
    return given == null ? value > 0 : value > given;
  }

  static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
