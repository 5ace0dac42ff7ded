package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;

/**
 * "was that a mistake?" after the user says what they did: rarely fatal before signing; what it costs, weighed on the
 * ask on record and the band, and what to do next. No odds, no figure beyond the thread's and the guide's.
 */
final class Mistake {

  private Mistake() {}

  /** The answer, on the thread's ask (the user's own, else the counter the guide plans). */
  static String answer(Scene scene, Conversation c, Counteroffer ask, java.util.List<Figure> said) {
    String currency = scene.region().currency();
    Offer offer = Cards.usable(c.offer(), scene.region());
    StringBuilder out = new StringBuilder("Not fatal: nothing said before you sign is binding, and a figure named "
        + "early anchors the talk but doesn't end it.");
    if (ask != null && offer != null && !offer.isEmpty()) {
      out.append(" Your ask on record: ").append(Cards.join(Cards.asks(offer, ask, currency).isEmpty()
          ? java.util.List.of("their figures as offered") : Cards.asks(offer, ask, currency)))
          .append(" (").append(new Money(ask.total(), currency).compact()).append(" a year). ")
          .append(OwnAsk.againstBand(scene, Component.BASE, ask.base()));
    } else {
      // "i told the recruiter i wanted 200 base before they made the offer": the figure named, against its band.
      for (Figure f : said) {
        if (f.component() != Component.TOTAL && f.component() != null && !f.percent()) {
          out.append(" ").append(OwnAsk.againstBand(scene, f.component(), f.amount()));
        }
      }
      if (!said.isEmpty()) {
        out.append(" Before an offer, a number you named is where they'll start, not where you must end.");
      }
    }
    out.append("\nWhat to do now: don't walk back a figure you named, build on it. Ask for more on the parts you "
        + "haven't named (the bonus, the stock, a sign-on), with a reason: \"Having now seen the whole package, I'd "
        + "like to ask for …\". Say \"what should I ask for?\" for those figures.");
    return out.toString();
  }
}
