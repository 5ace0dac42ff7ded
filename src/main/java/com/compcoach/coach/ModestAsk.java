package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Asking for 181 is too aggressive, can we do something more modest?": a lower ask that still traces to the guide
 * (the low end of the Negotiate-Up target, then the middle of the band), each part at the same place in its band,
 * never below the offer, a competing offer or the walk-away. It becomes the thread's standing ask; "back to the full
 * counter" brings the guide's counter back.
 */
final class ModestAsk {

  /** A step down smaller than this is no step worth naming. */
  private static final long SMALLEST_STEP = 2_000;
  private static final Component[] YEARLY = {Component.BASE, Component.STOCK, Component.BONUS};

  private final Cards cards;
  private final Clock clock;
  private final Counteroffers counteroffers = new Counteroffers();

  ModestAsk(Cards cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  /** A guide figure the modest ask is aimed at, and how a reply names it. */
  private record Step(long total, String source, boolean inTarget) {}

  /** The figures a modest ask may not go under, and what each is called in a reply. */
  private record Floor(long total, String named) {}

  /** The more modest ask, or why the standing ask is already as modest as the guide and the thread allow. */
  Turn answer(Scene s, Conversation c, Venue venue) {
    Region region = s.region();
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    Competing competing = c.competingIn(currency);
    Situation situation = cards.situation(s, c, offer, competing);
    Counteroffer full = counteroffers.counter(situation);
    Counteroffer standing = offer != null && c.counter() != null && c.counter().currency().equals(currency)
        ? c.counter() : full;
    Offer given = offer == null ? Offer.none(currency) : offer;
    Floor floor = floor(given, competing, c, venue);
    for (Step step : steps(s)) {
      if (step.total() > standing.total() - SMALLEST_STEP) {
        continue;
      }
      long aim = Math.max(step.total(), floor == null ? 0 : floor.total());
      Counteroffer modest = spread(s, situation, given, aim, standing, c.forfeited());
      if (modest.total() <= standing.total() - SMALLEST_STEP && modest.total() >= aim
          && !Cards.asks(offer, modest, currency).isEmpty()) {
        boolean lifted = floor != null && floor.total() > step.total();
        return offer == null ? aimOnly(s, c, modest, standing, step)
            : offered(s, c, offer, modest, standing, full, step, lifted ? floor : null, competing);
      }
    }
    return already(s, c, offer, standing, floor);
  }

  /** "back to the full counter": the guide's counter again, as the card gives it. */
  Turn full(Scene s, Conversation c, Venue venue) {
    return cards.card(s, c, venue, List.of("Back to the full counter, from the guide."), LocalDate.now(clock));
  }

  /** The guide's figures a modest ask can stand on, highest first: the target's low end, then the band's middle. */
  private static List<Step> steps(Scene s) {
    Region region = s.region();
    String currency = region.currency();
    Range target = s.aimRange();
    Range band = region.bands().total();
    return List.of(
        new Step(target.low(), "the low end of the " + region.shortName() + " Negotiate-Up target ("
            + Money.compact(target, currency) + ")", true),
        new Step(band.mid(), "the middle of the " + region.shortName() + " band (" + Money.compact(band, currency)
            + ")", false));
  }

  /** The highest of their offer's year, a competing offer and the walk-away: no modest ask goes under it. */
  private static Floor floor(Offer offer, Competing competing, Conversation c, Venue venue) {
    Floor floor = offer.recurringTotal() == null ? null
        : new Floor(offer.recurringTotal(), "their offer (" + money(offer.recurringTotal(), offer.currency()) + ")");
    if (competing != null && (floor == null || competing.total() > floor.total())) {
      floor = new Floor(competing.total(), "your competing offer" + (competing.from() == null ? ""
          : " from " + competing.from()) + " (" + competing.named() + ")");
    }
    Long walkAway = c.walkAway();
    if (walkAway != null && (floor == null || walkAway > floor.total())) {
      floor = new Floor(walkAway, c.walkAwayName(venue == Venue.DIRECT_MESSAGE, v -> money(v, offer.currency())));
    }
    return floor;
  }

  /**
   * Base, stock and bonus each at the same place in its band, that place raised until the year reaches {@code aim};
   * never under what they offer, what a competing offer pays on a part or a walk-away on a part, and never over the
   * standing ask on a part (a modest ask asks less, not differently).
   */
  private static Counteroffer spread(Scene s, Situation situation, Offer offer, long aim, Counteroffer standing,
                                     Long forfeited) {
    Bands bands = s.counterBands();
    long lows = 0;
    long highs = 0;
    for (Component part : YEARLY) {
      lows += bands.of(part).low();
      highs += bands.of(part).high();
    }
    double place = highs == lows ? 1 : Math.max(0, Math.min(1, (double) (aim - lows) / (highs - lows)));
    long[] value = new long[3];
    long total = 0;
    for (; place <= 1.0001; place += 0.01) {
      total = 0;
      for (int i = 0; i < 3; i++) {
        value[i] = part(YEARLY[i], bands.of(YEARLY[i]), place, offer, situation, standing, value[0]);
        total += value[i];
      }
      if (total >= aim) {
        break;
      }
    }
    long signOn = offer.signOn() == null ? 0 : offer.signOn();
    if (forfeited != null && forfeited > 0) {
      // What the candidate leaves behind is a loss to cover, not part of the ask being toned down.
      signOn = Math.max(signOn, Math.min(standing.signOn(), Precise.ceil(forfeited)));
    }
    long stockYearOne = offer.vesting() == null ? value[1] : offer.vesting().firstYear(value[1]);
    return new Counteroffer(offer.currency(), value[0], value[1], value[2], signOn, total,
        value[0] + stockYearOne + value[2] + offer.signOnYearOne(signOn), aim);
  }

  /** One part at {@code place} in its band, made precise, held between what the thread allows. */
  private static long part(Component part, Range band, double place, Offer offer, Situation situation,
                           Counteroffer standing, long base) {
    long value = band.width() == 0 ? band.low()
        : Math.max(band.low(), Math.min(Math.max(band.low(), Precise.floor(band.high())),
            Precise.ceil(band.low() + Math.round(place * band.width()))));
    value = Math.min(value, of(standing, part));
    if (part == Component.BONUS && offer.bonusPercent() != null) {
      // A bonus offered as a percent follows the base asked, as in the full counter.
      value = Math.max(value, Offer.percentOf(base, offer.bonusPercent()));
    }
    Long given = offer.of(part);
    if (given != null && given > value) {
      value = given;
    }
    Long rival = situation.rival() == null ? null : situation.rival().part(part);
    if (rival != null && rival > value) {
      value = Precise.ceil(rival);
    }
    if (part == situation.floorPart() && situation.floor() != null && situation.floor() > value) {
      value = Precise.ceil(situation.floor());
    }
    return value;
  }

  private Turn offered(Scene s, Conversation c, Offer offer, Counteroffer modest, Counteroffer standing,
                       Counteroffer full, Step step, Floor lifted, Competing competing) {
    String currency = s.region().currency();
    List<String> lines = new ArrayList<>();
    lines.add("A more modest ask: " + Cards.join(Cards.asks(offer, modest, currency)) + " ("
        + Cards.money(modest.total(), currency) + " a year), instead of " + Cards.money(standing.total(), currency)
        + ".");
    lines.add("It stands on " + step.source() + ", each part at the same place in its band"
        + (lifted == null ? "" : ", raised to clear " + lifted.named()) + ".");
    lines.add(givesUp(s, modest, standing, step));
    lines.add("Say: " + Cards.counterScript(s, offer, modest, competing, BestAlternative.of(c, currency)));
    lines.add("It's your ask now: \"draft it\" writes the email with it, and \"back to the full counter\" brings "
        + "back " + Cards.money(full.total(), currency) + " a year.");
    Conversation next = c.withCounter(modest, c.countered() != null ? c.countered() : offer)
        .about(Conversation.Subject.COUNTER, 0);
    return new Turn(next, new Reply.Text(String.join("\n", lines)));
  }

  /** What the modest ask leaves on the table, said plainly. */
  private static String givesUp(Scene s, Counteroffer modest, Counteroffer standing, Step step) {
    String currency = s.region().currency();
    long signOnDropped = standing.signOn() - modest.signOn();
    return "What it gives up: " + Cards.money(standing.total() - modest.total(), currency) + " a year"
        + (signOnDropped > 0 ? " and " + Cards.money(signOnDropped, currency) + " of sign-on" : "")
        + (step.inTarget()
            ? ". It is still inside the target, so every figure is one the guide backs; they will likely meet you "
                + "partway, so expect to settle a little under it."
            : ". It sits under the Negotiate-Up target (" + Money.compact(s.aimRange(), currency) + "): a quicker "
                + "yes is likelier, with less room left to settle upward.");
  }

  /** Before an offer: a lower aim to keep in mind, still not said first. */
  private static Turn aimOnly(Scene s, Conversation c, Counteroffer modest, Counteroffer standing, Step step) {
    String currency = s.region().currency();
    List<String> lines = new ArrayList<>();
    lines.add("A more modest aim: about " + Cards.money(modest.total(), currency) + " a year instead of "
        + Cards.money(standing.total(), currency) + " (base " + Cards.money(modest.base(), currency) + ", stock "
        + Cards.money(modest.stock(), currency) + " a year, bonus " + Cards.money(modest.bonus(), currency) + ").");
    lines.add("It stands on " + step.source() + ", each part at the same place in its band.");
    lines.add(givesUp(s, modest, standing, step));
    lines.add("Still let them name the first number; when they do, tell me its figures and I'll plan the counter.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** The standing ask is already at the guide's lowest step, or a lower one would go under the thread's floor. */
  private static Turn already(Scene s, Conversation c, Offer offer, Counteroffer standing, Floor floor) {
    String currency = s.region().currency();
    Range band = s.region().bands().total();
    String why = floor != null && floor.total() >= band.mid()
        ? "anything lower would go under " + floor.named() + "."
        : "it is at or under the middle of the " + s.region().shortName() + " band (" + Money.compact(band, currency)
            + "), the lowest figure I'd ask from this guide.";
    List<String> asks = offer == null ? List.of() : Cards.asks(offer, standing, currency);
    return new Turn(c, new Reply.Text("Your ask of " + Cards.money(standing.total(), currency) + " a year"
        + (asks.isEmpty() ? "" : " (" + Cards.join(asks) + ")") + " is already as modest as I'd make it: " + why
        + " Asking for less gives up money without making a yes likelier: a precise ask the market backs reads as "
        + "researched, not greedy."));
  }

  private static long of(Counteroffer counter, Component part) {
    return part == Component.BASE ? counter.base() : part == Component.STOCK ? counter.stock() : counter.bonus();
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
