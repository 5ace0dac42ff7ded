package com.compcoach.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of each place's band ("| Office | Band |" over "| Chicago | B6 |") and, after it, a table of each band's pay
 * ("| Band | Base | … |" over "| B6 | $180K–$212K | … |"): each place's row is its band's, so the places are the
 * guide's regions, never the band codes.
 */
final class PlaceBands {

  /** The longest code a band cell holds: "B6", "P3", "Band 4", "Grade 12". */
  private static final int CODE_LENGTH = 10;

  private PlaceBands() {}

  /** A place's band code as its row writes it, and that row's line. */
  record Assigned(String band, int line) {}

  /** A place whose band has no row in the band table, kept out of the regions with a warning at its own line. */
  record Missing(String place, String band, int line) {}

  /** The pay table with a row per place whose band has a row, and the places whose band has none. */
  record ByPlace(List<PayTable.Row> rows, List<Missing> missing) {}

  /**
   * Each place to its band as written, in the table's order, where the table is a place column and a band column
   * whose every cell is a short code with no money in it; null otherwise.
   */
  static Map<String, Assigned> of(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    if (header.size() != 2 || rows.size() < 2 || rules.column(header.get(0)) != ReadingRules.Column.REGION
        || !rules.namesBandColumn(header.get(1))) {
      return null;
    }
    Map<String, Assigned> bands = new LinkedHashMap<>();
    for (PayTable.Row row : rows) {
      String place = row.cells().isEmpty() ? "" : row.cells().get(0).replace("**", "").strip();
      String band = row.cells().size() < 2 ? "" : code(row.cells().get(1));
      if (place.isEmpty() || !isCode(band) || bands.containsKey(place)) {
        return null;
      }
      bands.put(place, new Assigned(band, row.line()));
    }
    return bands;
  }

  /**
   * The pay table with a row per place, each its band's row, where its first column names the band and its every row
   * is a band code; null otherwise, or where no place's band has a row. A place whose band has no row is left out and
   * named, so the other places are still served ("Austin | B4" where the table stops at B5 loses Austin alone).
   */
  static ByPlace rows(List<String> header, List<PayTable.Row> rows, Map<String, Assigned> placeBands,
      ReadingRules rules) {
    if (placeBands == null || header.isEmpty() || !rules.namesBandColumn(header.get(0))) {
      return null;
    }
    Map<String, PayTable.Row> byBand = new LinkedHashMap<>();
    for (PayTable.Row row : rows) {
      String band = row.cells().isEmpty() ? "" : code(row.cells().get(0));
      if (!isCode(band) || byBand.containsKey(band)) {
        return null;
      }
      byBand.put(band, row);
    }
    List<PayTable.Row> out = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    for (Map.Entry<String, Assigned> e : placeBands.entrySet()) {
      PayTable.Row band = byBand.get(e.getValue().band());
      if (band == null) {
        missing.add(new Missing(e.getKey(), e.getValue().band(), e.getValue().line()));
        continue;
      }
      List<String> cells = new ArrayList<>(band.cells());
      cells.set(0, e.getKey());
      out.add(new PayTable.Row(List.copyOf(cells), band.line()));
    }
    return out.isEmpty() ? null : new ByPlace(List.copyOf(out), List.copyOf(missing));
  }

  private static String code(String cell) {
    return cell.replace("**", "").replace("`", "").strip();
  }

  /** "B6", "P3", "Band 4", "L5": a letter or word and a number, short, no currency and no range. */
  private static boolean isCode(String cell) {
    if (cell.isEmpty() || cell.length() > CODE_LENGTH || !Character.isLetter(cell.charAt(0))) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (!Character.isLetter(c) && c != ' ' && c != '-') {
        return false;
      }
    }
    return digit;
  }
}
