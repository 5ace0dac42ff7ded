package com.compcoach.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a two-column form's lines as labelled lines: an HR system's export or a pasted PDF table sets each label
 * apart from its value by a run of spaces or a tab, with no colon ("Job Title        Staff Software Engineer"); a
 * colon lets the reader's label patterns take each line whole. Only a letter with three or more such lines is a
 * form; a single wide gap in prose is left as it is.
 */
final class FormColumns {

  /** A label of a few words at a line's start, a gap of three spaces or a tab, then its value. */
  private static final Pattern COLUMNS = Pattern.compile(
      "(?m)^([ \\t]{0,4})(\\p{L}[\\p{L}\\d&/'().-]*(?: [\\p{L}\\d&/'().%#-]+){0,5})(?: {3,}|\\t+)(\\S.*)$");
  /** A label's own percent sign ("Target Bonus %"), which belongs with a bare number after it. */
  private static final Pattern PERCENT_LABEL = Pattern.compile("\\s*(?:%|\\(%\\))$");
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d+)?");
  private static final int LINES_OF_A_FORM = 3;

  private FormColumns() {}

  /** The text with each form line as "Label: value"; unchanged when it has fewer than three. */
  static String labelled(String text) {
    Matcher m = COLUMNS.matcher(text);
    int count = 0;
    while (count < LINES_OF_A_FORM && m.find()) {
      count++;
    }
    if (count < LINES_OF_A_FORM) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    m.reset();
    while (m.find()) {
      String label = m.group(2);
      String value = m.group(3).strip();
      Matcher percent = PERCENT_LABEL.matcher(label);
      if (percent.find() && BARE_NUMBER.matcher(value).matches()) {
        label = label.substring(0, percent.start());
        value = value + "%";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + label + ": " + value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
