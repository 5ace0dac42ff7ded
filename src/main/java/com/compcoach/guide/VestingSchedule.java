package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The years a vesting schedule spans when written as shares of a grant: "25% per year", "vests 25/25/25/25". */
final class VestingSchedule {

  private VestingSchedule() {}

  /** "vesting 25% per year", "33% each year", "20% annually", "25%/yr": the share of the grant vesting each year. */
  private static final Pattern PERCENT_A_YEAR = Pattern.compile("(?i)(?<![\\d.])(\\d{1,2}(?:\\.\\d+)?|100)\\s*%\\s*"
      + "(?:(?:of (?:it|the grant|the award) )?(?:vesting|vests|vest)\\s+)?(?:(?:per|a|an|each|every)\\s+year|annually|"
      + "yearly|/\\s*(?:yr|year)\\b)");

  /** "25/25/25/25", "33/33/34", "40/30/20/10": each year's share of the grant, adding up to 100. */
  private static final Pattern SHARES = Pattern.compile("(?<![\\d/.,$])(\\d{1,2}(?:\\s*/\\s*\\d{1,2}){1,9})(?![\\d/.,kKmM])");

  /** Whether {@code at} falls in a vesting schedule written as shares ("vests 33/33/34"): no figure of the band. */
  static boolean within(String text, int at) {
    if (text.indexOf('/') < 0 || !(text.contains("vest") || text.contains("Vest"))) {
      return false;
    }
    Matcher m = SHARES.matcher(text);
    while (m.find()) {
      if (at >= m.start() && at < m.end() && sharesAddUp(m.group(1)) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The text with its schedule's words blanked ("vesting 25% per year"), so what is left says the figure's period. */
  static String without(String text) {
    String out = text.indexOf('%') >= 0 ? PERCENT_A_YEAR.matcher(text).replaceAll(" ") : text;
    return out.indexOf('/') >= 0 ? SHARES.matcher(out).replaceAll(" ") : out;
  }

  /** How many shares a schedule such as "25/25/25/25" lists, when they add up to the whole grant; else 0. */
  private static int sharesAddUp(String schedule) {
    String[] parts = schedule.split("\\s*/\\s*");
    int sum = 0;
    for (String part : parts) {
      sum += Integer.parseInt(part.strip());
    }
    return sum >= 99 && sum <= 101 ? parts.length : 0;
  }

  /** The years the schedule spans, or 0 when the text writes none this way. */
  static int years(String text) {
    if (text.indexOf('%') >= 0) {
      Matcher m = PERCENT_A_YEAR.matcher(text);
      if (m.find()) {
        double share = Double.parseDouble(m.group(1));
        long years = Math.round(100 / share);
        // Only a share that divides the grant into whole years: 25% is four, 33% three, 20% five.
        if (share > 0 && years >= 1 && years <= 10 && Math.abs(years * share - 100) <= 1.5) {
          return (int) years;
        }
      }
    }
    if (text.indexOf('/') >= 0 && (text.contains("vest") || text.contains("Vest"))) {
      Matcher m = SHARES.matcher(text);
      while (m.find()) {
        int years = sharesAddUp(m.group(1));
        if (years > 0) {
          return years;
        }
      }
    }
    return 0;
  }
}
