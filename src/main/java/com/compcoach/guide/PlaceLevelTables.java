package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables of pay by level, each under a place's heading ("## Tier 2 (Austin, Denver, Seattle)" over "| Level | Base |
 * RSUs/yr | Bonus |", then "## Tier 1 (…)" over another): read as one pay table with the heading as each row's
 * region beside its Level column, so the levels are chosen as a Level column's always are ({@link LevelRows}) and
 * the places in the heading's parentheses find the region.
 */
final class PlaceLevelTables {

  private final ReadingRules rules;
  /** The header of the tables joined so far (a Region column first), or null before the first. */
  private List<String> header;
  private final List<PayTable.Row> rows = new ArrayList<>();
  private int line;

  PlaceLevelTables(ReadingRules rules) {
    this.rules = rules;
  }

  /** Whether tables have been joined; then the band is read from {@link #header()} and {@link #rows()}. */
  boolean any() {
    return header != null;
  }

  List<String> header() {
    return header;
  }

  List<PayTable.Row> rows() {
    return List.copyOf(rows);
  }

  /** The line of the first table joined. */
  int line() {
    return line;
  }

  /**
   * Whether a table is one by level with no place column, under the place {@code place} names (null where the
   * heading over it is no place's); if so it is joined to those before it, which must have the same columns.
   */
  boolean join(String place, List<String> tableHeader, List<PayTable.Row> tableRows, int tableLine) {
    if (place == null || place.isBlank() || tableRows.isEmpty() || !byLevelAlone(tableHeader)
        || header != null && !header.subList(1, header.size()).equals(tableHeader)) {
      return false;
    }
    if (header == null) {
      List<String> joined = new ArrayList<>();
      joined.add("Region");
      joined.addAll(tableHeader);
      header = List.copyOf(joined);
      line = tableLine;
    }
    for (PayTable.Row row : tableRows) {
      List<String> cells = new ArrayList<>();
      cells.add(place);
      cells.addAll(row.cells());
      rows.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    return true;
  }

  /** A header with a Level column and a base, and no column naming a place. */
  private boolean byLevelAlone(List<String> tableHeader) {
    boolean level = false;
    boolean base = false;
    for (String h : tableHeader) {
      Column kind = rules.column(h.replace("**", "").strip());
      if (kind == Column.REGION) {
        return false;
      }
      level |= kind == Column.LEVEL;
      base |= kind == Column.BASE;
    }
    return level && base;
  }
}
