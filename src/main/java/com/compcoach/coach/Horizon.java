package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the user expects to stay ("i might leave in 2 years"), weighed into base against equity: base pays every
 * year stayed, a grant only what vests before leaving.
 */
final class Horizon {

  private Horizon() {}

  private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:leave|leaving|quit|stay|staying|gone|move on)"
      + "\\b(?:\\s+\\w+){0,3}?\\s+(?:in|after|for|within)?\\s*(\\d{1,2}|one|two|three|a)\\s*(years?|yrs?|months?|mos?)\\b");

  /** The months the message says the user may stay ("leave in 2 years" is 24, "in 18 months" 18), or null. */
  static Integer months(String text) {
    Matcher m = SPAN.matcher(text);
    if (!m.find()) {
      return null;
    }
    int n = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "one", "a" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      default -> Integer.parseInt(m.group(1));
    };
    return m.group(2).toLowerCase(Locale.ROOT).startsWith("y") ? n * 12 : n;
  }

  /** The note weighing base against the grant over the time said, or null without a horizon or a grant. */
  static String note(String text, Offer offer) {
    Integer stay = months(text);
    if (stay == null || stay == 0 || offer == null || offer.stock() == null || offer.stock() == 0) {
      return null;
    }
    String currency = offer.currency();
    int grantYears = offer.vesting() != null ? offer.vesting().years()
        : offer.grantYears() == null ? YearByYear.YEARS : offer.grantYears();
    boolean cliff = offer.vesting() != null && offer.vesting().cliff();
    long grant = offer.stock() * grantYears;
    // Whole years vest as the schedule says; the months past the last whole year vest at that year's pace.
    long vested = 0;
    int months = Math.min(stay, grantYears * 12);
    for (int y = 1; y <= grantYears && months > 0; y++) {
      long year = YearByYear.stockIn(y, offer.stock(), offer.vesting(), offer.grantYears());
      vested += year * Math.min(12, months) / 12;
      months -= 12;
    }
    if (cliff && stay < 12) {
      vested = 0;
    }
    String span = stay % 12 == 0 ? stay / 12 + (stay == 12 ? " year" : " years") : stay + " months";
    if (vested >= grant) {
      // "i'll probably stay 5 years" with a 4-year grant: nothing is lost, so the horizon favours neither part.
      return "If you stay " + span + ", the whole " + new Money(grant, currency).full() + " grant vests (over "
          + grantYears + " years), so leaving costs you none of it: weigh more equity against more base by what each "
          + "pays a year, and remember only base carries into raises and the bonus percent.";
    }
    return "If you leave after " + span + ": base pays in full every month you stay, while only about "
        + new Money(vested, currency).full() + " of the " + new Money(grant, currency).full() + " grant vests by "
        + "then (" + (cliff ? "nothing before the one-year cliff, " : "") + "over " + grantYears + " years in all) "
        + "and the rest is lost. So push base first; take more equity only where base is at its top, and a sign-on "
        + "for what a short stay leaves behind.";
  }
}
