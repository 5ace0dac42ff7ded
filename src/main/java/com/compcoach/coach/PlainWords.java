package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.util.List;

/**
 * The counter in plain words ("explain it like I'm 5"): what they offer, what the job pays there, what to ask and why
 * once. Every figure is the thread's or the guide's, as on the card; no new one is computed.
 */
final class PlainWords {

  private PlainWords() {}

  /** The counter said simply; null when the thread holds no offer with a year's total or no counter yet. */
  static String counter(Scene scene, Conversation c) {
    Counteroffer ask = c.counter();
    Offer offer = Cards.usable(c.offer(), scene.region());
    if (ask == null || offer == null || offer.isEmpty() || offer.recurringTotal() == null) {
      return null;
    }
    String currency = ask.currency();
    Range band = scene.region().bands().of(Component.TOTAL);
    List<String> asks = Cards.asks(offer, ask, currency);
    String target = scene.target().map(t -> " A strong offer there, the guide says, is "
        + Money.compact(t.total(), currency) + " a year.").orElse("");
    return "In plain words: they offered you " + TextRenderer.offer(offer, currency) + ". People doing " + scene.guide().role().title() + " work in "
        + scene.region().shortName() + " are paid about " + Money.compact(band, currency) + " a year." + target
        + "\nSo you ask for " + new Money(ask.total(), currency).full() + " a year"
        + (asks.isEmpty() ? "" : ": " + Cards.join(asks)) + ". An exact number shows you did your homework, and "
        + "asking a little high leaves room for them to meet you part way. A polite ask, once, rarely costs an offer."
        + "\nWhen they answer, tell me what they said and I'll tell you whether to take it.";
  }
}
