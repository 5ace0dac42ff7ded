package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of levels down the side whose header is two rows, one of places and one of parts: "| Level | Austin | |
 * Denver | |" over "| | Base | Stock | Base | Stock |" (a place's cell spanning its parts), or "| Level | Base salary
 * (USD) | | |" over "| | Pittsburgh (HQ) | Columbus | Remote |" (one part spanning the places). Turned into a row per
 * level and part, "| Level | Component | Austin | Denver |", which is read at the guide's level as that shape is.
 */
final class PlacesOverParts {

  private PlacesOverParts() {}

  /**
   * The table as a row per level and part, its header put in {@code turned}; null when it is not of this shape (the
   * first header cell no level, the second header row not opening on an empty cell, or its rows not parts over
   * places or places under a part).
   */
  static List<PayTable.Row> of(List<String> header, List<PayTable.Row> rows, ReadingRules rules, List<String> turned) {
    // Cheap checks first: a Level column, and a first row whose first cell is empty under it.
    if (header.size() < 3 || rows.size() < 2 || !rows.get(0).cell(0).isEmpty()
        || rules.column(header.get(0)) != ReadingRules.Column.LEVEL) {
      return null;
    }
    PayTable.Row second = rows.get(0);
    List<String> top = new ArrayList<>();
    List<String> under = new ArrayList<>();
    String spanning = "";
    for (int i = 1; i < header.size(); i++) {
      String above = plain(header.get(i));
      spanning = above.isEmpty() ? spanning : above;
      top.add(spanning);
      under.add(plain(second.cell(i)));
    }
    if (top.get(0).isEmpty() || under.stream().anyMatch(String::isEmpty)) {
      return null;
    }
    List<String> places;
    List<String> parts;
    if (under.stream().allMatch(c -> part(c, rules))) {
      // Places over their parts: each place's cell spans the parts under it.
      places = top;
      parts = under;
    } else if (top.stream().distinct().count() == 1 && part(top.get(0), rules)
        && under.stream().noneMatch(c -> part(c, rules))) {
      // One part over every place.
      places = under;
      parts = top;
    } else {
      return null;
    }
    List<String> placeOrder = places.stream().distinct().toList();
    List<String> partOrder = parts.stream().distinct().toList();
    if (placeOrder.size() * partOrder.size() != places.size()) {
      // A place missing a part, or a part twice under one place: no grid of place × part.
      return null;
    }
    turned.add(header.get(0));
    turned.add("Component");
    turned.addAll(placeOrder);
    List<PayTable.Row> out = new ArrayList<>();
    for (PayTable.Row row : rows.subList(1, rows.size())) {
      for (String part : partOrder) {
        List<String> cells = new ArrayList<>();
        cells.add(row.cell(0));
        cells.add(part);
        for (String place : placeOrder) {
          int column = -1;
          for (int i = 0; i < places.size(); i++) {
            if (places.get(i).equals(place) && parts.get(i).equals(part)) {
              column = i + 1;
            }
          }
          cells.add(row.cell(column));
        }
        out.add(new PayTable.Row(List.copyOf(cells), row.line()));
      }
    }
    return out;
  }

  private static boolean part(String cell, ReadingRules rules) {
    ReadingRules.Column c = rules.column(cell);
    return c == ReadingRules.Column.BASE || c == ReadingRules.Column.STOCK || c == ReadingRules.Column.BONUS
        || c == ReadingRules.Column.TOTAL;
  }

  /** A header cell without its bold marks. */
  private static String plain(String cell) {
    return cell.replace("**", "").replace("__", "").strip();
  }
}
