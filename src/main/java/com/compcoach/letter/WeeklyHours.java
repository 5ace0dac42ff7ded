package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hours a week a letter states ("37.5 hours per week", "a 40-hour work week", "three 12-hour shifts per week"). */
final class WeeklyHours {

  /** "36 hours per week", "Your scheduled hours are 36 per week", "Scheduled Weekly Hours: 40", "Scheduled hours are 40/week". */
  private static final Pattern HOURS_A_WEEK = Pattern.compile(
      // "40 uur per week": a Dutch letter's hours.
      "(?<![\\d.,])\\b(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:hours?|hrs?|uur|uren)\\s*(?:per|a|each|every|/)\\s*week\\b"
          + "|\\b(?:weekly\\s+(?:working\\s+|work\\s+)?hours|hours\\s+per\\s+week|hours\\s+a\\s+week)\\s*(?::|\\||of|are|will\\s+be)?\\s*(?<![\\d.,])(\\d{1,2}(?:\\.\\d{1,2})?)\\b"
          + "|\\bhours\\s+(?:are|will\\s+be)\\s+(?<![\\d.,])(\\d{1,2}(?:\\.\\d{1,2})?)\\s+(?:per|a|each)\\s+week\\b"
          // "Guaranteed hours: 40 per week", "Scheduled hours - 36 a week": the label, then the count and its week.
          + "|\\b(?:guaranteed|scheduled|contracted|standard|minimum|regular|expected|anticipated|normal|average)\\s+(?:weekly\\s+)?hours\\s*(?::|\\||-|–|of|are|will\\s+be)?\\s*"
          + "(?:(?:a\\s+)?minimum\\s+of\\s+)?(?<![\\d.,])(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:per|a|each|/)\\s*week\\b"
          // "based on a standard 40-hour work week", "a 37.5-hour working week".
          + "|(?<![\\d.,])\\b(\\d{1,2}(?:\\.\\d{1,2})?)[\\s-]*(?:hours?|hrs?)[\\s-]+(?:work(?:ing)?[\\s-]?)?week\\b"
          // "bij een volledige werkweek van 40 uur": a Dutch week's hours after it.
          + "|\\bwerkweek\\s+van\\s+(?<![\\d.,])(\\d{1,2}(?:\\.\\d{1,2})?)\\s+uur\\b");

  /** Words before a count of hours that make it a threshold or a cap: overtime over 40, not to exceed 48. */
  private static final Pattern CAP_BEFORE = Pattern.compile("\\b(?:over|above|beyond|exceed\\w*|than|up\\s+to|maximum"
      + "|max|average\\s+of|no\\s+more|at\\s+most|limit\\w*|cap\\w*)\\b[^.;]{0,20}$");

  /** "three 12-hour shifts per week", "3 x 12-hour shifts a week": a nurse's week as its shifts. */
  private static final Pattern SHIFTS_A_WEEK = Pattern.compile(
      // A separator between the count and the hours: "12-hour shifts each week" is no count of 1 and 2 hours.
      "(?<![\\d.])\\b(\\d|one|two|three|four|five|six)(?:\\s*[x×]\\s*|\\s+)(\\d{1,2}(?:\\.\\d{1,2})?)[\\s-]*(?:hours?|hrs?|hr)[\\s-]+shifts?\\s+"
          + "(?:per|a|each|every|/)\\s*week\\b");

  /** "72 hours per two-week pay period", "80 hours every two weeks", "75 hours a fortnight": two weeks' hours. */
  private static final Pattern HOURS_TWO_WEEKS = Pattern.compile(
      "(?<![\\d.,])\\b(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:hours?|hrs?)\\s*(?:per|a|each|every|in\\s+(?:a|each))\\s+"
          + "(?:(?:two|2)[\\s-]weeks?|fortnight|bi-?weekly)(?:\\s+pay(?:\\s+period)?)?\\b");

  /** Words of leave earned, before a count of hours per pay period that is an accrual, not a schedule. */
  private static final Pattern LEAVE_BEFORE = Pattern.compile("\\b(?:leave|accru\\w*|earn\\w*|pto|vacation|sick)\\b");

  /** The hours a {@link #HOURS_A_WEEK} match writes, whichever of its shapes it is. */
  static BigDecimal hoursIn(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return new BigDecimal(m.group(g));
      }
    }
    return BigDecimal.ZERO;
  }

  /**
   * The hours a week the letter states, with its sentence, or null: between 1 and 80, never an overtime threshold nor
   * full time's hours beside a part-time letter's own.
   */
  static Quote<BigDecimal> of(List<String> sentences, List<String> lowers) {
    for (int i = 0; i < lowers.size(); i++) {
      String lower = lowers.get(i);
      if (!lower.contains("week") && !lower.contains("fortnight")) {
        continue;
      }
      Matcher m = HOURS_A_WEEK.matcher(lower);
      while (m.find()) {
        BigDecimal hours = hoursIn(m);
        // "overtime for hours worked over 40 in a workweek" states a threshold, not the hours.
        // "will not exceed an average of 48 hours per week", "up to 45 hours": a cap, not the hours.
        String before = lower.substring(Math.max(0, m.start() - 40), m.start());
        if (hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(80)) <= 0 && !CAP_BEFORE.matcher(before).find()
            && !fullTime(lower, m.start())) {
          return new Quote<>(hours, sentences.get(i));
        }
      }
      // Only where two weeks are written: "two-week", "2 weeks", "fortnight", "bi-weekly".
      Matcher fortnight = lower.contains("two") || lower.contains("2") || lower.contains("fortnight")
          || lower.contains("bi") ? HOURS_TWO_WEEKS.matcher(lower) : null;
      if (fortnight != null && fortnight.find()) {
        // "a 0.9 FTE position (72 hours per two-week pay period)": half of it is a week's.
        BigDecimal hours = new BigDecimal(fortnight.group(1)).divide(BigDecimal.valueOf(2));
        // Never leave earned per pay period ("annual leave at the rate of 4 hours per bi-weekly pay period"): a
        // schedule of two weeks is 20 hours or more, with no leave word before it.
        String before = lower.substring(Math.max(0, fortnight.start() - 60), fortnight.start());
        if (hours.compareTo(BigDecimal.TEN) >= 0 && hours.compareTo(BigDecimal.valueOf(80)) <= 0
            && !CAP_BEFORE.matcher(before).find() && !LEAVE_BEFORE.matcher(before).find()) {
          return new Quote<>(hours, sentences.get(i));
        }
      }
      Matcher shifts = SHIFTS_A_WEEK.matcher(lower);
      Integer count = shifts.find() ? NumberWords.count(shifts.group(1)) : null;
      if (count != null && count > 0) {
        BigDecimal hours = new BigDecimal(shifts.group(2)).multiply(BigDecimal.valueOf(count));
        if (hours.compareTo(BigDecimal.valueOf(80)) <= 0) {
          return new Quote<>(hours, sentences.get(i));
        }
      }
    }
    return null;
  }

  /** A matcher of a week's hours in one sentence, in any of the shapes letters write them. */
  static Matcher matcher(String lower) {
    return HOURS_A_WEEK.matcher(lower);
  }

  /**
   * The words before a week's hours that make them full time's: "Full-time hours at the Trust are", "of a", "out of
   * a standard" ("20 hours per week out of a standard 40-hour week").
   */
  private static final Pattern FULL_TIME = Pattern.compile(
      "\\b(?:full[\\s-]?time|(?:out\\s+)?of\\s+(?:a|the|our)\\s+(?:standard|normal|usual|regular))\\b[^.;\\d]{0,40}$");

  /** Whether the hours at {@code start} are full time's ("Full-time hours at the Trust are 37.5 hours per week"). */
  static boolean fullTime(String lower, int start) {
    return FULL_TIME.matcher(lower.substring(Math.max(0, start - 50), start)).find();
  }

  private WeeklyHours() {}
}
