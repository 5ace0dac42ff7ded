package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay table of market percentiles ("| Location | P10 | P25 | P50 | P75 | P90 |" under "Market data (base salary)"):
 * the two percentiles the guide says it hires between ("we hire between the 25th and 75th percentile") become one
 * range column of the pay the heading names, so the table reads as one written with ranges. Where the table gives
 * only two percentiles, or a low, a high and a median, those ends are the band; where it gives more and says nothing,
 * or names no pay, it is an error saying what to write: a band is never picked from percentiles in silence.
 */
final class PercentileColumns {

  /** A percentile column's header: "P25", "p 75", "25th", "75th percentile", "Median". */
  private static final Pattern HEADER = Pattern.compile(
      "(?i)^(?:(base|salary|total|tc)\\s+)?(?:p\\s?(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)(?:\\s+(?:percentile|pct|%ile))?"
          + "|(median))(?:\\s*\\((?<end>[^()]{1,40})\\))?$");
  /** A percentile header's aside naming it a band's end: "P25 (band floor)", "P75 (range max)". */
  // The band's own ends only: "P10 (bottom of market)" marks the market, not the band.
  private static final Pattern LOW_END = Pattern.compile("(?i)\\b(?:floor|min|minimum|(?:bottom|low|start)\\s+of\\s+"
      + "(?:the\\s+)?(?:band|range)|band\\s+(?:low|bottom|start))\\b");
  private static final Pattern HIGH_END = Pattern.compile("(?i)\\b(?:ceiling|max|maximum|(?:top|high|cap)\\s+of\\s+"
      + "(?:the\\s+)?(?:band|range)|band\\s+(?:high|top|cap))\\b");
  /**
   * "between the 25th and 75th percentile", "from P25 to P75", "P25–P75": two percentiles as a band's ends, never
   * "P10 and P90 are shown for context".
   */
  private static final Pattern BETWEEN = Pattern.compile(
      "(?i)(?:\\b(?:between|from)\\s+(?:the\\s+)?(?:p\\s?(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th))(?:\\s+percentiles?)?"
          + "\\s*(?:–|—|-|to|and)\\s*|\\bp\\s?(\\d{1,2})\\s*[–—-]\\s*)(?:the\\s+)?(?:p\\s?(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th))");
  /** The header over a column of percentile rows: one naming them ("Percentile", "Point"), or none. */
  // Never "Level": "P3", "P4" there are grades, each row a band of its own.
  private static final Pattern POINTS_HEADER = Pattern.compile("(?i)^[*_\\s]*(?:[^|]*(?:\\bpercentiles?\\b"
      + "|\\bpctl\\b|%ile|\\bpoints?\\b)[^|]*)?$");
  /** A cell that already holds a range ("$120K–$140K", "120 to 140"): a band, never one percentile's figure. */
  private static final Pattern RANGE_CELL = Pattern.compile("(?i)\\d[^–—-]*?\\s*(?:–|—|-|\\bto\\b)\\s*\\D{0,4}\\d");
  private static final Pattern BASE_WORDS = Pattern.compile("(?i)\\b(?:base|salary|salaries)\\b");
  private static final Pattern TOTAL_WORDS = Pattern.compile("(?i)\\b(?:total|tc|total comp\\w*)\\b");

  /** The table with its percentiles read as one range column, or the error saying why they cannot be. */
  record Read(List<String> header, List<PayTable.Row> rows, String note, String error) {}

  private PercentileColumns() {}

  /**
   * The table with the band's two percentiles merged into one column, or null when it is no percentile table.
   *
   * @param context what names the table's pay: its heading and the line right above it
   * @param guide   the whole guide, where a sentence may say which percentiles it hires between
   */
  static Read of(List<String> header, List<PayTable.Row> rows, String context, String guide) {
    List<Integer> columns = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    String prefix = null;
    int lowEnd = -1;
    int highEnd = -1;
    for (int i = 0; i < header.size(); i++) {
      Matcher m = HEADER.matcher(header.get(i).replace("*", "").strip());
      if (m.matches()) {
        columns.add(i);
        int point = m.group(4) != null ? 50 : Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        points.add(point);
        prefix = m.group(1) != null ? m.group(1) : prefix;
        String end = m.group("end");
        // "P25 (band floor)" and "P75 (band ceiling)": the headers say which percentiles are the band.
        lowEnd = end != null && LOW_END.matcher(end).find() ? point : lowEnd;
        highEnd = end != null && HIGH_END.matcher(end).find() ? point : highEnd;
      }
    }
    if (columns.size() < 2) {
      return null;
    }
    String component = prefix != null ? prefix : component(context);
    if (component == null) {
      return new Read(header, rows, null, "the table gives percentiles (" + names(points) + ") but says nowhere of"
          + " which pay: name it in the heading or the columns, as in 'Base salary percentiles' or 'Base P25'");
    }
    // What the guide's prose says of its percentiles comes first; the headers' marks only where it says nothing.
    int[] stated = stated(guide, points);
    int[] pair = stated != null ? stated : lowEnd >= 0 && lowEnd < highEnd ? new int[] {lowEnd, highEnd} : null;
    String how = stated != null ? "as the guide says it hires between them" : "as its headers mark them";
    if (pair == null && points.size() == 2 && oneNotPaid(guide, points)) {
      return new Read(header, rows, null, "the table gives percentiles " + names(points) + " and the guide says one"
          + " of them is not what it pays: write which two are the band, as in 'we hire between P25 and P75'");
    }
    if (pair == null) {
      List<Integer> ends = ends(points);
      if (ends.size() != 2) {
        return new Read(header, rows, null, "the table gives percentiles " + names(points) + " and says nowhere"
            + " which two are the band: write it, as in 'we hire between P25 and P75'");
      }
      pair = new int[] {ends.get(0), ends.get(1)};
      how = "the ends of the percentiles it gives";
    }
    int low = columns.get(points.indexOf(pair[0]));
    int high = columns.get(points.indexOf(pair[1]));
    return merged(header, rows, low, columns::contains, component, cells -> {
      String hi = high < cells.size() ? cells.get(high).strip() : "";
      return cells.get(low).strip() + (hi.isEmpty() ? "" : " – " + hi);
    }, "the table gives " + component + " percentiles " + names(points) + ": read P" + pair[0] + " to P" + pair[1]
        + " as the band, " + how);
  }

  /**
   * Words that set a percentile apart from the pay: "P90 is shown for context only; we do not go there"; never the
   * candidate's "don't push past P90", which makes it the top.
   */
  private static final Pattern NOT_PAID = Pattern.compile(
      "(?i)\\b(?:for\\s+context|context\\s+only|for\\s+reference|for\\s+comparison|benchmark\\s+only"
          + "|(?:we|they)\\s+(?:do\\s+not|don't|never|won't)\\s+(?:pay|go|offer|hire|reach)"
          + "|not\\s+(?:paid|offered|what\\s+we\\s+pay))\\b");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;!?\\n]+");

  /**
   * Whether a sentence of the guide that names one of the two percentiles sets it apart from the pay; "P90 is reserved
   * for exceptional hires" does not.
   */
  private static boolean oneNotPaid(String guide, List<Integer> points) {
    for (String sentence : SENTENCE_BREAK.split(guide)) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      boolean names = points.stream().anyMatch(p -> lower.contains("p" + p) || lower.contains(p + "th")
          || p == 50 && lower.contains("median"));
      if (names && !lower.contains("|") && NOT_PAID.matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The band's ends where the guide names none: the two percentiles given, when there are two ("Base P50 | Base
   * P90"), else those around the median; more than two left over is no band.
   */
  private static List<Integer> ends(List<Integer> points) {
    return points.size() == 2 ? points.stream().sorted().toList()
        : points.stream().filter(p -> p != 50).sorted().toList();
  }

  /**
   * The table with column {@code at} named for the pay it gives and its cells worked out by {@code band} from each
   * row's cells, and every other column {@code gone} names left out.
   */
  static Read merged(List<String> header, List<PayTable.Row> rows, int at, IntPredicate gone, String component,
      Function<List<String>, String> band, String note) {
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i == at) {
        merged.add(component.substring(0, 1).toUpperCase(Locale.ROOT) + component.substring(1));
      } else if (!gone.test(i)) {
        merged.add(header.get(i));
      }
    }
    List<PayTable.Row> out = new ArrayList<>();
    for (PayTable.Row row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.cells().size(); i++) {
        if (i == at) {
          cells.add(band.apply(row.cells()));
        } else if (!gone.test(i)) {
          cells.add(row.cells().get(i));
        }
      }
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    return new Read(List.copyOf(merged), List.copyOf(out), note, null);
  }

  /**
   * A table giving each place a row per percentile, the place written on its first row only ("| Boston (HQ) | P25 |
   * $128K |" over "| | P50 | $142K |" and "| | P75 | $156K |"): one row per place whose cells run from the band's
   * low percentile to its high one, chosen as for percentile columns; null where no column holds a percentile on
   * every row.
   */
  static Read rows(List<String> header, List<PayTable.Row> rows, String guide) {
    if (rows.size() < 2 || header.size() < 3) {
      return null;
    }
    int at = -1;
    for (int c = 1; c < header.size() && at < 0; c++) {
      int col = c;
      // The cheap test first: the first row's cell is a percentile.
      if (point(rows.get(0).cell(col)) >= 0 && rows.stream().allMatch(r -> point(r.cell(col)) >= 0)) {
        at = col;
      }
    }
    if (at < 0 || !POINTS_HEADER.matcher(header.get(at)).matches() || holdsRanges(rows)
        || !rows.get(0).cell(0).isEmpty() && rows.stream().skip(1).allMatch(r -> !r.cell(0).isEmpty())
        && rows.stream().map(r -> r.cell(0)).distinct().count() == rows.size()) {
      return null;
    }
    // The rows of each place: from a row naming it to the next; a place written on every row groups by its name.
    List<List<PayTable.Row>> places = new ArrayList<>();
    for (PayTable.Row row : rows) {
      String place = row.cell(0);
      List<PayTable.Row> last = places.isEmpty() ? null : places.get(places.size() - 1);
      if (last == null || !place.isEmpty() && !place.equals(last.get(0).cell(0))) {
        places.add(new ArrayList<>());
      }
      places.get(places.size() - 1).add(row);
    }
    int column = at;
    List<Integer> points = places.get(0).stream().map(r -> point(r.cell(column))).toList();
    if (places.stream().anyMatch(g -> !g.stream().map(r -> point(r.cell(column))).toList().equals(points))) {
      return new Read(header, rows, null, "the table gives a row per percentile but not the same ones for every place:"
          + " give each place the same rows, as in P25, P50 and P75");
    }
    int[] stated = stated(guide, points);
    List<Integer> ends = ends(points);
    if (stated == null && ends.size() != 2) {
      return new Read(header, rows, null, "the table gives each place percentiles " + names(points) + " and says"
          + " nowhere which two are the band: write it, as in 'we hire between P25 and P75'");
    }
    int[] pair = stated != null ? stated : new int[] {ends.get(0), ends.get(1)};
    List<String> merged = new ArrayList<>(header);
    merged.remove(column);
    List<PayTable.Row> out = new ArrayList<>();
    for (List<PayTable.Row> place : places) {
      PayTable.Row low = place.get(points.indexOf(pair[0]));
      PayTable.Row high = place.get(points.indexOf(pair[1]));
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        String a = low.cell(c);
        String b = high.cell(c);
        if (c == 0) {
          cells.add(place.get(0).cell(0));
        } else if (c != column) {
          cells.add(a.equals(b) || b.isEmpty() || a.isEmpty() ? (a.isEmpty() ? b : a) : a + " – " + b);
        }
      }
      out.add(new PayTable.Row(List.copyOf(cells), place.get(0).line()));
    }
    return new Read(List.copyOf(merged), List.copyOf(out), "the table gives each place a row per percentile ("
        + names(points) + "): read P" + pair[0] + " to P" + pair[1] + " as the band, " + (stated != null
        ? "as the guide says it hires between them" : "the ends of the percentiles it gives"), null);
  }

  /** Whether a row's figures are ranges already: bands of their own (a level's), no percentile's one figure. */
  private static boolean holdsRanges(List<PayTable.Row> rows) {
    return rows.stream().anyMatch(r -> r.cells().stream().skip(1).anyMatch(c -> RANGE_CELL.matcher(c).find()));
  }

  /** The percentile a cell names ("P25", "75th", "Median"), or -1 where it names none. */
  private static int point(String cell) {
    Matcher m = HEADER.matcher(cell.replace("*", "").strip());
    if (!m.matches() || m.group(1) != null) {
      return -1;
    }
    int point = m.group(4) != null ? 50 : Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
    // "P3", "P4" under 10 are levels, never a band's percentiles (market tables start at P10).
    return point < 10 ? -1 : point;
  }

  /** The two percentiles a sentence of the guide says it hires between, when the table has both; else null. */
  private static int[] stated(String guide, List<Integer> points) {
    Matcher m = BETWEEN.matcher(guide);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
      int b = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(5));
      if (a < b && points.contains(a) && points.contains(b)) {
        return new int[] {a, b};
      }
    }
    return null;
  }

  /** "base" or "total" as the heading or caption names the pay, or null where it names neither or both. */
  static String component(String context) {
    boolean base = BASE_WORDS.matcher(context).find();
    boolean total = TOTAL_WORDS.matcher(context).find();
    return base == total ? null : base ? "base" : "total";
  }

  private static String names(List<Integer> points) {
    return String.join(", ", points.stream().map(p -> "P" + p).toList());
  }
}
