package com.compcoach.guide;

import com.compcoach.money.NumberWords;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts and percents a guide spells out ("between seventy-two thousand and eighty-one thousand dollars", "one
 * hundred and five thousand", "five percent") written in digits before it is parsed ("72 thousand"), which the money grammar reads with its magnitude;
 * the same width, so offsets and lines stay the file's.
 */
final class SpelledAmounts {

  /** The scale words a spelled amount ends on; a run without one ("twenty", "four years") is no amount. */
  private static final String[] SCALES = {"thousand", "million", "lakh", "crore", "percent", "per cent"};
  /** A run of number words ending right before a scale word. */
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}])" + NumberWords.word()
      // "and" only inside a number ("one hundred and five"), never between two ("seventy and eighty thousand").
      // A paragraph wrapped by hand may break a number over two lines ("one hundred thirty" / "thousand"): one line
      // break counts as a space, never a blank line.
      + "(?:(?:(?<=hundred)\\s+and\\s+|[ -]+|[ -]*\\n[ -]*)" + NumberWords.word() + ")*(?:[ -]|\\n)$",
      Pattern.CASE_INSENSITIVE);
  /** Number words right after a scale: "sixty-two thousand five hundred" is more than the run before it reads. */
  private static final Pattern MORE_WORDS = Pattern.compile("^[ -]+" + NumberWords.word() + "\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SCALE_WORD = Pattern.compile("(?i)thousand|million|lakh|crore|percent|per cent");
  /** "between seventy and ", "from five to ": a range's first end, its scale written once after the second. */
  private static final Pattern FIRST_END = Pattern.compile("(?i)\\b(?:between|from)\\s+(" + NumberWords.word()
      + "(?:[ -]+" + NumberWords.word() + ")*)\\s+(?:and|to)\\s+$");
  /** "a base of sixty-two to seventy-one thousand": a range's first end before "to", with no "from" before it. */
  private static final Pattern FIRST_END_TO = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])(" + NumberWords.word()
      + "(?:[ -]+" + NumberWords.word() + ")*)\\s+to\\s+$");
  /** An "and" between two amounts, each closed by a scale: "seventy-two thousand and eighty-one thousand". */
  private static final Pattern SCALE_AND = Pattern.compile("(?i)(thousand|million|lakhs?|crores?)\\s+and\\s+");

  private SpelledAmounts() {}

  /**
   * The words' width of spaces with the digits at its end, or right before the line break that ends the words; every
   * line break where it was, so that lines stay the file's.
   */
  private static String keepingLineBreaks(String words, String digits) {
    char[] out = " ".repeat(words.length()).toCharArray();
    int end = words.length();
    for (int i = 0; i < words.length(); i++) {
      if (words.charAt(i) == '\n') {
        out[i] = '\n';
        end = i == words.length() - 1 ? i : end;
      }
    }
    int begin = Math.max(0, end - digits.length());
    for (int i = 0; i < digits.length() && begin + i < end; i++) {
      out[begin + i] = out[begin + i] == '\n' ? '\n' : digits.charAt(i);
    }
    return new String(out);
  }

  /** Whether a line's text up to a point is inside quotation marks ("…" or “…”). */
  private static boolean quoted(String lineBefore) {
    long straight = lineBefore.chars().filter(c -> c == '"').count();
    return straight % 2 == 1 || lineBefore.lastIndexOf('“') > lineBefore.lastIndexOf('”');
  }

  /** The text with every amount spelled in words written in digits; the text itself where it spells none. */
  static String inDigits(String text) {
    String lower = null;
    StringBuilder out = null;
    for (String scale : SCALES) {
      if (!text.contains(scale)) {
        continue;
      }
      lower = lower == null ? text.toLowerCase(Locale.ROOT) : lower;
      for (int at = lower.indexOf(scale); at >= 0; at = lower.indexOf(scale, at + 1)) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        // The line before too, unless a blank line parts them: a number may start there.
        int from = Math.max(Math.max(0, at - 80), lineStart >= 2 && text.charAt(lineStart - 2) != '\n'
            ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart);
        // From the paragraph's start: a lever's quote wrapped by hand opens on a line before the amount.
        int paragraph = text.lastIndexOf("\n\n", at);
        if (quoted(text.substring(paragraph < 0 ? 0 : paragraph + 2, at))) {
          continue; // a lever's wording is shown as written: "a signing bonus of twenty-five thousand dollars"
        }
        Matcher run = RUN.matcher(text).region(from, at);
        if (!run.find()) {
          continue;
        }
        int start = run.start();
        // "…thousand and eighty-one thousand": the second amount starts after the first's scale and its "and".
        Matcher and = SCALE_AND.matcher(text).region(start, at);
        while (and.find()) {
          start = and.end();
        }
        int after = at + scale.length();
        if (MORE_WORDS.matcher(text.substring(after, Math.min(text.length(), after + 40))).find()) {
          continue; // a remainder after the scale this reading would drop: left in words, and refused as before
        }
        String words = text.substring(start, at).strip();
        // The words before the scale, as a count of it: "seventy-two" of "seventy-two thousand" is 72.
        long value = words.isEmpty() ? -1 : NumberWords.amount(words + " thousand");
        if (value <= 0 || value % 1000 != 0) {
          continue;
        }
        value /= 1000;
        String digits = Long.toString(value) + " ";
        int width = at - start;
        if (digits.length() > width) {
          continue;
        }
        out = out == null ? new StringBuilder(text) : out;
        out.replace(start, at, keepingLineBreaks(text.substring(start, at), digits));
        Matcher first = FIRST_END.matcher(text.substring(from, start));
        boolean firstEnd = first.find();
        if (!firstEnd) {
          first = FIRST_END_TO.matcher(text.substring(from, start));
          firstEnd = first.find();
        }
        if (firstEnd && !SCALE_WORD.matcher(first.group(1)).find()) {
          // "between seventy and eighty thousand": the first end in the same scale, 70 and 80 thousand.
          long low = NumberWords.amount(first.group(1) + " thousand");
          String lowDigits = low > 0 && low % 1000 == 0 ? Long.toString(low / 1000) : null;
          int lowFrom = from + first.start(1);
          int lowWidth = first.end(1) - first.start(1);
          if (lowDigits != null && lowDigits.length() <= lowWidth) {
            out.replace(lowFrom, lowFrom + lowWidth, " ".repeat(lowWidth - lowDigits.length()) + lowDigits);
          }
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
