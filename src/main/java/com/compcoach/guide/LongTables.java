package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pay table exported from a spreadsheet in long form, one row per region and component ("| Location | Component |
 * Low | High |", the region written once over its rows), turned into one row per region with a column per component,
 * as {@link PayTable} reads it.
 */
final class LongTables {

  private LongTables() {}

  /** The table turned into one row per region (its header into {@code turnedHeader}), or null when it is not long. */
  static List<PayTable.Row> turned(List<String> header, List<PayTable.Row> rows, ReadingRules rules,
      List<String> turnedHeader) {
    int often = header.size() == 5 ? column(header, FREQUENCY_HEADER) : -1;
    if (often >= 2) {
      // "| Johannesburg (HQ) | Base salary | R62,000 | R75,000 | Monthly |": how often is said with the part, as a
      // header's "Base (monthly)" says it; a year's figures need no word.
      int part = rules.column(header.get(0).replace("**", "").strip()) == Column.REGION ? 1 : 0;
      return turnedWithout(header, rows, often, rules, turnedHeader, (cells, period) -> {
        if (!period.isBlank() && !rules.saysNoTarget(period.strip()) && !rules.saysPerYear(period)) {
          cells.set(part, cells.get(part) + " (" + period.strip() + ")");
        }
      });
    }
    int unit = header.size() == 5 ? column(header, UNIT_HEADER) : -1;
    if (unit >= 2) {
      // "| Hamburg | Base salary | 72 | 88 | k EUR/yr |": the unit column says what the bare figures beside it are.
      return turnedWithout(header, rows, unit, rules, turnedHeader, (cells, written) -> {
        for (int i = 2; i < cells.size(); i++) {
          cells.set(i, withUnit(cells.get(i), written));
        }
      });
    }
    List<PayTable.Row> grouped = header.size() <= 3 && rows.size() >= 4 ? groupedByPart(header, rows, rules) : null;
    if (grouped != null) {
      List<String> named = new ArrayList<>(List.of("Region", "Component"));
      named.addAll(header.subList(1, header.size()));
      return turned(named, grouped, rules, turnedHeader);
    }
    if (header.size() == 2 && rows.size() >= 4) {
      // "| Hartford (HQ) base | $105K–$125K |": the place and the part in one cell, split into two.
      List<PayTable.Row> split = placeAndPart(rows, rules);
      return split == null ? null : turned(List.of("Region", "Component", header.get(1)), split, rules, turnedHeader);
    }
    if (header.size() < 3 || header.size() > 4 || rows.size() < 2) {
      return null;
    }
    int region = -1;
    for (int i = 0; i < header.size() && region < 0; i++) {
      if (rules.column(header.get(i).replace("**", "")) == Column.REGION) {
        region = i;
      }
    }
    int component = region == 0 ? 1 : region == 1 ? 0 : -1;
    if (component < 0 || !namesComponents(rows, component, rules)) {
      return null;
    }
    // "| Location | Component | 2026 | 2027 |": a year a column, each cell a whole band; the latest year's is the band.
    int year = header.size() == 4 ? latestYear(header.get(2), header.get(3)) : -1;
    Map<String, Map<Column, String>> byRegion = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    Map<Column, String> names = new LinkedHashMap<>();
    String place = null;
    for (PayTable.Row row : rows) {
      List<String> cells = row.cells();
      if (cells.size() != header.size()) {
        return null;
      }
      String written = cells.get(region).strip();
      place = written.isEmpty() ? place : written;
      Column kind = rules.column(cells.get(component).replace("**", "").strip());
      if (place == null || kind != Column.BASE && kind != Column.STOCK && kind != Column.BONUS
          && kind != Column.TOTAL) {
        return null;
      }
      String low = cells.get(year > 0 ? year : 2).strip();
      String high = header.size() == 3 || year > 0 ? low : cells.get(3).strip();
      // "| Durban | Share scheme | — | — |": a part the place has none of, not a range from a dash to a dash.
      String value = header.size() == 3 || year > 0 || rules.saysNoTarget(low) && rules.saysNoTarget(high) ? low
          : low + " – " + high;
      names.putIfAbsent(kind, cells.get(component).replace("**", "").strip());
      lines.putIfAbsent(place, row.line());
      byRegion.computeIfAbsent(place, k -> new LinkedHashMap<>()).put(kind, value);
    }
    turnedHeader.add(header.get(region));
    // "| Office | Component | Range (EUR per year) |": what the value column's header says of its figures is said of
    // each part's column, as "Base (EUR per year)" would say it.
    String said = year > 0 ? "" : bracketed(header.get(2));
    names.values().forEach(n -> turnedHeader.add(said.isEmpty() ? n : n + " " + said));
    List<PayTable.Row> out = new ArrayList<>();
    for (Map.Entry<String, Map<Column, String>> e : byRegion.entrySet()) {
      List<String> cells = new ArrayList<>();
      cells.add(e.getKey());
      for (Column kind : names.keySet()) {
        cells.add(e.getValue().getOrDefault(kind, ""));
      }
      out.add(new PayTable.Row(cells, lines.get(e.getKey())));
    }
    return out;
  }

  /** The last bracketed words of a header ("(EUR per year)" of "Range (EUR per year)"), or "" where it has none. */
  private static String bracketed(String header) {
    int open = header.lastIndexOf('(');
    int close = header.lastIndexOf(')');
    return open >= 0 && close > open ? header.substring(open, close + 1) : "";
  }

  private static final java.util.regex.Pattern YEAR_HEADER =
      java.util.regex.Pattern.compile("(?i)^\\**(?:fy\\s*)?((?:19|20)\\d\\d)(?:\\s+bands?)?\\**$");

  /** The column (2 or 3) of the later of two year headers ("2026", "FY2027"), or -1 where they are not both years. */
  private static int latestYear(String first, String second) {
    java.util.regex.Matcher a = YEAR_HEADER.matcher(first.strip());
    java.util.regex.Matcher b = YEAR_HEADER.matcher(second.strip());
    if (!a.matches() || !b.matches() || a.group(1).equals(b.group(1))) {
      return -1;
    }
    return Integer.parseInt(b.group(1)) > Integer.parseInt(a.group(1)) ? 3 : 2;
  }

  /**
   * The table turned as a long one once the column at {@code at} is taken out, its cell folded into each row's others
   * by {@code fold}; null where a row is short of cells.
   */
  private static List<PayTable.Row> turnedWithout(List<String> header, List<PayTable.Row> rows, int at,
      ReadingRules rules, List<String> turnedHeader, java.util.function.BiConsumer<List<String>, String> fold) {
    List<String> narrowed = new ArrayList<>(header);
    narrowed.remove(at);
    List<PayTable.Row> folded = new ArrayList<>(rows.size());
    for (PayTable.Row row : rows) {
      if (row.cells().size() != header.size()) {
        return null;
      }
      List<String> cells = new ArrayList<>(row.cells());
      fold.accept(cells, cells.remove(at));
      folded.add(new PayTable.Row(cells, row.line()));
    }
    return turned(narrowed, folded, rules, turnedHeader);
  }

  private static final java.util.regex.Pattern UNIT_HEADER = java.util.regex.Pattern.compile("(?i)units?( of measure)?");
  private static final java.util.regex.Pattern BARE = java.util.regex.Pattern.compile("\\d[\\d.,\\s]*");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b[A-Z]{3}\\b");
  private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile(
      "(?i)^\\p{Sc}?\\s*k\\b|\\b(?:000s|thousands?)\\b|\\(000\\)"
          // "EUR k/yr", "USD k", "kEUR", "TEUR", "T€": a currency beside its thousands mark.
          + "|^[a-z]{3}\\s*k\\b|^k(?:[a-z]{3}|\\p{Sc})|^t(?:[a-z]{3}|\\p{Sc})(?![a-z])");

  /** A column saying how often each row's figures are paid: "Frequency", "Pay period", "Paid". */
  private static final java.util.regex.Pattern FREQUENCY_HEADER = java.util.regex.Pattern.compile(
      "(?i)(?:pay(?:ment)? )?(?:frequency|period|basis)|paid|how often|per");

  /** The column after the first two whose header the pattern matches ("Unit", "Frequency"), or -1. */
  private static int column(List<String> header, java.util.regex.Pattern named) {
    for (int i = 2; i < header.size(); i++) {
      if (named.matcher(header.get(i).replace("**", "").strip()).matches()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A bare figure written in its row's unit: "72" in "k EUR/yr" is "EUR 72k", "8" in "% of base" is "8%", "95,000"
   * in "USD/yr" is "USD 95,000". A cell already marked, or a unit saying none of these, stays as written.
   */
  static String withUnit(String value, String unit) {
    String v = value.strip();
    if (!BARE.matcher(v).matches()) {
      return value;
    }
    String u = unit.strip();
    if (u.contains("%") || u.toLowerCase(java.util.Locale.ROOT).contains("percent")) {
      return v + "%";
    }
    java.util.regex.Matcher code = CODE.matcher(u);
    String mark = code.find() ? code.group() + " " : "";
    for (int i = 0; i < u.length() && mark.isEmpty(); i++) {
      mark = Character.getType(u.charAt(i)) == Character.CURRENCY_SYMBOL ? String.valueOf(u.charAt(i)) : "";
    }
    return mark + v + (THOUSANDS.matcher(u).find() ? "k" : "");
  }

  /**
   * Places grouped under a row naming their part ("| **Base salary** | | |" over "| Kansas City (HQ) | $82,000 |
   * $98,000 |", then "| **Annual bonus** | | |" over the same places) as rows of place, part and value; null where
   * the first row names no part with its other cells empty, or a row under it names no place.
   */
  private static List<PayTable.Row> groupedByPart(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    String first = header.get(0).replace("**", "").strip();
    if (!first.isEmpty() && rules.column(first) != Column.REGION) {
      return null;
    }
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    String part = null;
    int groups = 0;
    for (PayTable.Row row : rows) {
      List<String> cells = row.cells();
      String label = cells.isEmpty() ? "" : cells.get(0).replace("**", "").replace("__", "").strip();
      boolean alone = cells.stream().skip(1).allMatch(String::isBlank);
      Column kind = alone ? rules.column(label) : null;
      if (kind == Column.BASE || kind == Column.STOCK || kind == Column.BONUS || kind == Column.TOTAL) {
        part = label;
        groups++;
        continue;
      }
      if (part == null || label.isEmpty() || alone || cells.size() != header.size()) {
        return null;
      }
      List<String> split = new ArrayList<>(List.of(label, part));
      split.addAll(cells.subList(1, cells.size()));
      out.add(new PayTable.Row(split, row.line()));
    }
    return groups >= 2 ? out : null;
  }

  /**
   * Rows whose first cell is a place and then a part ("Hartford (HQ) base", "Remote equity") as three cells, place,
   * part and value; null where any first cell does not end in a part.
   */
  private static List<PayTable.Row> placeAndPart(List<PayTable.Row> rows, ReadingRules rules) {
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    for (PayTable.Row row : rows) {
      String label = row.cell(0).replace("**", "").strip();
      int cut = -1;
      // The part is the last one to three words, the longest that names one: "Austin base salary" is Austin's
      // base salary, not "Austin base"'s salary; "Remote total", "Toronto total comp".
      List<Integer> spaces = new ArrayList<>();
      for (int at = label.lastIndexOf(' '); at > 0 && spaces.size() < 3; at = label.lastIndexOf(' ', at - 1)) {
        spaces.add(at);
      }
      for (int k = spaces.size() - 1; k >= 0 && cut < 0; k--) {
        String part = label.substring(spaces.get(k) + 1);
        // "Hartford (HQ) base": the part opens on a letter; "(HQ)" stays with the place.
        Column kind = Character.isLetter(part.charAt(0)) ? rules.column(part) : null;
        cut = kind == Column.BASE || kind == Column.STOCK || kind == Column.BONUS || kind == Column.TOTAL
            ? spaces.get(k) : -1;
      }
      if (cut < 0) {
        return null;
      }
      out.add(new PayTable.Row(List.of(label.substring(0, cut).strip(), label.substring(cut + 1), row.cell(1)),
          row.line()));
    }
    return out;
  }

  /** Whether a column's cells name a base and at least one other component, and nothing else. */
  private static boolean namesComponents(List<PayTable.Row> rows, int column, ReadingRules rules) {
    boolean base = false;
    boolean other = false;
    for (PayTable.Row row : rows) {
      if (column >= row.cells().size()) {
        return false;
      }
      Column kind = rules.column(row.cells().get(column).replace("**", "").strip());
      base |= kind == Column.BASE;
      other |= kind == Column.STOCK || kind == Column.BONUS || kind == Column.TOTAL;
    }
    return base && other;
  }
}
