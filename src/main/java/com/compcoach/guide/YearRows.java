package com.compcoach.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay table with a Year column and a row per place and year ("| London (HQ) | 2026 | … |" over "| London (HQ) |
 * 2025 | … |", either year first): the latest year's rows are the band, as a later year's table replaces an earlier
 * one's, and the column goes.
 */
final class YearRows {

  /** A cell that is only a year: "2026", "FY2026", "FY 2026", "2026/27". */
  private static final Pattern YEAR_CELL = Pattern.compile("(?i)(?:fy\\s?)?(20\\d\\d)(?:\\s*[/–-]\\s*\\d{2,4})?");

  /** The latest year's rows without the year column, and the note saying so. */
  record Latest(List<String> header, List<PayTable.Row> rows, String note) {}

  private YearRows() {}

  /** The table's latest year's rows, or null where no column is a year for each row or only one year is given. */
  static Latest of(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).replace("*", "").strip();
      if (h.length() > 16 || !rules.namesYearColumn(h)) {
        continue;
      }
      int[] years = new int[rows.size()];
      int latest = 0;
      int earliest = Integer.MAX_VALUE;
      for (int r = 0; r < rows.size(); r++) {
        List<String> cells = rows.get(r).cells();
        Matcher m = YEAR_CELL.matcher(i < cells.size() ? cells.get(i).replace("*", "").strip() : "");
        if (!m.matches()) {
          return null;
        }
        years[r] = Integer.parseInt(m.group(1));
        latest = Math.max(latest, years[r]);
        earliest = Math.min(earliest, years[r]);
      }
      if (latest == earliest) {
        return null;
      }
      // Each place keeps its own latest year: a place whose newer review is pending ("Toronto | 2025" alone) still
      // has its band, and must not vanish because other places have a later year.
      Map<String, Integer> latestOf = new HashMap<>();
      String[] keys = new String[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        keys[r] = placeKey(header, rows.get(r).cells(), i, rules);
        latestOf.merge(keys[r], years[r], Math::max);
      }
      List<String> older = new ArrayList<>();
      List<String> kept = new ArrayList<>(header);
      kept.remove(i);
      List<PayTable.Row> current = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (years[r] == latestOf.get(keys[r])) {
          if (years[r] != latest) {
            older.add(keys[r].strip() + " (" + years[r] + ")");
          }
          List<String> cells = new ArrayList<>(rows.get(r).cells());
          cells.remove(i);
          current.add(new PayTable.Row(cells, rows.get(r).line()));
        }
      }
      return new Latest(kept, current, "the '" + h + "' column gives each place's band for " + earliest + " to "
          + latest + ": " + latest + "'s, the latest, is read as the band"
          + (older.isEmpty() ? "" : "; where a place has no row for " + latest + ", its own latest is read: "
              + String.join(", ", older)));
    }
    return null;
  }

  /** The cells naming a row's place and level, not its figures: the rows of one place share them. */
  private static String placeKey(List<String> header, List<String> cells, int yearColumn, ReadingRules rules) {
    StringBuilder key = new StringBuilder();
    for (int j = 0; j < cells.size(); j++) {
      ReadingRules.Column kind = j < header.size() ? rules.column(header.get(j)) : ReadingRules.Column.UNKNOWN;
      if (j != yearColumn && (kind == ReadingRules.Column.REGION || kind == ReadingRules.Column.LEVEL
          || kind == ReadingRules.Column.UNKNOWN)) {
        key.append(cells.get(j).replace("*", "").strip()).append(' ');
      }
    }
    return key.toString();
  }
}
