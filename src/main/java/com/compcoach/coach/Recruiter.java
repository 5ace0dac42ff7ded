package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import java.util.List;

/**
 * The recruiter of a practice role-play: the same five pushbacks in the order a real call tends to run (the number
 * first, then the band, its ceiling, the competing-offer probe, the deadline), with figures from the thread.
 */
final class Recruiter {

  private Recruiter() {}

  /** The lines for this thread: the offer's base when known, the region's base band top, the letter's deadline. */
  static List<Pushback> lines(Scene scene, Conversation c) {
    String currency = scene.region().currency();
    Offer offer = Cards.usable(c.offer(), scene.region());
    Long base = offer == null ? null : offer.of(Component.BASE);
    String when = c.terms() != null && c.terms().deadline() != null ? c.terms().deadline() : "Friday";
    return List.of(
        new Pushback.Expectations(scene.guide().role().title()),
        new Pushback.BandFixed(base == null ? null : new Money(base, currency).full()),
        new Pushback.Ceiling(new Money(scene.region().bands().base().high(), currency).full()),
        new Pushback.OtherOffers(),
        new Pushback.Deadline(when));
  }
}
