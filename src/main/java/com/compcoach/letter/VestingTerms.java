package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a grant's vesting from the sentences that say "vest": the yearly percentages ("5/15/40/40", "25% on the first
 * anniversary and 1/48th monthly thereafter", "5% after the first year, 15% after the second and 20% every six
 * months thereafter", "in three equal annual installments"), the cliff in months and how often it vests after it.
 */
final class VestingTerms {

  /**
   * A schedule as read.
   *
   * @param schedule    percent of the grant vesting in each year, summing to 100; empty when not said
   * @param cliffMonths months before anything vests, or null when not said
   * @param frequency   "monthly", "quarterly", "semi-annually" or "annually" after the cliff, or null
   */
  record Terms(List<BigDecimal> schedule, Integer cliffMonths, String frequency) {
    Terms {
      schedule = List.copyOf(schedule);
    }

    int years() {
      return schedule.size();
    }
  }

  private static final Pattern SLASHED = Pattern.compile(
      "(?<![\\d/.])(\\d{1,2}(?:\\.\\d{1,2})?)%?((?:\\s?/\\s?\\d{1,2}(?:\\.\\d{1,2})?%?){1,5})(?![\\d/])");
  private static final Pattern FRACTION = Pattern.compile("\\b1\\s?/\\s?(\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})?)\\s?(?:%|per\\s?cent\\b)");
  private static final Pattern YEARS = Pattern.compile(
      "\\b(\\w+)(?:\\s*\\(\\d\\))?[\\s-]+years?\\b|\\b(\\d{2})[\\s-]+months?\\b|\\b(\\d{1,2})\\s?(?:y|yrs?)\\b");
  private static final Pattern CLIFF = Pattern.compile(
      "\\b(\\w+)(?:\\s*\\(\\d{1,2}\\))?[\\s-]*(year|month|y|yr|mo)s?[\\s-]+cliff\\b|\\bcliff\\s+(?:period\\s+)?of\\s+(\\w+)"
          + "(?:\\s*\\(\\d{1,2}\\))?\\s+(year|month)s?");
  private static final Pattern ANNIVERSARY_FIRST = Pattern.compile(
      "\\b(?:first|1st|one[- ]year|1[- ]year|twelve[- ]month|12[- ]month)\\s+anniversary|\\bafter\\s+year\\s+(?:one|1)\\b"
          + "|\\bafter\\s+(?:the\\s+first|your\\s+first|one|1|a)\\s+"
          + "(?:full\\s+)?year|\\b(?:12|twelve)\\s+months\\s+(?:after|following|from)"
          + "|\\b(?:after|at)\\s+(?:12|twelve)\\s+months\\b|\\bat\\s+(?:one|1)\\s+year\\b"
          // "25% at the one-year mark": a recruiter's first anniversary.
          + "|\\b(?:one|1|12|twelve)[- ](?:year|month)\\s+mark\\b");

  /** "25% after year one then quarterly", "25% after one year, then monthly": the first year, then a pace. */
  private static final Pattern FIRST_YEAR_THEN = Pattern.compile(
      "\\b(?:after|at|on\\s+completing)\\s+(?:year\\s+(?:one|1)|(?:one|1|a)\\s+year|12\\s+months"
          + "|the\\s+(?:one|1|12|twelve)[- ](?:year|month)\\s+mark)\\b[^.;%]{0,12}?\\bthen\\b");

  private static final Pattern NO_CLIFF = Pattern.compile(
      "\\b(?:no|without\\s+(?:a|any)|zero)\\s+(?:vesting\\s+)?cliff\\b|\\bcliff\\s*(?::|-|–|=)?\\s*(?:none|n/a|no)\\b"
          + "|\\bcliff[- ]free\\b");
  /** "with the first vest after 12 months", "the first vesting date is one year after": a cliff said another way. */
  private static final Pattern FIRST_VEST = Pattern.compile(
      "\\bfirst\\s+(?:vest|vesting)(?:\\s+(?:date|event|tranche))?\\s+(?:\\w+\\s+){0,2}?(?:after|following|at)\\s+"
          + "(\\w+)(?:\\s*\\(\\d{1,2}\\))?[\\s-]+(month|year)s?\\b");
  /** "Vesting | 4 years, 1-year cliff": a table's label before the years. */
  private static final Pattern VESTING_LABEL = Pattern.compile("\\bvest(?:ing|s)?(?:\\s+schedule)?\\s*[:|]?\\s*$");
  private static final Pattern INSTALMENT_RUN = Pattern.compile(
      "\\b(\\d{1,3}|\\w+)\\s+(?:\\(\\d{1,3}\\)\\s+)?(?:equal\\s+|successive\\s+|substantially\\s+equal\\s+)?"
          + "(monthly|quarterly|annual|yearly)\\s+(?:instal(?:l)?ments|tranches|portions|increments)\\b");
  private static final Pattern AFTER_FIRST_YEAR = Pattern.compile(
      "\\b(?:following|subsequent|succeeding|next|additional|remaining)\\s*$");
  private static final Pattern REMAINDER = Pattern.compile("\\b(?:remainder|remaining|balance|rest)\\b");
  /** "25% per year", "a quarter of the grant every year": vesting once a year. */
  private static final Pattern PER_YEAR = Pattern.compile("%\\s*(?:per|a|every)\\s+year\\b");

  /** "25% on each anniversary of the grant date", "every anniversary": a yearly pace, not a first year's tranche. */
  private static final Pattern EACH_ANNIVERSARY = Pattern.compile("\\b(?:each|every)\\b[^.;]{0,30}?\\banniversar");

  private static final Pattern CLIFF_AFTER = Pattern.compile("[\\s-]*cliff\\b");

  /** "every six months", "semi-annually"; not the "6 months" of "36 months". */
  private static final Pattern SIX_MONTHS = Pattern.compile("\\b(?:six|6)\\s+months\\b|semi-annual");

  /** What follows a percent that is no tranche: a bonus, a share of salary, a part of the company. */
  private static final Pattern NOT_VESTING = Pattern.compile(
      "\\s*(?:(?:annual|target|yearly|performance)\\s+)*(?:bonus|incentive|commission)|\\s*of\\s+(?:your\\s+|the\\s+)?"
          + "(?:annual\\s+)?(?:base|salary|pay|the\\s+company|company|fully)");

  /** What names a bonus just before its percent: "annual bonus target 12%", "bonus of 12%", "incentive: 12%". */
  private static final Pattern BONUS_BEFORE = Pattern.compile(
      "\\b(?:bonus|incentive|commission)(?:\\s+(?:target|targeted|of|at|is|up\\s+to))*\\s*[:=]?\\s*$");

  /**
   * A tranche at a count of years: "50% … after two years of continuous service", "the remaining 50% after three
   * years", "25% on the second anniversary". Group 1 is the count in digits or words, group 2 an ordinal.
   */
  private static final Pattern AT_YEARS = Pattern.compile(
      "^[^%]{0,60}?\\b(?:after|upon|on|at)\\s+(?:(?:the\\s+)?(\\w+)\\s+(?:full\\s+|complete\\s+)?years?\\b"
          + "|the\\s+(\\w+)\\s+(?:year\\b|anniversary\\b))");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth");

  private VestingTerms() {}

  /**
   * A schedule whose tranches each name the year they vest in, where the first is after year one (a Korean option's
   * "50% after two years"): the yearly parts with nothing in the years before; empty where the words say otherwise.
   */
  private static List<BigDecimal> afterYearsOfService(String lower) {
    if (!lower.contains("year") && !lower.contains("anniversar")) {
      return List.of();
    }
    BigDecimal[] byYear = new BigDecimal[11];
    BigDecimal sum = BigDecimal.ZERO;
    int last = 0;
    Matcher m = PERCENT.matcher(lower);
    while (m.find() && sum.compareTo(BigDecimal.valueOf(100)) < 0) {
      BigDecimal p = new BigDecimal(m.group(1));
      Matcher at = AT_YEARS.matcher(lower).region(m.end(), lower.length());
      if (NOT_VESTING.matcher(lower).region(m.end(), lower.length()).lookingAt() || !at.lookingAt()) {
        return List.of();
      }
      Integer year = at.group(1) != null ? NumberWords.count(at.group(1)) : ORDINALS.indexOf(at.group(2)) + 1;
      if (year == null || year <= last || year > 10 || p.signum() <= 0) {
        return List.of();
      }
      byYear[year] = p;
      sum = sum.add(p);
      last = year;
    }
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0 || byYear[1] != null) {
      return List.of();
    }
    List<BigDecimal> schedule = new ArrayList<>();
    for (int y = 1; y <= last; y++) {
      schedule.add(byYear[y] == null ? BigDecimal.ZERO : byYear[y]);
    }
    return schedule;
  }

  /** The terms in these lowercased vesting sentences; {@code statedYears} from elsewhere in the letter, or null. */
  static Terms read(String lower) {
    String frequency = frequency(lower);
    Integer cliff = cliff(lower);
    List<BigDecimal> schedule = slashed(lower);
    Integer years = years(lower);
    if (schedule.isEmpty()) {
      List<BigDecimal> late = afterYearsOfService(lower);
      if (!late.isEmpty()) {
        // "50% after two years of service and the remaining 50% after three years": nothing before the first.
        int first = 0;
        while (late.get(first).signum() == 0) {
          first++;
        }
        return new Terms(late, (first + 1) * 12, "annually");
      }
      schedule = percents(lower, years);
    }
    if (schedule.isEmpty()) {
      Matcher f = FRACTION.matcher(lower);
      if (f.find()) {
        int parts = Integer.parseInt(f.group(1));
        String per = lower.substring(f.end(), Math.min(lower.length(), f.end() + 40));
        int perYear = per.contains("quarter") ? 4 : per.contains("month") ? 12 : per.contains("year")
            || per.contains("annual") ? 1 : "quarterly".equals(frequency) ? 4 : "annually".equals(frequency) ? 1 : 12;
        if (parts % perYear == 0 && parts / perYear >= 1 && parts / perYear <= 10) {
          years = parts / perYear;
        }
      } else if (lower.contains("one-third") || lower.contains("one third") || lower.contains("1/3")
          || lower.contains("three equal") || lower.contains("equal thirds") || lower.contains("in thirds")) {
        years = 3;
      } else if (lower.contains("four equal") || lower.contains("one-quarter") || lower.contains("one quarter of")
          || lower.contains("equal quarters")) {
        years = 4;
      }
      if (years != null && years >= 1 && years <= 10) {
        schedule = even(years);
      }
    }
    if (cliff == null && !schedule.isEmpty()) {
      if (ANNIVERSARY_FIRST.matcher(lower).find() || "annually".equals(frequency)) {
        cliff = 12;
      } else if (frequency != null && !lower.contains("cliff")) {
        cliff = 0;
      }
    }
    return new Terms(schedule, cliff, frequency);
  }

  /** Whether the sentences say how long the grant vests over, even without a schedule. */
  static Integer years(String lower) {
    Matcher m = YEARS.matcher(lower);
    while (m.find()) {
      String before = lower.substring(Math.max(0, m.start() - 30), m.start());
      if (CLIFF_AFTER.matcher(lower).region(m.end(), lower.length()).lookingAt()) {
        // "after a one-year cliff": the cliff's length, not the grant's term.
        continue;
      }
      if (!(before.contains("over") || before.contains("period") || lower.startsWith("-year vest", m.end() - 5)
          || lower.regionMatches(m.end(), " vest", 0, 5) || before.endsWith("a ") || before.contains("during")
          || VESTING_LABEL.matcher(before).find())) {
        continue;
      }
      Integer n;
      if (m.group(2) != null) {
        int months = Integer.parseInt(m.group(2));
        if (months % 12 != 0 || months < 12 || months > 120) {
          continue;
        }
        n = months / 12;
      } else {
        String count = m.group(1) != null ? m.group(1) : m.group(3);
        n = count.equals("a") || count.equals("first") ? null : NumberWords.count(count);
      }
      if (n != null && n >= 1 && n <= 10) {
        // "25% on the first anniversary, the balance … over the following three years (36 months)": the first year
        // and three more.
        // "25% on the first anniversary …, then quarterly over the following 3 years": written after the first
        // year's tranche, "following" counts from it without a word for the rest.
        Matcher first = ANNIVERSARY_FIRST.matcher(lower);
        boolean firstBefore = first.find() && first.start() < m.start();
        boolean more = AFTER_FIRST_YEAR.matcher(before).find() && (firstBefore
            || REMAINDER.matcher(lower).find() && (first.find(0) || lower.contains("cliff")));
        return more && n < 10 ? n + 1 : n;
      }
    }
    return instalmentYears(lower);
  }

  /**
   * "vest in 48 equal monthly installments" is four years; "25% on the first anniversary and the remainder in 36
   * equal monthly installments thereafter" is the first year and three more.
   */
  private static Integer instalmentYears(String lower) {
    Matcher m = INSTALMENT_RUN.matcher(lower);
    if (!m.find()) {
      return null;
    }
    Integer n = NumberWords.count(m.group(1));
    int perYear = m.group(2).equals("monthly") ? 12 : m.group(2).equals("quarterly") ? 4 : 1;
    if (n == null || n <= 0 || n % perYear != 0) {
      return null;
    }
    int years = n / perYear;
    boolean afterFirstYear = REMAINDER.matcher(lower).find() && ANNIVERSARY_FIRST.matcher(lower).find();
    years += afterFirstYear ? 1 : 0;
    return years >= 1 && years <= 10 ? years : null;
  }

  private static Integer cliff(String lower) {
    if (NO_CLIFF.matcher(lower).find()) {
      // "vesting monthly over 4 years (no cliff)": said to have none, which no other cue below overrides.
      return 0;
    }
    Matcher first = FIRST_VEST.matcher(lower);
    if (first.find()) {
      Integer n = NumberWords.count(first.group(1));
      if (n != null && n > 0) {
        return first.group(2).equals("year") ? n * 12 : n;
      }
    }
    Matcher m = CLIFF.matcher(lower);
    if (m.find()) {
      String count = m.group(1) != null ? m.group(1) : m.group(3);
      String unit = m.group(2) != null ? m.group(2) : m.group(4);
      Integer n = NumberWords.count(count);
      if (n != null) {
        return unit.startsWith("y") ? n * 12 : n;
      }
    }
    return lower.contains("cliff") ? 12 : null;
  }

  /** "annual" of the vesting, not of a bonus or a salary in the same sentence ("an annual bonus target of 10% and …"). */
  private static final Pattern ANNUAL_VESTING = Pattern.compile(
      "\\bannual(?:ly)?\\b(?!\\s+(?:base\\s+|cash\\s+|performance\\s+|target\\s+)*(?:bonus|incentive|salary|pay|target|"
          + "leave|review|merit|compensation|plan|commission))");

  private static String frequency(String lower) {
    if (lower.contains("quarterly") || lower.contains("each quarter") || lower.contains("every three months")
        || lower.contains("every 3 months")) {
      return "quarterly";
    }
    if (lower.contains("monthly") || lower.contains("each month") || lower.contains("every month")) {
      return "monthly";
    }
    if (lower.contains("every six months") || lower.contains("every 6 months") || lower.contains("semi-annual")
        || lower.contains("semiannual") || lower.contains("half-year")) {
      return "semi-annually";
    }
    if (lower.contains("annual") && ANNUAL_VESTING.matcher(lower).find() || lower.contains("anniversar") || lower.contains("each year")
        || lower.contains("yearly") || PER_YEAR.matcher(lower).find()) {
      return "annually";
    }
    return null;
  }

  /** "5/15/40/40", "25/25/25/25", "33/33/33" (a third each). */
  private static List<BigDecimal> slashed(String lower) {
    Matcher m = SLASHED.matcher(lower);
    while (m.find()) {
      List<BigDecimal> parts = new ArrayList<>();
      parts.add(new BigDecimal(m.group(1)));
      for (String p : m.group(2).split("/")) {
        if (!p.isBlank()) {
          parts.add(new BigDecimal(p.strip().replace("%", "")));
        }
      }
      BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(BigDecimal.valueOf(100)) == 0) {
        return parts;
      }
      if (sum.compareTo(BigDecimal.valueOf(98)) >= 0 && sum.compareTo(BigDecimal.valueOf(100)) < 0
          && parts.stream().distinct().count() == 1) {
        return even(parts.size());
      }
    }
    return List.of();
  }

  /** Percentages in order; what they leave is spread at the pace said after them ("20% every six months"). */
  private static List<BigDecimal> percents(String lower, Integer years) {
    List<BigDecimal> parts = new ArrayList<>();
    Matcher m = PERCENT.matcher(lower);
    BigDecimal sum = BigDecimal.ZERO;
    String tail = "";
    while (m.find()) {
      BigDecimal p = new BigDecimal(m.group(1));
      if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        continue;
      }
      if (p.compareTo(BigDecimal.valueOf(100)) == 0 && parts.isEmpty()) {
        continue;
      }
      if (NOT_VESTING.matcher(lower).region(m.end(), lower.length()).lookingAt()
          || BONUS_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 32), m.start())).find()) {
        // "a 10% annual bonus target and $40,000 in RSUs vesting over 4 years", "annual bonus target 12%, and a
        // RSU grant … vesting over 3 years": the bonus, not a tranche.
        continue;
      }
      int stop = lower.indexOf(". ", m.end());
      tail = lower.substring(m.end(), stop < 0 ? lower.length() : stop);
      parts.add(p);
      sum = sum.add(p);
      if (sum.compareTo(BigDecimal.valueOf(100)) >= 0) {
        break;
      }
    }
    if (parts.isEmpty() || sum.compareTo(BigDecimal.valueOf(100)) > 0) {
      return List.of();
    }
    if (sum.compareTo(BigDecimal.valueOf(100)) == 0) {
      return parts.size() == 1 ? List.of() : parts;
    }
    // The last percent repeats at its own pace until the grant is vested.
    BigDecimal last = parts.get(parts.size() - 1);
    int perYear = SIX_MONTHS.matcher(tail).find() ? 2
        : tail.contains("quarter") || tail.contains("three months") ? 4 : tail.contains("month") ? 12
        : tail.contains("year") || tail.contains("anniversar") || tail.contains("annual") ? 1 : 0;
    if (parts.size() == 1 && !EACH_ANNIVERSARY.matcher(tail).find() && (tail.contains("thereafter") || tail.contains("after that")
        || tail.contains("anniversary") || tail.contains("first year") || FIRST_YEAR_THEN.matcher(tail).find()
        || (ANNIVERSARY_FIRST.matcher(tail).find() || tail.contains("cliff")) && REMAINDER.matcher(tail).find())) {
      // "25% vesting after a one-year cliff and the remainder monthly over the following 36 months" too.
      // "25% on the first anniversary and quarterly thereafter": year 1, then the rest evenly over the other years.
      return years == null || years < 2 ? List.of() : firstThenEven(last, years);
    }
    if (perYear == 0) {
      return List.of();
    }
    BigDecimal yearly = last.multiply(BigDecimal.valueOf(perYear));
    if (perYear > 1) {
      // "20% every six months" describes the years after the ones already listed, including its own first; alone
      // ("6.25% each quarter over 4 years") it is every year's pace from the first.
      parts.remove(parts.size() - 1);
      sum = sum.subtract(last);
    }
    if (parts.isEmpty()) {
      // A pace alone: "8.33% each quarter over three years" is 33.32% a year, three even years as the rounding meant.
      int count = BigDecimal.valueOf(100).divide(yearly, 0, RoundingMode.HALF_UP).intValue();
      return count >= 1 && count <= 10 && yearly.multiply(BigDecimal.valueOf(count)).subtract(BigDecimal.valueOf(100))
          .abs().compareTo(new BigDecimal("0.5")) < 0 ? even(count) : List.of();
    }
    int guard = 0;
    while (sum.compareTo(BigDecimal.valueOf(100)) < 0 && guard++ < 10) {
      BigDecimal next = yearly.min(BigDecimal.valueOf(100).subtract(sum));
      parts.add(next);
      sum = sum.add(next);
    }
    return sum.compareTo(BigDecimal.valueOf(100)) == 0 ? parts : List.of();
  }

  private static List<BigDecimal> firstThenEven(BigDecimal first, int years) {
    List<BigDecimal> parts = new ArrayList<>();
    parts.add(first);
    BigDecimal rest = BigDecimal.valueOf(100).subtract(first);
    BigDecimal each = rest.divide(BigDecimal.valueOf(years - 1), 2, RoundingMode.DOWN);
    BigDecimal sum = first;
    for (int i = 1; i < years - 1; i++) {
      parts.add(each.stripTrailingZeros());
      sum = sum.add(each);
    }
    parts.add(BigDecimal.valueOf(100).subtract(sum).stripTrailingZeros());
    return parts;
  }

  /** N equal years to two decimals, the last taking what rounding leaves: 33.33, 33.33, 33.34. */
  static List<BigDecimal> even(int years) {
    List<BigDecimal> parts = new ArrayList<>();
    BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(years), 2, RoundingMode.DOWN);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < years - 1; i++) {
      parts.add(each.stripTrailingZeros());
      sum = sum.add(each);
    }
    parts.add(BigDecimal.valueOf(100).subtract(sum).stripTrailingZeros());
    return parts;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
