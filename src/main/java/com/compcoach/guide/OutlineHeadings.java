package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document outlined in roman numerals and capital letters ("I. Scope", "II. Pay by office", "A. Tampa (HQ)",
 * "B. Orlando", "III. Targets"), which a reader takes as its sections and their items and markdown takes as
 * paragraphs: each such line made the heading it is, "#" for a numeral and "##" for a letter, before the parser sees
 * it. Only an outline is one: numerals from "I" in order, three or more, each a short line of words; letters from "A"
 * in order under a numeral, two or more. Each marker keeps its width ("II. " becomes "#   "), so offsets and line
 * numbers stay the file's.
 */
final class OutlineHeadings {

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  /** A line that is a numeral or a capital letter, a point, and a few words with no figure. */
  private static final Pattern LINE = Pattern.compile("(?m)^(?<mark>[IVX]{1,4}|[A-H])\\.[ \\t]+(?<words>[^\\d\\n]{1,60})$");

  private OutlineHeadings() {}

  /** The text with an outline's numeral and letter lines made headings; itself when it holds no outline. */
  static String headed(String text) {
    // Cheap test first: an outline has a second numeral at a line's start.
    if (!text.contains("\nII. ") || !text.contains("\nIII. ")) {
      return text;
    }
    Matcher m = LINE.matcher(text);
    char[] out = text.toCharArray();
    int numeral = 0;
    int letter = 0;
    int numerals = 0;
    java.util.List<int[]> letters = new java.util.ArrayList<>();
    while (m.find()) {
      String mark = m.group("mark");
      if (numeral < ROMAN.length && mark.equals(ROMAN[numeral])) {
        numeral++;
        numerals++;
        letters = lettersKept(letters, out);
        letter = 0;
        mark(out, m.start(), mark.length() + 1, '#');
      } else if (numeral > 0 && mark.length() == 1 && mark.charAt(0) == 'A' + letter) {
        letter++;
        letters.add(new int[] {m.start(), mark.length() + 1});
      }
    }
    lettersKept(letters, out);
    return numerals >= 3 ? new String(out) : text;
  }

  /** Marks a run of letters under one numeral as headings when it holds two or more; an empty run to go on with. */
  private static java.util.List<int[]> lettersKept(java.util.List<int[]> letters, char[] out) {
    if (letters.size() >= 2) {
      letters.forEach(at -> mark(out, at[0], at[1], '#', '#'));
    }
    return new java.util.ArrayList<>();
  }

  /** Writes the heading's marks over the marker, spaces after them up to its width. */
  private static void mark(char[] out, int start, int width, char... marks) {
    for (int i = 0; i < width; i++) {
      out[start + i] = i < marks.length ? marks[i] : ' ';
    }
  }
}
