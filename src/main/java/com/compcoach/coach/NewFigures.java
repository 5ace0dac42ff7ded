package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Figures a message gives, applied to the thread's offer: said back on the card, asked about when unclear, or
 * weighed as their answer to the counter when they move toward it.
 */
final class NewFigures {

  private final OfferUpdate update;
  private final Cards cards;
  private final NextSteps nextSteps;
  private final Clock clock;

  NewFigures(OfferUpdate update, Cards cards, NextSteps nextSteps, Clock clock) {
    this.update = update;
    this.cards = cards;
    this.nextSteps = nextSteps;
    this.clock = clock;
  }

  /**
   * The reading applied to the conversation: the card, their answer's next step, or a question; a choice between two
   * figures it asked beside the rest waits one message for the reply that picks one.
   */
  Turn apply(Conversation c, Scene scene, Reading reading, Venue venue) {
    Turn turn = applied(c, scene, reading, venue);
    return reading.choice() == null || turn.conversation().pending() != null ? turn
        : new Turn(turn.conversation().withPending(reading.choice()), turn.reply());
  }

  /**
   * "we can do 182 and a 10k signing", "they offered 158k and a $25k sign on", "Current: 140k. New offer: 158k, no
   * bonus, $25k sign on": a figure with no word beside worded parts of an offer, first or new, that no part of the
   * offer could be placed at, is asked about, never dropped in silence.
   */
  private static boolean beside(Reading reading, Offer offer) {
    if (reading.loose().size() != 1 || LooseFigures.restatesTheOffer(reading.loose().get(0), offer)) {
      return false;
    }
    if (reading.revision() && offer != null && offer.base() != null) {
      return reading.figures().stream().allMatch(f -> f.purpose() == Figure.Purpose.OFFER);
    }
    if (offer != null && offer.base() != null) {
      // With an offer on record a bare figure beside worded parts that name no base is a figure of theirs whatever
      // verb says so ("they did 172 + 15k signing"), never dropped because no word of a move came before it; "152 is
      // the base, not 145" names the base, and "200k over 4 so 50 a year" says a figure of the message again.
      return reading.figures().stream().allMatch(f -> f.purpose() == Figure.Purpose.OFFER)
          && reading.figures().stream().noneMatch(f -> f.component() == Component.BASE
              || f.component() == Component.TOTAL)
          && !saysAgain(reading.loose().get(0), reading.figures());
    }
    // A first offer's one bare figure is asked about only where nothing else is its base or total: "first they said
    // 170, now it's 182" and "152 is the base, not 145" leave the other figure as no part of the offer.
    return (offer == null || offer.base() == null)
        && reading.figures().stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER)
        && reading.figures().stream().noneMatch(f -> f.purpose() == Figure.Purpose.OFFER
            && (f.component() == Component.BASE || f.component() == Component.TOTAL));
  }

  /** Whether a bare figure is one this message already gives with its word, in thousands or in full. */
  private static boolean saysAgain(String loose, List<Figure> figures) {
    String digits = loose.replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 9) {
      return false;
    }
    long amount = Long.parseLong(digits);
    // A grant said with its years ("200k but over 4 so 50 a year") is said again as its year's share.
    return figures.stream().filter(f -> !f.percent()).flatMap(f -> f.years() > 0
        ? java.util.stream.Stream.of(f.amount(), f.amount() / f.years()) : java.util.stream.Stream.of(f.amount()))
        .anyMatch(a -> a == amount || a == amount * 1_000);
  }

  /**
   * Their answer's base typed bare ("60") whose thousands are under half the thread's base: a cut that large is more
   * likely another part or a slip, so it is asked about, never said back as their new base.
   */
  private static Reading farBelowTheBase(Reading reading, Offer offer) {
    if (!reading.revision() || offer == null || offer.base() == null || !reading.loose().isEmpty()) {
      return reading;
    }
    for (Figure f : reading.figures()) {
      if (f.purpose() == Figure.Purpose.OFFER && f.component() == Component.BASE && !f.percent()
          && f.currency() == null && f.written().matches("\\d{1,3}") && f.amount() * 1_000 * 2 < offer.base()) {
        return reading.withAsked(f);
      }
    }
    return reading;
  }

  private Turn applied(Conversation c, Scene scene, Reading read, Venue venue) {
    Reading reading = farBelowTheBase(read, c.offer());
    OfferUpdate.Outcome outcome = update.apply(c, scene.region(), reading, venue);
    if (outcome instanceof OfferUpdate.Doubt doubt) {
      return doubted(c, doubt);
    }
    OfferUpdate.Applied applied = (OfferUpdate.Applied) outcome;
    Conversation next = applied.conversation();
    if (!reading.loose().isEmpty() && !reading.swapped()
        && (reading.figures().stream().noneMatch(f -> f.purpose() == Figure.Purpose.OFFER)
            || beside(reading, c.offer()))) {
      // "I'm at 165 now at Capital One, they offered 185": what was read is kept and said, and the figure with no
      // word, the only one of the offer, is asked about in the same reply: one question, not one per figure.
      String figure = reading.loose().get(0);
      String asked = Placing.question(figure, scene.region(), next.offer());
      List<String> said = new ArrayList<>(applied.acknowledged());
      said.add(asked);
      return new Turn(next.withPending(figure), new Reply.Question(String.join(" ", said)));
    }
    Offer answered = c.countered() != null ? c.countered() : applied.before();
    // Their answer, even one that holds firm, is measured against the counter; a lower one starts afresh. On the
    // company's side a new offer is the company's own, never an answer to split as the candidate would.
    if (applied.revision() && !c.companySide() && c.counter() != null && answered != null && next.offer() != null
        && next.offer().currency().equals(scene.region().currency())
        && movedUp(answered, next.offer(), c.subject() == Conversation.Subject.NEXT_STEP)) {
      Turn weighed = nextSteps.answer(scene, next, answered, next.offer(), venue, applied.acknowledged());
      return onlyAdded(answered, next.offer()) ? askStands(weighed, c) : weighed;
    }
    if (c.accepted() && Objects.equals(next.offer(), c.offer()) && Objects.equals(next.competing(), c.competing())) {
      // "fwiw my walk-away is 170 base" after "close enough: accept": the accept stands while their answer clears it.
      List<String> acks = new ArrayList<>(applied.acknowledged());
      if (venue == Venue.SHARED_CHANNEL) {
        acks.add(Cards.PRIVACY);
      }
      Turn still = nextSteps.stillAccepted(scene, next, acks);
      if (still != null) {
        return still;
      }
    }
    Turn card = cards.card(scene, next, venue, applied.acknowledged(), LocalDate.now(clock));
    // A walk-away or a name changes no figure of theirs: an ask the thread moved since the card (the base held, a
    // split after their answer) stays the ask; the card's own first plan is simply planned again.
    // A new competing offer is new leverage, so the plan is made again.
    return Objects.equals(next.offer(), c.offer()) && Objects.equals(next.competing(), c.competing())
        && c.counter() != null && moved(scene, c, venue)
        ? Cards.keepingTheAsk(card, c) : card;
  }

  /** Whether the thread's ask is no longer the one its card would plan: a later answer moved it. */
  private boolean moved(Scene scene, Conversation c, Venue venue) {
    Turn planned = cards.card(scene, c, venue, List.of(), LocalDate.now(clock));
    return !(planned.reply() instanceof Reply.Card k) || !c.counter().equals(k.counter());
  }

  /** Whether their later message only adds a part ("they can also do a 10k sign on"), moving none it had. */
  private static boolean onlyAdded(Offer answered, Offer now) {
    boolean added = false;
    for (Component part : Component.values()) {
      Long before = answered.of(part);
      if (part != Component.TOTAL && before != null && !before.equals(now.of(part))) {
        return false;
      }
      added |= part != Component.TOTAL && before == null && now.of(part) != null;
    }
    return added;
  }

  /**
   * A part added after their answer moves none of the gap, so the standing ask stays: splitting again would give up
   * half of it for nothing in return.
   */
  private static Turn askStands(Turn weighed, Conversation before) {
    if (!(weighed.reply() instanceof Reply.Card card)) {
      return weighed;
    }
    List<String> notes = new ArrayList<>(card.notes().stream().filter(n -> !n.startsWith("They closed ")).toList());
    notes.add("They added to the offer but moved none of its other parts: your ask stands, and what they added is "
        + "a plus, not a reason to ask for less.");
    // The ask takes what they added where it asked less ("a 10k sign on" over an ask with none).
    Counteroffer ask = before.counter();
    long signOn = card.offer().signOn() == null ? ask.signOn() : Math.max(ask.signOn(), card.offer().signOn());
    Counteroffer standing = new Counteroffer(ask.currency(), ask.base(), ask.stock(), ask.bonus(), signOn, ask.total(),
        ask.year1Total() + signOn - ask.signOn(), ask.aim());
    return Cards.keepingTheAsk(new Turn(weighed.conversation(), new Reply.Card(card.guide(), card.region(),
        card.target(), card.levers(), card.offer(), card.positions(), card.counter(), card.aim(), card.verdict(),
        card.script(), notes, card.companySide())), before.withCounter(standing, before.countered()));
  }

  /** A question back, with the figure a "yes" would complete kept for one message. */
  static Turn doubted(Conversation c, OfferUpdate.Doubt doubt) {
    return new Turn(doubt.pending() == null ? c : c.withPending(doubt.pending()),
        new Reply.Question(doubt.question()));
  }

  /**
   * Their answer moves toward the counter: no component lower than in the offer the counter answered, and not only
   * a part the offer lacked filled in ("they said the equity is worth 400k" is no answer; holding firm is one).
   */
  private static boolean movedUp(Offer answered, Offer now, boolean afterTheirAnswer) {
    boolean moved = false;
    boolean added = false;
    for (Component part : Component.values()) {
      Long before = answered.of(part);
      Long after = now.of(part);
      if (before != null && (after == null || after < before)) {
        // "they went to 165 but no sign-on": a sign-on traded for yearly pay is still their answer to the counter.
        Long yearBefore = answered.recurringTotal();
        Long yearAfter = now.recurringTotal();
        if (part == Component.SIGN_ON && yearBefore != null && yearAfter != null && yearAfter > yearBefore) {
          continue;
        }
        return false;
      }
      moved |= before != null && after > before;
      added |= before == null && after != null && part != Component.TOTAL;
    }
    // A part only added is a detail of the first offer given late, unless they have answered a counter already:
    // then "they can also do a 10k sign on" is one more move of theirs.
    return moved || !added || afterTheirAnswer;
  }
}
