package com.compcoach.coach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options whose strike and share price the message both gives ("20,000 options at $4 strike, 409a is $9"): their
 * worth on paper said back, never counted as pay, since an option pays only once the shares can be sold.
 */
final class OptionSpread {

  private OptionSpread() {}

  private static final String PRICE = "\\$?\\s?(\\d{1,4}(?:\\.\\d{1,4})?)(?!\\d|[.,]\\d|\\s?[km%])";
  private static final Pattern STRIKE = Pattern.compile(PRICE + "\\s*(?:strike|exercise)\\b"
      + "|\\b(?:strike|exercise)(?:\\s+price)?\\s*(?:of|is|at|=|:)?\\s*" + PRICE);
  /** The share's price today: "409a is $9", "fmv of $9", "preferred price $12", "share price is 9". */
  private static final Pattern SHARE_PRICE = Pattern.compile("\\b(?:409a|fmv|preferred price|share price|price per "
      + "share)(?:\\s+(?:price|valuation|value))?\\s*(?:is|was|of|at|=|:)?\\s*(?:now\\s+|currently\\s+|about\\s+|around\\s+)?"
      + PRICE);

  private static final Pattern GROUPED_BY_POINTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
  /** A currency other than the dollar named in the message: "€4 strike", "409a is £9", "EUR". */
  private static final Pattern OTHER_CURRENCY = Pattern.compile(
      "[€£¥₹]|\\b(?:eur|euros?|gbp|pounds?|chf|inr|jpy|cad|aud|sek|nok|dkk|brl|mxn|sgd)\\b");

  /** What the options are worth on paper, said for the count {@code count}; null when either price is missing. */
  static String said(String lower, String count) {
    BigDecimal strike = first(STRIKE.matcher(lower));
    BigDecimal price = first(SHARE_PRICE.matcher(lower));
    BigDecimal options;
    try {
      // "20.000 options": a point that groups thousands, as a comma does.
      options = new BigDecimal(GROUPED_BY_POINTS.matcher(count).matches() ? count.replace(".", "")
          : count.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    if (strike == null || price == null || OTHER_CURRENCY.matcher(lower).find()) {
      // The spread is said in dollars; a strike in euros or pounds is left for the user to value.
      return null;
    }
    BigDecimal spread = price.subtract(strike);
    String perShare = "$" + plain(strike) + " strike against a share price of $" + plain(price);
    if (spread.signum() <= 0) {
      return count + " options at a " + perShare + " are worth nothing on paper today (underwater): I don't count "
          + "them as pay. Tell me a yearly value if you see one, e.g. \"options worth 10k a year\".";
    }
    BigDecimal worth = spread.multiply(options).setScale(0, RoundingMode.HALF_UP);
    return count + " options at a " + perShare + ": $" + plain(spread) + " a share, "
        + new com.compcoach.guide.Money(worth.longValue(), "USD").full() + " on paper over the whole grant. Options pay "
        + "only once the shares can be sold, so I don't count that as pay; tell me the yearly value you'd put on them "
        + "(e.g. \"options worth 20k a year\") and I'll weigh it.";
  }

  private static BigDecimal first(Matcher m) {
    if (!m.find()) {
      return null;
    }
    return new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** A price per share as people write one: "$9", "$2.50". */
  private static String plain(BigDecimal amount) {
    BigDecimal whole = amount.stripTrailingZeros();
    return (whole.scale() > 0 ? whole.setScale(2, RoundingMode.HALF_UP) : whole).toPlainString();
  }
}
