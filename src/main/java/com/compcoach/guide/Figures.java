package com.compcoach.guide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds money and percent figures in one cell or sentence: "$165K–$222K", "£1.05M–£1.42M", "C$ 165,000 to
 * 190,000", "22%", "15-20%". What a figure may look like is {@link FigureSyntax}'s grammar.
 */
final class Figures {

  /** One figure or range as written, with its offsets in the scanned text. */
  record Figure(String written, int start, int end, String mark, long low, long high, boolean percent) {

    /** The range, or null when the guide wrote the high figure first. */
    Range range() {
      return low <= high ? new Range(low, high) : null;
    }

    /** Whether a currency mark or ISO code was written. */
    boolean marked() {
      return mark != null;
    }

    /** ISO code of the mark; null when none was written; "?" when the mark is not one we know. */
    String currency() {
      if (mark == null) {
        return null;
      }
      return CURRENCIES.getOrDefault(mark.trim(), "?");
    }
  }

  static final Map<String, String> CURRENCIES = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("USD", "USD"),
      Map.entry("£", "GBP"), Map.entry("GBP", "GBP"),
      Map.entry("€", "EUR"), Map.entry("EUR", "EUR"),
      Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("CAD", "CAD"),
      Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("AUD", "AUD"),
      Map.entry("NZ$", "NZD"), Map.entry("NZD", "NZD"),
      Map.entry("S$", "SGD"), Map.entry("SGD", "SGD"),
      Map.entry("HK$", "HKD"), Map.entry("HKD", "HKD"),
      Map.entry("¥", "JPY"), Map.entry("JPY", "JPY"),
      Map.entry("₹", "INR"), Map.entry("INR", "INR"),
      Map.entry("CHF", "CHF"), Map.entry("SEK", "SEK"), Map.entry("NOK", "NOK"), Map.entry("DKK", "DKK"),
      Map.entry("PLN", "PLN"), Map.entry("MXN", "MXN"), Map.entry("BRL", "BRL"), Map.entry("ZAR", "ZAR"));

  /** Longest mark written before a figure's first digit: "HK$ " or "GBP ", plus one. */
  private static final int LOOKBACK = 5;
  /** Longer than any figure or range as written ("C$165,000 to C$190,000", "1.2 million to 1.5 million"). */
  private static final int WINDOW = 64;

  private Figures() {}

  /** Every figure in prose: only those with a currency mark or a percent sign count. */
  static List<Figure> inProse(String text) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : scan(text)) {
      if (f.marked() || f.percent()) {
        out.add(f);
      }
    }
    return out;
  }

  /** Every figure in the text, marked or not (a table cell may write "165,000–222,000"). */
  static List<Figure> scan(String text) {
    List<Figure> out = new ArrayList<>();
    FigureSyntax syntax = new FigureSyntax(text);
    // Every figure holds a digit: try a figure only just before each run of digits, in a short window, rather
    // than at every character of a long paragraph. The window bounds what a figure may take in, not what the
    // checks around it may look at.
    int n = text.length();
    int from = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int limit = Math.min(n, i + WINDOW);
      int at = Math.max(from, i - LOOKBACK);
      while (at <= i && !syntax.matchAt(at, limit)) {
        at++;
      }
      if (at <= i) {
        try {
          out.add(figure(text, syntax));
        } catch (ArithmeticException e) {
          // Beyond a long ("$99999999999999B"): not a pay figure anyone wrote on purpose; skip it.
        }
        from = syntax.end;
        i = Math.max(i + 1, syntax.end);
      } else {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
      }
    }
    return out;
  }

  private static Figure figure(String text, FigureSyntax m) {
    String mark = m.mark1Start >= 0 ? text.substring(m.mark1Start, m.mark1End)
        : m.mark2Start >= 0 ? text.substring(m.mark2Start, m.mark2End) : null;
    boolean percent = m.percent1 || m.percent2;
    long scale1 = magnitude(text, m.word1Start, m.letter1);
    boolean ranged = m.number2Start >= 0;
    long scale2 = ranged ? magnitude(text, m.word2Start, m.letter2) : scale1;
    // "$1.05–1.42M": a magnitude written once, after the second figure, applies to both.
    if (ranged && scale1 == 0) {
      scale1 = scale2;
    }
    if (ranged && scale2 == 0) {
      scale2 = scale1;
    }
    long low = whole(text.substring(m.number1Start, m.number1End), scale1);
    long high = ranged ? whole(text.substring(m.number2Start, m.number2End), scale2) : low;
    String all = text.substring(m.start, m.end);
    String written = all.strip();
    int start = m.start + (all.length() - all.stripLeading().length());
    return new Figure(written, start, start + written.length(), mark, low, high, percent);
  }

  /** The multiplier of a magnitude word ("million", "bn") or letter (K, M, B) where one was written, else 0. */
  private static long magnitude(String text, int wordStart, int letter) {
    char c = wordStart >= 0 ? text.charAt(wordStart) : letter >= 0 ? text.charAt(letter) : 0;
    // The grammar admits only these: K and "thousand", M, "million" and "mn", B, "billion" and "bn".
    return switch (c) {
      case 'k', 'K', 't' -> 1_000L;
      case 'm', 'M' -> 1_000_000L;
      case 'b', 'B' -> 1_000_000_000L;
      default -> 0;
    };
  }

  /** A written number times its magnitude, to the nearest whole unit (half up). */
  private static long whole(String number, long scale) {
    if (number.indexOf('.') < 0 && number.length() < 16) {
      long plain = Long.parseLong(number.indexOf(',') < 0 ? number : number.replace(",", ""));
      return scale == 0 ? plain : Math.multiplyExact(plain, scale);
    }
    BigDecimal value = new BigDecimal(number.replace(",", ""));
    if (scale != 0) {
      value = value.multiply(BigDecimal.valueOf(scale));
    }
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
