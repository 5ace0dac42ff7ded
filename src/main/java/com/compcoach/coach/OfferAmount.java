package com.compcoach.coach;

import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One figure of a message as the grammar read it, and its value in whole units. {@code kind} is set only for
 * figures that get a question (an exponent, a share count).
 */
record OfferAmount(int start, int end, String written, BigDecimal value, boolean percent, boolean marked,
    boolean magnitude, String currency, Token.Range range, boolean ambiguous, Token.Kind kind) {

  /** Currencies whose people group thousands with a point: "€80.000", "CHF 140.000", "80.000 € brutto". */
  private static final java.util.Set<String> POINT_GROUPED = java.util.Set.of("EUR", "CHF", "DKK", "NOK", "SEK",
      "PLN", "BRL", "IDR", "TRY", "CZK", "HUF", "RON");

  /** Words after a figure that say a continental European payslip wrote it: "brutto", "netto", "p.a.". */
  private static final Pattern CONTINENTAL_AFTER = Pattern.compile(
      "^\\s*(?:€|eur|euro|chf)?\\s*(?:brutto|netto|bruto|neto|lordo|jährlich|p\\.a\\.|pro jahr|im jahr)\\b");

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  /** "80.000" read with its point grouping thousands: 80,000. */
  OfferAmount grouped() {
    return new OfferAmount(start, end, written, value.movePointRight(3), percent, marked, magnitude, currency, range,
        false, kind);
  }

  /** The same figure in a larger unit: "175" read as thousands. */
  OfferAmount times(long unit) {
    return new OfferAmount(start, end, written, value.multiply(BigDecimal.valueOf(unit)), percent, marked, true,
        currency, range, ambiguous, kind);
  }

  /**
   * Every figure the money grammar read in the message, as this reader needs it: money and percents, plus exponents
   * and share counts, which get a question. Dates, times, years, counts and phone numbers are not figures.
   */
  static List<OfferAmount> amounts(List<Token> tokens) {
    List<OfferAmount> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t instanceof Token.Money m) {
        out.add(new OfferAmount(m.start(), m.end(), m.written(), m.negative() ? m.amount().negate() : m.amount(), false,
            m.marked(), m.magnitude(), currency(m), m.range(), m.ambiguous(), null));
      } else if (t instanceof Token.Percent p) {
        out.add(new OfferAmount(p.start(), p.end(), p.written(), p.value(), true, false, false, null, p.range(), false,
            null));
      } else if (t instanceof Token.Other o && (o.kind() == Token.Kind.EXPONENT || o.kind() == Token.Kind.SHARES)) {
        out.add(new OfferAmount(o.start(), o.end(), o.written(), BigDecimal.ZERO, false, false, false, null, null, false,
            o.kind()));
      }
    }
    return out;
  }

  /** The currency as the coach compares it: an ISO code, or "$" for a dollar the band settles ("$", "dollars"). */
  private static String currency(Token.Money m) {
    if (!m.currencyUnsettled()) {
      return m.currency();
    }
    return m.mark().endsWith("$") || m.mark().equalsIgnoreCase("dollars") ? "$" : m.mark();
  }

  /** The amount in whole units, a percent in hundredths. */
  long whole(boolean percent) {
    return whole(percent, 1);
  }

  /** The amount in whole units, times {@code perYear} before rounding ("$92.50/hr" is 192,400 a year). */
  long whole(boolean percent, long perYear) {
    // A percent is kept in hundredths, so "12.5%" stays 12.5% and is never rounded to 13%.
    BigDecimal v = value().multiply(BigDecimal.valueOf(percent ? 100 * perYear : perYear))
        .setScale(0, RoundingMode.HALF_UP);
    // Saturates like Math.round: an absurd figure stays absurd and is asked about.
    return v.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : v.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : v.longValue();
  }

  /** A plain whole number from 20 to 999 with no mark, magnitude or range: "175" where "175k" may be meant. */
  boolean bare() {
    return !percent() && !marked() && !magnitude() && range() == null && value().scale() <= 0
        && value().compareTo(BigDecimal.valueOf(20)) >= 0 && value().compareTo(BigDecimal.valueOf(1_000)) < 0;
  }

  /**
   * A plain whole bonus from 1 to 19 ("base is 170. bonus 15.", "bonus is 12"): thousands, or a percent of base; from
   * 20 up a bare figure is read in thousands like the thread's (see {@link #bare}).
   */
  boolean bonusOrPercent() {
    return !percent() && !marked() && !magnitude() && range() == null && kind() == null
        && value().stripTrailingZeros().scale() <= 0
        && value().signum() > 0 && value().compareTo(BigDecimal.valueOf(20)) < 0;
  }

  /**
   * Whether a figure whose point may group thousands ("80.000") was written where it does: in a currency paid where
   * the point groups thousands, or beside "brutto"; a salary of eighty euros with three decimals is no reading.
   */
  boolean groupsThousandsWithDots(String lower) {
    return written().matches(".*\\d\\.\\d{3}\\D*") && (currency() != null
        && POINT_GROUPED.contains(currency()) || CONTINENTAL_AFTER.matcher(lower.substring(end())).find());
  }
}
