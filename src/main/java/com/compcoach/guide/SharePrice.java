package com.compcoach.guide;

import com.compcoach.money.Currencies;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share price a guide states for valuing counts of shares ("we value RSUs at $40 a share", "share price:
 * $52.50"), in cents of its currency: a stock column of share counts is read as count × this price.
 *
 * @param cents    the price in hundredths of its currency unit
 * @param mark     the currency mark as written ("$", "£")
 * @param currency the ISO code of the mark
 */
record SharePrice(long cents, String mark, String currency) {

  private static final Pattern PER_SHARE = Pattern.compile(
      "(?<mark>[$€£¥]|[A-Z]{1,3}\\$|[A-Z]{3}\\s?)(?<n>\\d{1,5}(?:\\.\\d{1,2})?)\\s*(?:a|per|/|each)\\s*(?:share|RSU)\\b"
          + "|(?i:share\\s+price|price\\s+per\\s+share|per-share\\s+price)\\D{0,20}?"
          + "(?<mark2>[$€£¥]|[A-Z]{1,3}\\$|[A-Z]{3}\\s?)(?<n2>\\d{1,5}(?:\\.\\d{1,2})?)(?![\\d,])");
  /** A price in a share-count header: "(shares @ $18.50)", "(shares/yr @ $25)", "(units, at €12.40 each)". */
  private static final Pattern IN_HEADER = Pattern.compile(
      "(?:@|\\bat)\\s*(?<mark>[$€£¥]|[A-Z]{1,3}\\$|[A-Z]{3}\\s?)(?<n>\\d{1,5}(?:\\.\\d{1,2})?)"
          + "(?![\\d,]|\\s*[KkMm]\\b)");

  /** The price a sentence states, if it states one with its currency mark. */
  static Optional<SharePrice> in(String text) {
    Matcher m = PER_SHARE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String mark = (m.group("mark") != null ? m.group("mark") : m.group("mark2")).strip();
    String number = m.group("n") != null ? m.group("n") : m.group("n2");
    return of(mark, number);
  }

  /** The price a header of share counts states, as a sentence would or after "@" or "at". */
  static Optional<SharePrice> inHeader(String header) {
    Optional<SharePrice> stated = in(header);
    if (stated.isPresent()) {
      return stated;
    }
    Matcher m = IN_HEADER.matcher(header);
    return m.find() ? of(m.group("mark").strip(), m.group("n")) : Optional.empty();
  }

  private static Optional<SharePrice> of(String mark, String number) {
    return Currencies.standard().ofMark(mark).map(iso -> new SharePrice(
        new java.math.BigDecimal(number).movePointRight(2).longValueExact(), mark, iso));
  }

  /** A count of shares (or a range of counts) valued at this price, in whole currency units. */
  Figures.Figure value(Figures.Figure count) {
    return new Figures.Figure(count.written(), count.start(), count.end(), mark, currency,
        Math.round(count.low() * cents / 100.0), Math.round(count.high() * cents / 100.0), false, true, false);
  }

  /** The price as written for a finding: "$40", "$52.50". */
  String written() {
    return mark + (cents % 100 == 0 ? Long.toString(cents / 100) : String.format(java.util.Locale.ROOT, "%.2f",
        cents / 100.0));
  }
}
