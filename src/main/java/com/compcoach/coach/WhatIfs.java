package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;

/**
 * "if they give me 205 base should i take it", "what if they come back with 195k base and 55k rsu?": the what-if's
 * figures read as an offer would be, weighed against the offer, the walk-away and the competing offer, and never
 * stored.
 */
final class WhatIfs {

  private final OfferReader reader;
  private final OfferUpdate update;
  private final Answers answers;

  WhatIfs(OfferReader reader, OfferUpdate update, Answers answers) {
    this.reader = reader;
    this.update = update;
    this.answers = answers;
  }

  /** The what-if weighed; null when the message is no what-if of the offer's own figures, or they need a question. */
  Turn weigh(Conversation c, Scene scene, String text, Reading reading, Venue venue) {
    if (c.offer() == null || c.offer().isEmpty() || reading.unclear().stream().noneMatch(q -> q.contains("a what-if?"))) {
      return null;
    }
    String rest = OfferReader.supposed(text);
    Reading supposed = rest == null ? Reading.NOTHING : reader.read(rest, TheirCompany.names(scene.guide()));
    if (supposed.figures().isEmpty() || !supposed.unclear().isEmpty() || !supposed.loose().isEmpty()
        || !OfferReader.theirMove(rest)) {
      return null;
    }
    if (OfferReader.byAnAmount(rest)) {
      return steppedUp(c, scene, supposed, venue);
    }
    if (supposed.figures().stream().anyMatch(f -> f.purpose() != Figure.Purpose.OFFER)) {
      return null;
    }
    return update.apply(c, scene.region(), supposed, venue) instanceof OfferUpdate.Applied applied
        ? answers.whatIf(scene, c, applied.conversation().offer(), venue) : null;
  }

  /**
   * "what if they add 10k to the base?": each part the what-if moves, moved by its amount on the offer as it is; null
   * when a figure is no whole amount of a yearly part or the sign-on the offer gives (it is asked about instead).
   */
  private Turn steppedUp(Conversation c, Scene scene, Reading supposed, Venue venue) {
    Offer offer = c.offer();
    for (Figure f : supposed.figures()) {
      boolean movable = f.component() == Component.BASE || f.component() == Component.STOCK
          || f.component() == Component.BONUS || f.component() == Component.SIGN_ON;
      if (!movable || f.percent() || f.amount() < 1_000 || f.period() != Period.YEAR || f.years() > 0
          || f.currency() != null && !f.currency().equals(offer.currency()) || offer.of(f.component()) == null) {
        return null;
      }
      offer = offer.with(f.component(), offer.of(f.component()) + f.amount());
    }
    return answers.whatIf(scene, c, offer, venue);
  }
}
