package com.compcoach.coach;

import java.util.regex.Pattern;

/** How figures are typed before the grammar reads them: struck out, a letter o for a zero, a lower-case code. */
final class TypedFigures {

  private TypedFigures() {}

  /** Slack's strikethrough around a figure: "~40k~", "~rsu 40k~" (a "~" before a figure alone is "about"). */
  static final Pattern STRUCK = Pattern.compile("(?<![\\w~])~(?=[^\\s~])[^~\\n]*\\d[^~\\n]*?(?<=\\S)~(?![\\w~])");

  /**
   * A figure typed with a letter o for a zero before its "k" or "%": "18ok", "1o5k", "2OOK", "18o k", "1O%". Group 1 is
   * the figure to mend; a space before "k" is the same slip, and a percent is the bonus's ("bonus 1O%").
   */
  static final Pattern LETTER_O = Pattern.compile("(?<![\\w.])(\\d{1,3}[oO0]*[oO][oO0]*)(?: ?[kK]|%)(?![\\w])");

  /** Whether a letter o follows a digit anywhere: most messages have none, so the pattern is tried only then. */
  static boolean digitThenO(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'o' || c == 'O') && Character.isDigit(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The message as the money grammar should see it, position for position: a currency code typed in lower case
   * before its figure is upper-cased ("usd 20k" is US$20,000, as "20k usd" already is), and "ish" after a figure
   * is blanked ("165ish" is 165, said back as an estimate).
   */
  static String forGrammar(String text) {
    char[] out = null;
    int n = text.length();
    // To the last character: "base is 187ish" ends in the "ish" to blank.
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (i + 3 < n && c >= 'a' && c <= 'z' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (text.charAt(i + 3) == ' ' || Character.isDigit(text.charAt(i + 3)))
          && Character.isLowerCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))
          && CODES.contains(text.substring(i, i + 3))) {
        int digit = i + 3 < n && text.charAt(i + 3) == ' ' ? i + 4 : i + 3;
        if (digit < n && Character.isDigit(text.charAt(digit))) {
          out = out == null ? text.toCharArray() : out;
          for (int k = i; k < i + 3; k++) {
            out[k] = Character.toUpperCase(text.charAt(k));
          }
        }
      } else if (c == '-' && i > 0 && text.charAt(i - 1) == '\n' || c == '-' && i > 1 && text.charAt(i - 1) == ' '
          && text.charAt(i - 2) == '\n') {
        // A bullet opening a line ("20k\n- 401k match") is no range's dash: the grammar would join the two lines.
        out = out == null ? text.toCharArray() : out;
        out[i] = ' ';
      } else if ((c == 'i' || c == '-') && i > 0 && (Character.isDigit(text.charAt(i - 1))
          || (text.charAt(i - 1) == 'k' || text.charAt(i - 1) == 'K') && i > 1 && Character.isDigit(text.charAt(i - 2)))) {
        int end = text.regionMatches(true, i, "-ish", 0, 4) ? i + 4 : text.regionMatches(true, i, "ish", 0, 3) ? i + 3 : i;
        if (end > i && (end >= n || !Character.isLetter(text.charAt(end)))) {
          out = out == null ? text.toCharArray() : out;
          for (int k = i; k < end; k++) {
            out[k] = ' ';
          }
        }
      }
    }
    return out == null ? text : new String(out);
  }

  /** ISO codes people type in lower case before a figure: "usd 20k", "cad 190k". */
  private static final java.util.Set<String> CODES = java.util.Set.of("usd", "cad", "gbp", "eur", "aud", "nzd",
      "chf", "sgd", "inr", "jpy", "hkd", "sek", "nok", "dkk", "pln", "mxn", "brl", "zar", "ils", "cny");
}
