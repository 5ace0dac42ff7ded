package com.compcoach.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay table that gives a part for two years side by side ("| Site | Base (2025) | Base (2026) | Bonus |"): the
 * latest year's column is the part's band, as a later year's table replaces an earlier one's, and the older columns
 * go. A later column whose header says it is not in force ("Base (2027, proposed)") is never the band.
 */
final class YearColumns {

  /** A year in a header: "2026", "FY2026", "FY 2026", "FY26". */
  private static final Pattern YEAR = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}])(?:fy\\s?)?(20\\d\\d)(?![\\p{L}\\p{N}])"
          + "|(?<![\\p{L}\\p{N}])fy\\s?(\\d\\d)(?![\\p{L}\\p{N}])");

  /** The table without the older years' columns, and the note saying which column was read. */
  record Latest(List<String> header, List<PayTable.Row> rows, String note) {}

  private YearColumns() {}

  /** The table with each part's latest year's column alone, or null where no part has columns for two years. */
  static Latest of(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    int[] years = new int[header.size()];
    ReadingRules.Column[] parts = new ReadingRules.Column[header.size()];
    int dated = 0;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).replace("*", "");
      // The cheap test first: most headers hold no "20" and no "FY", and the regex is never tried on them.
      if (!h.contains("20") && !h.toLowerCase(Locale.ROOT).contains("fy")) {
        continue;
      }
      Matcher m = YEAR.matcher(h);
      if (!m.find()) {
        continue;
      }
      int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : 2000 + Integer.parseInt(m.group(2));
      ReadingRules.Column part = rules.column(h);
      // "2025/26" or "2025 → 2026" in one header says no one year; a place or an unnamed column is no part.
      if (m.find() || part == ReadingRules.Column.REGION || part == ReadingRules.Column.UNKNOWN) {
        continue;
      }
      years[i] = year;
      parts[i] = part;
      dated++;
    }
    if (dated < 2) {
      return null;
    }
    Set<Integer> dropped = new HashSet<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (parts[i] == null || dropped.contains(i)) {
        continue;
      }
      List<Integer> same = new ArrayList<>();
      for (int j = i; j < header.size(); j++) {
        if (parts[j] == parts[i]) {
          same.add(j);
        }
      }
      int latest = -1;
      for (int j : same) {
        if (!rules.saysNotInForce(header.get(j)) && (latest < 0 || years[j] > years[latest])) {
          latest = j;
        }
      }
      if (same.size() < 2 || latest < 0 || sameYearTwice(same, years, latest)) {
        continue;
      }
      List<String> older = new ArrayList<>();
      for (int j : same) {
        if (j != latest) {
          dropped.add(j);
          older.add("'" + header.get(j).strip() + "'");
        }
      }
      parts[latest] = null;
      notes.add("'" + header.get(latest).strip() + "' is read, the latest year's in force; "
          + String.join(" and ", older) + " left out");
    }
    if (dropped.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!dropped.contains(i)) {
        kept.add(header.get(i));
      }
    }
    List<PayTable.Row> current = new ArrayList<>();
    for (PayTable.Row row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.cells().size(); i++) {
        if (!dropped.contains(i)) {
          cells.add(row.cells().get(i));
        }
      }
      current.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    return new Latest(List.copyOf(kept), List.copyOf(current), String.join("; ", notes));
  }

  /** Whether another column of the part is the same year as the latest one: which to read is then not known. */
  private static boolean sameYearTwice(List<Integer> same, int[] years, int latest) {
    return same.stream().anyMatch(j -> j != latest && years[j] == years[latest]);
  }
}
