package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * A table as a spreadsheet pastes it, tidied before it is read: spacer columns dropped, a place column written once
 * over its rows (merged cells) dropped for the finer place column beside it, and a units row under the header
 * ("| | USD k | USD k / yr | % of base |") moved into the header, where a header's own units are read.
 */
final class SheetPaste {

  /** The table tidied, and what was done to it (info lines), or the table unchanged with no notes. */
  record Tidied(List<String> header, List<PayTable.Row> rows, List<String> notes) {}

  private SheetPaste() {}

  static Tidied of(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    List<String> notes = new ArrayList<>();
    List<String> h = header;
    List<PayTable.Row> r = rows;
    if (h.stream().anyMatch(String::isBlank)) {
      // A sheet's spacer columns: a blank header over blank cells says nothing, so it is no unknown column.
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < h.size(); i++) {
        if (!h.get(i).isBlank() || !blankColumn(r, i)) {
          keep.add(i);
        }
      }
      if (keep.size() < h.size() && keep.size() >= 2) {
        notes.add((h.size() - keep.size()) + " empty column(s) between the pay table's columns dropped");
        h = pick(h, keep);
        r = r.stream().map(row -> new PayTable.Row(pick(row.cells(), keep), row.line())).toList();
      }
    }
    int group = groupColumn(h, r, rules);
    int country = group < 0 ? countryOverOtherPlaces(h, r, rules) : -1;
    if (country >= 0) {
      // "| Netherlands | Any |", "| United Kingdom | Remote |": the country is the place, and an HQ mark written on
      // the city ("Copenhagen (HQ), Aarhus") is the country's, not lost with the column the reader does not read.
      notes.add("'" + h.get(country).strip() + "' names the places: '" + h.get(country + 1).strip() + "' does not name"
          + " one city in each row");
      r = carryHq(r, country + 1, country);
    }
    if (group >= 0) {
      String coarse = h.get(group).strip();
      int at = group;
      notes.add("'" + coarse + "' is " + (r.stream().anyMatch(row -> at < row.cells().size()
          && row.cells().get(at).isBlank()) ? "written once over its rows, " : "") + "a group of the places in '"
          + h.get(group + 1).strip() + "': the places are read from '" + h.get(group + 1).strip() + "'");
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < h.size(); i++) {
        if (i != group) {
          keep.add(i);
        }
      }
      r = carryGroupCurrency(r, group);
      if (r.stream().noneMatch(row -> at < row.cells().size() && row.cells().get(at).isBlank())) {
        // "| Denmark (HQ) | Copenhagen |": a country in every row is the city's own; its HQ mark is the city's.
        r = carryHq(r, group, group + 1);
      }
      h = pick(h, keep);
      r = r.stream().map(row -> new PayTable.Row(pick(row.cells(), keep), row.line())).toList();
    }
    if (!r.isEmpty() && unitsRow(r.get(0).cells())) {
      List<String> units = r.get(0).cells();
      List<String> merged = new ArrayList<>(h);
      for (int i = 0; i < merged.size() && i < units.size(); i++) {
        if (!units.get(i).isBlank()) {
          merged.set(i, merged.get(i).strip() + " (" + units.get(i).strip() + ")");
        }
      }
      notes.add("the row under the header gives each column's unit: read as part of its header");
      h = merged;
      r = r.subList(1, r.size());
    }
    return new Tidied(h, r, notes);
  }

  /** A currency a group cell states at its end: "United Kingdom (GBP)", "Eurozone (€)". */
  private static final Pattern GROUP_CURRENCY = Pattern.compile("\\((?:in\\s+)?([A-Z]{3}|[A-Za-z]{0,3}\\p{Sc})\\)\\s*$");

  /**
   * "| United Kingdom (GBP) | London (HQ) |" over "| | Manchester |": the currency the group cell states is each of
   * its places', written on the place as "London (HQ) (GBP)", unless the place states its own; the group column
   * goes, and with it the only word of the currency.
   */
  private static List<PayTable.Row> carryGroupCurrency(List<PayTable.Row> rows, int group) {
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    String currency = null;
    for (PayTable.Row row : rows) {
      List<String> c = new ArrayList<>(row.cells());
      String coarse = group < c.size() ? c.get(group).replace("**", "").replace("__", "").strip() : "";
      if (!coarse.isEmpty()) {
        Matcher m = GROUP_CURRENCY.matcher(coarse);
        currency = m.find() ? m.group(1) : null;
      }
      if (currency != null && group + 1 < c.size() && !c.get(group + 1).isBlank()
          && !GROUP_CURRENCY.matcher(c.get(group + 1).strip()).find()) {
        c.set(group + 1, c.get(group + 1).strip() + " (" + currency + ")");
      }
      out.add(new PayTable.Row(c, row.line()));
    }
    return out;
  }

  private static boolean blankColumn(List<PayTable.Row> rows, int column) {
    return rows.stream().allMatch(row -> column >= row.cells().size() || row.cells().get(column).isBlank());
  }

  private static List<String> pick(List<String> cells, List<Integer> keep) {
    List<String> picked = new ArrayList<>(keep.size());
    keep.forEach(i -> picked.add(i < cells.size() ? cells.get(i) : ""));
    return picked;
  }

  /**
   * "| Country | Site |" over "| United States | Hillsboro |", "| | Chandler |" (or "| State | Site |" over "| Ohio |
   * Columbus |"): the first of two place columns written once over the rows that follow it, the second filled in
   * every row; -1 where there is no such column.
   */
  private static int groupColumn(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    for (int i = 0; i + 1 < header.size(); i++) {
      if (rules.column(header.get(i + 1)) != Column.REGION
          || rules.column(header.get(i)) != Column.REGION && !rules.namesPlaceGroupColumn(header.get(i))) {
        continue;
      }
      boolean blankBelow = false;
      boolean finerEverywhere = true;
      for (PayTable.Row row : rows) {
        List<String> c = row.cells();
        boolean figures = c.stream().anyMatch(SheetPaste::hasDigit);
        String coarse = i < c.size() ? c.get(i) : "";
        String fine = i + 1 < c.size() ? c.get(i + 1) : "";
        if (!figures) {
          continue;
        }
        blankBelow |= coarse.isBlank();
        finerEverywhere &= !fine.isBlank();
      }
      // "| Country | City |" filled in every row: the header says the city is the finer place, where each row
      // names one city; "Any", "Remote" or "Copenhagen, Aarhus" leave the country the place (countryOverOtherPlaces).
      return (blankBelow || rules.namesCountryColumn(header.get(i)) && oneCityEach(rows, i + 1))
          && finerEverywhere ? i : -1;
    }
    return -1;
  }

  /**
   * "| Country | City |" filled in every row where some city cell names no one city ("Any", "Remote", "Copenhagen,
   * Aarhus"): the country column, the place of each row; -1 where the table is no such one.
   */
  private static int countryOverOtherPlaces(List<String> header, List<PayTable.Row> rows, ReadingRules rules) {
    for (int i = 0; i + 1 < header.size(); i++) {
      if (rules.column(header.get(i + 1)) == Column.REGION && rules.namesCountryColumn(header.get(i))) {
        return oneCityEach(rows, i + 1) ? -1 : i;
      }
    }
    return -1;
  }

  /** Words that open a place cell naming no one place: "Any", "Remote (EU)", "All cities", "Various". */
  private static final java.util.Set<String> NO_ONE_PLACE = java.util.Set.of("any", "all", "remote", "anywhere",
      "everywhere", "various", "multiple", "several", "other", "others", "nationwide", "countrywide", "hybrid",
      "flexible", "tbd", "n", "na", "none");

  /** Whether each row with a figure names one city in the column: no list, no dash, no "Any" or "Remote". */
  private static boolean oneCityEach(List<PayTable.Row> rows, int column) {
    for (PayTable.Row row : rows) {
      List<String> c = row.cells();
      if (!c.stream().anyMatch(SheetPaste::hasDigit)) {
        continue;
      }
      String cell = column < c.size() ? c.get(column).replace("**", "").replace("__", "") : "";
      int paren = cell.indexOf('(');
      // "Copenhagen (HQ)": what is in brackets marks the city, it names no second one.
      String place = (paren >= 0 ? cell.substring(0, paren) : cell).strip();
      if (place.isEmpty() || !place.chars().anyMatch(Character::isLetter)) {
        return false;
      }
      for (int k = 0; k < place.length(); k++) {
        if (",;/&+|".indexOf(place.charAt(k)) >= 0) {
          return false;
        }
      }
      String lower = " " + place.toLowerCase(Locale.ROOT) + " ";
      int end = 1;
      while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
        end++;
      }
      if (lower.contains(" and ") || lower.contains(" or ") || NO_ONE_PLACE.contains(lower.substring(1, end))) {
        return false;
      }
    }
    return true;
  }

  /** Each row's HQ mark in one column ("Denmark (HQ)") written on the place in the other, which has none. */
  private static List<PayTable.Row> carryHq(List<PayTable.Row> rows, int from, int to) {
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    for (PayTable.Row row : rows) {
      List<String> c = new ArrayList<>(row.cells());
      if (from < c.size() && to < c.size() && !c.get(to).isBlank() && RegionBands.isHq(c.get(from))
          && !RegionBands.isHq(c.get(to))) {
        c.set(to, c.get(to).strip() + " (HQ)");
      }
      out.add(new PayTable.Row(c, row.line()));
    }
    return out;
  }

  /**
   * A first row that holds no figure and names a unit in each cell it fills ("USD k", "% of base", "€ / yr"), with a
   * blank cell where the places go.
   */
  private static boolean unitsRow(List<String> cells) {
    int filled = 0;
    int units = 0;
    boolean blank = false;
    for (String cell : cells) {
      String c = cell.replace("*", "").strip();
      if (c.isEmpty()) {
        blank = true;
        continue;
      }
      // "$000" and "USD '000" name thousands; any other digit is a figure.
      if (hasDigit(c.replace("000", "")) || c.length() > 24) {
        return false;
      }
      filled++;
      if (namesUnit(c)) {
        units++;
      }
    }
    return blank && filled >= 2 && units == filled;
  }

  /** "USD k", "k€", "% of base", "GBP / yr", "$000": a currency code or mark, a percent, or thousands. */
  private static boolean namesUnit(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == '%' || Character.getType(ch) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    String lower = cell.toLowerCase(Locale.ROOT);
    if (lower.contains("thousand") || lower.contains("000") || lower.contains("percent")) {
      return true;
    }
    for (String word : cell.split("[^A-Za-z]+")) {
      if (word.length() == 3 && word.equals(word.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
