package com.compcoach.coach;

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
    long ours = held;
    String currency = s.region().currency();
    Range band = s.region().bands().of(part);
    long half = (ours + (ask - ours) / 2 + 499) / 1_000 * 1_000;
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
    if (!asks.isEmpty()) {
      return asks.size() == 1 && asks.get(0).component() == Component.BASE && !asks.get(0).percent()
          ? yearly(asks.get(0).amount()) : null;
    }
    List<String> said = reading.remarks().stream().filter(OwnAsks::candidateAskRemark)
        .map(r -> r.substring(OwnAsks.candidateAskPrefix().length(), Math.max(r.indexOf(':'), 0))).toList();
    Placing.Placed placed = said.size() == 1 ? Placing.place(said.get(0), region) : null;
    if (placed == null) {
      return null;
    }
    boolean justPast = offer != null && offer.base() != null && placed.value() > offer.base()
        && placed.value() * 10 <= offer.base() * 13;
    return placed.fits().equals(List.of(Component.BASE)) || placed.fits().isEmpty() && justPast
        ? placed.value() : null;
  }

  private static long yearly(long amount) {
    return amount < 1_000 ? amount * 1_000 : amount;
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
