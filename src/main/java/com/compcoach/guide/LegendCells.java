package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose cells each hold several parts in the order a legend names them ("Each cell is base / RSUs per year /
 * target bonus" over "| L5 | $160K–$190K / $35K–$50K / 12% |"): each cell split into its parts, as a table with a
 * column per part would give them.
 */
final class LegendCells {

  /** Parts in a cell set apart by a slash or a middle dot with spaces: "$160K–$190K / $35K–$50K / 12%". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[/·]\\s+");

  private LegendCells() {}

  /** The table with its cells split (its header into {@code splitHeader}), or null when its cells are not so written. */
  static List<PayTable.Row> split(List<String> header, List<PayTable.Row> rows, List<Column> legend,
      ReadingRules rules, List<String> splitHeader, String legendSaid) {
    if (legend.size() < 2 || header.size() < 2 || rows.isEmpty() || !everyCellSplits(rows, legend.size())) {
      return null;
    }
    // "base / 4-year RSU grant / target bonus": the stock is a whole grant, and its header says so, never a year's.
    int years = rules.saysGrant(legendSaid) ? ReadingRules.years(legendSaid) : 0;
    List<String> names = legend.stream().map(c -> c == Column.STOCK && years > 0 ? "Stock grant over " + years
        + " years" : c.name().charAt(0) + c.name().substring(1).toLowerCase(java.util.Locale.ROOT)).toList();
    List<PayTable.Row> out = new ArrayList<>();
    if (rules.column(header.get(0).replace("**", "").strip()) == Column.LEVEL) {
      // Levels down, places across: a row per level and part, as "| Level | Component | Austin | Denver |" gives.
      splitHeader.add(header.get(0));
      splitHeader.add("Component");
      splitHeader.addAll(header.subList(1, header.size()));
      for (PayTable.Row row : rows) {
        for (int p = 0; p < legend.size(); p++) {
          List<String> cells = new ArrayList<>(List.of(row.cells().get(0), names.get(p)));
          for (int c = 1; c < row.cells().size(); c++) {
            cells.add(SEPARATOR.split(row.cells().get(c).strip())[p].strip());
          }
          out.add(new PayTable.Row(cells, row.line()));
        }
      }
      return out;
    }
    if (header.size() != 2) {
      return null;
    }
    // Places down and one column of parts: a column per part.
    splitHeader.add(header.get(0));
    splitHeader.addAll(names);
    for (PayTable.Row row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.cells().get(0)));
      for (String part : SEPARATOR.split(row.cells().get(1).strip())) {
        cells.add(part.strip());
      }
      out.add(new PayTable.Row(cells, row.line()));
    }
    return out;
  }

  /** Whether every cell after the first of every row splits into as many parts as the legend names, each a figure. */
  private static boolean everyCellSplits(List<PayTable.Row> rows, int parts) {
    for (PayTable.Row row : rows) {
      if (row.cells().size() < 2) {
        return false;
      }
      for (String cell : row.cells().subList(1, row.cells().size())) {
        String[] split = SEPARATOR.split(cell.strip());
        if (split.length != parts) {
          return false;
        }
        for (String s : split) {
          if (s.chars().noneMatch(Character::isDigit)) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
