package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document outlined in roman numerals and capital letters ("I. Scope", "II. Pay by office", "A. Tampa (HQ)",
 * "B. Orlando", "III. Targets"), which a reader takes as its sections and their items and markdown takes as
 * paragraphs: each such line made the heading it is, "#" for a numeral and "##" for a letter, before the parser sees
 * it. Only an outline is one: numerals from "I" in order, three or more, each a short line of words; letters from "A"
 * in order under a numeral, two or more. Each marker keeps its width ("II. " becomes "#   "), so offsets and line
 * numbers stay the file's. A document exported as plain text with decimal numbers ("1. Pay by location", "1.1
 * Columbus (HQ)", "2. Targets") is outlined the same way: "##" for a number, "###" for its decimals.
 */
final class OutlineHeadings {

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  /** A line that is a numeral or a capital letter, a point, and a few words with no figure. */
  private static final Pattern LINE = Pattern.compile("(?m)^(?<mark>[IVX]{1,4}|[A-H])\\.[ \\t]+(?<words>[^\\d\\n]{1,60})$");

  /**
   * A line that is a decimal number ("1.", "1.1", "2.3") and a few words with no figure and no closing point: a
   * section's name, never a clause's sentence or a list item's lever ("1. **Competing offer** — …" holds a dash).
   */
  private static final Pattern DECIMAL_LINE = Pattern.compile(
      "(?m)^(?<top>\\d{1,2})(?:\\.(?<sub>\\d{1,2})\\.?|\\.)[ \\t]+(?<words>[^\\d\\n*—–:]{1,48}?[^\\d\\n*—–:.])$");

  private OutlineHeadings() {}

  /** The text with an outline's numeral and letter lines made headings; itself when it holds no outline. */
  static String headed(String text) {
    text = decimal(text);
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

  /**
   * The text with a decimal outline's lines made headings: numbers from 1 in order, three or more, each its own
   * paragraph, with decimals from 1 in order under at least one of them; itself when it holds no such outline.
   */
  private static String decimal(String text) {
    // Cheap test first: a decimal outline writes "1.1 " at a line's start.
    if (!text.contains("\n1.1 ") && !text.startsWith("1.1 ")) {
      return text;
    }
    Matcher m = DECIMAL_LINE.matcher(text);
    char[] out = text.toCharArray();
    int top = 0;
    int sub = 0;
    int subs = 0;
    java.util.List<int[]> marks = new java.util.ArrayList<>();
    while (m.find()) {
      int number = Integer.parseInt(m.group("top"));
      int width = m.start("words") - m.start();
      if (m.group("sub") == null && number == top + 1 && ownParagraph(text, m.start(), m.end())) {
        top++;
        sub = 0;
        marks.add(new int[] {m.start(), width, 2});
      } else if (m.group("sub") != null && number == top && Integer.parseInt(m.group("sub")) == sub + 1) {
        sub++;
        subs++;
        marks.add(new int[] {m.start(), width, 3});
      }
    }
    if (top < 3 || subs == 0 || marks.stream().anyMatch(at -> at[1] < at[2] + 1)) {
      return text;
    }
    marks.forEach(at -> mark(out, at[0], at[1], at[2] == 2 ? new char[] {'#', '#'} : new char[] {'#', '#', '#'}));
    return new String(out);
  }

  /** Whether the line from start to end has a blank line (or the text's edge) before and after it. */
  private static boolean ownParagraph(String text, int start, int end) {
    boolean before = start == 0 || start >= 2 && text.charAt(start - 1) == '\n' && text.charAt(start - 2) == '\n';
    boolean after = end >= text.length() - 1 || text.charAt(end) == '\n' && text.charAt(end + 1) == '\n';
    return before && after;
  }
}
