package com.compcoach.guide;

import com.compcoach.money.Amount;
import com.compcoach.money.DecimalMark;
import com.compcoach.money.MoneyGrammar;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds money and percent figures in one cell or sentence of a guide, by the one money grammar
 * ({@link MoneyGrammar}): "$165K–$222K", "£1.05M–£1.42M", "C$ 165,000 to 190,000", "22%", "15-20%".
 */
final class Figures {

  /** One figure or range as written, with its offsets in the scanned text. */
  record Figure(String written, int start, int end, String mark, String iso, long low, long high, boolean percent,
      boolean magnitude, boolean ambiguous) {

    static Figure of(Amount a) {
      return new Figure(a.written(), a.start(), a.end(), a.mark(), a.currency(), a.low(), a.high(), a.percent(),
          a.magnitude(), a.ambiguous());
    }

    /** The range, or null when the guide wrote the high figure first. */
    Range range() {
      return low <= high ? new Range(low, high) : null;
    }

    /**
     * Whether this reads as money where a guide may state its currency in words: a mark, a magnitude ("104k") or
     * thousands grouped ("152,000"); a bare "2026" or "15%" does not.
     */
    boolean looksLikeMoney() {
      return !percent && (mark != null || magnitude
          || low >= 1_000 && GROUPED.matcher(written).find());
    }

    /** Whether a currency mark or ISO code was written. */
    boolean marked() {
      return mark != null;
    }

    /** ISO code of the mark; null when none was written; "?" when the mark is not one we know. */
    String currency() {
      return iso;
    }

    /** This figure times a count of periods: a month's pay twelve times is a year's. */
    Figure times(long periods) {
      return new Figure(written, start, end, mark, iso, Math.multiplyExact(low, periods),
          Math.multiplyExact(high, periods), percent, magnitude, ambiguous);
    }

    /**
     * This rate times the periods a year: "$46.50/hr" is multiplied as written, since the money grammar keeps whole
     * units and a year of hours makes the half-dollar $1,040; a figure grouping thousands keeps its whole units.
     */
    Figure perYear(long periods) {
      if (magnitude || !FRACTION.matcher(written).find() || THOUSANDS.matcher(written).find()) {
        return times(periods);
      }
      double[] exact = decimals(written);
      return new Figure(written, start, end, mark, iso, Math.round(exact[0] * periods),
          Math.round(exact[1] * periods), percent, magnitude, ambiguous);
    }

    /** This figure times a unit written elsewhere (a header's "k"), where the figure writes no magnitude. */
    Figure scaled(long unit) {
      if (magnitude || unit == 1) {
        return this;
      }
      return new Figure(written, start, end, mark, iso, Math.multiplyExact(low, unit), Math.multiplyExact(high, unit),
          percent, true, ambiguous);
    }
  }

  private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("\\d[,.'\\s]\\d{3}");
  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d[.,]\\d");
  /** A figure grouping thousands, "1,200.50" or "1.200,50": its fraction is not read from the text alone. */
  private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d[.,'’\\u00a0\\u202f ]\\d{3}(?:\\D|$)");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");

  /** The low and high numbers a figure writes with their fractions, "7.5%", "5–7,5 %", "$46.50–$61.00", as written. */
  static double[] decimals(String written) {
    java.util.regex.Matcher m = NUMBER.matcher(written);
    double low = -1;
    double high = -1;
    while (m.find()) {
      high = Double.parseDouble(m.group().replace(',', '.'));
      low = low < 0 ? high : low;
    }
    return new double[] {low, high};
  }

  private Figures() {}

  /** Every figure in prose: only those with a currency mark or a percent sign count. */
  static List<Figure> inProse(String text) {
    return inProse(text, DecimalMark.POINT);
  }

  static List<Figure> inProse(String text, DecimalMark decimal) {
    return marked(scan(text, decimal));
  }

  /** Whether the text holds a figure that counts in prose: {@code !inProse(text).isEmpty()}, read up to the first. */
  static boolean anyInProse(String text) {
    return MoneyGrammar.standard().holdsMarked(text, DecimalMark.POINT);
  }

  /** The figures that count in prose: those with a currency mark or a percent sign. */
  static List<Figure> marked(List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      if (f.marked() || f.percent()) {
        out.add(f);
      }
    }
    return out;
  }

  /** Every figure in the text, marked or not (a table cell may write "165,000–222,000"). */
  static List<Figure> scan(String text) {
    return scan(text, DecimalMark.POINT);
  }

  static List<Figure> scan(String text, DecimalMark decimal) {
    return figures(MoneyGrammar.standard().scan(text, decimal));
  }

  /** Every figure in the text, read by a scanner that reads a guide's texts one after another. */
  static List<Figure> scan(String text, MoneyGrammar.Scanner scanner) {
    return figures(scanner.scan(text));
  }

  private static List<Figure> figures(List<Amount> amounts) {
    List<Figure> out = new ArrayList<>(amounts.size());
    for (Amount a : amounts) {
      out.add(Figure.of(a));
    }
    return out;
  }
}
