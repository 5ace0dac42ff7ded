package com.compcoach.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A vesting schedule written as a table of dates and amounts under the sentence that says "vest" ("February 15, 2028
 * | 600", "1 March 2028 | 25%"): read into the yearly parts, the cliff and the pace that the words would have said,
 * counted from the start date (else from a period before the first date).
 */
final class VestingTable {

  /** Rows read at most: a monthly schedule over ten years. */
  private static final int MOST_ROWS = 120;

  /** One row: the day it vests and how much, as a count or a percent. */
  private record Row(LocalDate date, BigDecimal amount) {}

  private VestingTable() {}

  /**
   * The terms in the rows after sentence {@code from}, or null when fewer than two rows follow it or they do not
   * add up to a schedule.
   */
  static VestingTerms.Terms read(List<String> sentences, int from, LocalDate start, boolean monthFirst) {
    List<Row> rows = rows(sentences, from, monthFirst);
    if (rows.size() < 2) {
      return null;
    }
    long gap = ChronoUnit.MONTHS.between(rows.get(rows.size() - 2).date(), rows.get(rows.size() - 1).date());
    if (gap <= 0 || gap > 12) {
      return null;
    }
    LocalDate anchor = start != null && start.isBefore(rows.get(0).date()) ? start
        : rows.get(0).date().minusMonths(gap);
    BigDecimal total = BigDecimal.ZERO;
    for (Row row : rows) {
      total = total.add(row.amount());
    }
    List<BigDecimal> years = new ArrayList<>();
    for (Row row : rows) {
      long months = Math.max(1, ChronoUnit.MONTHS.between(anchor, row.date()));
      int year = (int) ((months - 1) / 12);
      if (year >= 10) {
        return null;
      }
      while (years.size() <= year) {
        years.add(BigDecimal.ZERO);
      }
      years.set(year, years.get(year).add(row.amount()));
    }
    List<BigDecimal> schedule = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int y = 0; y < years.size(); y++) {
      BigDecimal part = y == years.size() - 1 ? BigDecimal.valueOf(100).subtract(sum)
          : years.get(y).multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
      schedule.add(part.stripTrailingZeros().scale() < 0 ? part.setScale(0) : part.stripTrailingZeros());
      sum = sum.add(part);
    }
    int cliff = (int) ChronoUnit.MONTHS.between(anchor, rows.get(0).date());
    String pace = gap == 1 ? "monthly" : gap == 3 ? "quarterly" : gap == 6 ? "semi-annually" : gap == 12 ? "annually"
        : null;
    return new VestingTerms.Terms(schedule, cliff > gap ? Integer.valueOf(cliff) : gap == 12 ? 12 : 0, pace);
  }

  /** The rows of dates with one amount each, right under the sentence (a heading row may stand between). */
  private static List<Row> rows(List<String> sentences, int from, boolean monthFirst) {
    List<Row> rows = new ArrayList<>();
    int skipped = 0;
    for (int i = from + 1; i < sentences.size() && rows.size() < MOST_ROWS; i++) {
      Row row = row(sentences.get(i), monthFirst);
      if (row != null) {
        rows.add(row);
      } else if (!rows.isEmpty() || ++skipped > 2) {
        break;
      }
    }
    for (int i = 1; i < rows.size(); i++) {
      if (!rows.get(i).date().isAfter(rows.get(i - 1).date())) {
        return List.of();
      }
    }
    return rows;
  }

  private static Row row(String sentence, boolean monthFirst) {
    if (sentence.length() > 80 || sentence.toLowerCase(Locale.ROOT).contains("total")) {
      return null;
    }
    LetterDates.Found date = LetterDates.first(sentence, null, monthFirst, false);
    if (date == null) {
      return null;
    }
    List<Amount> figures = LetterFigures.find(sentence);
    if (figures.size() != 1 || figures.get(0).money() || figures.get(0).range() != null
        || figures.get(0).value().signum() <= 0) {
      return null;
    }
    return new Row(date.date(), figures.get(0).value());
  }
}
