package com.compcoach.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line's column gaps, the one place that does: a tab, dot leaders ("Base salary ........ $196,000") and, in
 * a two-column form an HR system exports or a PDF table pastes, a run of three spaces or more between a label and its
 * value ("Job Title        Staff Software Engineer"). Each gap becomes " | ", so the line reads as a table row. The
 * spaced gap is read only in a letter with three or more such lines, and only after a label of a few words at a
 * line's start: a single wide gap in prose, or a justified line, is left as it is.
 */
final class FormColumns {

  /** A label of a few words at a line's start, a gap of three spaces or a tab, then its value. */
  private static final Pattern COLUMNS = Pattern.compile(
      "^([ \\t]{0,4})(\\p{L}[\\p{L}\\d&/'().-]*(?: [\\p{L}\\d&/'().%#-]+){0,5})(?: {3,}|\\t+)(\\S.*)$");
  /** A label's own percent sign ("Target Bonus %"), which belongs with a bare number after it. */
  private static final Pattern PERCENT_LABEL = Pattern.compile("\\s*(?:%|\\(%\\))$");
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d+)?");
  private static final int LINES_OF_A_FORM = 3;
  /** The gap a form leaves between two fields set side by side on a line. */
  private static final Pattern FIELD_GAP = Pattern.compile(" {3,}");

  private FormColumns() {}

  /**
   * The lines with each form line's spaced gap as " | " ("Job Title | Staff Software Engineer"); the same lines
   * when fewer than three are so laid out.
   */
  static String[] gaps(String[] lines) {
    int count = 0;
    for (int i = 0; i < lines.length && count < LINES_OF_A_FORM; i++) {
      count += formLine(lines[i]) ? 1 : 0;
    }
    if (count < LINES_OF_A_FORM) {
      return lines;
    }
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      Matcher m = COLUMNS.matcher(lines[i]);
      if (!m.matches()) {
        out[i] = lines[i];
        continue;
      }
      String label = m.group(2);
      String value = m.group(3).strip();
      Matcher percent = PERCENT_LABEL.matcher(label);
      if (percent.find() && BARE_NUMBER.matcher(value).matches()) {
        label = label.substring(0, percent.start());
        value = value + "%";
      }
      out[i] = m.group(1) + label + " | " + value;
    }
    return out;
  }

  /**
   * Fields a form sets side by side ("Base Salary: $148,000          Pay Frequency: Bi-weekly") as a line each, so
   * each label keeps its own value; only where every part of the line is a "Label: value" of its own, so a value
   * with a wide gap in it ("Base Salary:   $182,000   per year") stays whole.
   */
  static String[] sideBySide(String[] lines) {
    List<String> out = new ArrayList<>(lines.length);
    for (String line : lines) {
      String[] parts = line.indexOf(':') > 0 && line.contains("   ") ? FIELD_GAP.split(line.strip()) : null;
      if (parts != null && parts.length >= 2 && Arrays.stream(parts).allMatch(LetterSentences::labelled)) {
        out.addAll(Arrays.asList(parts));
      } else {
        out.add(line);
      }
    }
    return out.toArray(String[]::new);
  }

  /** A line laid out as a form's: a short label, a gap, a value; checked cheaply before the pattern. */
  private static boolean formLine(String line) {
    return (line.contains("   ") || line.indexOf('\t') >= 0) && COLUMNS.matcher(line).matches();
  }

  /** The line with its whitespace collapsed and each tab and run of dot leaders read as a gap " | ". */
  static String cells(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\t') {
        // Columns of a table laid out with tabs read as a row.
        out.append(out.length() == 0 ? "" : " | ");
        space = false;
      } else if (Character.isWhitespace(c) && c != '\u00a0' && c != '\u202f') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    // Tried only where dots run: a regex over every character of a long line costs more than the check.
    return out.indexOf("..") >= 0 || out.indexOf(". .") >= 0 || out.indexOf("……") >= 0
        ? dotLeaders(out) : out.toString();
  }

  /**
   * Dot leaders ("Base salary ........ $196,000", ". . . . .", "……") as a column gap " | ": four dots or more,
   * each with at most one space after it, three with a space on each side, or two ellipses. A scan, not a regular
   * expression: a line of thousands of dots would take a regex's repeated group as deep into the stack as it is long.
   */
  static String dotLeaders(CharSequence line) {
    StringBuilder out = new StringBuilder(line.length());
    int n = line.length();
    int i = 0;
    while (i < n) {
      int j = i;
      int dots = 0;
      int ellipses = 0;
      while (j < n && (line.charAt(j) == '.' || line.charAt(j) == '…')) {
        if (line.charAt(j++) == '.') {
          dots++;
        } else {
          ellipses++;
        }
        if (j + 1 < n && line.charAt(j) == ' ' && (line.charAt(j + 1) == '.' || line.charAt(j + 1) == '…')) {
          j++;
        }
      }
      // Three dots count too where they stand apart, between a label and its value ("Target incentive ... 12%"):
      // an ellipsis in prose leans on a word ("and so... we").
      boolean apart = dots == 3 && ellipses == 0 && i > 0 && line.charAt(i - 1) == ' ' && j < n
          && line.charAt(j) == ' ';
      if (dots >= 4 || ellipses >= 2 || apart) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        out.append(" | ");
        while (j < n && line.charAt(j) == ' ') {
          j++;
        }
        i = j;
      } else {
        out.append(line.charAt(i++));
      }
    }
    return out.toString();
  }

}
