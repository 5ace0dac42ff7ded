package com.compcoach.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table's header row says of its columns, applied to the rows under it. A table that sets an earlier offer
 * beside the new one ("Component | Original offer | Revised offer") is read from the new column alone, the earlier
 * column's cells kept apart as figures the letter replaces ("Base salary | $205,000 | $222,000" is a base of $222,000,
 * not two bases). A monthly column beside a yearly one ("Monthly (₹) | Annual (₹)") is left for the yearly one. A
 * currency in a column's header ("Annual (₹)") marks the bare figures under it. An HR system's summary that gives the
 * currency and the pay period columns of their own ("Element | Amount | Currency | Frequency") has each row read as
 * "Base Pay | USD 5,416.67 | Semi-Monthly": the code at the figure and the period right after it, as a sentence writes
 * them.
 *
 * @param sentences the sentences with each such row's earlier cells taken out
 * @param replaced  the earlier cells taken out, as written
 * @param asWritten each row read otherwise, by the row as the letter writes it, which is what a field quotes
 */
record TableColumns(List<String> sentences, List<String> replaced, Map<String, String> asWritten) {

  /** The quote with the row as the letter writes it, where the row was read otherwise. */
  <T> Quote<T> quoted(Quote<T> quote) {
    String row = quote == null ? null : asWritten.get(quote.sentence());
    return row == null ? quote : new Quote<>(quote.value(), row);
  }

  private static final Pattern EARLIER = Pattern.compile(
      "\\b(?:original|initial|previous|prior|earlier|old|current|first|existing)\\b(?:\\s+(?:offer|package|terms|"
          + "compensation|pay|figures?|amount))?");
  private static final Pattern LATER = Pattern.compile(
      "\\b(?:revised|new|updated|proposed|final|amended|improved|increased)\\b(?:\\s+(?:offer|package|terms|"
          + "compensation|pay|figures?|amount))?");
  private static final Pattern MONTHLY = Pattern.compile("(?:monthly|per\\s+month|month|p\\.m\\.)\\b");
  private static final Pattern YEARLY = Pattern.compile(
      "(?:annual|annually|yearly|per\\s+annum|per\\s+year|year|p\\.a\\.)(?![\\p{L}])");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  /** "Annual (₹)", "Amount (INR)", "Monthly (S$)": the currency a column's figures are in. */
  private static final Pattern CURRENCY_IN_BRACKETS = Pattern.compile(
      "\\(\\s*(₹|Rs\\.?|INR|[A-Z]{3}|[A-Z]{0,2}\\$|£|€|¥)\\s*\\)");
  /** A cell that is a figure with no currency: "11,40,000", "24,56,640.00". */
  private static final Pattern BARE_FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d{1,2})?|\\d{4,}(?:\\.\\d{1,2})?");
  private static final String CELL = " | ";
  /** The first column of a pay table's header, naming its rows: "Component", "Particulars", "Salary Head". */
  private static final Pattern ROWS_COLUMN = Pattern.compile(
      "(?i)(?:(?:pay|salary|compensation|ctc)\\s+)?(?:components?|elements?|particulars|heads?|items?|description)");
  /** A column that holds each row's currency: "Currency", "Ccy", "Curr.". */
  private static final Pattern CURRENCY_COLUMN = Pattern.compile("(?:currency|ccy|curr\\.?)");
  /** A column that holds each row's pay period: "Frequency", "Pay Frequency", "Period", "Basis". */
  private static final Pattern PERIOD_COLUMN = Pattern.compile(
      "(?:pay\\s+)?(?:frequency|period|basis)|paid|per");
  /** A currency cell: an ISO code or a mark alone. */
  private static final Pattern CURRENCY_CELL = Pattern.compile("[A-Z]{3}|[A-Z]{0,2}\\$|£|€|¥|₹");

  /** The sentences as the header rows' columns have them; the same sentences where no header says so. */
  static TableColumns of(List<String> sentences) {
    List<String> out = null;
    List<String> replaced = new ArrayList<>();
    Map<String, String> asWritten = new HashMap<>();
    Header header = null;
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      if (!s.contains(CELL)) {
        header = null;
        continue;
      }
      String[] cells = cells(s);
      if (header != null && header.amountColumn() > 0 && cells.length > 1 && cells.length < header.width()) {
        // A row's empty cells at its end went with the table's edge: "| Relocation | 5,000.00 | USD | |".
        String[] padded = Arrays.copyOf(cells, header.width());
        Arrays.fill(padded, cells.length, padded.length, "");
        cells = padded;
      }
      if (header == null || cells.length != header.width()) {
        header = Header.of(cornerless(cells, i + 1 < sentences.size() ? sentences.get(i + 1) : ""));
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(sentences);
      }
      if (header.replaced() > 0) {
        replaced.add(cells[header.replaced()]);
      }
      List<String> kept = new ArrayList<>(cells.length);
      for (int c = 0; c < cells.length; c++) {
        if (c == header.replaced() || c == header.monthly() || c == header.currencyColumn()
            || c == header.periodColumn()) {
          continue;
        }
        String cell = cells[c];
        if (c == header.amountColumn()) {
          kept.add(withOwnCurrencyAndPeriod(cell, cells, header));
          continue;
        }
        kept.add(header.currency() != null && c > 0 && BARE_FIGURE.matcher(cell.strip()).matches()
            ? header.currency() + cell.strip() : cell);
      }
      out.set(i, String.join(CELL, kept));
      asWritten.put(out.get(i), s);
    }
    return out == null ? new TableColumns(sentences, List.of(), Map.of())
        : new TableColumns(out, replaced, Map.copyOf(asWritten));
  }

  /**
   * "| | Current | New |": a header's empty corner cell went with the table's edge, so its two columns are those after
   * the next row's label; only where they are an earlier and a later column ("Current", "New").
   */
  private static String[] cornerless(String[] cells, String next) {
    if (cells.length != 2 || cells(next).length != 3) {
      return cells;
    }
    String first = cells[0].strip().toLowerCase(Locale.ROOT);
    String second = cells[1].strip().toLowerCase(Locale.ROOT);
    boolean columns = EARLIER.matcher(first).matches() && LATER.matcher(second).matches()
        || LATER.matcher(first).matches() && EARLIER.matcher(second).matches();
    return columns ? new String[] {"", cells[0], cells[1]} : cells;
  }

  /** A row's cells, an empty one too: "10% | | Annual" is three. */
  private static String[] cells(String row) {
    return row.split(" ?\\|(?: |$)", -1);
  }

  /** The amount cell with the row's currency code before its figure and the row's period after it. */
  private static String withOwnCurrencyAndPeriod(String amount, String[] cells, Header header) {
    String figure = amount.strip();
    String code = header.currencyColumn() > 0 ? cells[header.currencyColumn()].strip() : "";
    if (CURRENCY_CELL.matcher(code).matches() && BARE_FIGURE.matcher(figure).matches()) {
      figure = code + " " + figure;
    }
    String period = header.periodColumn() > 0 ? cells[header.periodColumn()].strip() : "";
    return period.isEmpty() ? figure : figure + CELL + period;
  }

  /**
   * A header row's columns: the one an earlier offer fills, a monthly one beside a yearly one (each -1 for none), the
   * currency mark its columns name, or null, and the figures' column with the currency and period columns that go
   * with it (each -1 for none).
   */
  private record Header(int width, int replaced, int monthly, String currency, int amountColumn, int currencyColumn,
      int periodColumn) {

    static Header of(String[] cells) {
      // Two columns only under a header that names its rows' column ("Component | Per Annum (INR)"), so a row such
      // as "Title | Analyst (SWE)" is never read as a header with a currency.
      if (cells.length < 2 || cells.length == 2 && !ROWS_COLUMN.matcher(cells[0].strip()).matches()) {
        return null;
      }
      int earlier = -1;
      int later = -1;
      int monthly = -1;
      int yearly = -1;
      String currency = null;
      int currencyColumn = -1;
      int periodColumn = -1;
      for (int c = 1; c < cells.length; c++) {
        String cell = cells[c].strip().toLowerCase(Locale.ROOT);
        if (cell.length() > 30 || cell.chars().anyMatch(Character::isDigit) && !YEAR.matcher(cell).find()) {
          return null;
        }
        if (CURRENCY_COLUMN.matcher(cell).matches() && currencyColumn < 0) {
          currencyColumn = c;
          continue;
        }
        if (PERIOD_COLUMN.matcher(cell).matches() && periodColumn < 0) {
          periodColumn = c;
          continue;
        }
        Matcher mark = CURRENCY_IN_BRACKETS.matcher(cells[c]);
        if (mark.find()) {
          currency = currency == null ? mark.group(1) : currency;
        }
        if (LATER.matcher(cell).lookingAt() && later < 0) {
          later = c;
        } else if (EARLIER.matcher(cell).lookingAt() && earlier < 0) {
          earlier = c;
        } else if (MONTHLY.matcher(cell).lookingAt() && monthly < 0) {
          monthly = c;
        } else if (YEARLY.matcher(cell).lookingAt() && yearly < 0) {
          yearly = c;
        }
      }
      boolean revised = earlier > 0 && later > 0;
      boolean both = monthly > 0 && yearly > 0;
      // The figures' column is the first other than the label and those two; only where a currency or a period
      // column stands beside it is the row rewritten.
      int amountColumn = -1;
      if (currencyColumn > 0 || periodColumn > 0) {
        for (int c = 1; c < cells.length && amountColumn < 0; c++) {
          if (c != currencyColumn && c != periodColumn) {
            amountColumn = c;
          }
        }
      }
      if (amountColumn < 0) {
        currencyColumn = -1;
        periodColumn = -1;
      }
      return revised || both || currency != null || amountColumn > 0
          ? new Header(cells.length, revised ? earlier : -1, both ? monthly : -1, currency, amountColumn,
              currencyColumn, periodColumn) : null;
    }
  }

}
