package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;

/**
 * "what do other people at this level make?": the guide holds ranges, not anyone's pay, so the answer is the role's
 * band in the region, where the thread's offer sits in it, and a colleague's figure weighed as hearsay.
 */
final class Peers {

  private Peers() {}

  static String answer(Scene s, Conversation c) {
    String currency = s.region().currency();
    Bands bands = s.region().bands();
    String place = s.region().shortName();
    StringBuilder out = new StringBuilder("The guide doesn't hold what anyone is paid; it holds the range for the "
        + "role. " + s.guide().role().title() + " in " + place + ": base " + Money.compact(bands.base(), currency)
        + ", stock " + Money.compact(bands.stock(), currency) + " a year, bonus " + Money.compact(bands.bonus(), currency)
        + ", " + Money.compact(bands.total(), currency) + " a year in all");
    s.target().ifPresent(t -> out.append("; it tells candidates to push for ")
        .append(Money.compact(s.aimRange(), currency)).append(" a year"));
    out.append(".");
    Offer offer = Cards.usable(c.offer(), s.region());
    if (offer != null) {
      Component part = offer.recurringTotal() != null ? Component.TOTAL : offer.base() != null ? Component.BASE : null;
      if (part != null) {
        out.append(" Yours: ").append(new Positions().position(part, offer.of(part), s.region()).line());
      }
    }
    return out.append(" What a colleague makes depends on level, tenure and when they joined: weigh a figure you "
        + "hear as hearsay, and argue from the market, not from their pay.").toString();
  }
}
