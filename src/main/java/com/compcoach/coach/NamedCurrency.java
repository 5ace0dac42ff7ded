package com.compcoach.coach;

import com.compcoach.money.Currencies;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A currency named once for a whole message, away from any figure ("the offer came in CAD: 230k base, 10% bonus",
 * "all in euros: 85k base"), written before each of its figures that carries no mark, so they are read in it and
 * never as the band's currency in silence.
 */
final class NamedCurrency {

  private static final Currencies CURRENCIES = Currencies.standard();
  /** The codes people type for a whole message; never a word such as "try", "pen" or "all" that is also a code. */
  private static final String CODES = "usd|cad|gbp|eur|chf|aud|nzd|sgd|hkd|inr|jpy|sek|nok|dkk|pln|mxn|brl|zar|aed";
  /** "in CAD", "paid in euros", "CAD:", "(GBP)": a currency named where no figure stands beside it. */
  private static final Pattern NAMED = Pattern.compile("(?i)(?:\\bin\\s+(" + CODES + "|euros|pounds|francs)\\b"
      + "(?!\\s*[\\d$£€])|\\b(" + CODES + ")\\s*:|\\((" + CODES + ")\\))");
  /** Words before a currency that make it the user's pay today or the place they leave, not the offer's. */
  private static final Pattern NOT_THE_OFFERS = Pattern.compile("\\b(?:current|currently|today|my job|"
      + "my pay|my salary|relocat\\w*|moving from|from toronto|where i)\\b");
  /** A figure of pay with no mark: thousands or more, or a bare figure before its part's word; never a year or 401k. */
  private static final Pattern FIGURE = Pattern.compile("(?i)(?<![\\w.,$£€])(?!(?:19|20)\\d{2}\\b|40[13][kb]\\b)"
      + "(?:\\d{1,3}(?:[,.]\\d{3})+|\\d{4,7}"
      + "|\\d{1,4}(?:\\.\\d+)?\\s?[km]\\b|\\d{2,3}(?=\\s*(?:base|salary|bonus|sign|rsu|stock|equity)))(?![\\w%])");
  private static final Pattern MARKED = Pattern.compile("(?i)[$£€¥₹]|\\b(?:usd|cad|gbp|eur|chf|aud|inr|jpy|sgd)\\s*\\d"
      + "|\\d\\s*[km]?\\s*(?:usd|cad|gbp|eur|chf|aud|inr|jpy|sgd|euros|pounds|dollars)\\b");

  private NamedCurrency() {}

  /** The message with the named currency written before each unmarked figure, or null when it names none. */
  static Rewritten value(String message) {
    Matcher named = NAMED.matcher(message);
    String code = null;
    while (named.find()) {
      String lead = message.substring(Math.max(0, named.start() - 40), named.start()).toLowerCase(Locale.ROOT);
      if (NOT_THE_OFFERS.matcher(lead).find()) {
        // "where i am paid in cad", "currently in gbp": the user's pay today or their old job, not the offer's.
        continue;
      }
      String word = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2) : named.group(3);
      Optional<String> found = CURRENCIES.ofWord(word.toLowerCase(Locale.ROOT));
      if (found.isPresent() && CURRENCIES.isCode(found.get())) {
        if (code != null && !code.equals(found.get())) {
          return null;
        }
        code = found.get();
      }
    }
    if (code == null || MARKED.matcher(message).find()) {
      return null;
    }
    String mark = code;
    Matcher figure = FIGURE.matcher(message);
    StringBuilder out = new StringBuilder();
    boolean any = false;
    while (figure.find()) {
      figure.appendReplacement(out, Matcher.quoteReplacement(mark + " " + figure.group()));
      any = true;
    }
    figure.appendTail(out);
    return any ? new Rewritten(out.toString(), "Read the figures in " + code + ", the currency you named for them.")
        : null;
  }
}
