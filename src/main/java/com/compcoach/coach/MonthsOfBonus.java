package com.compcoach.coach;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bonus said as months of pay ("2 months bonus", "bonus of two months' salary"), written out as the percent of base
 * it is (2 of 12 months is 16.67%), said back; never a bonus of $2 or 2%, and never dropped in silence.
 */
final class MonthsOfBonus {

  private static final String COUNT = "(\\d{1,2}(?:\\.5)?|one|two|three|four|six)";
  private static final String MONTHS = "\\s*[- ]?\\s*months?(?:'|’|'s|’s)?(?:\\s+(?:of\\s+)?(?:base|salary|pay|"
      + "base\\s+salary))?";
  /** "2 months bonus", "two months' salary as bonus", "a 1.5 month bonus". */
  // Not "the first 6 months bonus is prorated" or "a 12 month bonus cycle": a time, not the bonus's size.
  private static final Pattern BEFORE = Pattern.compile("(?i)(?<!first\\s)(?<!after\\s)(?<!within\\s)(?<!every\\s)"
      + "(?<!last\\s)(?<!next\\s)(?<![\\d.])\\b" + COUNT + MONTHS
      + "\\s+(?:as\\s+(?:a\\s+)?|of\\s+)?(?:annual\\s+|yearly\\s+|target\\s+)?bonus\\b"
      + "(?!\\s+(?:cycle|period|review|clawback|prorat\\w*|eligib\\w*|waiting|is\\s+prorat\\w*|is\\s+paid\\s+pro))");
  /** "bonus of 2 months", "bonus: two months' pay", "bonus is 2 months salary". */
  private static final Pattern AFTER = Pattern.compile("(?i)\\bbonus\\s*(?:of|is|:|=|target(?:\\s+of)?)?\\s*"
      + "(?<![\\d.])" + COUNT + MONTHS + "(?![\\w/])");

  /** "a month and a half", "one and a half months", "2 and a half months". */
  private static final Pattern HALF = Pattern.compile("(?i)\\b(?:(a|one|1)\\s+month\\s+and\\s+a\\s+half"
      + "|(one|two|three|1|2|3)\\s+and\\s+a\\s+half\\s+months)\\b");

  private MonthsOfBonus() {}

  /** The whole months before a half, in digits: "a" and "one" are 1. */
  private static String whole(String written) {
    return switch (written.toLowerCase(Locale.ROOT)) {
      case "a", "one" -> "1";
      case "two" -> "2";
      case "three" -> "3";
      default -> written;
    };
  }

  /** The message with a bonus in months written as a percent of base, or null when it holds none. */
  static Rewritten value(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (!lower.contains("month") || !lower.contains("bonus")) {
      return null;
    }
    StringBuilder said = new StringBuilder();
    // "a month and a half of salary", "one and a half months": the half written as the count it is (1.5 months).
    String halves = lower.contains("half") ? HALF.matcher(message).replaceAll(m -> (m.group(1) != null
        ? whole(m.group(1)) : whole(m.group(2))) + ".5 months") : message;
    String out = rewrite(BEFORE, halves, said, true);
    out = rewrite(AFTER, out, said, false);
    return out.equals(message) ? null : new Rewritten(out, said.toString().strip());
  }

  private static String rewrite(Pattern pattern, String text, StringBuilder said, boolean before) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      double months = count(m.group(1));
      String percent = percent(months);
      said.append(" Read a bonus of ").append(m.group(1)).append(months == 1 ? " month's" : " months'")
          .append(" pay as ").append(percent).append(" of base (").append(m.group(1)).append(" of 12 months).");
      m.appendReplacement(out, Matcher.quoteReplacement(before ? percent + " bonus" : "bonus " + percent));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static double count(String written) {
    return switch (written.toLowerCase(Locale.ROOT)) {
      case "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "six" -> 6;
      default -> Double.parseDouble(written);
    };
  }

  /** The share of a year's base, to two places and without trailing zeros: 2 months is "16.67%", 6 is "50%". */
  private static String percent(double months) {
    String p = String.format(Locale.ROOT, "%.2f", months * 100 / 12).replaceAll("\\.?0+$", "");
    return p + "%";
  }
}
