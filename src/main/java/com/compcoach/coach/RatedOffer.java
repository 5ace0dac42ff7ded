package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * This offer given in another currency with the user's own rate in the same message ("offer came in CAD: 230k base,
 * 10% bonus. use 0.73 for usd"): its figures put in the band's currency at that rate, said back, so it is weighed
 * rather than refused. Never converted at a rate the user did not give.
 */
final class RatedOffer {

  private RatedOffer() {}

  /** The reading with this offer's figures at the user's rate, or the reading as it was when there is none to apply. */
  static Reading at(Reading reading, String text, String band) {
    String foreign = reading.figures().stream().filter(f -> f.purpose() == Figure.Purpose.OFFER && !f.percent()
        && f.currency() != null && !OfferUpdate.sameCurrency(f.currency(), band)).map(Figure::currency).findFirst()
        .orElse(null);
    if (foreign == null) {
      return reading;
    }
    String iso = OfferUpdate.isoOf(foreign);
    ExchangeRate rate = ExchangeRate.read(text, Money.mark(band).endsWith("$") ? band : "USD");
    BigDecimal perUnit = rate == null ? null : rate.perUnit(iso, band);
    if (perUnit == null) {
      return reading;
    }
    List<Figure> figures = new ArrayList<>();
    List<String> said = new ArrayList<>();
    for (Figure f : reading.figures()) {
      if (f.purpose() != Figure.Purpose.OFFER || f.percent() || f.currency() == null
          || !OfferUpdate.sameCurrency(f.currency(), foreign)) {
        figures.add(f);
        continue;
      }
      long amount = BigDecimal.valueOf(f.amount()).multiply(perUnit).setScale(0, RoundingMode.HALF_UP).longValue();
      figures.add(new Figure(f.purpose(), f.component(), amount, false, null, f.years(), f.yearly(), f.written(),
          f.period(), f.wholeGrant(), f.unnamed(), BigDecimal.valueOf(f.later()).multiply(perUnit)
              .setScale(0, RoundingMode.HALF_UP).longValue()));
      said.add(new Money(f.amount(), iso).full() + " " + f.component().label() + " is " + new Money(amount, band)
          .full());
    }
    List<String> remarks = new ArrayList<>(reading.remarks());
    remarks.add(0, "At your rate of 1 " + iso + " = " + perUnit.stripTrailingZeros().toPlainString() + " " + band
        + ": " + Cards.join(said) + ". Weighed in " + band + " from here; tell me if the rate changes.");
    return new Reading(figures, reading.vesting(), reading.revision(), reading.competitor(), reading.loose(),
        reading.employer(), reading.unclear(), reading.corrections(), remarks, reading.swapped(),
        reading.walkAwayWhose(), reading.onTarget(), reading.bonusUnsure(), reading.rivals(), reading.asks(),
        reading.choice());
  }
}
