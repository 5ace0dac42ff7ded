package com.compcoach.letter;

import java.util.ArrayList;
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
 * currency in a column's header ("Annual (₹)") marks the bare figures under it.
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
      String[] cells = s.split(" \\| ", -1);
      if (header == null || cells.length != header.width()) {
        header = Header.of(cells);
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
        if (c == header.replaced() || c == header.monthly()) {
          continue;
        }
        String cell = cells[c];
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
   * A header row's columns: the one an earlier offer fills, a monthly one beside a yearly one (each -1 for none), and
   * the currency mark its columns name, or null.
   */
  private record Header(int width, int replaced, int monthly, String currency) {

    static Header of(String[] cells) {
      if (cells.length < 3) {
        return null;
      }
      int earlier = -1;
      int later = -1;
      int monthly = -1;
      int yearly = -1;
      String currency = null;
      for (int c = 1; c < cells.length; c++) {
        String cell = cells[c].strip().toLowerCase(Locale.ROOT);
        if (cell.length() > 30 || cell.chars().anyMatch(Character::isDigit) && !YEAR.matcher(cell).find()) {
          return null;
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
      return revised || both || currency != null
          ? new Header(cells.length, revised ? earlier : -1, both ? monthly : -1, currency) : null;
    }
  }

}
