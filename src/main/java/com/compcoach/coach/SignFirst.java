package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Their last word with "should I sign?" in the same message ("ok they bumped base to 163, final. should I sign?"):
 * the question is answered first (not yet, and why, or nearly), then the move the last word calls for. A question
 * left unanswered beside a plan reads as a yes.
 */
final class SignFirst {

  /** The words that make an accept question one about signing now, not "what now?" or "thoughts?". */
  private static final Set<String> SIGNING = Set.of("sign", "signing", "accept", "accepting", "take", "taking",
      "yes");

  private final IntentTable intents;

  SignFirst(IntentTable intents) {
    this.intents = intents;
  }

  /**
   * Whether a part of the message other than its first asks to sign, accept or take the offer. Its first part is the
   * news ("base is final"), so a lone "should I sign?" is the accept rule's, not this.
   */
  boolean asked(String text) {
    String[] parts = text.split("(?<=[.!?;])\\s+|\\s+[-–—]\\s+|,\\s+(?=(?:so\\s+|ok\\s+|and\\s+)?(?:should|do|can|"
        + "would|shall)\\b)");
    for (int i = 1; i < parts.length; i++) {
      List<String> words = IntentTable.words(IntentTable.normalize(parts[i]));
      boolean signing = words.stream().anyMatch(SIGNING::contains);
      // "sign?", "take it?": too short for the table, plain enough as a question.
      if (signing && (intents.match(parts[i]).intent() instanceof Intent.Accept
          || words.size() <= 3 && parts[i].strip().endsWith("?"))) {
        return true;
      }
    }
    return false;
  }

  /** The move's answer with the question answered first; the move's state is kept. */
  Turn answer(Scene s, Conversation c, Turn move, Venue venue) {
    if (!(move.reply() instanceof Reply.Text moved)) {
      return move;
    }
    String first = verdict(s, c, venue);
    return first == null ? move : new Turn(move.conversation(), new Reply.Text(first + "\n" + moved.text()));
  }

  /**
   * Their figures with "take it?" beside them ("they countered back at 195 base, everything else same. take it?"):
   * the card's first note answers it, against the walk-away and a competing offer before the verdict.
   */
  Turn onCard(Turn turn, String text, Venue venue) {
    if (!(turn.reply() instanceof Reply.Card card) || card.offer() == null || card.offer().recurringTotal() == null
        || turn.conversation().companySide() || !asked(text)) {
      return turn;
    }
    List<String> notes = new ArrayList<>();
    notes.add(take(card, turn.conversation(), venue));
    notes.addAll(card.notes());
    return new Turn(turn.conversation(), new Reply.Card(card.guide(), card.region(), card.target(), card.levers(),
        card.offer(), card.positions(), card.counter(), card.aim(), card.verdict(), card.script(), notes,
        card.companySide()));
  }

  /** "Take it?" answered on a card: the walk-away and a competing offer first, then the card's verdict. */
  private static String take(Reply.Card card, Conversation c, Venue venue) {
    String currency = card.region().currency();
    Offer offer = card.offer();
    long total = offer.recurringTotal();
    boolean direct = venue == Venue.DIRECT_MESSAGE;
    String walkAway = c.walkAway() == null ? null : c.walkAwayName(direct, v -> money(v, currency));
    if (walkAway != null && c.walkAwayGap(offer) > 0) {
      return "Take it? Not as it stands: " + (direct ? money(c.walkAwayGap(offer), currency) + " under " + walkAway
          : "it is under " + walkAway) + ".";
    }
    String rival = rival(c, offer, currency, "above");
    if (rival != null) {
      return "Take it? " + rival;
    }
    String clears = walkAway == null ? "" : "; it clears " + walkAway;
    return "Take it? " + switch (card.verdict()) {
      case ACCEPT, AT_TOP -> "Yes" + clears + ": accept, in writing.";
      case SPLIT -> "Not yet: split what remains once (above)" + (walkAway == null ? "; if they say no, decide then."
          : clears + ", so if they say no to the split, take it.");
      case IN_TARGET -> "Nearly: one small counter first (above)" + clears + "; if they say no, take it.";
      default -> "Not yet: counter once first (above)" + clears + ".";
    };
  }

  /**
   * Not yet while a competing offer pays more on a part or a year; null when none does. {@code where} points at the
   * ask in the reply: "below" an answer's first line, "above" in a card's notes.
   */
  private static String rival(Conversation c, Offer offer, String currency, String where) {
    Competing competing = c.competingIn(currency);
    if (competing == null) {
      return null;
    }
    long total = offer.recurringTotal();
    List<Component> beaten = competing.beats(offer);
    String who = competing.from() == null ? "your competing offer" : competing.from();
    if (!beaten.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Component part : beaten) {
        parts.add(part.label() + " (" + money(competing.part(part), currency) + " against "
            + money(offer.of(part), currency) + ")");
      }
      // A competing offer known only by some parts has no year to set beside this one's.
      return "Not yet: " + who + " still pays more on " + Cards.join(parts) + (competing.partial() ? ""
          : competing.total() > total
          ? ", and " + money(competing.total() - total, currency) + " more a year in all"
          : ", though this offer pays " + money(total - competing.total(), currency) + " more a year in all ("
              + money(total, currency) + " against " + money(competing.total(), currency) + ")")
          + ". Ask once for the rest (" + where + "), then sign only if what you get makes up for "
          + Cards.possessive(who) + " " + (beaten.size() == 1 ? "higher " + beaten.get(0).label() : "higher parts") + ".";
    }
    if (!competing.partial() && competing.total() > total) {
      return "Not yet: " + who + " pays " + money(competing.total() - total, currency) + " more a year ("
          + money(competing.total(), currency) + " against " + money(total, currency) + "). Ask once for the rest ("
          + where + "), then choose between the two.";
    }
    return null;
  }

  /** Not yet and why, or nearly; null without a yearly total to weigh. */
  private static String verdict(Scene s, Conversation c, Venue venue) {
    Region region = s.region();
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    Long total = offer == null ? null : offer.recurringTotal();
    if (total == null) {
      return null;
    }
    boolean direct = venue == Venue.DIRECT_MESSAGE;
    Long walkAway = c.walkAway();
    if (walkAway != null && c.walkAwayGap(offer) > 0) {
      return "Not as it stands: " + (direct ? money(c.walkAwayGap(offer), currency) + " under "
          + c.walkAwayName(true, v -> money(v, currency)) : "it is under " + c.walkAwayName(false,
              v -> money(v, currency))) + (c.floorPart() != null ? "." : ". Ask once for the rest (below); if they "
                  + "say no to all of it, walk.");
    }
    String rival = rival(c, offer, currency, "below");
    if (rival != null) {
      return rival;
    }
    Range target = s.aimRange();
    Verdict verdict = Cards.verdict(offer, region, target);
    if (verdict == Verdict.BELOW_BAND || verdict == Verdict.BELOW_TARGET) {
      return "Not yet: " + money(total, currency) + " a year is below the " + region.shortName()
          + " Negotiate-Up target (" + Money.compact(target, currency) + "): ask once more for what can still move "
          + "(below); if they say no to all of it, decide then.";
    }
    if (verdict == Verdict.AT_TOP) {
      return "Yes: " + money(total, currency) + " a year is at the top of the " + region.shortName()
          + " Negotiate-Up target (" + Money.compact(target, currency) + "). Sign; ask once for the rest (below) "
          + "only if you'd like to.";
    }
    return "Nearly: " + money(total, currency) + " a year is inside the " + region.shortName()
        + " Negotiate-Up target (" + Money.compact(target, currency) + "). Ask once for the rest (below); if they say "
        + "no, sign.";
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
