package com.compcoach.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pay table written in two parts: base by place in one table, and stock, bonus or total by the same places in a
 * later one ("## Base salary by city" then "## Equity and bonus by city"). The second table's columns are joined to
 * the first's rows by place, so the pay table reads as if written whole.
 */
final class TableParts {

  /** The joined table, and the places of the second table the first does not have. */
  record Joined(List<String> header, List<PayTable.Row> rows, List<String> unmatched) {}

  private TableParts() {}

  /**
   * The first table with the second's columns joined by place, or null where the second is not its other part:
   * it names a base, repeats a column the first has, or shares fewer than half its places with it.
   */
  static Joined of(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, List<String> moreHeader,
      PayTable.Columns more, List<PayTable.Row> moreRows) {
    if (more.base() >= 0 || !more.unknown().isEmpty() || more.region() < 0
        || more.stock() >= 0 && columns.stock() >= 0 || more.bonus() >= 0 && columns.bonus() >= 0
        || more.total() >= 0 && columns.total() >= 0 || more.stock() < 0 && more.bonus() < 0 && more.total() < 0) {
      return null;
    }
    Map<String, PayTable.Row> byPlace = new HashMap<>();
    for (PayTable.Row r : moreRows) {
      byPlace.put(place(r, more.region()), r);
    }
    int shared = 0;
    for (PayTable.Row r : rows) {
      shared += byPlace.containsKey(place(r, columns.region())) ? 1 : 0;
    }
    if (shared * 2 < Math.max(rows.size(), moreRows.size())) {
      return null;
    }
    List<Integer> added = new ArrayList<>();
    for (int c : new int[] {more.stock(), more.bonus(), more.total(), more.currency()}) {
      if (c >= 0) {
        added.add(c);
      }
    }
    List<String> joinedHeader = new ArrayList<>(header);
    for (int c : added) {
      joinedHeader.add(moreHeader.get(c));
    }
    List<PayTable.Row> joined = new ArrayList<>();
    for (PayTable.Row r : rows) {
      List<String> cells = new ArrayList<>(r.cells());
      while (cells.size() < header.size()) {
        cells.add("");
      }
      PayTable.Row other = byPlace.remove(place(r, columns.region()));
      for (int c : added) {
        cells.add(other != null && c < other.cells().size() ? other.cells().get(c) : "");
      }
      joined.add(new PayTable.Row(List.copyOf(cells), r.line()));
    }
    List<String> unmatched = new ArrayList<>();
    for (PayTable.Row r : moreRows) {
      if (byPlace.containsKey(place(r, more.region()))) {
        unmatched.add(place(r, more.region()));
      }
    }
    return new Joined(List.copyOf(joinedHeader), List.copyOf(joined), List.copyOf(unmatched));
  }

  private static String place(PayTable.Row row, int column) {
    String name = column < row.cells().size() ? row.cells().get(column) : "";
    return ExportMarks.undecorated(name.replace("**", "").strip()).toLowerCase(java.util.Locale.ROOT);
  }
}
