package com.compcoach.coach;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline typed in a thread ("they need an answer by Friday", "deadline is Dec 12", "offer expires on the 15th",
 * "by end of next week", "they asked me to sign today"), read relative to today. Only a date that follows a deadline
 * word counts, so "I start on Dec 12" is not taken for one.
 */
final class TypedDeadline {

  private static final Pattern CUE = Pattern.compile(
      "\\b(deadline|expires?|expiring|expiry|answer by|respond by|reply by|decide by|decision by|sign by|accept by"
          + "|sign(?: it| this)?|decide|answer|respond|accept"
          + "|need(?:s)? (?:an answer|a decision|to know)|by)\\b", Pattern.CASE_INSENSITIVE);
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL = Pattern.compile("\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern END_OF_WEEK = Pattern.compile("\\bend of (?:the |this )?(next )?week\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(next\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile("\\b(today|tonight|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
  /** "Sept 30 deadline, 185k base", "friday deadline": a date said just before "deadline" is the deadline's. */
  private static final Pattern DATE_BEFORE_DEADLINE = Pattern.compile("\\b(" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?"
      + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "|(?:next\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
      + "|the\\s+\\d{1,2}(?:st|nd|rd|th))\\s+deadline\\b", Pattern.CASE_INSENSITIVE);

  /** A span of time to answer in: "24h", "3 days", "two working days", "a week". */
  private static final String SPAN = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven)\\s*"
      + "(h|hrs?|hours?|days?|business days?|working days?|weeks?)";
  /** "3 days to decide", "48 hours to sign". */
  private static final Pattern SPAN_TO_ANSWER = Pattern.compile("\\b" + SPAN + "\\s+(?:left\\s+)?to\\s+"
      + "(?:decide|answer|respond|reply|sign|accept|get back)\\b", Pattern.CASE_INSENSITIVE);
  /** "they need an answer in 2 days", "respond within 48 hours": a span after a deadline word. */
  private static final Pattern WITHIN_SPAN = Pattern.compile("\\b(?:in|within)\\s+" + SPAN + "\\b",
      Pattern.CASE_INSENSITIVE);
  /** "I have 3 days", "I have 3 days left, what's the plan?": the time left, with nothing after it. */
  private static final Pattern TIME_LEFT = Pattern.compile("\\b(?:have|has|got)\\s+" + SPAN
      + "(?:\\s+left)?(?=\\s*(?:[,.!?;]|$))", Pattern.CASE_INSENSITIVE);
  private static final Pattern ABOUT_NORMS = Pattern.compile(
      "(?i)\\b(?:normal|usual|typical|common|standard|legal|reasonable)\\b.*\\?");
  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven");

  private TypedDeadline() {}

  /** Whether a date is said just before "deadline" ("Sept 30 deadline, 185k base"), which no deadline phrase holds. */
  static boolean datedBefore(String message) {
    return message != null && message.toLowerCase(Locale.ROOT).contains("deadline")
        && DATE_BEFORE_DEADLINE.matcher(message).find();
  }

  /** The day the message says an answer is due by, or empty when it names none (or none that reads as a date). */
  static Optional<LocalDate> read(String message, LocalDate today) {
    String text = message == null ? "" : message;
    Matcher left = TIME_LEFT.matcher(text);
    if (left.find()) {
      return Optional.of(after(left, today));
    }
    Matcher before = text.toLowerCase(Locale.ROOT).contains("deadline") ? DATE_BEFORE_DEADLINE.matcher(text) : null;
    if (before != null && before.find()) {
      try {
        return Optional.ofNullable(date(before.group(1), today));
      } catch (DateTimeException impossible) {
        return Optional.empty(); // "Feb 31 deadline": not a day, so not a deadline
      }
    }
    Matcher cue = CUE.matcher(text);
    if (!cue.find()) {
      return Optional.empty();
    }
    String after = message.substring(cue.start());
    // "is it normal that they want an answer in 24 hours?" asks about such deadlines, and names none of its own.
    Matcher span = SPAN_TO_ANSWER.matcher(text);
    if (!ABOUT_NORMS.matcher(text).find() && (span.find() || (span = WITHIN_SPAN.matcher(after)).find())) {
      return Optional.of(after(span, today));
    }
    try {
      return Optional.ofNullable(date(after, today));
    } catch (DateTimeException impossible) {
      return Optional.empty(); // "Feb 31": not a day, so not a deadline
    }
  }

  private static LocalDate date(String text, LocalDate today) {
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    if ((m = MONTH_DAY.matcher(text)).find()) {
      return nextOnOrAfter(month(m.group(1)), Integer.parseInt(m.group(2)), today);
    }
    if ((m = DAY_MONTH.matcher(text)).find()) {
      return nextOnOrAfter(month(m.group(2)), Integer.parseInt(m.group(1)), today);
    }
    if ((m = ORDINAL.matcher(text)).find()) {
      int day = Integer.parseInt(m.group(1));
      // "the 15th" is this month's when it is still to come, else next month's.
      LocalDate month = day >= today.getDayOfMonth() ? today : today.plusMonths(1);
      return month.withDayOfMonth(day);
    }
    if ((m = END_OF_WEEK.matcher(text)).find()) {
      LocalDate week = m.group(1) == null ? today : startOfNextWeek(today);
      return week.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }
    if ((m = WEEKDAY.matcher(text)).find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      LocalDate from = m.group(1) == null ? today : startOfNextWeek(today);
      return from.with(TemporalAdjusters.nextOrSame(day));
    }
    if ((m = RELATIVE.matcher(text)).find()) {
      return m.group(1).equalsIgnoreCase("tomorrow") ? today.plusDays(1) : today;
    }
    return null;
  }

  /**
   * The day a span of time from today ends: hours count in whole days ("24h" is tomorrow), working days skip the
   * weekend.
   */
  private static LocalDate after(Matcher span, LocalDate today) {
    String count = span.group(1).toLowerCase(Locale.ROOT);
    int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : Math.max(1, SMALL.indexOf(count));
    String unit = span.group(2).toLowerCase(Locale.ROOT);
    if (unit.startsWith("h")) {
      return today.plusDays(Math.max(1, (n + 23) / 24));
    }
    if (unit.startsWith("week")) {
      return today.plusWeeks(n);
    }
    if (unit.startsWith("business") || unit.startsWith("working")) {
      LocalDate day = today;
      for (int i = 0; i < n; i++) {
        day = day.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          day = day.plusDays(1);
        }
      }
      return day;
    }
    return today.plusDays(n);
  }

  private static LocalDate startOfNextWeek(LocalDate today) {
    return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  /** A month and day without a year: this year's, unless it has passed, then next year's. */
  private static LocalDate nextOnOrAfter(Month month, int day, LocalDate today) {
    LocalDate date = LocalDate.of(today.getYear(), month, day);
    return date.isBefore(today) ? date.plusYears(1) : date;
  }

  private static Month month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month;
      }
    }
    throw new DateTimeException("no month " + prefix);
  }
}
