package com.compcoach.coach;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share count with its price in the same message ("400 RSUs a year at $52 a share", "RSUs: 400 shares/yr (stock
 * ~$52)"): the grant's value is the count times the price, written back as money for the offer reader and said back
 * to the user. Without a price the count stays a question; a price without a count changes nothing.
 */
final class SharesAtPrice {

  // A count with no magnitude or currency of its own: "400 RSUs", "1,200 shares"; "120k RSUs" is money already.
  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\d.,$£€])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(rsus?|shares?|units|psus?)\\b", Pattern.CASE_INSENSITIVE);
  // The price of one share: "at $52 a share", "@ $52", "$52/share", "(stock ~$52)", "share price of $52.40".
  private static final Pattern PRICE = Pattern.compile(
      "(?:(?:\\bat|@|\\bstock(?:\\s+price)?(?:\\s+(?:is|at|of|trading\\s+at))?|\\bshare\\s+price(?:\\s+(?:is|at|of))?"
          + "|\\bprice(?:d)?(?:\\s+(?:is|at|of))?|\\btrading\\s+at)\\s*[:=]?\\s*(?:~|about\\s+|around\\s+|roughly\\s+)?"
          + "(?<mark1>[$£€])\\s?(?<price1>\\d{1,4}(?:\\.\\d{1,2})?)(?![\\d,.]*\\s*(?:k|m|mm|bn)\\b)(?!,?\\d)"
          + "(?:\\s*(?:/|a|per|each)\\s*(?:share|sh)\\b)?)"
          + "|(?:(?<mark2>[$£€])\\s?(?<price2>\\d{1,4}(?:\\.\\d{1,2})?)\\s*(?:/|a|per)\\s*(?:share|sh)\\b)",
      Pattern.CASE_INSENSITIVE);

  /** How near a count a year must be said to make it a year's ("annual grant of 500 RSUs", "500 RSUs/yr"). */
  private static final int YEAR_NEAR = 24;

  private SharesAtPrice() {}

  /** The message valued, or null when it gives no share count with a price. */
  static Rewritten value(String text) {
    if (text.indexOf('$') < 0 && text.indexOf('£') < 0 && text.indexOf('€') < 0) {
      return null;
    }
    Matcher count = COUNT.matcher(text);
    if (!count.find()) {
      return null;
    }
    Matcher price = PRICE.matcher(text);
    Matcher found = null;
    while (price.find()) {
      if (price.start() >= count.end() || price.end() <= count.start()) {
        found = price;
        break;
      }
    }
    if (found == null) {
      return null;
    }
    String mark = found.group("mark1") != null ? found.group("mark1") : found.group("mark2");
    BigDecimal each = new BigDecimal(found.group("price1") != null ? found.group("price1") : found.group("price2"));
    BigDecimal shares = new BigDecimal(count.group(1).replace(",", ""));
    BigDecimal worth = shares.multiply(each);
    String written = mark + money(worth);
    String unit = count.group(2);
    // A count is a grant's whole unless a year is said beside it ("500 RSUs a year"): written so, its years are
    // the ones the message or thread gives, or asked, never taken as one year's.
    String lower = text.toLowerCase(Locale.ROOT);
    String grant = FigurePart.GRANT_YEARLY.matcher(lower).region(Math.min(lower.length(),
        Math.max(0, count.start() - YEAR_NEAR)), Math.min(lower.length(), count.end() + YEAR_NEAR)).find() ? "" : " grant";
    StringBuilder out = new StringBuilder(text);
    // The later span first, so the earlier one's offsets still hold.
    if (found.start() > count.start()) {
      out.replace(found.start(), found.end(), "");
      out.replace(count.start(), count.end(), written + " " + unit + grant);
    } else {
      out.replace(count.start(), count.end(), written + " " + unit + grant);
      out.replace(found.start(), found.end(), "");
    }
    String remark = "Took " + count.group(1) + " " + unit + " at " + mark + each.stripTrailingZeros().toPlainString()
        + " a share as " + written + ": tell me if the offer values them at another price.";
    return new Rewritten(out.toString(), remark);
  }

  private static String money(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount);
  }
}
