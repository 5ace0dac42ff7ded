package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a week and the weeks a year a contractor's day rate is paid for ("4 days a week", "46 working weeks a
 * year"): a year's pay is the rate × the days × the weeks, and only the letter's own weeks make it one.
 */
record ContractDays(int daysAWeek, Integer weeksAYear) {

  /** "4 days a week", "four days per week", "a 4-day week"; "3 days a week in the office" is a hybrid schedule. */
  private static final Pattern DAYS_A_WEEK = Pattern.compile(
      "\\b([1-5]|one|two|three|four|five)(?:\\s+(?:working\\s+|work\\s+)?days?\\s+(?:a|per|each)\\s+week|-day\\s+"
          + "(?:working\\s+|work\\s+)?week)\\b"
          + "(?![^.;]{0,25}\\b(?:in\\s+(?:the|our)\\s+office|office|on[\\s-]?site|in[\\s-]person|from\\s+home|remote))");
  /**
   * Attendance named before the count ("attend the client site two days a week", "in the office three days a week",
   * "hybrid (2 days a week)"): the days are where the work is done, never the days the rate pays.
   */
  private static final Pattern ATTENDANCE_BEFORE = Pattern.compile(
      "\\b(?:attend\\w*|site|onsite|office|in[\\s-]person|hybrid|from\\s+home|commut\\w*)\\b"
          + "[^.;]*$");
  /** How far before a count its attendance words are looked for: the clause that names the count. */
  private static final int ATTENDANCE_REACH = 40;
  /** "46 working weeks a year", "for 46 weeks per annum", "46 weeks over the 12-month term". */
  private static final Pattern WEEKS = Pattern.compile(
      "(?<![\\d.,])\\b([2-5]\\d)\\s+(?:working\\s+|paid\\s+|billable\\s+)?weeks\\b([^.;]{0,30})");
  private static final Pattern A_YEAR = Pattern.compile("\\b(?:a|per|each|every)\\s+year\\b|\\bper\\s+annum\\b|\\bannually\\b");
  /** A term of a year: weeks "over the term" are then a year's. */
  private static final Pattern YEAR_TERM = Pattern.compile("\\b(?:12|twelve)[\\s-]months?\\b|\\bone[\\s-]year\\b");

  /** The days a week the letter pays, with its weeks a year where it states them; null where it states no days. */
  static ContractDays of(List<String> lowers) {
    Integer days = null;
    Integer yearWeeks = null;
    Integer termWeeks = null;
    boolean yearTerm = false;
    boolean changing = false;
    for (String lower : lowers) {
      if ((lower.contains("month") || lower.contains("year")) && YEAR_TERM.matcher(lower).find()) {
        yearTerm = true;
      }
      if (!lower.contains("week")) {
        continue;
      }
      for (Matcher d = DAYS_A_WEEK.matcher(lower); d.find(); ) {
        String before = lower.substring(Math.max(0, d.start() - ATTENDANCE_REACH), d.start());
        if (ATTENDANCE_BEFORE.matcher(before).find()) {
          continue;
        }
        String n = d.group(1);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NumberWords.count(n);
        // Two counts ("3 days a week for the first month, then 5 days a week") are a schedule that changes: which
        // one a year is paid by is asked, never the first one taken.
        changing |= days != null && days != count;
        days = count;
      }
      for (Matcher w = WEEKS.matcher(lower); w.find(); ) {
        int weeks = Integer.parseInt(w.group(1));
        if (weeks > 52) {
          continue;
        }
        if (A_YEAR.matcher(w.group(2)).find()) {
          yearWeeks = weeks;
        } else if (w.group(2).contains("term") || w.group(2).contains("contract")) {
          termWeeks = weeks;
        }
      }
    }
    if (days == null || changing) {
      return null;
    }
    // Weeks "over the term" are a year's only where the term is a year.
    return new ContractDays(days, yearWeeks != null ? yearWeeks : yearTerm ? termWeeks : null);
  }
}
