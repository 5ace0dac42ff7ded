package com.compcoach.guide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money and percent figures in one cell or sentence: "$165K–$222K", "£1.05M–£1.42M", "C$ 165,000 to
 * 190,000", "22%", "15-20%". Regular expressions are used on short text only, never on a whole document.
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

  private static final String MARK =
      "(?:US\\$|CA\\$|AU\\$|NZ\\$|HK\\$|C\\$|A\\$|S\\$|"
          + "(?:USD|GBP|EUR|CAD|AUD|NZD|SGD|HKD|JPY|INR|CHF|SEK|NOK|DKK|PLN|MXN|BRL|ZAR)(?![A-Za-z])|\\p{Sc})";
  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String MAG_WORD = "(?:million|thousand|billion|mn|bn)";

  private static final Pattern FIGURE = Pattern.compile(
      // The lookahead lets the scan skip most characters before trying the long alternation of marks.
      "(?=[\\p{Sc}\\dA-Z])(?<![\\w.,$])(?<m1>" + MARK + ")?\\s?(?<n1>" + NUM + ")"
          + "(?:\\s?(?<w1>" + MAG_WORD + ")\\b|(?<l1>[KkMmBb])(?![A-Za-z]))?(?<p1>%)?"
          + "(?:\\s*(?:–|—|-|\\bto\\b)\\s*(?<m2>" + MARK + ")?\\s?(?<n2>" + NUM + ")"
          + "(?:\\s?(?<w2>" + MAG_WORD + ")\\b|(?<l2>[KkMmBb])(?![A-Za-z]))?(?<p2>%)?)?"
          + "(?![\\d])");

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
    // Every figure holds a digit: try the pattern only just before each run of digits, in a short window, rather
    // than at every character of a long paragraph. Transparent bounds let the look-arounds see past the window.
    Matcher m = FIGURE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int from = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      m.region(Math.max(from, i - LOOKBACK), Math.min(n, i + WINDOW));
      if (m.find() && m.start() <= i) {
        try {
          out.add(figure(m));
        } catch (ArithmeticException e) {
          // Beyond a long ("$99999999999999B"): not a pay figure anyone wrote on purpose; skip it.
        }
        from = m.end();
        i = Math.max(i + 1, m.end());
      } else {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
      }
    }
    return out;
  }

  // Capture groups of FIGURE, in the order the pattern opens them (named in the pattern for readers).
  private static final int M1 = 1;
  private static final int N1 = 2;
  private static final int W1 = 3;
  private static final int L1 = 4;
  private static final int P1 = 5;
  private static final int M2 = 6;
  private static final int N2 = 7;
  private static final int W2 = 8;
  private static final int L2 = 9;
  private static final int P2 = 10;

  private static Figure figure(Matcher m) {
    String mark = m.group(M1) != null ? m.group(M1) : m.group(M2);
    boolean percent = m.start(P1) >= 0 || m.start(P2) >= 0;
    BigDecimal scale1 = magnitude(m.group(W1), m.group(L1));
    boolean ranged = m.start(N2) >= 0;
    BigDecimal scale2 = ranged ? magnitude(m.group(W2), m.group(L2)) : scale1;
    // "$1.05–1.42M": a magnitude written once, after the second figure, applies to both.
    if (ranged && scale1 == null) {
      scale1 = scale2;
    }
    if (ranged && scale2 == null) {
      scale2 = scale1;
    }
    long low = whole(m.group(N1), scale1);
    long high = ranged ? whole(m.group(N2), scale2) : low;
    String all = m.group();
    String written = all.strip();
    int start = m.start() + (all.length() - all.stripLeading().length());
    return new Figure(written, start, start + written.length(), mark, low, high, percent);
  }

  private static BigDecimal magnitude(String word, String letter) {
    String w = word != null ? word.toLowerCase() : letter != null ? letter.toLowerCase() : null;
    if (w == null) {
      return null;
    }
    return switch (w) {
      case "k", "thousand" -> BigDecimal.valueOf(1_000);
      case "m", "million", "mn" -> BigDecimal.valueOf(1_000_000);
      case "b", "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
      default -> null;
    };
  }

  private static long whole(String number, BigDecimal scale) {
    if (number.indexOf('.') < 0 && number.length() < 16) {
      long plain = Long.parseLong(number.indexOf(',') < 0 ? number : number.replace(",", ""));
      return scale == null ? plain : Math.multiplyExact(plain, scale.longValueExact());
    }
    BigDecimal value = new BigDecimal(number.replace(",", ""));
    if (scale != null) {
      value = value.multiply(scale);
    }
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
