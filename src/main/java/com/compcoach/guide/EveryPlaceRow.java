package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pay table row for every place at once ("All US locations | $135K–$160K | | 8%") over rows that leave those
 * cells empty: a sheet written so says each place pays that part alike. Its cells fill the empty cells of the other
 * rows, with an info line; the row itself names no place.
 */
final class EveryPlaceRow {

  /** "All US locations", "All offices", "Everywhere", "Every region", "All": a place cell naming every place. */
  private static final Pattern EVERY_PLACE = Pattern.compile("(?i)^\\s*(?:everywhere|(?:all|every|any)"
      + "(?:\\s+(?!other\\b|else\\b|rest\\b|remaining\\b|remote\\b|levels?\\b|grades?\\b)[\\p{L}.]+)?"
      + "(?:\\s+(?:locations?|offices?|cit(?:y|ies)|regions?|sites?|markets?|hubs?|places?|geos?|zones?|tiers?))?"
      + "|company[- ]wide|(?:nation|country|us|uk|eu)[- ]?wide)\\s*(?:\\(.*\\))?\\s*:?\\s*$");

  private EveryPlaceRow() {}

  /** The rows with an every-place row's cells copied into the others' empty cells and that row left out. */
  static List<PayTable.Row> spread(List<PayTable.Row> rows, int regionColumn, String path, List<Finding> findings) {
    if (rows.size() < 2) {
      return rows;
    }
    PayTable.Row every = null;
    for (PayTable.Row row : rows) {
      if (regionColumn < row.cells().size() && EVERY_PLACE.matcher(stripped(row.cells().get(regionColumn))).matches()) {
        if (every != null) {
          return rows;
        }
        every = row;
      }
    }
    if (every == null || !fillsAGap(every, rows, regionColumn)) {
      return rows;
    }
    List<PayTable.Row> out = new ArrayList<>(rows.size() - 1);
    for (PayTable.Row row : rows) {
      if (row == every) {
        continue;
      }
      List<String> cells = new ArrayList<>(row.cells());
      for (int i = 0; i < every.cells().size() && i < cells.size(); i++) {
        if (i != regionColumn && cells.get(i).isBlank() && !every.cells().get(i).isBlank()) {
          cells.set(i, every.cells().get(i));
        }
      }
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    findings.add(Finding.info(path, every.line(), "the row '" + stripped(every.cells().get(regionColumn))
        + "' gives every place's pay for the parts it fills: read into each row that leaves them empty"));
    return List.copyOf(out);
  }

  /** Whether some other row leaves empty a cell the every-place row fills; otherwise it is a row like the others. */
  private static boolean fillsAGap(PayTable.Row every, List<PayTable.Row> rows, int regionColumn) {
    for (PayTable.Row row : rows) {
      for (int i = 0; row != every && i < every.cells().size() && i < row.cells().size(); i++) {
        if (i != regionColumn && row.cells().get(i).isBlank() && !every.cells().get(i).isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String stripped(String cell) {
    return ExportMarks.undecorated(cell.replace("**", "").replace("__", "")).strip();
  }
}
