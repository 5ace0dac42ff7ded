package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A figure with no word ("so 190", "they came back at 195"): completed by the next reply's word, placed as the one
 * part their answer can be, or recognised as a figure the offer already holds.
 */
final class LooseFigures {

  private final OfferReader reader;
  private final NewFigures figures;

  LooseFigures(OfferReader reader, NewFigures figures) {
    this.reader = reader;
    this.figures = figures;
  }

  /** The figure asked about, completed by this reply's word ("yes", "base"); null when the reply is not that. */
  Turn completed(Conversation c, Scene scene, String pending, String text, Venue venue) {
    HeldMessage held = HeldMessage.parse(pending);
    if (held != null && held.asked() instanceof EitherFigure choice) {
      // "Is the bonus 10% or 12%?" then "it's 12": the figure picked, read with its part.
      String picked = choice.picked(text);
      return picked == null ? null
          : figures.apply(c, scene, reader.read(picked, TheirCompany.names(scene.guide())), venue);
    }
    if (held != null && held.asked() instanceof StepAsked step) {
      // "Which part went up by 5k?" then "base": the step on that part, read as the user would have said it.
      String said = step.on(text);
      return said == null ? null : figures.apply(c, scene, reader.read(said, TheirCompany.names(scene.guide())), venue);
    }
    if (held != null && held.asked() instanceof HeldAbroad) {
      return atRate(c, scene, held.rest(), text, venue);
    }
    if (held != null && held.asked() instanceof HeldFigure figure) {
      return given(c, scene, figure, held.rest(), text, venue);
    }
    if (held != null && held.asked() instanceof HeldGrant grant) {
      // "Over how many years does the $96,000 grant vest?" then "4 years": the message held, read with its years.
      String years = HeldGrant.yearsSaid(text);
      return years == null ? null : figures.apply(c, scene, reader.read(grant.completedWith(years, held.rest()),
          TheirCompany.names(scene.guide())).withRemark(grant.remark(years, held.rest()), false), venue);
    }
    Placing.Placed placed = Placing.place(pending, scene.region());
    Component component = placed == null ? null : Placing.answer(text, placed);
    if (component == null && placed != null && Placing.undecided(text)) {
      return new Turn(c.withPending(pending), new Reply.Question("Which is " + pending + ", then: the base, stock "
          + "(a year), bonus, sign-on or the yearly total? One word will do."));
    }
    if (component == null) {
      return null;
    }
    Figure figure = new Figure(Figure.Purpose.OFFER, component, placed.value(), false, null, 0, true, pending);
    return figures.apply(c, scene, new Reading(List.of(figure), null, false, null, List.of(), null, List.of(),
        List.of()), venue);
  }

  /**
   * The offer held in another currency, weighed at the rate this reply gives ("1 eur = 1.08 usd btw"); null when the
   * reply gives no rate for it, and then it is read as it comes.
   */
  private Turn atRate(Conversation c, Scene scene, List<String> held, String said, Venue venue) {
    String band = scene.region().currency();
    // "use 1.27" is the rate here, where figures in another currency wait for one.
    String text = ExchangeRate.awaited(said);
    if (ExchangeRate.read(text, com.compcoach.guide.Money.mark(band).endsWith("$") ? band : "USD") == null
        || ExchangeRate.blanked(text).chars().anyMatch(Character::isDigit)) {
      return null;
    }
    String joined = HeldAbroad.withRate(held, text);
    Reading weighed = RatedOffer.at(reader.read(joined, TheirCompany.names(scene.guide())), joined, band);
    return weighed.figures().stream().anyMatch(f -> f.currency() != null && !f.percent()
        && !OfferUpdate.sameCurrency(f.currency(), band)) ? null : figures.apply(c, scene, weighed, venue);
  }

  /**
   * The message held for one figure, read again with the figure this reply gives ("lol 185k*", "it's 188 in
   * writing"); null when the reply gives no one figure for that part, and then it is read as it comes.
   */
  private Turn given(Conversation c, Scene scene, HeldFigure held, List<String> rest, String text, Venue venue) {
    Reading reply = reader.read(text, TheirCompany.names(scene.guide()));
    if (!reply.unclear().isEmpty() || !reply.corrections().isEmpty() || reply.competitor() != null) {
      return null;
    }
    String figure;
    if (reply.loose().size() == 1 && reply.figures().isEmpty()) {
      figure = reply.loose().get(0);
    } else if (reply.loose().isEmpty() && reply.figures().size() == 1
        && reply.figures().get(0).purpose() == Figure.Purpose.OFFER
        && reply.figures().get(0).component() == held.part()) {
      // "sorry that's monthly, 16k a month": the period goes with the figure into the message held.
      Figure given = reply.figures().get(0);
      figure = given.written() + (given.period() == com.compcoach.money.Period.YEAR ? "" : " " + given.period().written());
    } else if (reply.loose().isEmpty() && reply.figures().stream().allMatch(f -> f.purpose() == Figure.Purpose.OFFER)
        && reply.figures().stream().filter(f -> f.component() == held.part()).count() == 1) {
      // "it's 180 base now, and 45k rsu a year": the part asked about with others; the held message's parts this
      // reply doesn't name ("bonus 10%") stay, said back.
      List<String> kept = rest.stream().filter(r -> reader.read(r, List.of()).figures().stream()
          .noneMatch(k -> reply.figures().stream().anyMatch(f -> f.component() == k.component()))).toList();
      if (kept.isEmpty()) {
        return null;
      }
      String joined = text + ", " + String.join(", ", kept);
      return figures.apply(c, scene, reader.read(joined, TheirCompany.names(scene.guide())).withRemark("Kept "
          + String.join(", ", kept) + " from your message before, as this one gives no other figure for it.",
          false), venue);
    } else {
      return null;
    }
    Reading completed = reader.read(held.completedWith(figure, rest), TheirCompany.names(scene.guide()));
    return figures.apply(c, scene, completed.withRemark(held.remark(figure, rest), false), venue);
  }

  /**
   * The user's own ask with no word ("I countered at 200" on their 180k base and 15% bonus), placed on the base when
   * only the base can hold it: above their base and under what their parts already make in a year. The reading as it
   * was otherwise, the ask a remark only.
   */
  Reading placedOwnAsk(Conversation c, Scene scene, Reading reading, boolean theirNo) {
    Offer offer = Cards.usable(c.offer(), scene.region());
    // "I asked for 200, they said 190": their answer's one bare figure beside the ask is placed after it, against it.
    // "I asked for 200 and she said 180 is their best and final": their base said again beside the ask is no new figure.
    boolean again = reading.loose().size() == 1 && !reading.revision() && offer != null && offer.base() != null
        && sameAsBase(reading.loose().get(0), offer.base(), scene);
    boolean answerBeside = reading.revision() && reading.loose().size() == 1;
    if (offer == null || offer.base() == null || !reading.asks().isEmpty() || !reading.figures().isEmpty()
        || !reading.loose().isEmpty() && !answerBeside && !again || !reading.unclear().isEmpty()) {
      return reading;
    }
    if (again) {
      // Their base said again is no figure of theirs to place: the ask is all the message gives.
      Reading ask = placedOwnAsk(c, scene, reading.withoutLoose(reading.loose().get(0)), theirNo);
      return ask.asks().isEmpty() ? reading : ask;
    }
    String remark = reading.remarks().stream().filter(r -> r.startsWith(OwnAsks.SENT_ASK_REMARK)).findFirst()
        .orElse(null);
    int colon = remark == null ? -1 : remark.indexOf(':');
    String written = colon < 0 ? null : remark.substring(OwnAsks.SENT_ASK_REMARK.length(), colon);
    List<Figure> read = written == null || written.contains(" ") ? List.of()
        : reader.read(written + " base", List.of()).figures();
    if (read.size() != 1 || read.get(0).percent() || read.get(0).currency() != null
        && !OfferUpdate.sameCurrency(read.get(0).currency(), offer.currency())) {
      return reading;
    }
    long amount = read.get(0).amount();
    long value = amount < 1_000 && scene.region().bands().base().low() >= 10_000 ? amount * 1_000 : amount;
    long parts = offer.base() + (offer.stock() == null ? 0 : offer.stock()) + (offer.bonus() == null ? 0
        : offer.bonus());
    String currency = offer.currency();
    // "they offered 180k base", then "asked for 190 and she said best and final": with no other part named there is
    // no year for the ask to fall under, so only an ask above their base and inside the base band is a base; past the
    // band it may be a year's total, and stays a remark. Placed only with their no in the same message: the ask is
    // then done and answered, and what follows weighs their no; an ask alone ("I asked for 210") stays a remark, as
    // a card on it would ask the parts they never named at $0.
    boolean baseOnly = offer.stock() == null && offer.bonus() == null;
    if (baseOnly && !theirNo) {
      return reading;
    }
    if (value <= offer.base() || (baseOnly ? value > scene.region().bands().base().high()
        : value >= parts || value > scene.region().bands().base().high() * 3 / 2)) {
      return reading;
    }
    Figure ask = new Figure(Figure.Purpose.OFFER, Component.BASE, value, false, null, 0, false, written);
    return reading.withAsk(ask, remark, OwnAsks.SENT_ASK_REMARK + written + " base (above their "
        + Cards.money(offer.base(), currency) + " base and " + (baseOnly ? "inside the " + scene.region().shortName()
            + " base band, and their offer names only a base" : "under the " + Cards.money(parts, currency)
            + " a year their parts make") + ", so only the base can hold it)" + remark.substring(colon));
  }

  /** Whether a figure with no word ("180") is the base already offered, in thousands where the band is. */
  private static boolean sameAsBase(String loose, long base, Scene scene) {
    String digits = loose.replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 9 || !loose.matches("\\$?[0-9,]+(?:\\.0+)?\\s*[kK]?")) {
      return false;
    }
    long amount = Long.parseLong(digits);
    boolean inThousands = loose.toLowerCase().endsWith("k")
        || amount < 1_000 && scene.region().bands().base().low() >= 10_000;
    return (inThousands ? amount * 1_000 : amount) == base;
  }

  /**
   * Their answer with one figure and no word, read as the part it can only be ("they came back at 195" after asking
   * $222K base on their $186K), said back; the reading as it was when no one part fits.
   */
  Reading placedInTheirAnswer(Conversation c, Scene scene, String text, Reading reading) {
    String loose = reading.loose().get(0);
    Component part = Placing.theirAnswer(loose, c.offer(), c.counter(), scene.region());
    int at = text.indexOf(loose);
    if (part == null || at < 0 || !Revisions.answeredWith(text, loose)) {
      return reading;
    }
    return withPart(scene, text, at, loose, part).withRemark("Took " + loose + " as the " + part.label() + ": it lies "
        + "between their " + Cards.money(c.offer().of(part), c.offer().currency()) + " and your ask, where no other "
        + "part's figure does.", false);
  }

  /**
   * Their answer with one figure and no word beside figures that have one ("they came back with 182 and a 10k
   * signing"): the one part of the offer whose band holds it and that no other figure names, said back; the reading as
   * it was otherwise.
   */
  Reading placedBesideTheirOthers(Conversation c, Scene scene, String text, Reading reading) {
    String loose = reading.loose().get(0);
    int at = text.indexOf(loose);
    String digits = loose.replaceAll("[^0-9]", "");
    if (at < 0 || c.offer() == null || digits.isEmpty() || digits.length() > 9) {
      return reading;
    }
    long amount = Long.parseLong(digits) * (digits.length() <= 3 ? 1_000 : 1);
    // The one part of their offer it stays near (a move of a quarter down to a third up), that no figure beside it
    // names: "182" against their base of 170 and stock of 30.
    Component part = null;
    for (Component p : List.of(Component.BASE, Component.STOCK, Component.BONUS)) {
      Long now = c.offer().of(p);
      if (now != null && now > 0 && amount * 4 >= now * 3 && amount * 3 <= now * 4
          && reading.figures().stream().noneMatch(f -> f.component() == p)) {
        if (part != null) {
          return reading;
        }
        part = p;
      }
    }
    if (part == null) {
      return reading;
    }
    return withPart(scene, text, at, loose, part).withRemark("Took " + loose + " as the " + part.label() + ", from "
        + Cards.money(c.offer().of(part), c.offer().currency()) + ": the one part of their offer it stays near, "
        + "beside the figures you named.", false);
  }

  /**
   * The company's own move with one figure and no word ("ok we'll do 200", said on its side of the thread): the one
   * part of its offer whose band holds the figure, said back; the reading as it was when several parts could be.
   */
  Reading placedInOurMove(Conversation c, Scene scene, String text, Reading reading) {
    String loose = reading.loose().get(0);
    Placing.Placed placed = Placing.place(loose, scene.region());
    int at = text.indexOf(loose);
    if (placed == null || placed.fits().size() != 1 || at < 0 || c.offer() == null
        || c.offer().of(placed.fits().get(0)) == null) {
      return reading;
    }
    Component part = placed.fits().get(0);
    return withPart(scene, text, at, loose, part).asOwnMove().withRemark("Took " + loose + " as the " + part.label()
        + ", from " + Cards.money(c.offer().of(part), c.offer().currency()) + ": the one part of the offer whose band "
        + "holds it.", false);
  }

  /**
   * The company's first offer with one figure and no word beside worded ones ("we can do 172 + 15k signing" before
   * any offer is on record): the figure is the base when only the base band holds it and no figure beside it names
   * the base, said back; the reading as it was otherwise, never the sign-on kept alone.
   */
  Reading placedInOurFirstOffer(Scene scene, String text, Reading reading, Long baseAsk) {
    String loose = reading.loose().get(0);
    Placing.Placed placed = Placing.place(loose, scene.region());
    int at = text.indexOf(loose);
    if (placed == null || at < 0 || reading.figures().stream().anyMatch(f -> f.component() == Component.BASE)) {
      return reading;
    }
    // "our offer was 150" after "she's asking for 162" in New York ($153K–$203K): no band holds it, but a figure a
    // little under her base ask is the base offered, far under any year's pay.
    if (placed.fits().isEmpty() && baseAsk != null && placed.value() <= baseAsk && placed.value() * 5 >= baseAsk * 4) {
      return withPart(scene, text, at, loose, Component.BASE).withRemark("Took " + loose + " as the base: it is "
          + Cards.money(baseAsk - placed.value(), scene.region().currency()) + " under the candidate's base ask of "
          + Cards.money(baseAsk, scene.region().currency()) + " (and under the " + scene.region().shortName()
          + " base band), far under any year's pay.", false);
    }
    com.compcoach.guide.Range band = scene.region().bands().base();
    if (placed.fits().isEmpty() && placed.value() < band.low() && placed.value() * 10 >= band.low() * 7) {
      // "hm wants to lowball, 150 for senior" under a $173K–$233K base band: the company's own first offer said as one
      // figure a little under the base band is its base, far under any year's pay; said so.
      return withPart(scene, text, at, loose, Component.BASE).withRemark("Took " + loose + " as the base: "
          + Cards.money(band.low() - placed.value(), scene.region().currency()) + " under the "
          + scene.region().shortName() + " base band, far under any year's pay.", false);
    }
    if (placed.fits().size() != 1 || placed.fits().get(0) != Component.BASE) {
      return reading;
    }
    return withPart(scene, text, at, loose, Component.BASE).withRemark("Took " + loose + " as the base: only the "
        + scene.region().shortName() + " base band holds it.", false);
  }

  /** The message read again with the part's word after its one loose figure. */
  private Reading withPart(Scene scene, String text, int at, String loose, Component part) {
    String word = part == Component.STOCK ? "rsu per year" : part.label();
    return reader.read(text.substring(0, at + loose.length()) + " " + word + text.substring(at + loose.length()),
        TheirCompany.names(scene.guide()));
  }

  /**
   * "Candidate is asking for 200k base. We offered 178k.": the one figure with no word beside an ask on one part, and
   * under it, is the offer on that part, said so; the reading as it was otherwise.
   */
  Reading placedBesideTheAsk(Scene scene, String text, Reading reading) {
    String loose = reading.loose().get(0);
    List<Component> parts = reading.asks().stream().map(Figure::component).distinct().toList();
    Placing.Placed placed = Placing.place(loose, scene.region());
    int at = text.indexOf(loose);
    if (parts.size() != 1 || parts.get(0) == Component.TOTAL || placed == null || at < 0
        || !placed.fits().isEmpty() && !placed.fits().contains(parts.get(0))
        || reading.asks().stream().anyMatch(a -> a.percent() || yearly(a.amount()) <= placed.value())) {
      return reading;
    }
    Component part = parts.get(0);
    String word = part == Component.STOCK ? "rsu per year" : part.label();
    Reading read = reader.read(text.substring(0, at + loose.length()) + " " + word
        + text.substring(at + loose.length()), TheirCompany.names(scene.guide()));
    if (read.figures().stream().noneMatch(f -> f.purpose() == Figure.Purpose.OFFER && f.component() == part)) {
      return reading;
    }
    return read.withRemark("Took " + loose + " as the " + part.label() + " offered: the ask beside it is on the "
        + part.label() + ", and above it.", false);
  }

  private static long yearly(long amount) {
    return amount < 1_000 ? amount * 1_000 : amount;
  }

  /**
   * "they cut the offer to 170 after I pushed": the one figure with no word of an offer lowered after a counter is the
   * part offered above it, said so; the reading as it was when no one part is.
   */
  Reading placedInALoweredOffer(Conversation c, Scene scene, String text, Reading reading) {
    String loose = reading.loose().get(0);
    Component part = Placing.lowered(loose, c.offer(), scene.region());
    int at = text.indexOf(loose);
    if (part == null || at < 0) {
      return reading;
    }
    String word = part == Component.STOCK ? "rsu per year" : part.label();
    Reading placed = reader.read(text.substring(0, at + loose.length()) + " " + word
        + text.substring(at + loose.length()), TheirCompany.names(scene.guide()));
    return placed.withRemark("Took " + loose + " as the " + part.label() + ": it lies under their "
        + Cards.money(c.offer().of(part), c.offer().currency()) + ", where no other part's figure does.", false);
  }

  /** Whether a bare figure is one part of the user's standing ask ("not quite 200" after asking 200 base). */
  static boolean restatesTheAsk(String loose, Counteroffer ask) {
    if (!loose.matches("\\$?\\d{2,3}(?:[.,]\\d{3})*[kK]?")) {
      return false;
    }
    long value = Long.parseLong(loose.replaceAll("[^0-9]", ""));
    long yearly = value < 1_000 ? value * 1_000 : value;
    return yearly == ask.base() || yearly == ask.stock() || yearly == ask.bonus() || yearly == ask.signOn()
        && yearly > 0;
  }

  /**
   * Whether a figure with no word is one the offer already holds ("i'll just sign at 190" with a base of $190K): said
   * again, it places nothing new, so the message is answered as it asks.
   */
  /** A bare yearly figure as people type one: "180", "$180k", "180,000". */
  static final Pattern BARE = Pattern.compile("\\$?\\d{2,3}(?:[.,]\\d{3})*[kK]?(?![\\d%])");

  static boolean restatesTheOffer(String loose, Offer offer) {
    if (offer == null || !BARE.matcher(loose).matches()) {
      return false;
    }
    long value = Long.parseLong(loose.replaceAll("[^0-9]", ""));
    long yearly = value < 1_000 ? value * 1_000 : value;
    for (Component part : Component.values()) {
      Long held = part == Component.TOTAL ? offer.recurringTotal() : offer.of(part);
      if (held != null && held == yearly) {
        return true;
      }
    }
    return false;
  }
}
