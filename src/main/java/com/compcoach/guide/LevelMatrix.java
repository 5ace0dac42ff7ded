package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pay table with levels across the top and places down the side ("| Office | L3 | L4 | L5 |"), as a sheet of
 * one component by level and office is pasted: the column of the level the guide is for is that component's band
 * in each place, and a table by level below it ("| Level | Stock | Bonus |") gives the rest of that level's pay.
 */
final class LevelMatrix {

  /** A header that is a level: "L4", "IC3", "E5", "P2", "Level 4", "Senior", "Staff". */
  private static final Pattern LEVEL = Pattern.compile(
      "(?i)(?:l|ic|e|p|m|t|sde\\s?|swe\\s?|level\\s?|grade\\s?)\\d{1,2}|junior|mid(?:-level)?|senior|staff|principal"
          + "|lead|associate");
  private static final Pattern BASE_WORDS = Pattern.compile(
      "(?i)\\b(?:base|salary|salaries|base pay|basic|grundgehalt|salario|salaire)\\b");
  private static final Pattern TOTAL_WORDS = Pattern.compile("(?i)\\b(?:total|tc|ctc|total comp\\w*|ote)\\b");

  /**
   * The table, held until the table by level that gives the rest, with the level it is read at; {@code parts} are
   * the headers of its figure columns, one more for each table of another part by level and place read into it.
   */
  record Held(String regionHeader, List<String> parts, String level, List<PayTable.Row> rows, int line) {}

  private LevelMatrix() {}

  /**
   * The header of a sheet with its levels down the side ("| Level | Austin | Denver |", a row per level) turned so
   * the levels run across ("| Location | P3 | P4 |"); null when the first column is no level column or a row's first
   * cell is no level.
   */
  static List<String> transposedHeader(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    if (header.size() < 3 || rows.size() < 2 || rules.column(header.get(0)) != ReadingRules.Column.LEVEL) {
      return null;
    }
    List<String> across = new ArrayList<>();
    across.add("Location");
    for (PayTable.Row row : rows) {
      String level = row.cell(0).replace("**", "").strip();
      if (!LEVEL.matcher(level).matches()) {
        return null;
      }
      across.add(level);
    }
    return across;
  }

  /** The rows of a sheet with its levels down the side, turned: one row per place, its cells by level. */
  static List<PayTable.Row> transposedRows(List<String> header, List<PayTable.Row> rows) {
    List<PayTable.Row> turned = new ArrayList<>();
    for (int column = 1; column < header.size(); column++) {
      List<String> cells = new ArrayList<>();
      cells.add(header.get(column));
      for (PayTable.Row row : rows) {
        cells.add(row.cell(column));
      }
      turned.add(new PayTable.Row(cells, rows.get(0).line()));
    }
    return turned;
  }

  /** The level columns of a header whose every column but the region's is a level (two or more), else empty. */
  static List<Integer> levels(List<String> header, int region) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i == region) {
        continue;
      }
      if (!LEVEL.matcher(header.get(i).replace("**", "").strip()).matches()) {
        return List.of();
      }
      out.add(i);
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** Which component the words over the table say its figures are ("Base salary by level…"): base, total, or null. */
  static String component(String words) {
    java.util.regex.Matcher base = BASE_WORDS.matcher(words);
    java.util.regex.Matcher total = TOTAL_WORDS.matcher(words);
    int b = base.find() ? base.start() : Integer.MAX_VALUE;
    int t = total.find() ? total.start() : Integer.MAX_VALUE;
    return b == t ? null : b < t ? "Base" : "Total";
  }

  /** The one level column the role names, or -1 where it names none or several. */
  static int chosen(List<String> header, List<Integer> levels, List<String> roleNames) {
    for (String role : roleNames) {
      List<Integer> named = levels.stream().filter(i -> LevelRows.names(role, header.get(i).strip())).toList();
      if (named.size() == 1) {
        return named.get(0);
      }
      if (named.size() > 1) {
        return -1;
      }
    }
    return -1;
  }

  /** The held table as a pay table of its place and one component: "| Office | Base |". */
  static List<String> header(Held held) {
    List<String> header = new ArrayList<>();
    header.add(held.regionHeader());
    header.addAll(held.parts());
    return header;
  }

  /**
   * The held table with another part's table of the same shape read into it: "### RSUs (per year)" over "| Level |
   * Austin (HQ) | Montréal |", a row per level, gives each place the cell of the held level's row, under the part the
   * heading names. Null where the table's columns are not the held places, or it has no row for the level.
   */
  static Held withPartTable(Held held, String part, List<String> header, List<PayTable.Row> rows) {
    if (header.size() != held.rows().size() + 1) {
      return null;
    }
    PayTable.Row match = levelRow(held, rows);
    if (match == null) {
      return null;
    }
    List<PayTable.Row> out = new ArrayList<>();
    for (PayTable.Row row : held.rows()) {
      int column = placeColumn(header, row.cell(0));
      if (column < 1) {
        return null;
      }
      List<String> cells = new ArrayList<>(row.cells());
      cells.add(match.cell(column));
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    List<String> parts = new ArrayList<>(held.parts());
    parts.add(part);
    return new Held(held.regionHeader(), List.copyOf(parts), held.level(), List.copyOf(out), held.line());
  }

  /** The column whose header is the place, bold or not, or -1. */
  private static int placeColumn(List<String> header, String place) {
    String want = place.replace("**", "").strip();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).replace("**", "").strip().equalsIgnoreCase(want)) {
        return i;
      }
    }
    return -1;
  }

  /** The row of a table by level whose first cell is the held level, or null. */
  private static PayTable.Row levelRow(Held held, List<PayTable.Row> rows) {
    for (PayTable.Row row : rows) {
      if (!row.cells().isEmpty() && row.cells().get(0).replace("**", "").strip().toLowerCase(Locale.ROOT)
          .equals(held.level().toLowerCase(Locale.ROOT))) {
        return row;
      }
    }
    return null;
  }

  /**
   * The held rows with the cells of the level's row in a table by level appended, and that table's header with
   * them; null where the table has no row for the level.
   */
  static List<PayTable.Row> withLevelRow(Held held, List<String> levelHeader, List<PayTable.Row> levelRows,
      List<String> mergedHeader) {
    PayTable.Row match = levelRow(held, levelRows);
    if (match == null) {
      return null;
    }
    mergedHeader.addAll(header(held));
    mergedHeader.addAll(levelHeader.subList(1, levelHeader.size()));
    List<PayTable.Row> out = new ArrayList<>();
    for (PayTable.Row row : held.rows()) {
      List<String> cells = new ArrayList<>(row.cells());
      cells.addAll(match.cells().subList(1, match.cells().size()));
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    return out;
  }
}
