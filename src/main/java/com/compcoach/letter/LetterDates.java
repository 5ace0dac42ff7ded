package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates letters write: "December 11, 2026", "11th December 2026", "Dec. 11", "2026-12-11", "11/12/2026",
 * "11.12.2026", a weekday alone ("by Friday") and "within five business days", the last two counted from the letter's
 * own date. A numeric date both ways valid (3/4/2027) is read month first in US-dollar letters and day first elsewhere,
 * and flagged so the reader can ask.
 */
final class LetterDates {

  /**
   * A date found, whether its day and month could have been the other way round, and for a date counted from
   * another ("within 72 hours", "by Friday") what was counted, as a person says it; null for a date written out.
   */
  record Found(LocalDate date, boolean ambiguous, String counted) {
    Found(LocalDate date, boolean ambiguous) {
      this(date, ambiguous, null);
    }
  }

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s*(\\d{4}))?", Pattern.CASE_INSENSITIVE);
  /**
   * Day-first months also as French, German, Portuguese and Spanish letters write them ("11 janvier 2027", "1. März
   * 2027", "1. Februar 2027", "1er février 2027", "1º de fevereiro de 2027", "15 de diciembre de 2026", "1 febbraio 2027", "1 maart 2027"); "out", "set" and "ago" only in
   * full, being words.
   */
  private static final String DAY_FIRST_MONTH = "(jan(?:uary|vier|eiro|uar)?|feb(?:ruary|rero|ruar)?|février|févr?|fev(?:ereiro)?|"
      + "mar(?:ch|ço|co|zo)?|mars|märz|apr(?:il)?|avril|avr|abr(?:il)?|may(?:o)?|mai(?:o)?|june?|juin|juni|junho|junio|"
      + "july?|juillet|juil|juli|julho|julio|aug(?:ust)?|août|agosto|sep(?:t(?:ember|embre|iembre)?)?|setembro|"
      + "oct(?:ober|obre|ubre)?|okt(?:ober)?|outubro|nov(?:ember|embre|embro|iembre)?|dec(?:ember)?|décembre|déc|"
      + "dez(?:ember|embro)?|ene(?:ro)?|dic(?:iembre|embre)?|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
      + "ottobre|januari|februari|maart|mei|augustus)\\.?";
  private static final Pattern DAY_FIRST = Pattern.compile(
      // "02-Dec-2026", "15-Jan-2027" as Indian and ERP-made letters write them: dashes instead of spaces.
      "\\b" + DAY + "(?:[º°]|er)?\\.?(?:(?:\\s+of|\\s+de)?\\s+|-(?=\\p{L}+\\.?-\\d{4}))" + DAY_FIRST_MONTH
          + "(?![\\p{L}])(?:(?:,?\\s*(?:de\\s+)?|-)(\\d{4}))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:by|on|until|before|this|next|later\\s+than)\\s+(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day\\s+|business\\s+)?(?:on\\s+)?|"
          + "close\\s+of\\s+business\\s+(?:on\\s+)?|cob\\s+(?:on\\s+)?|eod\\s+(?:on\\s+)?)?(?:this\\s+|next\\s+)?(monday|tuesday|wednesday|thursday|friday|"
          + "saturday|sunday)\\b(?!\\s*,?\\s*(?:" + MONTH + "|\\d))", Pattern.CASE_INSENSITIVE);
  /** "by Friday 12/11": a weekday before a yearless slashed date, whose order the weekday settles. */
  private static final Pattern WEEKDAY_SLASHED = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+(\\d{1,2})/(\\d{1,2})\\b(?!/\\d)",
      Pattern.CASE_INSENSITIVE);
  /**
   * "within five business days", "valid for one week", "open for acceptance for a period of seven days", "will expire
   * seven days after the date of this letter": a count of days, weeks or hours from the letter's date. Only the offer
   * or the letter expires so: "vested options expire 30 days after termination" is no answer date.
   */
  private static final Pattern WITHIN = Pattern.compile(
      "(?:\\b(?:within|(?<=open\\s)for|(?<=valid\\s)for|(?<=period\\s)of)\\s+|(?<=\\b(?:offer|letter)\\s{1,2}(?:will\\s{1,2}|shall\\s{1,2})?expires?\\s))(\\w+)\\s*(?:\\(\\d+\\)\\s*)?"
          + "(?:(business|working|calendar)?\\s*(days?)|(hours?)|(weeks?))\\b", Pattern.CASE_INSENSITIVE);
  /** "within 72 hours of receipt", "5 business days after you receive this letter": counted from a day no letter says. */
  private static final Pattern OF_RECEIPT = Pattern.compile(
      "\\b(?:days?|hours?|weeks?)\\s+(?:of|from|after|following)\\s+(?:your\\s+|the\\s+)?(?:receipt|receiving|you\\s+receive|"
          + "delivery|the\\s+date\\s+you\\s+receive)", Pattern.CASE_INSENSITIVE);

  /**
   * The currencies of countries that write a date day first and never month first (India's "05-01-2027", the UK's
   * "04/12/2026"): there a slashed or dashed date is no question. Canada writes both, the US and the Philippines month
   * first, so their dollars and pesos are not here.
   */
  private static final Set<String> DAY_FIRST_CURRENCIES = Set.of("GBP", "EUR", "INR", "AUD", "NZD", "SGD", "HKD", "MYR", "BRL",
      "MXN", "ARS", "CLP", "COP", "ZAR", "AED", "SAR", "QAR", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "ILS", "TRY");

  private LetterDates() {}

  /** Whether a letter paid in this currency comes from a country that writes dates day first only. */
  static boolean dayFirstWhere(String currency) {
    return currency != null && DAY_FIRST_CURRENCIES.contains(currency);
  }

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
    if (best == null && reference != null) {
      best = weekdaySlashed(sentence, reference, monthFirst);
    }
    if (best != null || reference == null || !relative) {
      return best;
    }
    m = WEEKDAY.matcher(sentence);
    if (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      String name = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1).toLowerCase(Locale.ROOT);
      return new Found(reference.with(TemporalAdjusters.next(day)), false, "the first " + name + " after");
    }
    m = WITHIN.matcher(sentence);
    if (m.find() && !fromReceipt(sentence)) {
      Integer count = NumberWords.count(m.group(1));
      if (m.group(4) != null) {
        // "within 72 hours": whole days of hours only; "within 36 hours" has no day of its own to show.
        return count == null || count <= 0 || count % 24 != 0 || count > 24 * 14 ? null
            : new Found(reference.plusDays(count / 24), false, count + " hours");
      }
      if (m.group(5) != null) {
        // "valid for one week", "within two weeks": whole weeks of calendar days.
        return count == null || count <= 0 || count > 8 ? null
            : new Found(reference.plusDays(7L * count), false, count + (count == 1 ? " week" : " weeks"));
      }
      if (count != null && count > 0 && count <= 60) {
        boolean business = m.group(2) != null && !m.group(2).equalsIgnoreCase("calendar");
        return new Found(business ? BusinessDays.after(reference, count) : reference.plusDays(count), false,
            count + (business ? " business" : "") + (count == 1 ? " day" : " days"));
      }
    }
    return null;
  }

  /**
   * "Friday 12/11": the next such day on or after {@code reference}, in the letter's order of day and month, when it
   * falls on the weekday written; null when it does not (a slip a person would ask about).
   */
  private static Found weekdaySlashed(String sentence, LocalDate reference, boolean monthFirst) {
    Matcher m = WEEKDAY_SLASHED.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    int a = Integer.parseInt(m.group(2));
    int b = Integer.parseInt(m.group(3));
    // The letter's own order, unless that cannot be a month; the weekday then has to agree, never chooses.
    boolean mf = monthFirst ? a <= 12 : b > 12;
    LocalDate d = mf ? date(null, a, Integer.toString(b), reference) : date(null, b, Integer.toString(a), reference);
    return d != null && d.getDayOfWeek() == day ? new Found(d, false) : null;
  }

  /** Whether a deadline is counted from when the letter was received, a day the letter cannot give. */
  static boolean fromReceipt(String sentence) {
    return OF_RECEIPT.matcher(sentence).find();
  }

  /** The period a deadline counted from receipt gives ("72 hours", "five business days"), or null. */
  static String periodFromReceipt(String sentence) {
    Matcher m = WITHIN.matcher(sentence);
    return fromReceipt(sentence) && m.find() ? sentence.substring(m.start(1), m.end()).strip() : null;
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
    String[][] other = {{"fév", "2"}, {"fev", "2"}, {"mär", "3"}, {"avr", "4"}, {"abr", "4"}, {"mai", "5"},
        {"juin", "6"}, {"juil", "7"}, {"aoû", "8"}, {"ago", "8"}, {"set", "9"}, {"okt", "10"}, {"out", "10"},
        {"déc", "12"}, {"dez", "12"}, {"ene", "1"}, {"dic", "12"}, {"gen", "1"}, {"mag", "5"}, {"giu", "6"},
        {"lug", "7"}, {"ott", "10"}, {"maa", "3"}, {"mei", "5"}};
    for (String[] o : other) {
      if (w.startsWith(o[0])) {
        return Integer.parseInt(o[1]);
      }
    }
    throw new IllegalArgumentException("not a month: " + word);
  }
}
