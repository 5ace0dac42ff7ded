package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates letters write: "December 11, 2026", "11th December 2026", "Dec. 11", "2026-12-11", "11/12/2026",
 * "11.12.2026", a weekday alone ("by Friday") and "within five business days", the last two counted from the letter's
 * own date. A numeric date both ways valid (3/4/2027) is read month first in US-dollar letters and day first elsewhere,
 * and flagged so the reader can ask.
 */
final class LetterDates {

  /** A date found, and whether its day and month could have been the other way round. */
  record Found(LocalDate date, boolean ambiguous) {}

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s*(\\d{4}))?", Pattern.CASE_INSENSITIVE);
  /** Day-first months also as French and German letters write them ("11 janvier 2027", "1. März 2027"). */
  private static final String DAY_FIRST_MONTH = "(jan(?:uary|vier)?|feb(?:ruary)?|février|févr?|mar(?:ch)?|mars|märz|"
      + "apr(?:il)?|avril|avr|may|mai|june?|juin|juni|july?|juillet|juil|juli|aug(?:ust)?|août|sep(?:t(?:ember|embre)?)?|"
      + "oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|décembre|déc|dez(?:ember)?)\\.?";
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b" + DAY + "\\.?(?:\\s+of)?\\s+" + DAY_FIRST_MONTH + "(?![\\p{L}])(?:,?\\s*(\\d{4}))?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:by|on|until|before|this|next)\\s+(?:the\\s+end\\s+of\\s+)?(monday|tuesday|wednesday|thursday|friday|"
          + "saturday|sunday)\\b(?!\\s*,?\\s*(?:" + MONTH + "|\\d))", Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHIN = Pattern.compile(
      "\\bwithin\\s+(\\w+)\\s*(?:\\(\\d+\\)\\s*)?(business|working|calendar)?\\s*days?\\b", Pattern.CASE_INSENSITIVE);

  private LetterDates() {}

  /**
   * How the letter writes slashed (or dashed) dates when one of them shows it ("1/19/2027" can only be month first, "19/1/2027"
   * only day first): TRUE month first, FALSE day first, null when none shows it (or they disagree).
   */
  static Boolean slashOrder(List<String> sentences) {
    Boolean order = null;
    for (String s : sentences) {
      if (s.indexOf('/') < 0 && s.indexOf('-') < 0) {
        continue;
      }
      Matcher m = NUMERIC.matcher(s);
      while (m.find()) {
        if (m.group(2).equals(".") || m.group(2).equals("-") && m.group(4).length() < 4) {
          continue;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        Boolean shown = a <= 12 && b > 12 && b <= 31 ? Boolean.TRUE : a > 12 && a <= 31 && b <= 12 ? Boolean.FALSE : null;
        if (shown != null && order != null && !shown.equals(order)) {
          return null;
        }
        order = shown != null ? shown : order;
      }
    }
    return order;
  }

  /**
   * The first date written in the sentence, or null. A date without a year takes the first such day on or after
   * {@code reference}; when {@code relative}, a weekday alone and "within N days" count from it too.
   */
  static Found first(String sentence, LocalDate reference, boolean monthFirst, boolean relative) {
    Found best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = MONTH_FIRST.matcher(sentence);
    if (m.find()) {
      LocalDate d = date(m.group(3), month(m.group(1)), m.group(2), reference);
      if (d != null) {
        best = new Found(d, false);
        bestAt = m.start();
      }
    }
    m = DAY_FIRST.matcher(sentence);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(3), month(m.group(2)), m.group(1), reference);
      if (d != null) {
        best = new Found(d, false);
        bestAt = m.start();
      }
    }
    m = ISO.matcher(sentence);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        best = new Found(d, false);
        bestAt = m.start();
      }
    }
    m = NUMERIC.matcher(sentence);
    // "04-01-2027" as Indian and European letters write it; with a dash only a four-digit year makes it a date.
    if (m.find() && m.start() < bestAt && !(m.group(2).equals("-") && m.group(4).length() < 4)) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int year = Integer.parseInt(m.group(4));
      year = year < 100 ? 2000 + year : year;
      // A dotted date is European; a slashed one follows the letter's convention unless one part cannot be a month.
      boolean mf = !m.group(2).equals(".") && monthFirst && a <= 12 || b > 12;
      LocalDate d = mf ? of(year, a, b) : of(year, b, a);
      if (d != null) {
        best = new Found(d, a <= 12 && b <= 12 && a != b && !m.group(2).equals("."));
        bestAt = m.start();
      }
    }
    if (best != null || reference == null || !relative) {
      return best;
    }
    m = WEEKDAY.matcher(sentence);
    if (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      return new Found(reference.with(TemporalAdjusters.next(day)), false);
    }
    m = WITHIN.matcher(sentence);
    if (m.find()) {
      Integer days = NumberWords.count(m.group(1));
      if (days != null && days > 0 && days <= 60) {
        boolean business = m.group(2) != null && !m.group(2).equalsIgnoreCase("calendar");
        return new Found(business ? BusinessDays.after(reference, days) : reference.plusDays(days), false);
      }
    }
    return null;
  }

  private static LocalDate date(String year, int month, String day, LocalDate reference) {
    int d = Integer.parseInt(day);
    if (year != null) {
      return of(Integer.parseInt(year), month, d);
    }
    if (reference == null) {
      return null;
    }
    LocalDate candidate = of(reference.getYear(), month, d);
    if (candidate != null && candidate.isBefore(reference)) {
      candidate = of(reference.getYear() + 1, month, d);
    }
    return candidate;
  }

  private static LocalDate of(int year, int month, int day) {
    try {
      return year < 1990 || year > 2100 ? null : LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String[] starts = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < starts.length; i++) {
      if (w.startsWith(starts[i])) {
        return i + 1;
      }
    }
    // French and German names that start otherwise.
    String[][] other = {{"fév", "2"}, {"mär", "3"}, {"avr", "4"}, {"mai", "5"}, {"juin", "6"}, {"juil", "7"},
        {"aoû", "8"}, {"okt", "10"}, {"déc", "12"}, {"dez", "12"}};
    for (String[] o : other) {
      if (w.startsWith(o[0])) {
        return Integer.parseInt(o[1]);
      }
    }
    throw new IllegalArgumentException("not a month: " + word);
  }
}
