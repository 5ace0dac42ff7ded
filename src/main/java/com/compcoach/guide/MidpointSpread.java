package com.compcoach.guide;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A salary structure written as midpoints and a spread ("| Location | Midpoint | Range |" over "$100,000 | ± 15%", or
 * a sentence "each range runs 15% either side of its midpoint"): each midpoint becomes the band from that percent
 * below it to that percent above, in a column of the pay the heading names, so the table reads as one written with
 * ranges.
 */
final class MidpointSpread {

  private static final Pattern MIDPOINT = Pattern.compile("(?i)^(?:(?:base|salary|range)\\s+)?mid-?point$|^mid$");
  /** "± 15%", "+/- 15%", "±15 %". */
  private static final Pattern PLUS_MINUS = Pattern.compile("^\\s*(?:±|\\+\\s*/\\s*-|\\+-)\\s*(\\d{1,2}(?:\\.\\d)?)\\s*%\\s*$");
  /** A spread column's header: "±", "+/-", "Spread (±)", "Plus or minus". */
  private static final Pattern SPREAD_HEADER = Pattern.compile("(?i)^(?:±|\\+\\s*/\\s*-|\\+-|(?:spread|range|plus or minus)"
      + "\\s*(?:\\(\\s*(?:±|\\+/-)\\s*\\))?)$");
  /** A spread written as an amount, under a "±" header or with its own sign: "$12K", "± $12,000", "+/- 12k". */
  private static final Pattern AMOUNT = Pattern.compile("^\\s*(?:±|\\+\\s*/\\s*-|\\+-)?\\s*(\\D*?)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
      + "\\s*([kK])?\\s*$");
  /** "15% either side of its midpoint", "± 15% around the midpoint". */
  private static final Pattern SAID = Pattern.compile(
      "(?i)(?:±\\s*|\\+/-\\s*)?(\\d{1,2}(?:\\.\\d)?)\\s*%\\s+(?:either\\s+side\\s+of|on\\s+either\\s+side\\s+of|around|"
          + "above\\s+and\\s+below)\\s+(?:the|its|each)\\s+(?:grade's\\s+)?mid-?point");
  /** A midpoint as written: its mark, its number, a magnitude. */
  private static final Pattern FIGURE = Pattern.compile("^(\\D*?)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*([kK])?(\\D*)$");

  private MidpointSpread() {}

  /**
   * The table with its midpoints read as bands, or null where it writes no midpoint column or no spread; an error
   * where the spread is written but the heading names no pay.
   */
  static PercentileColumns.Read of(List<String> header, List<PayTable.Row> rows, String context, String guide) {
    int mid = -1;
    for (int i = 0; i < header.size() && mid < 0; i++) {
      mid = MIDPOINT.matcher(header.get(i).replace("*", "").strip()).matches() ? i : -1;
    }
    if (mid < 0) {
      return null;
    }
    int spreadColumn = -1;
    boolean amounts = false;
    for (int i = 0; i < header.size() && spreadColumn < 0 && !rows.isEmpty(); i++) {
      String first = i < rows.get(0).cells().size() ? rows.get(0).cells().get(i) : "";
      if (i != mid && PLUS_MINUS.matcher(first).matches()) {
        spreadColumn = i;
      } else if (i != mid && SPREAD_HEADER.matcher(header.get(i).replace("*", "").strip()).matches()
          && AMOUNT.matcher(first).matches()) {
        // "| Base midpoint | ± |" over "$112K | $12K": the band runs that amount either side of the midpoint.
        spreadColumn = i;
        amounts = true;
      }
    }
    // A table of more columns (bonus, total beside) is read so only where it writes its spread in a column.
    if (header.size() > 4 && spreadColumn < 0) {
      return null;
    }
    Matcher said = SAID.matcher(guide);
    double stated = said.find() ? Double.parseDouble(said.group(1)) : 0;
    if (spreadColumn < 0 && stated == 0) {
      return null;
    }
    // "Base midpoint" names its pay itself, whatever else the heading and the other columns name ("Bonus", "Total").
    String own = PercentileColumns.component(header.get(mid));
    String component = own != null ? own : PercentileColumns.component(header.get(mid) + " " + context);
    if (component == null) {
      return new PercentileColumns.Read(header, rows, null, "the table gives midpoints and a spread but says"
          + " nowhere of which pay: name it in the heading, as in 'Base salary structure'");
    }
    int spreadAt = spreadColumn;
    int midAt = mid;
    boolean byAmount = amounts;
    return PercentileColumns.merged(header, rows, mid, i -> i == spreadAt, component, cells -> {
      if (byAmount) {
        return bandBy(cells.get(midAt).strip(), spreadAt < cells.size() ? cells.get(spreadAt) : "");
      }
      Matcher p = spreadAt >= 0 && spreadAt < cells.size() ? PLUS_MINUS.matcher(cells.get(spreadAt)) : null;
      return band(cells.get(midAt).strip(), p != null && p.matches() ? Double.parseDouble(p.group(1)) : stated);
    }, "the table gives " + component + " midpoints and a spread: each band is read from the midpoint less the"
        + " spread to the midpoint plus it (derived)");
  }

  /** "$112K" either side "$12K" as "$100000 – $124000"; the cell as written where either is no single figure. */
  private static String bandBy(String cell, String spread) {
    Matcher m = FIGURE.matcher(cell);
    Matcher a = AMOUNT.matcher(spread);
    if (!m.matches() || !a.matches()) {
      return cell;
    }
    double value = Double.parseDouble(m.group(2).replace(",", "")) * (m.group(3) != null ? 1000 : 1);
    double by = Double.parseDouble(a.group(2).replace(",", "")) * (a.group(3) != null ? 1000 : 1);
    if (by <= 0 || by >= value || by < 1000 && value >= 1000) {
      // "$112K | 12": a spread in other units than its midpoint is no band read without doubt.
      return cell;
    }
    return m.group(1) + Math.round(value - by) + m.group(4) + " – " + m.group(1) + Math.round(value + by) + m.group(4);
  }

  /** "$100,000" at 15% as "$85000 – $115000"; the cell as written where it is no single figure. */
  private static String band(String cell, double percent) {
    Matcher m = FIGURE.matcher(cell);
    if (!m.matches() || percent <= 0) {
      return cell;
    }
    double value = Double.parseDouble(m.group(2).replace(",", "")) * (m.group(3) != null ? 1000 : 1);
    long low = Math.round(value * (1 - percent / 100));
    long high = Math.round(value * (1 + percent / 100));
    return m.group(1) + low + m.group(4) + " – " + m.group(1) + high + m.group(4);
  }
}
