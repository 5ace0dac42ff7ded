package com.compcoach.coach;

import com.compcoach.guide.Money;

/**
 * The rate a user gives between another currency and the band's ("1 eur = 1.08 usd btw"), kept for the thread, so a
 * figure given later in that currency ("sign-on 10k eur") is weighed at it as the first ones were, never refused.
 */
final class KeptRate {

  private static final com.compcoach.money.Currencies CURRENCIES = com.compcoach.money.Currencies.standard();

  private KeptRate() {}

  /** The thread with the rate this message gives between two named currencies, one the band's; as it was otherwise. */
  static Conversation kept(Conversation c, String text, String band) {
    ExchangeRate rate = ExchangeRate.read(text, Money.mark(band).endsWith("$") ? band : "USD");
    // "use 0.73 for usd" names only the band's currency: the other is the one the message's figures are in.
    String from = rate == null || rate.from() != null ? rate == null ? null : rate.from() : otherCurrency(text, band);
    if (rate == null || from == null || rate.to() == null || from.equals(rate.to())
        || !band.equals(from) && !band.equals(rate.to())) {
      return c;
    }
    OfferTerms terms = c.terms() == null ? OfferTerms.NONE : c.terms();
    return c.withTerms(terms.withRate("1 " + from + " = " + rate.rate().stripTrailingZeros().toPlainString()
        + " " + rate.to()));
  }

  /** The one currency code the message names besides the band's ("the offer came in CAD"), or null. */
  private static String otherCurrency(String text, String band) {
    String found = null;
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      String code = word.length() == 3 ? CURRENCIES.ofWord(word).filter(CURRENCIES::isCode).orElse(null) : null;
      if (code != null && !code.equals(band)) {
        if (found != null && !found.equals(code)) {
          return null;
        }
        found = code;
      }
    }
    return found;
  }

  /** The message with the thread's rate after it, for weighing, when it gives none of its own. */
  static String with(String text, Conversation c, String band) {
    String kept = c.terms() == null ? null : c.terms().rate();
    return kept == null || ExchangeRate.read(text, Money.mark(band).endsWith("$") ? band : "USD") != null ? text
        : text + " (" + kept + ")";
  }
}
