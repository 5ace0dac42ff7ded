package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import com.compcoach.money.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time off a letter gives: a count of days or weeks beside a time-off phrase of {@code letter/words.txt}
 * ("20 days of paid time off", "25 vacation days", "Annual leave: 4 weeks", "11 paid company holidays", "PTO accrues
 * at 1.25 days per month"), or a phrase
 * that sets none ("unlimited PTO"). A count that is not next to the phrase ("PTO accrues after 90 days") is not its.
 */
final class TimeOffTerms {

  /** A count: digits, a number word, or "thirty (30)". */
  private static final String COUNT = "(\\d{1,3}(?:[.,]\\d{1,2})?|" + NumberWords.word() + "|" + ContractTerms.FOREIGN_COUNT_WORDS
      + ")(?:\\s*\\((\\d{1,3})\\))?";
  /** The unit after a count, with the words letters put between ("working", "paid"). */
  private static final String UNIT = "(?:(?:paid|working|business|calendar|work|annual|full)\\s+){0,2}"
      + "(days?|weeks?|tage|arbeitstage|wochen|jours|semaines|dagen|weken|días|dias"
      // "120 hours of paid time off": hours a year, never hours earned each pay period (ACCRUAL reads those).
      + "|hours?(?![^.;]{0,40}\\bpay\\s+period))(?:'s|’s|'|’)?";
  /** What makes a "leave" unpaid or statutory: "… of leave under the FMLA", "without pay", "of absence". */
  private static final Pattern UNPAID_AFTER = Pattern.compile(
      "\\s*(?:under\\b|without\\s+pay|\\(?unpaid|of\\s+absence|is\\s+unpaid|as\\s+unpaid)");

  /**
   * "20 days of paid time off", "25 days' holiday", "4 weeks annual leave", "27 working days' paid holiday": a count
   * and unit right before.
   */
  private static final Pattern BEFORE = Pattern.compile(
      // "25 jours ouvrés de congés payés": French puts the kind of day after its word.
      "(?<![\\p{L}\\d.,])" + COUNT + "\\s+" + UNIT + "(?:\\s+(?:ouvrés|ouvrables|calendaires|hábiles|habiles|úteis|uteis|corridos))?"
          + "\\s*(?:of\\s+|de\\s+)?(?:paid\\s+)?$");
  /**
   * "25 vacation days", "11 paid company holidays", "10 company-paid holidays": a bare count right before a phrase
   * that names its own unit.
   */
  private static final Pattern BARE_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\d.,])" + COUNT + "\\s+(?:company-|(?:paid|company[- ]paid|fully[- ]paid|observed|designated|scheduled)\\s+)?$");
  /** "Annual leave: 4 weeks", "holiday entitlement is 25 days", "PTO | 20 days": a count right after. */
  private static final Pattern AFTER = Pattern.compile(
      "\\s*(?:\\([^)]{1,12}\\)\\s*)?(?::|\\||-|–|—|\\bis\\b|\\bare\\b|\\bof\\b|"
          // "Vacaciones de 12 días hábiles", "Férias anuais de 30 dias".
          + "(?:\\b(?:anuais|anuales)\\s+)?\\bde\\b|\\bwill\\s+be\\b|\\btotals?\\b"
          + "|\\bequal\\s+to\\b|\\bamounts?\\s+to\\b|\\baccru\\w*(?:\\s+at)?(?:\\s+(?:a|the)\\s+rate\\s+of)?)?\\s*"
          + "(?:up\\s+to\\s+)?" + COUNT + "\\s+" + UNIT + "(?:\\s+(?:hábiles|habiles|úteis|uteis))?");
  /**
   * "at the rate of 4 hours per bi-weekly pay period", "7.08 hours per semi-monthly pay period", "4.62 hours each pay
   * period": hours earned each pay period. Group 2 is the period's word where it is written at the hours; without it
   * the letter must name one pay period elsewhere ("Pay periods are bi-weekly"), else the year would be a guess.
   */
  private static final Pattern ACCRUAL = Pattern.compile(
      "\\s*(?:accru\\w*\\s+|earned\\s+)?(?:at\\s+(?:(?:a|the)\\s+rate\\s+of\\s+)?)?(\\d{1,2}(?:\\.\\d{1,2})?)\\s+hours?\\s+"
          + "(?:per|each|every|a|for\\s+each)\\s+(?:(bi-?weekly|two-week|2-week|biweekly|semi-?monthly|semi\\s+monthly|"
          + "twice\\s+monthly|weekly|monthly)\\s+)?pay\\s+period\\b");
  /** Where a letter says how often it pays: "Pay periods are bi-weekly", "paid semi-monthly", "our weekly payroll". */
  private static final Pattern PAY_PERIOD = Pattern.compile(
      "\\bpay\\s+periods?\\s+(?:are|is|will\\s+be)\\s+|\\bpaid\\s+(?:on\\s+a\\s+)?|\\bpayroll\\s+(?:is|runs)\\s+");
  /** What a "paid …" may speak of that is not the salary. */
  private static final Pattern NOT_SALARY = Pattern.compile(
      "commission|bonus|incentive|expense|reimburs|allowance|stipend|dividend|overtime|sign-on|signing");
  /** The pay periods hours can accrue by, and how each is written in a note. */
  private static final java.util.Map<Period, String> ACCRUED_BY = java.util.Map.of(Period.BIWEEK, "two-week",
      Period.SEMI_MONTH, "half-month", Period.MONTH, "monthly", Period.WEEK, "weekly");
  /** "unlimited PTO", "flexible time off": a phrase that sets no number of days. */
  private static final Pattern OPEN_ENDED = Pattern.compile(
      "\\b(unlimited|flexible|open|discretionary|uncapped)\\s+(?:paid\\s+)?$");
  /** "PTO: unlimited", "Vacation | Flexible", "time off is unlimited": the open-ended word after the phrase. */
  private static final Pattern OPEN_ENDED_AFTER = Pattern.compile(
      "\\s*(?::|\\||-|–|—|\\bis\\b|\\bare\\b)\\s*(unlimited|flexible|uncapped|discretionary)\\b");
  /**
   * How often the count is given, right after it or after the phrase ("per calendar year", "a month"); "15 days of
   * paid time off, accrued monthly" says how it accrues, and "a month of parental leave" is another leave.
   */
  private static final Pattern PER = Pattern.compile(
      "[\\s,]*(?:\\([^)]{1,12}\\)\\s*)?(?:(?:of|paid|holiday|holidays|leave|vacation|pto|off|annual)\\s+){0,3}?(?:(?:per|pro|a|an|each|every|in\\s+each)\\s+(?:calendar\\s+|holiday\\s+|leave\\s+|fiscal\\s+"
          + "|full\\s+|contract\\s+|vacation\\s+)?(year|month|kalenderjahr|jahr|monat|jaar|kalenderjaar)\\b|(annually|per\\s+annum|p\\.\\s?a\\.|yearly|monthly))");
  /** Phrases that are a day each: "11 paid company holidays", "25 vacation days", "5 sick days". */
  private static final Pattern DAY_PHRASE = Pattern.compile("(?:holidays?|days|days off|dagen|dage|tage)$|^jours\\b");
  /** The words that say which days a count counts; "Arbeitstage" are working days. */
  private static final Pattern DAY_KIND = Pattern.compile(
      "\\b(?:calendar|working|business|work|arbeitstage|werktage|jours\\s+ouvrés|jours\\s+ouvrables)\\b"
          + "|\\bd[ií]as\\s+(?:hábiles|habiles|úteis|uteis)\\b");
  private static final Pattern PUBLIC_HOLIDAYS = Pattern.compile("\\b(?:bank|public|company|paid|statutory)\\s+holidays?\\b");
  private static final Pattern ANNUAL = Pattern.compile("^(?:paid\\s+)?(?:annual|yearly)\\b");
  /** "plus bank holidays", "in addition to the usual public holidays": holidays on top, with no count written. */
  private static final Pattern PLUS_PUBLIC = Pattern.compile(
      "\\b(?:plus|in\\s+addition\\s+to|on\\s+top\\s+of|as\\s+well\\s+as|exclusive\\s+of|excluding|and)\\s+(?:all\\s+)?(?:the\\s+)?"
          + "(?:usual\\s+|normal\\s+|recognised\\s+|recognized\\s+)?(?:uk\\s+|english\\s+|scottish\\s+|irish\\s+|national\\s+)?"
          + "(?:bank|public|statutory)(?:\\s+(?:and|&)\\s+(?:bank|public|statutory))?\\s+holidays\\b");
  /** "pro-rated for your first year", "pro rata in the first holiday year". */
  private static final Pattern PRO_RATED_FIRST_YEAR = Pattern.compile(
      "\\bpro[- ]?rat(?:a|ed)\\b[^.;]{0,30}?\\b(?:first|initial|joining)\\s+(?:(?:calendar|holiday|leave)\\s+)?year\\b"
          + "|\\b(?:first|initial|joining)\\s+(?:(?:calendar|holiday|leave)\\s+)?year\\b[^.;]{0,30}?\\bpro[- ]?rat(?:a|ed)\\b");
  /** Time-off entries listed at most: a benefits section is not a second offer. */
  private static final int MOST = 6;

  private TimeOffTerms() {}

  /** The time off the letter's sentences give, each with its sentence, in the letter's order. */
  static List<Quote<TimeOff>> of(List<String> sentences, List<String> lowers, LetterWords words) {
    List<Quote<TimeOff>> read = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    Period paid = payPeriod(lowers);
    BigDecimal dayHours = dayHours(sentences, lowers);
    for (int i = 0; i < sentences.size() && read.size() < MOST; i++) {
      String lower = lowers.get(i);
      Set<Integer> counted = new HashSet<>();
      for (LetterWords.Hit hit : words.all(lower, Topic.TIME_OFF)) {
        TimeOff found = around(at(lower, hit, counted, paid, dayHours), lower);
        if (found != null && read.size() < MOST && listed.add(found.what())) {
          read.add(new Quote<>(found, sentences.get(i)));
        }
      }
    }
    return read;
  }

  /**
   * The hours of a working day that leave given in hours is counted in: a fifth of a full-time week the letter states
   * ("37.5 hours per week": 187.5 hours of leave are 25 days of 7.5 hours), else 8. Shifts are no fifth of the week
   * ("three 12-hour shifts"), so a letter of shifts keeps 8, as does a week outside full time's 30 to 45 hours.
   */
  private static BigDecimal dayHours(List<String> sentences, List<String> lowers) {
    Quote<BigDecimal> weekly = WeeklyHours.of(sentences, lowers);
    if (weekly == null || weekly.value().compareTo(BigDecimal.valueOf(30)) < 0
        || weekly.value().compareTo(BigDecimal.valueOf(45)) > 0 || lowers.stream().anyMatch(l -> l.contains("shift"))) {
      return EIGHT;
    }
    return weekly.value().divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static final BigDecimal EIGHT = BigDecimal.valueOf(8);

  /** The one pay period the letter names ("Pay periods are bi-weekly", "paid semi-monthly"), or null: none or two. */
  static Period payPeriod(List<String> lowers) {
    Period found = null;
    for (String lower : lowers) {
      Matcher m = PAY_PERIOD.matcher(lower);
      while (m.find()) {
        if (NOT_SALARY.matcher(lower.substring(Math.max(0, m.start() - 40), m.start())).find()) {
          // "Commissions are paid monthly in arrears": how another part is paid, not the salary's pay period.
          continue;
        }
        Period p = Period.at(lower, m.end());
        if (p != null && ACCRUED_BY.containsKey(p)) {
          if (found != null && found != p) {
            return null;
          }
          found = p;
        }
      }
    }
    return found;
  }

  /**
   * A count's surroundings: "annual" leave is given a year, public holidays on top ("plus bank holidays", with no
   * count of their own, which would be listed apart), and a first year pro-rated.
   */
  private static TimeOff around(TimeOff off, String lower) {
    if (off == null || off.count() == null || PUBLIC_HOLIDAYS.matcher(off.what()).find()) {
      return off;
    }
    String per = off.per() == null && ANNUAL.matcher(off.what()).find() ? "year" : off.per();
    return new TimeOff(off.what(), off.count(), off.weeks(), per, off.dayKind(), PLUS_PUBLIC.matcher(lower).find(),
        PRO_RATED_FIRST_YEAR.matcher(lower).find(), off.accrual(), off.dayHours());
  }

  /** The time off phrase {@code hit} names, with the count beside it not yet taken by another phrase; else null. */
  private static TimeOff at(String lower, LetterWords.Hit hit, Set<Integer> counted, Period paid,
      BigDecimal dayHours) {
    String what = lower.substring(hit.start(), hit.end());
    String before = lower.substring(Math.max(0, hit.start() - 60), hit.start());
    int offset = hit.start() - before.length();
    Matcher m = BEFORE.matcher(before);
    if (what.equals("leave") && (UNPAID_AFTER.matcher(lower).region(hit.end(), lower.length()).lookingAt()
        || before.contains("unpaid"))) {
      // "up to 12 weeks of leave under the FMLA", "4 weeks of unpaid leave": a right to be away, never paid time off.
      return null;
    }
    if (m.find()) {
      if (m.group(3).startsWith("hour") && lower.substring(hit.end(), Math.min(lower.length(), hit.end() + 50))
          .contains("pay period")) {
        // "You will earn 4 hours of annual leave each pay period": leave earned, which ACCRUAL reads when it can.
        return null;
      }
      return counted.add(offset + m.start()) ? of(what, m, m.group(3), per(lower, hit.end()), dayHours) : null;
    }
    if (what.equals("leave")) {
      // "leave" alone is time off only after its count ("30 working days of leave"): a "Leave:" label heads the
      // phrases that follow it ("Leave: 20 days of annual leave"), and elsewhere it is a verb.
      return null;
    }
    m = BARE_BEFORE.matcher(before);
    if (m.find() && DAY_PHRASE.matcher(what).find()) {
      return counted.add(offset + m.start()) ? of(what, m, "days", per(lower, hit.end()), dayHours) : null;
    }
    m = AFTER.matcher(lower).region(hit.end(), Math.min(lower.length(), hit.end() + 60));
    if (m.lookingAt()) {
      return counted.add(m.start(1)) ? of(what, m, m.group(3), per(lower, m.end()), dayHours) : null;
    }
    m = ACCRUAL.matcher(lower).region(hit.end(), Math.min(lower.length(), hit.end() + 60));
    Period period = !m.lookingAt() ? null : m.group(2) == null ? paid : Period.at(m.group(2).replace("two-week", "biweekly")
        .replace("2-week", "biweekly"), 0);
    if (period != null && ACCRUED_BY.containsKey(period) && counted.add(m.start(1))) {
      // "annual leave at the rate of 4 hours per bi-weekly pay period": 26 such periods a year, 8 hours a day.
      BigDecimal hours = new BigDecimal(m.group(1));
      BigDecimal days = hours.multiply(BigDecimal.valueOf(period.perYear())).divide(dayHours, 1,
          RoundingMode.HALF_UP).stripTrailingZeros();
      return new TimeOff(what, days, false, "year", null, false, false,
          hours.stripTrailingZeros().toPlainString() + " hours each " + ACCRUED_BY.get(period) + " pay period", dayHours);
    }
    Matcher open = OPEN_ENDED.matcher(before);
    if (open.find()) {
      return new TimeOff(open.group(1) + " " + what, null, false, null);
    }
    open = OPEN_ENDED_AFTER.matcher(lower).region(hit.end(), Math.min(lower.length(), hit.end() + 20));
    if (open.lookingAt()) {
      return new TimeOff(open.group(1) + " " + what, null, false, null);
    }
    return null;
  }

  private static TimeOff of(String what, Matcher m, String unit, String per, BigDecimal dayHours) {
    String written = m.group(2) != null ? m.group(2) : m.group(1);
    BigDecimal count;
    if (Character.isDigit(written.charAt(0))) {
      count = new BigDecimal(written.replace(',', '.'));
    } else {
      // "quatre semaines de vacances": a count in the letter's own language.
      Integer n = NumberWords.cardinal(written) != null ? NumberWords.cardinal(written) : ContractTerms.foreignCount(written);
      if (n == null) {
        return null;
      }
      count = BigDecimal.valueOf(n);
    }
    if (count.signum() <= 0) {
      return null;
    }
    if (unit.startsWith("hour")) {
      // "120 hours of paid time off": days of the letter's working day, the hours said beside them; a few hours with no
      // year said ("4 hours of sick leave") are leave earned over some period the sentence does not give.
      if (per == null && count.compareTo(BigDecimal.valueOf(40)) < 0) {
        return null;
      }
      return new TimeOff(what, count.divide(dayHours, 1, RoundingMode.HALF_UP).stripTrailingZeros(), false,
          per, null, false, false, count.stripTrailingZeros().toPlainString() + " hours", dayHours);
    }
    boolean weeks = unit.startsWith("week") || unit.startsWith("woche") || unit.startsWith("semaine")
        || unit.startsWith("weke");
    return new TimeOff(what, count, weeks, per, weeks ? null : dayKind(m.group()));
  }

  /** "working" or "calendar" where the count's words say which days it counts ("25 working days"), else null. */
  private static String dayKind(String written) {
    Matcher m = DAY_KIND.matcher(written);
    if (!m.find()) {
      return null;
    }
    return m.group().startsWith("cal") ? "calendar" : "working";
  }

  /** "year" or "month" where the words at {@code from} say how often the count is given; else null. */
  private static String per(String lower, int from) {
    Matcher m = PER.matcher(lower).region(from, Math.min(lower.length(), from + 50));
    if (!m.lookingAt()) {
      return null;
    }
    String word = m.group(1) != null ? m.group(1) : m.group(2);
    return word.startsWith("mon") ? "month" : "year";
  }
}
