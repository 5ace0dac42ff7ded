package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.List;

/**
 * Where the company's offer and the candidate's ask on one part can meet ("Candidate is asking for 200k base. We
 * offered 178k. Where can we land?"): halfway between them, against that part's band. Said, never stored.
 */
final class Landing {

  private Landing() {}

  /**
   * The note for the company's side, or null when the message gives no ask on one part above the offer's figure (in
   * the message, else in the thread's offer).
   */
  static String note(Scene s, Reading reading, Offer thread) {
    List<Component> parts = reading.asks().stream().map(Figure::component).distinct().toList();
    if (parts.size() != 1 || reading.asks().size() != 1 || reading.asks().get(0).percent()
        || parts.get(0) == Component.TOTAL || parts.get(0) == Component.SIGN_ON) {
      return null;
    }
    Component part = parts.get(0);
    Figure offered = reading.figures().stream().filter(f -> f.purpose() == Figure.Purpose.OFFER
        && f.component() == part && !f.percent()).findFirst().orElse(null);
    long ask = yearly(reading.asks().get(0).amount());
    // The offer's figure in this message, else the thread's offer in the band's currency.
    Offer usable = Cards.usable(thread, s.region());
    Long held = offered != null ? Long.valueOf(yearly(offered.amount())) : usable == null ? null : usable.of(part);
    if (held == null || held >= ask) {
      return null;
    }
    return between(s, part, held, ask);
  }

  /** Where the company's figure on one part and the candidate's higher ask meet: halfway, against the part's band. */
  static String between(Scene s, Component part, long ours, long ask) {
    String currency = s.region().currency();
    Range band = s.region().bands().of(part);
    // The exact middle: a figure the user can check, never one rounded away from it.
    long half = ours + (ask - ours) / 2;
    String label = part.label();
    String start = "Where to land on " + label + ": halfway between your " + full(ours, currency)
        + " and the candidate's ask of " + full(ask, currency) + " is " + full(half, currency);
    String sheet = Money.compact(band, currency) + " " + label + " band";
    if (ask <= band.high() && ours >= band.low()) {
      return start + "; both are inside the " + sheet + ", so meeting the ask is open to you too. A one-time sign-on "
          + "can carry part of the gap without moving the " + label + ".";
    }
    if (ask <= band.high()) {
      return start + ". Your " + full(ours, currency) + " is under the " + sheet + (half >= band.low()
          ? "; halfway and the ask are inside it" : "; come in at least at its low of " + full(band.low(), currency))
          + ". A one-time sign-on can carry part of the gap without moving the " + label + ".";
    }
    return start + (half <= band.high() ? "" : ", past the band") + "; the ask is past the " + label + " band's top of "
        + full(band.high(), currency) + ", so come in at most at the top and carry the rest with a one-time sign-on.";
  }

  /**
   * The candidate's ask on base the message tells, a year's amount: one said with its word ("asking 195 base"), or a
   * bare one ("she's asking for 190") only the base band holds, or just past the offer's base (within 30%, far under
   * any year's pay); null otherwise.
   */
  static Long baseAsk(Reading reading, Offer offer, Region region) {
    List<Figure> asks = reading.asks();
    if (reading.remarks().stream().noneMatch(OwnAsks::candidateAskRemark)) {
      return null;
    }
    // "she wants 190 and a 20k signing": the base ask, with the sign-on beside it kept on its own (signOnAsk).
    List<Figure> bases = asks.stream().filter(f -> f.component() == Component.BASE && !f.percent()).toList();
    boolean restSignOn = asks.stream().allMatch(f -> f.component() == Component.BASE
        || f.component() == Component.SIGN_ON);
    if (!restSignOn || bases.size() > 1) {
      return null;
    }
    if (bases.size() == 1) {
      return yearly(bases.get(0).amount());
    }
    // The ask's first figure as said back ("180 and 15k sign-on"): a bare one is placed against the bands.
    List<String> said = reading.remarks().stream().filter(OwnAsks::candidateAskRemark)
        .map(r -> r.substring(OwnAsks.candidateAskPrefix().length(), Math.max(r.indexOf(':'), 0)))
        .map(w -> w.split(",| and ", 2)[0].strip()).toList();
    Placing.Placed placed = said.size() == 1 ? Placing.place(said.get(0), region) : null;
    if (placed == null) {
      return null;
    }
    boolean justPast = offer != null && offer.base() != null && placed.value() > offer.base()
        && placed.value() * 10 <= offer.base() * 13;
    // "candidate wants 200, we are at 178 base": 200 is in the total band too, but as a year in all it would leave
    // under the stock and bonus bands' lows beside our base alone, so just past our base it is her base ask.
    Bands bands = region.bands();
    boolean tooSmallForTotal = justPast && placed.fits().equals(List.of(Component.TOTAL)) && bands.stock() != null
        && bands.bonus() != null && placed.value() < offer.base() + bands.stock().low() + bands.bonus().low();
    return placed.fits().equals(List.of(Component.BASE)) || placed.fits().isEmpty() && justPast || tooSmallForTotal
        ? placed.value() : null;
  }

  /** The sign-on the candidate asked for beside a base ask ("190 and a 20k signing"), or null. */
  static Long signOnAsk(Reading reading) {
    List<Figure> signOns = reading.asks().stream().filter(f -> f.component() == Component.SIGN_ON && !f.percent())
        .toList();
    return signOns.size() == 1 ? yearly(signOns.get(0).amount()) : null;
  }

  /**
   * The most the company's side says it may pay on base ("HM approved up to 184", "manager can go to 168"), from the
   * remark the reader leaves for it; null when the message names none or the figure is no base.
   */
  static Long ceiling(Reading reading, Region region) {
    List<String> said = reading.remarks().stream().filter(r -> r.contains(LeftOut.ROOM_SAID))
        .map(r -> r.substring(0, r.indexOf(LeftOut.ROOM_SAID))).toList();
    Placing.Placed placed = said.size() == 1 ? Placing.place(said.get(0), region) : null;
    return placed != null && placed.fits().contains(Component.BASE) ? placed.value() : null;
  }

  private static long yearly(long amount) {
    return amount < 1_000 ? amount * 1_000 : amount;
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
