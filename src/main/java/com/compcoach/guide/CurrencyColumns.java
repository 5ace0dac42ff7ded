package com.compcoach.guide;

import com.compcoach.money.Currencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part written in one column per currency ("| Base (USD) | Base (GBP) |"), each row filling only the column of its
 * own currency: read as one column of that part, each bare figure in its column's currency. Where a row fills more
 * than one, the columns are conversions of one band and are left as they are.
 */
final class CurrencyColumns {

  /** What a header says in brackets: "(USD)", "(£)". */
  private static final Pattern BRACKETS = Pattern.compile("\\(\\s*([^()]{1,12}?)\\s*\\)");
  private static final Currencies CURRENCIES = Currencies.standard();

  /** The table with each part's currency columns made one, or null where no part is split by currency. */
  record Merged(List<String> header, List<PayTable.Row> rows) {}

  private CurrencyColumns() {}

  static Merged of(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    if (header.stream().filter(h -> h.indexOf('(') >= 0).count() < 2) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    List<ReadingRules.Column> kinds = new ArrayList<>();
    for (String h : header) {
      Matcher m = BRACKETS.matcher(h);
      Optional<String> code = m.find() ? CURRENCIES.ofWord(m.group(1)) : Optional.empty();
      codes.add(code.orElse(null));
      kinds.add(code.isPresent() ? rules.column(h) : ReadingRules.Column.UNKNOWN);
    }
    List<String> outHeader = new ArrayList<>(header);
    List<List<String>> cells = new ArrayList<>();
    rows.forEach(r -> cells.add(new ArrayList<>(r.cells())));
    boolean merged = false;
    for (int first = 0; first < header.size(); first++) {
      ReadingRules.Column kind = kinds.get(first);
      if (!part(kind)) {
        continue;
      }
      List<Integer> same = new ArrayList<>();
      for (int i = first; i < header.size(); i++) {
        if (kinds.get(i) == kind && !codes.get(i).equals(codes.get(first))) {
          same.add(i);
        } else if (i == first) {
          same.add(i);
        }
      }
      if (same.size() < 2 || !eachRowFillsOne(rows, same)) {
        continue;
      }
      for (List<String> row : cells) {
        for (int i : same) {
          String cell = i < row.size() ? row.get(i).strip() : "";
          if (filled(cell)) {
            // A bare "80,000–96,000" under "Base (GBP)" is in pounds, as its column says.
            // "**80,000–96,000**" in bold is as bare: the marks around a figure carry no currency.
            String bare = cell.replace("*", "").replace("_", "").strip();
            String said = !bare.isEmpty() && Character.isDigit(bare.charAt(0)) ? codes.get(i) + " " + bare : cell;
            setCell(row, first, said);
          }
        }
        for (int i : same.subList(1, same.size())) {
          setCell(row, i, null);
        }
      }
      outHeader.set(first, BRACKETS.matcher(header.get(first)).replaceFirst("").strip());
      for (int i : same.subList(1, same.size())) {
        outHeader.set(i, null);
        kinds.set(i, ReadingRules.Column.UNKNOWN);
      }
      merged = true;
    }
    if (!merged) {
      return null;
    }
    List<PayTable.Row> outRows = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      outRows.add(new PayTable.Row(cells.get(r).stream().filter(c -> c != null).toList(), rows.get(r).line()));
    }
    return new Merged(outHeader.stream().filter(h -> h != null).toList(), outRows);
  }

  private static boolean part(ReadingRules.Column kind) {
    return kind == ReadingRules.Column.BASE || kind == ReadingRules.Column.STOCK || kind == ReadingRules.Column.BONUS
        || kind == ReadingRules.Column.TOTAL;
  }

  private static boolean eachRowFillsOne(List<PayTable.Row> rows, List<Integer> columns) {
    for (PayTable.Row row : rows) {
      if (columns.stream().filter(i -> filled(row.cell(i))).count() != 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether a cell holds something: not empty, nor a dash or "n/a" for none. */
  private static boolean filled(String cell) {
    String c = cell.replace("*", "").strip();
    return !c.isEmpty() && !c.equals("—") && !c.equals("–") && !c.equals("-") && !c.equalsIgnoreCase("n/a");
  }

  /** Sets a row's cell, padding a short row; null marks a cell to drop. */
  private static void setCell(List<String> row, int i, String value) {
    while (row.size() <= i) {
      row.add("");
    }
    row.set(i, value);
  }
}
