package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers their answer to a counter: accept when what remains is within a sixth of the gap between the offer and
 * the counter, else ask once more for half of what remains, with precise figures and never below the walk-away.
 */
final class NextSteps {

  private static final Component[] PARTS = {Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON};

  /** Kept, with the levers it has worded, from one answer to the next. */
  private final LeverWording wording = new LeverWording();

  Turn answer(Scene scene, Conversation conversation, Offer answered, Offer now, Venue venue, List<String> acks) {
    Region region = scene.region();
    String currency = region.currency();
    Counteroffer ask = conversation.counter();
    Bands bands = region.bands();
    long gap = 0;
    long remaining = 0;
    for (Component part : PARTS) {
      long asked = value(ask, part);
      gap += Math.max(0, asked - amount(answered, part, bands));
      remaining += Math.max(0, asked - amount(now, part, bands));
    }
    List<String> notes = new ArrayList<>(acks);
    if (venue == Venue.SHARED_CHANNEL) {
      notes.add(Cards.PRIVACY);
    }
    Positions positions = new Positions();
    Competing competing = conversation.competing() != null && conversation.competing().currency().equals(currency)
        ? conversation.competing() : null;
    List<LocalizedLever> levers = wording.localize(scene.guide(), region, competing, conversation.employer());
    BestAlternative alternative = BestAlternative.of(conversation, currency);
    long closed = gap - remaining;
    long nowYearly = amount(now, Component.BASE, bands) + amount(now, Component.STOCK, bands)
        + amount(now, Component.BONUS, bands);
    // A competing offer that pays more on a part ("JPMorgan: 210k base") is no yes on that part, however close.
    Competing heldParts = conversation.partsFloor(competing);
    List<Component> beaten = heldParts == null ? List.of() : heldParts.beats(now);
    if (closeEnough(gap, remaining, value(ask, Component.TOTAL)) && alternative.wouldSign(nowYearly)
        && beaten.isEmpty()) {
      notes.add(closedOf(closed, gap, currency) + ": "
          + (remaining * 6 <= gap ? "within a sixth of it" : "what remains is under 1% of the year's pay")
          + ", so take it.");
      return accept(scene, conversation.withOffer(now).withCounter(ask, now), notes);
    }
    long[] values = new long[PARTS.length];
    long yearly = 0;
    for (int i = 0; i < PARTS.length; i++) {
      long have = amount(now, PARTS[i], bands);
      long asked = value(ask, PARTS[i]);
      values[i] = asked > have ? Math.min(asked, Math.max(have, Precise.ceil(have + (asked - have) / 2))) : have;
      if (now.of(PARTS[i]) == null && asked < have) {
        // "i asked for 200 base" on an offer that names no stock: the band's low stands in for the part in the gap,
        // but the split keeps to what was asked, never asks a part the user left out.
        values[i] = asked;
      }
      if (i < 3) {
        yearly += values[i];
      }
    }
    for (int i = 0; i < 3 && heldParts != null; i++) {
      Long theirs = heldParts.part(PARTS[i]);
      if (theirs != null && values[i] < theirs) {
        // The split never asks a part below the same part of the competing offer.
        yearly += Precise.ceil(theirs) - values[i];
        values[i] = Precise.ceil(theirs);
      }
    }
    // Never ask below the walk-away, nor below a competing offer the bands can reach: give back less of the split.
    long floor = alternative.floor();
    for (int i = 0; i < 3 && yearly < floor; i++) {
      long limit = Math.max(value(ask, PARTS[i]), Math.max(values[i], Precise.floor(bands.of(PARTS[i]).high())));
      long lift = Math.min(limit - values[i], floor - yearly);
      if (lift > 0) {
        long lifted = Math.min(limit, Precise.ceil(values[i] + lift));
        yearly += lifted - values[i];
        values[i] = lifted;
      }
    }
    boolean reached = alternative.wouldSign(yearly);
    if (!reached) {
      // The sign-on is what bridges an alternative the bands cannot reach: it is not split.
      values[3] = Math.max(values[3], value(ask, Component.SIGN_ON));
    }
    Vesting vesting = now.vesting();
    long yearOne = values[0] + (vesting == null ? values[1] : vesting.firstYear(values[1])) + values[2]
        + now.signOnYearOne(values[3]);
    Counteroffer nextAsk = new Counteroffer(currency, values[0], values[1], values[2], values[3], yearly, yearOne,
        ask.aim());
    List<String> asks = Cards.asks(now, nextAsk, currency);
    String wanted = Cards.join(asks.isEmpty() ? List.of(describeAsk(nextAsk, currency)) : asks);
    String script = reached
        ? "Thank you for moving to " + describe(now, currency) + "." + (closed * 2 >= gap ? " We're close: if" : " If")
            + " you can get to " + wanted + ", I'll sign."
        : "Thank you for moving to " + describe(now, currency) + ". It's still short of what I need to make the "
            + "move: could you get to " + wanted + ", with a compensation review after six months in writing?";
    String alternativeName = competing != null && competing.total() == floor ? "competing offer" : "walk-away";
    if (!reached) {
      notes.add(closedOf(closed, gap, currency) + ", but the bands "
          + "can't reach your " + alternativeName + ", so hold at their tops instead of splitting.");
    } else if (closeEnough(gap, remaining, value(ask, Component.TOTAL)) && !alternative.wouldSign(nowYearly)) {
      notes.add(closedOf(closed, gap, currency) + ", but this is "
          + "still under your " + alternativeName + ", so don't accept yet: ask for the rest.");
    } else if (closeEnough(gap, remaining, value(ask, Component.TOTAL))) {
      notes.add(closedOf(closed, gap, currency) + ", but your "
          + "competing offer still pays more on a part, so don't accept yet.");
    } else {
      notes.add(closedOf(closed, gap, currency) + "; "
          + money(remaining, currency) + " remains, more than a sixth, so split it once.");
    }
    if (!beaten.isEmpty()) {
      notes.add(CompetingParts.beatsNote(conversation, competing, now).strip());
    }
    String under = Cards.underWalkAway(conversation, now, currency);
    if (under != null) {
      // Their answer, however close to the counter, is no yes while it stays under the walk-away.
      notes.add((venue == Venue.DIRECT_MESSAGE ? under.substring(0, under.length() - 1)
          : "It is still under " + conversation.walkAwayName(false, v -> money(v, currency)))
          + ": don't accept it as it stands.");
    }
    if (!reached) {
      Situation situation = new Cards().situation(scene, conversation, now, competing);
      notes.add(AimNote.whyShort(scene, situation, nextAsk, alternative, venue));
    }
    Reply.Card card = new Reply.Card(scene.guide(), region, scene.target().orElse(null), levers, now,
        positions.of(now, region), nextAsk, yearly, reached ? Verdict.SPLIT : Verdict.SHORT, script, notes);
    Conversation next = conversation.withOffer(now).withCounter(nextAsk, now)
        .about(Conversation.Subject.NEXT_STEP, 0);
    return new Turn(next, card);
  }

  /**
   * Their answer, accepted again after a message that changed none of their figures ("fwiw my walk-away is 170
   * base"): the accept stands while their figures clear the walk-away and every competing offer's parts; null when
   * they no longer do, and the card is planned again.
   */
  Turn stillAccepted(Scene scene, Conversation next, List<String> acks) {
    Offer now = next.offer();
    String currency = scene.region().currency();
    if (now == null || !now.currency().equals(currency)) {
      return null;
    }
    Bands bands = scene.region().bands();
    long nowYearly = amount(now, Component.BASE, bands) + amount(now, Component.STOCK, bands)
        + amount(now, Component.BONUS, bands);
    Competing competing = next.competingIn(currency);
    Competing held = next.partsFloor(competing);
    if (!BestAlternative.of(next, currency).wouldSign(nowYearly) || held != null && !held.beats(now).isEmpty()) {
      return null;
    }
    List<String> notes = new ArrayList<>(acks);
    notes.add("Their answer still clears it: accept, in writing.");
    return accept(scene, next, notes);
  }

  /** The accept card on their figures, with the conversation marked as accepted. */
  private Turn accept(Scene scene, Conversation next, List<String> notes) {
    Region region = scene.region();
    String currency = region.currency();
    Offer now = next.offer();
    Bands bands = region.bands();
    long nowYearly = amount(now, Component.BASE, bands) + amount(now, Component.STOCK, bands)
        + amount(now, Component.BONUS, bands);
    List<LocalizedLever> levers = wording.localize(scene.guide(), region, next.competingIn(currency),
        next.employer());
    String script = "Thank you for coming up to " + describe(now, currency) + ". That works for me: I accept, "
        + "and I look forward to the updated offer in writing.";
    Reply.Card card = new Reply.Card(scene.guide(), region, scene.target().orElse(null), levers, now,
        new Positions().of(now, region), null, nowYearly, Verdict.ACCEPT, script, notes);
    return new Turn(next.about(Conversation.Subject.NEXT_STEP, 0).withAccepted(), card);
  }

  /**
   * Whether what remains is not worth another round: within a sixth of the gap, or under 1% of the yearly total
   * asked (a coach does not haggle over $500 on $360K).
   */
  static boolean closeEnough(long gap, long remaining, long askedYearly) {
    return remaining * 6 <= gap || remaining * 100 <= askedYearly;
  }

  private static long amount(Offer offer, Component part, Bands bands) {
    Long given = offer == null ? null : offer.of(part);
    if (given != null) {
      return given;
    }
    return part == Component.SIGN_ON ? 0 : bands.of(part).low();
  }

  private static long value(Counteroffer c, Component part) {
    return switch (part) {
      case BASE -> c.base();
      case STOCK -> c.stock();
      case BONUS -> c.bonus();
      case SIGN_ON -> c.signOn();
      case TOTAL -> c.total();
    };
  }

  /** Their figures as a thank-you names them: "$200K base, $45K stock a year and $30K bonus". */
  static String describe(Offer offer, String currency) {
    List<String> parts = new ArrayList<>();
    if (offer.base() != null) {
      parts.add(new Money(offer.base(), currency).compact() + " base");
    }
    if (offer.stock() != null) {
      parts.add(new Money(offer.stock(), currency).compact() + " stock a year");
    }
    if (offer.bonus() != null) {
      parts.add(new Money(offer.bonus(), currency).compact() + " bonus");
    }
    if (offer.signOn() != null && offer.signOn() > 0) {
      parts.add(new Money(offer.signOn(), currency).compact() + " sign-on");
    }
    return parts.isEmpty() ? "the new figures" : Cards.join(parts);
  }

  private static String describeAsk(Counteroffer c, String currency) {
    return "a total of " + new Money(c.total(), currency).full();
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }

  /**
   * How far their answer moved toward the counter: "They closed $20K of the $93K gap", or, when it moved away (a
   * sign-on dropped for a little more base), how far away, never a negative amount closed.
   */
  private static String closedOf(long closed, long gap, String currency) {
    return closed >= 0 ? "They closed " + money(closed, currency) + " of the " + money(gap, currency) + " gap"
        : "Their answer moved " + money(-closed, currency) + " away from your counter, not toward it (the gap was "
            + money(gap, currency) + ")";
  }
}
