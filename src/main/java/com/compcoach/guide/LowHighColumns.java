package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay table that gives each band as two columns, low then high: under a second header row ("| | low | high |"
 * beneath "| Region | Base | | Stock | |") or in header words ("Base low | Base high"), a midpoint between them or not
 * ("Salary min | Midpoint | Salary max"). The pair becomes one column whose cells read "low – high", so the table
 * reads as one written with ranges; a midpoint is a point inside the range, not a band, and goes.
 */
final class LowHighColumns {

  /** A band's ends in German, Spanish, Portuguese and French sheets: "Grundgehalt von | Grundgehalt bis", "Mín | Máx". */
  private static final String LOW_ABROAD = "mín|mínimo|minimo|von|desde|mini";
  private static final String HIGH_ABROAD = "máx|máximo|maximo|bis|hasta|maxi";

  private static final Pattern LOW = Pattern.compile(
      "(?i)^(?:low|lo|min|minimum|from|lower|bottom|floor|start|" + LOW_ABROAD + ")(?:\\s+(?:end\\s+)?of\\s+(?:the\\s+)?(?:band|range))?$");
  private static final Pattern HIGH = Pattern.compile(
      "(?i)^(?:high|hi|max|maximum|to|upper|top|ceiling|" + HIGH_ABROAD + ")(?:\\s+(?:end\\s+)?of\\s+(?:the\\s+)?(?:band|range))?$");
  /** Words before a bare end that name no part of the pay: "Range min", "Band max", "Pay range low". */
  private static final Pattern NO_PART = Pattern.compile("(?i)^(?:(?:pay\\s+|salary\\s+)?(?:range|band)|pay)\\s+");
  /** A midpoint between a pair ("Salary min | Midpoint | Salary max"): a point inside the range, not a band. */
  /** A column's name for the whole range or a percentile of it. */
  private static final Pattern RANGE_WORD = Pattern.compile("(?i)^(?:range|band|value|amount|p\\d{2})$");
  private static final Pattern MID = Pattern.compile("(?i)^(?:.*\\s)?(?:mid|mid-?point|median|middle)$");
  /**
   * A point named as the company's aim ("Low | Target | High"): a midpoint only where it stands between a low and a
   * high, never a Negotiate-Up target column of its own.
   */
  private static final Pattern BETWEEN = Pattern.compile("(?i)^(?:target|typical|market|reference|hiring\\s+point)$");
  /**
   * What a part given as one figure says of it in a second header row of ends ("| min | max | target |" under
   * "| Base | Base | Bonus |"): not after a low, it qualifies its own column, which stays as it is.
   */
  private static final Pattern ONE_FIGURE = Pattern.compile(
      "(?i)^(?:target|on target|at target|%|% of base|percent|amount|value|per year|a year|annual|/\\s?yr)$");
  private static final Pattern BETWEEN_WORD = Pattern.compile(
      "(?i)^(.*?\\S)\\s+(target|typical|market|reference|hiring\\s+point)$");
  private static final Pattern END_WORD = Pattern.compile(
      "(?i)^(.*?)[\\s(\\[–—-]*\\b(low|min|minimum|from|lower|bottom|floor|start|high|max|maximum|to|upper|top|ceiling|"
          + LOW_ABROAD + "|" + HIGH_ABROAD + ")"
          + "\\b[)\\]]?\\s*$");

  /** An end written before the part it bounds: "Minimum base", "Max total", "Min bonus". */
  private static final Pattern START_WORD = Pattern.compile(
      "(?i)^(low|lowest|min|minimum|high|highest|max|maximum)\\s+(\\p{L}.*)$");

  /** The header and rows with each low/high pair merged into one range column. */
  record Merged(List<String> header, List<PayTable.Row> rows, List<Midpoint> midpoints) {}

  /** A midpoint dropped from between a row's low and high cells, kept to check it lies between them. */
  record Midpoint(int line, String low, String mid, String high) {}

  private LowHighColumns() {}

  /**
   * A table that gives each region two rows, its band's bottom then its top, named in a column of their own ("|
   * Atlanta | Min | $120K | … |" over "| Atlanta | Max | $145K | … |"), as one row per region whose cells read "low –
   * high", that column gone; null where no column names the ends of every pair of rows.
   */
  static Merged rowPairs(List<String> header, List<PayTable.Row> rows) {
    if (rows.size() < 2 || rows.size() % 2 != 0 || header.size() < 3) {
      return null;
    }
    int ends = -1;
    for (int c = 0; c < header.size() && ends < 0; c++) {
      ends = c;
      for (int r = 0; r < rows.size() && ends >= 0; r++) {
        String cell = rows.get(r).cell(c).replace("*", "").strip();
        ends = (r % 2 == 0 ? LOW : HIGH).matcher(cell).matches() ? ends : -1;
      }
    }
    if (ends < 0) {
      return null;
    }
    List<String> merged = new ArrayList<>(header);
    merged.remove(ends);
    List<PayTable.Row> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r += 2) {
      List<String> low = rows.get(r).cells();
      List<String> high = rows.get(r + 1).cells();
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        if (c == ends) {
          continue;
        }
        String a = c < low.size() ? low.get(c).strip() : "";
        String b = c < high.size() ? high.get(c).strip() : "";
        if (c == 0 || a.equals(b) || b.isEmpty() || a.isEmpty()) {
          // The place, written on both rows or once: "| Atlanta | Min |" over "| | Max |".
          cells.add(a.isEmpty() ? b : a);
        } else {
          cells.add(a + " – " + b);
        }
      }
      out.add(new PayTable.Row(List.copyOf(cells), rows.get(r).line()));
    }
    return new Merged(List.copyOf(merged), List.copyOf(out), List.of());
  }

  /**
   * The table with its low/high pairs merged, or null when it has none.
   *
   * @param context the heading and header, which say whether ends naming no part ("Min | Mid | Max") are the total
   */
  static Merged of(List<String> header, List<PayTable.Row> rows, ReadingRules rules, String context) {
    List<String> named = bareEndsNamed(header, rules, context);
    if (named != null) {
      header = named;
    }
    if (isLowHighRow(header, false)) {
      // "| | Low | High |" over "| Base | 150,000 | 185,000 |": one range column beside the labels.
      List<String> names = new ArrayList<>();
      for (String h : header) {
        String c = h.replace("*", "").strip();
        names.add(LOW.matcher(c).matches() || HIGH.matcher(c).matches() || MID.matcher(c).matches() ? "Range" : c);
      }
      return merge(names, header, rows);
    }
    // The second header row may name the place column too: "| **Office** | **Low** | **Target** | **High** |".
    List<String> sub = rows.isEmpty() ? List.of() : rows.get(0).cells();
    boolean placeNamedBelow = !sub.isEmpty() && !header.isEmpty() && header.get(0).isBlank()
        && rules.column(sub.get(0).replace("*", "").strip()) == ReadingRules.Column.REGION;
    // An HTML export's "Location" merged down over both header rows (rowspan) stands in the second row too.
    boolean placeMergedDown = !sub.isEmpty() && !header.isEmpty() && !header.get(0).isBlank()
        && sub.get(0).strip().equals(header.get(0).strip());
    if (placeMergedDown) {
      // The same export's other cells merged down ("Bonus" beside "Low | High") name no end: blank below.
      List<String> ends = new ArrayList<>(sub);
      for (int i = 1; i < Math.min(ends.size(), header.size()); i++) {
        if (ends.get(i).strip().equals(header.get(i).strip())) {
          ends.set(i, "");
        }
      }
      sub = ends;
    }
    if (!sub.isEmpty() && isLowHighRow(placeNamedBelow || placeMergedDown ? sub.subList(1, sub.size()) : sub,
        true)) {
      List<String> names = new ArrayList<>();
      String last = "";
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).strip();
        last = h.isEmpty() ? last : h;
        names.add(last);
      }
      if (placeNamedBelow) {
        names.set(0, sub.get(0).replace("*", "").strip());
      }
      return merge(names, sub, rows.subList(1, rows.size()));
    }
    List<String> names = new ArrayList<>();
    List<String> ends = new ArrayList<>();
    boolean any = false;
    for (String h : header) {
      Matcher m = END_WORD.matcher(h.strip());
      Matcher first = START_WORD.matcher(h.strip());
      if (m.matches() && !m.group(1).isBlank()) {
        names.add(m.group(1).strip());
        ends.add(m.group(2));
        any = true;
      } else if (first.matches()) {
        names.add(first.group(2).strip());
        ends.add(first.group(1).toLowerCase(Locale.ROOT).startsWith("low") ? "low"
            : first.group(1).toLowerCase(Locale.ROOT).startsWith("high") ? "high" : first.group(1));
        any = true;
      } else {
        // "Base min | Base target | Base max": the company's aim between a part's ends is a midpoint.
        Matcher between = BETWEEN_WORD.matcher(h.strip());
        boolean afterLow = !ends.isEmpty() && LOW.matcher(ends.get(ends.size() - 1).strip()).matches();
        names.add(between.matches() && afterLow ? between.group(1).strip() : h.strip());
        ends.add(between.matches() && afterLow ? between.group(2) : "");
      }
    }
    return any ? merge(names, ends, rows) : null;
  }

  /**
   * "| Office | Min | Mid | Max | Bonus target |": ends that name no part, beside a place and parts the rules know but
   * no base, are the base band's (the total's where the heading names only the total), so they merge as "Base min |
   * Base max" would; null where the header has no such pair.
   */
  private static List<String> bareEndsNamed(List<String> header, ReadingRules rules, String context) {
    boolean low = false;
    boolean high = false;
    boolean region = false;
    for (String h : header) {
      String c = NO_PART.matcher(h.replace("*", "").strip()).replaceFirst("");
      if (LOW.matcher(c).matches()) {
        low = true;
      } else if (HIGH.matcher(c).matches()) {
        high = true;
      } else if (!MID.matcher(c).matches()) {
        ReadingRules.Column kind = rules.column(h.replace("*", "").strip());
        // An unknown column may name the parts row by row ("| Location | Component | Low | High |"): not ours.
        if (kind == ReadingRules.Column.BASE || kind == ReadingRules.Column.UNKNOWN && !h.isBlank()) {
          return null;
        }
        region |= kind == ReadingRules.Column.REGION || kind == ReadingRules.Column.LEVEL;
      }
    }
    if (!low || !high || !region) {
      return null;
    }
    String part = "total".equals(PercentileColumns.component(context)) ? "Total" : "Base";
    List<String> out = new ArrayList<>();
    for (String h : header) {
      String c = NO_PART.matcher(h.replace("*", "").strip()).replaceFirst("");
      boolean end = LOW.matcher(c).matches() || HIGH.matcher(c).matches() || MID.matcher(c).matches();
      out.add(end ? part + " " + c : h);
    }
    return out;
  }

  /**
   * Whether a name is a word for a range or a point in it ("Low", "Hi", "Bottom of band", "Midpoint", "Range", "P25"),
   * never a place: a region so named is a column of ranges read as a row.
   */
  static boolean namesARange(String name) {
    String c = name.replace("*", "").strip();
    return LOW.matcher(c).matches() || HIGH.matcher(c).matches() || MID.matcher(c).matches()
        || RANGE_WORD.matcher(c).matches();
  }

  /**
   * Whether a row names ends (a low and a high); {@code underHeader}, it is a second header row, where words under
   * a part given as one figure may say what kind of figure it is ("4-yr grant").
   */
  private static boolean isLowHighRow(List<String> cells, boolean underHeader) {
    boolean low = false;
    boolean high = false;
    boolean afterLow = false;
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i).replace("*", "").strip();
      if (c.isEmpty()) {
        continue;
      }
      boolean wasAfterLow = afterLow;
      afterLow = LOW.matcher(c).matches();
      if (afterLow) {
        low = true;
      } else if (HIGH.matcher(c).matches()) {
        high = true;
      } else if (!MID.matcher(c).matches() && !(wasAfterLow && BETWEEN.matcher(c).matches())
          && !(!wasAfterLow && (ONE_FIGURE.matcher(c).matches() || underHeader && qualifier(c)))) {
        return false;
      }
    }
    return low && high;
  }

  /**
   * Words under a part given as one figure that say what kind of figure it is ("4-yr grant", "RSUs", "of base"):
   * no figure of their own (a count of years aside), so a row of them beside "Min | Max" is a header, never a row.
   */
  private static boolean qualifier(String cell) {
    String rest = YEARS_SAID.matcher(cell).replaceAll(" ");
    return rest.codePoints().noneMatch(ch -> Character.isDigit(ch) || Character.getType(ch) == Character.CURRENCY_SYMBOL)
        && rest.codePoints().anyMatch(Character::isLetter) && rest.length() <= 30;
  }

  /** A count of years in a header ("4-yr", "3 year", "(4y)"), the one figure a qualifier may hold. */
  private static final Pattern YEARS_SAID = Pattern.compile("(?i)\\d{1,2}\\s*[- ]?\\s*(?:years?|yrs?|y)\\b");

  /** Columns named alike, the first marked low and the next high, become one; other columns stay as they are. */
  private static Merged merge(List<String> names, List<String> ends, List<PayTable.Row> rows) {
    List<String> header = new ArrayList<>();
    List<int[]> sources = new ArrayList<>();
    boolean merged = false;
    for (int i = 0; i < names.size(); i++) {
      // A midpoint between the pair is dropped: "Salary min | Midpoint | Salary max", or "min | mid | max" below.
      int skip = i + 2 < names.size() && (MID.matcher(names.get(i + 1).strip()).matches()
          || MID.matcher(end(ends, i + 1)).matches() || BETWEEN.matcher(end(ends, i + 1)).matches()) ? 1 : 0;
      int high = i + 1 + skip;
      boolean pair = high < names.size() && names.get(i).equalsIgnoreCase(names.get(high))
          && LOW.matcher(end(ends, i)).matches() && HIGH.matcher(end(ends, high)).matches();
      String qualifier = pair ? "" : end(ends, i);
      // "Equity" over "4-yr grant": the words under a part given as one figure say what it is, as a bracket would.
      boolean qualified = !qualifier.isEmpty() && !qualifier.equalsIgnoreCase(names.get(i).strip())
          && !names.get(i).isBlank() && !ONE_FIGURE.matcher(qualifier).matches() && qualifier(qualifier);
      header.add(qualified ? names.get(i).strip() + " (" + ends.get(i).replace("*", "").strip() + ")" : names.get(i));
      sources.add(pair ? skip == 1 ? new int[] {i, high, i + 1} : new int[] {i, high} : new int[] {i});
      if (pair) {
        merged = true;
        i = high;
      }
    }
    if (!merged) {
      return null;
    }
    List<PayTable.Row> out = new ArrayList<>();
    List<Midpoint> midpoints = new ArrayList<>();
    for (PayTable.Row row : rows) {
      List<String> cells = new ArrayList<>();
      for (int[] s : sources) {
        String low = cell(row, s[0]);
        cells.add(s.length == 1 ? low : range(low, cell(row, s[1])));
        if (s.length == 3 && !cell(row, s[2]).isEmpty()) {
          midpoints.add(new Midpoint(row.line(), low, cell(row, s[2]), cell(row, s[1])));
        }
      }
      out.add(new PayTable.Row(cells, row.line()));
    }
    return new Merged(List.copyOf(header), List.copyOf(out), List.copyOf(midpoints));
  }

  private static String end(List<String> ends, int i) {
    return i < ends.size() ? ends.get(i).replace("*", "").strip().toLowerCase(Locale.ROOT) : "";
  }

  /** "low – high"; with one end missing the cell is empty, so the band is refused rather than read as one figure. */
  private static String range(String low, String high) {
    if (low.equals(high)) {
      return low;
    }
    return low.isEmpty() || high.isEmpty() ? "" : low + " – " + high;
  }

  private static String cell(PayTable.Row row, int i) {
    return i < row.cells().size() ? row.cells().get(i).strip() : "";
  }
}
