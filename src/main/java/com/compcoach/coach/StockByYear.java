package com.compcoach.coach;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stock given year by year, written out as the grant it adds up to: "rsus: 60k yr1, 50k yr2, 40k yr3, 30k yr4" is a
 * 180k grant over 4 years (45k a year on average), "equity year 1: 50k, year 2: 50k, year 3: 40k". No one year's
 * figure is the yearly stock, and "yr1" is no figure.
 */
final class StockByYear {

  private static final String FIGURE = "[$£€]?\\d{1,3}(?:[.,]\\d{1,3})?\\s?[kK]?";
  private static final String YEAR_WORD = "(?:yr|year|y)\\s?-?\\s?(\\d)";
  private static final String YEAR = "(?:in\\s+)?(?:the\\s+)?" + YEAR_WORD;
  /** One year's figure, its year after ("60k yr1") or before ("year 1: 60k"). */
  private static final Pattern AFTER = Pattern.compile("(?i)(?<![\\w.,])(" + FIGURE + ")\\s*(?:in\\s+|for\\s+)?(?:the\\s+)?\\(?"
      + YEAR_WORD + "\\)?(?!\\d)");
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b" + YEAR + "\\s*[:=-]?\\s*(" + FIGURE + ")(?![\\w%])");
  /** ", then 40k", "and then 40k a year": one figure for the years after those named. */
  private static final Pattern THEN = Pattern.compile("(?i)[\\s,;]*(?:and\\s+)?then\\s+(" + FIGURE + ")(?:\\s*(?:a year|"
      + "/yr|per year|each year|after that|a year after that))?(?![\\w%])");
  private static final Pattern STOCK = Pattern.compile("(?i)\\b(?:rsus?|stock|equity|shares)\\b");

  private StockByYear() {}

  /** The message with its stock by year written as one grant, or null when it gives none. */
  static Rewritten value(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (!lower.contains("y") || !STOCK.matcher(message).find()) {
      return null;
    }
    Rewritten after = years(message, AFTER, 1, 2);
    return after != null ? after : years(message, BEFORE, 2, 1);
  }

  /** Whether the words just before the years name stock, with no other figure between: "rsus: ", "rsu vest ". */
  private static boolean namedStock(String before) {
    // "plus 15% bonus and 45k rsu/yr. sign-on is 25k in year 1 and 25k in year 2": another part named after the stock
    // word is the one paid by year.
    Matcher m = STOCK.matcher(before);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last >= 0 && !before.substring(last).matches("(?is).*(?:\\d|sign|bonus|base|salary|relo).*");
  }

  private static Rewritten years(String message, Pattern pattern, int figureGroup, int yearGroup) {
    Matcher m = pattern.matcher(message);
    List<String> figures = new ArrayList<>();
    int start = -1;
    int end = -1;
    int expected = 1;
    while (m.find()) {
      // The years run 1, 2, 3…, one after another with nothing but separators between.
      if (Integer.parseInt(m.group(yearGroup)) != expected
          || end >= 0 && !message.substring(end, m.start()).matches("[\\s,;/|]*(?:and\\s+|then\\s+)?")) {
        break;
      }
      if (start < 0) {
        start = m.start();
      }
      end = m.end();
      figures.add(m.group(figureGroup).strip());
      expected++;
    }
    if (figures.size() < 2 || !namedStock(message.substring(Math.max(0, start - 30), start))) {
      return null;
    }
    // "year 1 60k, year 2 60k, then 40k": the figure after "then" runs to the usual fourth year, said so.
    Matcher then = THEN.matcher(message).region(end, message.length());
    int given = figures.size();
    if (given < 4 && then.lookingAt()) {
      while (figures.size() < 4) {
        figures.add(then.group(1).strip());
      }
      end = then.end();
    }
    // "62,5k" (a decimal comma) or marks that differ ("£60k … $50k") are not summed here: the reader asks of them.
    String mark = figures.get(0).replaceAll("[\\d.,\\sKk]", "");
    if (figures.stream().anyMatch(f -> f.matches(".*,\\d{1,2}\\s?[kK]?$")
        || !f.replaceAll("[\\d.,\\sKk]", "").equals(mark))) {
      return null;
    }
    boolean thousands = figures.stream().allMatch(f -> f.toLowerCase(Locale.ROOT).endsWith("k"));
    BigDecimal sum = BigDecimal.ZERO;
    for (String f : figures) {
      sum = sum.add(new BigDecimal(f.replaceAll("[^\\d.]", "")));
    }
    if (!thousands && figures.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).endsWith("k"))) {
      return null;
    }
    String unit = thousands ? "k" : "";
    // The grant keeps the figures' currency mark: "£60k yr1 … £30k yr4" is "£180k over 4 years".
    String grant = mark + sum.stripTrailingZeros().toPlainString() + unit;
    int years = figures.size();
    String average = mark + sum.divide(BigDecimal.valueOf(years), 1, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString() + unit;
    String text = message.substring(0, start) + grant + " over " + years + " years" + message.substring(end);
    String ran = given == years ? "" : "Took the " + figures.get(given) + " after year " + given + " as each year to "
        + "year 4, the usual length of a grant: tell me if it runs longer. ";
    return new Rewritten(text, ran + "Read " + String.join(", ", figures.subList(0, years - 1)) + " and "
        + figures.get(years - 1) + " in years 1 to " + years + " as a " + grant + " grant over " + years + " years: "
        + average + " a year on average, " + figures.get(0) + " in the first.");
  }
}
