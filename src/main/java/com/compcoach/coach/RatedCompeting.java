package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A competing offer kept in another currency, weighed once the user gives the rate ("1 gbp = 1.27 usd"): the rate
 * is theirs, said back with what it makes of the offer.
 */
final class RatedCompeting {

  private final Cards cards;
  private final Clock clock;

  RatedCompeting(Cards cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  /** The card with the competing offer at the user's rate; null when the thread has no such offer or no rate. */
  Turn weigh(Conversation c, Scene scene, String message, Venue venue) {
    String band = scene.region().currency();
    Competing abroad = c.competing();
    // "use 1.27" is a rate only while a competing offer in another currency waits for one; else it is a figure.
    String text = abroad == null || abroad.currency().equals(band) ? message : ExchangeRate.awaited(message);
    ExchangeRate rate = ExchangeRate.read(text, Money.mark(band).endsWith("$") ? band : "USD");
    if (rate == null) {
      return null;
    }
    if (abroad == null || abroad.currency().equals(band)) {
      if (ExchangeRate.blanked(text).chars().anyMatch(Character::isDigit)) {
        return null;
      }
      // "1 cad = 0.73 usd" alone after an offer in CAD that was not taken: nothing in CAD is held to weigh at it.
      String foreign = rate.from() != null && !rate.from().equals(band) ? rate.from() : rate.to();
      return foreign == null || foreign.equals(band) ? null : new Turn(c, new Reply.Question("That reads as a rate "
          + "from " + foreign + " to " + band + ", but I hold no figures in " + foreign + " to weigh at it: I keep none "
          + "I couldn't weigh. Send their figures in " + band + ", worked out at your rate, and I'll weigh them."));
    }
    BigDecimal perUnit = rate.perUnit(abroad.currency(), band);
    if (perUnit == null) {
      return new Turn(c, new Reply.Question("Your competing offer is in " + abroad.currency() + " and the "
          + scene.region().shortName() + " band in " + band + ": give me the rate between those two (\"1 "
          + abroad.currency().toLowerCase(Locale.ROOT) + " = 1.25 " + band.toLowerCase(Locale.ROOT) + "\")."));
    }
    Competing here = abroad.at(perUnit, band);
    Offer offer = Cards.usable(c.offer(), scene.region());
    String said = "At your rate of 1 " + abroad.currency() + " = " + perUnit.stripTrailingZeros().toPlainString() + " "
        + band + ", " + (abroad.from() == null ? "the competing offer" : abroad.from() + "'s offer") + " ("
        + CompetingParts.describe(abroad) + ") is " + CompetingParts.describe(here);
    String note = offer == null || offer.recurringTotal() == null ? said + "." : CompetingParts.weighed(said, here, offer);
    return cards.card(scene, c.withCompeting(here), venue, List.of(note), LocalDate.now(clock));
  }
}
