package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pay cells that write a band another way than "low–high": a midpoint and its spread ("$200K +/- 10%", "$60K ± 20%",
 * "$92k, give or take $6k") or an arrow from the low end to the high one ("$150K → $180K"), rewritten as the range
 * they say.
 */
final class BandCells {

  /** "$200K ± 10%", "$200K +/- 10%", "200,000 (±10%)". */
  private static final Pattern SPREAD = Pattern.compile(
      "^(.*?\\d.*?)\\s*\\(?\\s*(?:±|\\+\\s*/\\s*[-−–]|\\+[-−])\\s*(\\d{1,2}(?:\\.\\d)?)\\s*%\\s*\\)?\\s*$");
  /** "$150K → $180K", "150k -> 180k": two single figures. */
  private static final Pattern ARROW = Pattern.compile("^([^\\d→]*\\d[^→\\-–—]*?)\\s*(?:→|->|⟶|⇒)\\s*([^\\d→]*\\d[^→]*)$");
  /** Words that make an arrow a change from an old figure to a new one ("was $140K → now $150K"). */
  private static final Pattern OLD_AND_NEW = Pattern.compile("(?i)(?<![\\p{L}])(was|now|old|new|from|before|after)(?![\\p{L}])");
  /** One figure as written: its mark, its number, a magnitude, what follows. */
  private static final Pattern FIGURE = Pattern.compile(
      "^\\s*(\\D*?)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*([kK])?(\\D*?)\\s*$");

  /** The rows with such cells rewritten, and an info line for each way found; null where no cell writes one. */
  record Read(List<PayTable.Row> rows, List<String> notes) {}

  private BandCells() {}

  /** The rows with every midpoint-and-spread or arrow cell written as a range; null where none is. */
  static Read of(List<PayTable.Row> rows) {
    boolean spread = false;
    boolean arrow = false;
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    for (PayTable.Row row : rows) {
      List<String> cells = null;
      for (int i = 0; i < row.cells().size(); i++) {
        String cell = row.cells().get(i);
        String read = null;
        if (cell.indexOf('±') >= 0 || cell.contains("+/") || cell.contains("+-")) {
          read = spread(cell);
          spread |= read != null;
        } else if (cell.indexOf('→') >= 0 || cell.contains("->") || cell.indexOf('⟶') >= 0 || cell.indexOf('⇒') >= 0) {
          read = arrow(cell);
          arrow |= read != null;
        }
        if (read != null) {
          cells = cells == null ? new ArrayList<>(row.cells()) : cells;
          cells.set(i, read);
        }
      }
      out.add(cells == null ? row : new PayTable.Row(List.copyOf(cells), row.line()));
    }
    if (!spread && !arrow) {
      return null;
    }
    List<String> notes = new ArrayList<>();
    if (spread) {
      notes.add("cells give a midpoint and a spread ('$200K ± 10%'): each is read as the band from the midpoint less"
          + " the spread to the midpoint plus it (derived)");
    }
    if (arrow) {
      notes.add("cells give a band as low → high: read as a range");
    }
    return new Read(List.copyOf(out), List.copyOf(notes));
  }

  /** "$200K +/- 10%" as "$180000 – $220000"; null where the cell is no single figure and a spread. */
  private static String spread(String cell) {
    Matcher m = SPREAD.matcher(cell.strip());
    if (!m.matches()) {
      return null;
    }
    Matcher f = FIGURE.matcher(m.group(1));
    double percent = Double.parseDouble(m.group(2));
    if (!f.matches() || !plain(f) || percent <= 0 || percent >= 100) {
      return null;
    }
    double value = value(f);
    return f.group(1) + Math.round(value * (1 - percent / 100)) + f.group(4) + " – " + f.group(1)
        + Math.round(value * (1 + percent / 100)) + f.group(4);
  }

  /** "$150K → $180K" as "$150K – $180K" where the first is the lower; null otherwise (an old figure and a new one). */
  private static String arrow(String cell) {
    Matcher m = ARROW.matcher(cell.strip());
    if (!m.matches() || OLD_AND_NEW.matcher(cell).find()) {
      return null;
    }
    Matcher low = FIGURE.matcher(m.group(1));
    Matcher high = FIGURE.matcher(m.group(2));
    if (!low.matches() || !high.matches() || plain(low) && plain(high) && value(low) >= value(high)
        || !low.group(4).isBlank()
        && !low.group(4).equalsIgnoreCase(high.group(4))) {
      return null;
    }
    return m.group(1).strip() + " – " + m.group(2).strip();
  }

  /**
   * Whether a figure is one this class reads without doubt: thousands by "K" or by commas, no other magnitude
   * ("$1.2M") and no point that may group thousands ("92.000 €"), which the guide's money grammar reads instead.
   */
  private static boolean plain(Matcher figure) {
    return !MAGNITUDE_AFTER.matcher(figure.group(4)).lookingAt() && !POINT_THOUSANDS.matcher(figure.group(2)).matches();
  }

  /**
   * What stands between a point and the amount either side of it: "give or take", "plus or minus", "±", "+/-", with
   * the word for the spread before it ("midpoint £110,000, range ±10%", "spread of ± 10%").
   */
  private static final Pattern EITHER_SIDE = Pattern.compile(
      "(?i)\\s*,?\\s*(?:(?:range|spread|band)(?:\\s+(?:of|is))?\\s*:?\\s*)?"
          + "(?:give\\s+or\\s+take|plus\\s+or\\s+minus|±|\\+\\s*/\\s*[-−–])\\s*");

  /** Whether a text may write a point and an amount either side of it; the cheap test before {@link #eitherSide}. */
  static boolean mayGiveEitherSide(String text) {
    return text.indexOf('±') >= 0 || text.contains("+/") || text.contains("give or take")
        || text.contains("plus or minus");
  }

  /**
   * A text with each point and amount either side of it ("$92k, give or take $6k", "$98k ± $7k", "midpoint $190K,
   * ±10%") written as the range they say ("$86K to $98K"); the spread must be money (a "k" or a mark) less than the
   * point, or a percent of it under 50.
   */
  static String eitherSide(String text) {
    List<Figures.Figure> figures = Figures.scan(text);
    StringBuilder out = new StringBuilder();
    int done = 0;
    for (int i = 0; i + 1 < figures.size(); i++) {
      Figures.Figure point = figures.get(i);
      Figures.Figure spread = figures.get(i + 1);
      // The spread is money less than the point, or a percent of it ("midpoint $190K, ±10%").
      boolean ofPoint = spread.percent() && spread.low() > 0 && spread.low() < 50;
      if (point.start() < done || point.low() != point.high() || spread.low() != spread.high() || point.percent()
          || !ofPoint && (spread.percent() || !(spread.magnitude() || spread.marked()) || spread.low() >= point.low())
          || !point.looksLikeMoney() || !EITHER_SIDE.matcher(text).region(point.end(), spread.start()).matches()) {
        continue;
      }
      long either = ofPoint ? Math.round(point.low() * spread.low() / 100.0) : spread.low();
      String mark = point.mark() == null ? "" : point.mark() + (Character.isLetter(point.mark().charAt(0)) ? " " : "");
      out.append(text, done, point.start()).append(mark).append(thousands(point.low() - either)).append(" to ")
          .append(mark).append(thousands(point.low() + either));
      done = spread.end();
    }
    return done == 0 ? text : out.append(text, done, text.length()).toString();
  }

  /** An amount as a figure the money grammar reads under any decimal mark: "86K", else its digits. */
  private static String thousands(long amount) {
    return amount % 1000 == 0 ? amount / 1000 + "K" : Long.toString(amount);
  }

  private static final Pattern MAGNITUDE_AFTER = Pattern.compile("(?i)\\s*(?:m|mm|mn|bn|b|million|billion|lakh|crore|cr)\\b");
  private static final Pattern POINT_THOUSANDS = Pattern.compile("\\d{1,3}\\.\\d{3}");

  private static double value(Matcher figure) {
    return Double.parseDouble(figure.group(2).replace(",", "")) * (figure.group(3) != null ? 1000 : 1);
  }
}
