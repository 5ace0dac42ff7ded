package com.compcoach.letter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the figures in one sentence of a letter: money with its currency ("£85,000.00", "€ 95.000,00", "CAD $120,000",
 * "95 000 EUR", "$180K"), percentages ("15%", "10 per cent") and bare counts ("20,000 shares"). A single left-to-right
 * scan, so a sentence of any length costs time in proportion to its length.
 *
 * <p>Kept in this one class so the letter reader can move to the project's shared money grammar by replacing it.
 */
final class LetterFigures {

  /** A "$" with no country: the reader decides which dollar from the rest of the letter. */
  static final String BARE_DOLLAR = "$";

  /** Codes and words that name a currency, longest first so "CAD $" wins over "$". */
  private static final String[][] PREFIXES = {
      {"CAD $", "CAD"}, {"CAD$", "CAD"}, {"CDN $", "CAD"}, {"CDN$", "CAD"}, {"CA$", "CAD"}, {"C$", "CAD"},
      {"USD $", "USD"}, {"USD$", "USD"}, {"US$", "USD"}, {"US $", "USD"}, {"AUD $", "AUD"}, {"AU$", "AUD"},
      {"A$", "AUD"}, {"NZ$", "NZD"}, {"S$", "SGD"}, {"HK$", "HKD"}, {"£", "GBP"}, {"€", "EUR"}, {"$", BARE_DOLLAR},
      {"¥", "JPY"}, {"₹", "INR"}, {"CHF", "CHF"}, {"Fr.", "CHF"}};
  private static final String[] CODES = {
      "USD", "GBP", "EUR", "CAD", "AUD", "NZD", "SGD", "HKD", "JPY", "INR", "CHF", "SEK", "NOK", "DKK", "PLN", "MXN",
      "BRL", "ZAR", "CZK"};
  private static final String[][] SUFFIX_WORDS = {
      {"euros", "EUR"}, {"euro", "EUR"}, {"pounds sterling", "GBP"}, {"pounds", "GBP"},
      {"canadian dollars", "CAD"}, {"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"francs", "CHF"}};

  private LetterFigures() {}

  /** Every figure in the sentence, in order. */
  static List<Amount> find(String s) {
    List<Amount> found = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int markEnd = -1;
      String currency = null;
      if (startsWord(s, i)) {
        for (String[] p : PREFIXES) {
          if (s.startsWith(p[0], i)) {
            markEnd = i + p[0].length();
            currency = p[1];
            break;
          }
        }
        if (currency == null) {
          String code = codeAt(s, i);
          if (code != null) {
            markEnd = i + 3;
            currency = code;
          }
        }
      }
      int numberStart = markEnd >= 0 ? skipSpaces(s, markEnd) : i;
      if (numberStart < n && isDigit(s.charAt(numberStart)) && (numberStart == 0 || !glued(s.charAt(numberStart - 1))
          || markEnd >= 0)) {
        Amount a = number(s, markEnd >= 0 ? i : numberStart, numberStart, currency);
        if (a != null) {
          found.add(a);
          i = a.end();
          continue;
        }
      }
      if (markEnd >= 0) {
        i = markEnd;
        continue;
      }
      // Skip the rest of a word or number that cannot start a figure ("2026-12-11", "L5", "409A").
      if (isDigit(s.charAt(i)) || Character.isLetter(s.charAt(i))) {
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)))) {
          i++;
        }
      } else {
        i++;
      }
    }
    return found;
  }

  private static Amount number(String s, int start, int at, String prefixCurrency) {
    int n = s.length();
    int q = at;
    StringBuilder raw = new StringBuilder();
    while (q < n) {
      char c = s.charAt(q);
      if (isDigit(c)) {
        raw.append(c);
        q++;
      } else if (isSeparator(c) && q + 1 < n && isDigit(s.charAt(q + 1)) && raw.length() > 0
          && (c == '.' || c == ',' || groupOfThree(s, q + 1))) {
        raw.append(c == ',' || c == '.' ? c : ' ');
        q++;
      } else {
        break;
      }
    }
    // A date or a code, not a figure: "2026-12-11", "12/11/2026", "L5".
    if (q < n && (s.charAt(q) == '/' || s.charAt(q) == '-') && q + 1 < n && isDigit(s.charAt(q + 1))) {
      return null;
    }
    BigDecimal value = value(raw.toString());
    if (value == null) {
      return null;
    }
    int end = q;
    // Magnitude: "180K", "1.2M", "1.2 million".
    int m = skipSpaces(s, q);
    String rest = s.substring(m, Math.min(n, m + 9)).toLowerCase(Locale.ROOT);
    if (rest.startsWith("million") || rest.startsWith("mn") && !letterAt(s, m + 2)) {
      value = value.multiply(BigDecimal.valueOf(1_000_000));
      end = m + (rest.startsWith("million") ? 7 : 2);
    } else if (rest.startsWith("thousand")) {
      value = value.multiply(BigDecimal.valueOf(1_000));
      end = m + 8;
    } else if (q < n && (s.charAt(q) == 'k' || s.charAt(q) == 'K') && !letterAt(s, q + 1)) {
      value = value.multiply(BigDecimal.valueOf(1_000));
      end = q + 1;
    } else if (q < n && (s.charAt(q) == 'M' || s.charAt(q) == 'm' && prefixCurrency != null) && !letterAt(s, q + 1)) {
      // A lone "m" is millions only after a currency mark ("£1.2m"); "12m" alone may be months.
      value = value.multiply(BigDecimal.valueOf(1_000_000));
      end = q + 1;
    } else if (q < n && letterAt(s, q)) {
      return null;
    }
    boolean percent = false;
    String currency = prefixCurrency;
    int after = skipSpaces(s, end);
    if (after < n && s.charAt(after) == '%') {
      percent = true;
      end = after + 1;
    } else {
      String tail = s.substring(after, Math.min(n, after + 16)).toLowerCase(Locale.ROOT);
      if (tail.startsWith("per cent") || tail.startsWith("percent")) {
        percent = true;
        end = after + (tail.startsWith("per cent") ? 8 : 7);
      } else if (after < n && (s.charAt(after) == '€' || s.charAt(after) == '£')) {
        currency = currency == null ? (s.charAt(after) == '€' ? "EUR" : "GBP") : currency;
        end = after + 1;
      } else {
        String code = codeAt(s, after);
        if (code != null) {
          currency = currency == null || currency.equals(BARE_DOLLAR) ? code : currency;
          end = after + 3;
        } else {
          for (String[] w : SUFFIX_WORDS) {
            if (tail.startsWith(w[0]) && !letterAt(s, after + w[0].length())) {
              currency = currency == null || currency.equals(BARE_DOLLAR) ? w[1] : currency;
              end = after + w[0].length();
              break;
            }
          }
        }
      }
    }
    return new Amount(value, currency, percent, start, end);
  }

  /**
   * The number a run of digits and separators stands for: with both '.' and ',' the last one is the decimal mark;
   * with one kind, it groups thousands when it repeats or has three digits after it, else it is the decimal mark.
   */
  static BigDecimal value(String raw) {
    String digits = raw.replace(" ", "");
    int lastDot = digits.lastIndexOf('.');
    int lastComma = digits.lastIndexOf(',');
    String decimalMark = null;
    if (lastDot >= 0 && lastComma >= 0) {
      decimalMark = lastDot > lastComma ? "." : ",";
    } else if (lastDot >= 0 || lastComma >= 0) {
      char mark = lastDot >= 0 ? '.' : ',';
      int last = Math.max(lastDot, lastComma);
      boolean repeats = digits.indexOf(mark) != last;
      boolean threeAfter = digits.length() - last - 1 == 3;
      decimalMark = repeats || threeAfter ? null : String.valueOf(mark);
    }
    String whole = digits;
    String fraction = "";
    if (decimalMark != null) {
      int at = digits.lastIndexOf(decimalMark);
      whole = digits.substring(0, at);
      fraction = digits.substring(at + 1);
    }
    whole = whole.replace(",", "").replace(".", "");
    if (whole.isEmpty() || fraction.contains(",") || fraction.contains(".")) {
      return null;
    }
    return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
  }

  private static String codeAt(String s, int i) {
    if (i + 3 > s.length() || letterAt(s, i + 3) || i > 0 && letterAt(s, i - 1)) {
      return null;
    }
    for (String code : CODES) {
      if (s.startsWith(code, i)) {
        return code;
      }
    }
    return null;
  }

  private static boolean groupOfThree(String s, int from) {
    int q = from;
    while (q < s.length() && isDigit(s.charAt(q))) {
      q++;
    }
    return q - from == 3;
  }

  private static boolean startsWord(String s, int i) {
    return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
  }

  private static boolean glued(char c) {
    return Character.isLetter(c) || c == '/';
  }

  private static boolean letterAt(String s, int i) {
    return i < s.length() && Character.isLetter(s.charAt(i));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '.' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\'';
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00a0' || s.charAt(i) == '\u202f')) {
      i++;
    }
    return i;
  }
}
