package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column whose header joins two parts with a plus ("Base + bonus") and whose every cell writes them so
 * ("€78,000–€92,000 + 10%"): read as a column for each part. Where a cell does not split, the column stays one and
 * the reader says what it cannot read.
 */
final class PlusColumns {

  /** The plus between the two parts of a header or cell, spaced: "Base + bonus", "€78K–€92K + 10%". */
  private static final Pattern PLUS = Pattern.compile("\\s+\\+\\s+");
  /** A cell's second part as a percent of the first: "10%", "8–12%". */
  private static final Pattern PERCENT = Pattern.compile("\\d{1,2}(?:[.,]\\d)?(?:\\s*[–-]\\s*\\d{1,2}(?:[.,]\\d)?)?\\s*%");

  /** The table with its plus columns split, or null where none is. */
  record Split(List<String> header, List<PayTable.Row> rows) {}

  private PlusColumns() {}

  static Split of(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    int column = -1;
    for (int i = 0; i < header.size(); i++) {
      String[] parts = PLUS.split(header.get(i).replace("**", "").strip());
      if (parts.length == 2 && rules.column(parts[0]) == Column.BASE && rules.column(parts[1]) == Column.BONUS) {
        column = i;
        break;
      }
    }
    if (column < 0 || rows.isEmpty()) {
      return null;
    }
    List<PayTable.Row> out = new ArrayList<>();
    for (PayTable.Row row : rows) {
      String[] cell = PLUS.split(row.cell(column));
      if (cell.length != 2 || !PERCENT.matcher(cell[1].strip()).matches()) {
        return null;
      }
      List<String> cells = new ArrayList<>(row.cells());
      cells.set(column, cell[0].strip());
      cells.add(column + 1, cell[1].strip());
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    String[] parts = PLUS.split(header.get(column).replace("**", "").strip());
    List<String> split = new ArrayList<>(header);
    split.set(column, parts[0]);
    split.add(column + 1, parts[1] + " (% of base)");
    return new Split(List.copyOf(split), List.copyOf(out));
  }

  /**
   * A base cell that writes the bonus after the band: "$110K–$130K (+10% bonus)", "$110K–$130K + 10% target bonus".
   */
  private static final Pattern BONUS_AFTER = Pattern.compile("(?i)(?<base>.*\\d.*?)\\s*(?:\\(\\s*\\+\\s*(?<inside>"
      + PERCENT.pattern() + ")\\s*(?:target\\s+|annual\\s+)?bonus\\s*\\)|\\+\\s*(?<after>" + PERCENT.pattern()
      + ")\\s*(?:target\\s+|annual\\s+)?bonus)");

  /**
   * A table with no bonus column whose every base cell writes the bonus after the band ("$110K–$130K (+10% bonus)"):
   * the base column and a bonus column beside it, as "| Base + bonus |" would be split; null where any cell is not so.
   */
  static Split bonusInBase(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    int base = -1;
    for (int i = 0; i < header.size(); i++) {
      Column kind = rules.column(header.get(i).replace("**", "").strip());
      if (kind == Column.BONUS) {
        return null;
      }
      base = base < 0 && kind == Column.BASE ? i : base;
    }
    if (base < 0 || rows.isEmpty()) {
      return null;
    }
    List<PayTable.Row> out = new ArrayList<>();
    for (PayTable.Row row : rows) {
      Matcher m = BONUS_AFTER.matcher(row.cell(base).strip());
      if (!m.matches()) {
        return null;
      }
      List<String> cells = new ArrayList<>(row.cells());
      cells.set(base, m.group("base").strip());
      cells.add(base + 1, m.group("inside") != null ? m.group("inside") : m.group("after"));
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    List<String> split = new ArrayList<>(header);
    split.add(base + 1, "Bonus (% of base)");
    return new Split(List.copyOf(split), List.copyOf(out));
  }

  /** Whether the first row's cells may write a bonus after a base band: a cheap test before the split is tried. */
  static boolean mayHoldInCells(List<PayTable.Row> rows) {
    return !rows.isEmpty() && rows.get(0).cells().stream().anyMatch(c -> c.indexOf('+') >= 0 && c.indexOf('%') > 0
        && c.toLowerCase(java.util.Locale.ROOT).contains("bonus"));
  }

  /** Whether a header may hold a plus column: a cheap test before the split is tried. */
  static boolean mayHold(List<String> header) {
    return header.stream().anyMatch(h -> h.indexOf('+') > 0);
  }
}
