package com.compcoach.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filled-in form's blanks and check boxes read as the words they hold: a DocuSign or PDF form writes its values on
 * lines of underscores ("Base Salary: ________ $182,000 ________ per year", "$___20,000___") and ticks a box beside
 * its choice ("Relocation: [ ] Yes [X] No"). The underscores are a blank, not text; a ticked box keeps its choice and
 * an unticked one goes with its label, so "[ ] No" never reads as "no sign-on bonus". A ticked "Yes" says no more
 * than the figure after it, and goes too, so the line's label stays next to its figure; a ticked "No" after a label
 * ("Equity: ☐ Yes ☒ No") is written "No Equity".
 */
final class FormBlanks {

  /** A run of underscores: a form's blank line. */
  private static final Pattern BLANK = Pattern.compile("_{2,}");
  /** A check box and the label after it, up to the next box or a gap: "[X] Yes", "[ ] No", "☐ Relocation". */
  private static final Pattern BOX = Pattern.compile(
      "(?:\\[\\s?([xX✓✔*])?\\s?\\]|[☐□❏]|([☒☑]))[ \\t]*"
          + "([^\\[☐□❏☒☑✅■\\s](?:(?! {2,}|\\t|\\[|[☐□❏☒☑✅■]).)*)?");
  private static final Pattern YES = Pattern.compile("(?i)yes\\b\\W*");
  /** "Equity: No" once its boxes are read, with nothing after but an empty blank ("Amount: $"). */
  private static final Pattern LABEL_NO = Pattern.compile("^(\\s*)(\\p{L}[^:\\d]{0,40}):\\s*No\\b([^\\d]*)$");

  private FormBlanks() {}

  /** The lines with their blanks as spaces and their check boxes read; lines without either as they are. */
  static String[] filled(String[] lines) {
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].indexOf("__") >= 0 ? BLANK.matcher(lines[i]).replaceAll(" ") : lines[i];
      out[i] = boxed(line) ? boxes(line) : line;
    }
    return out;
  }

  /** Whether a line may hold a box: checked cheaply before the pattern. */
  private static boolean boxed(String line) {
    for (int i = 0; i < line.length(); i++) {
      if ("[☐□❏☒☑✅■".indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Ticked boxes keep their label (a ticked "Yes" goes); unticked ones go with theirs. */
  private static String boxes(String line) {
    Matcher m = BOX.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean ticked = m.group(1) != null || m.group(2) != null;
      String label = m.group(3) == null ? "" : m.group(3).strip();
      m.appendReplacement(out, Matcher.quoteReplacement(!ticked || YES.matcher(label).matches() ? "" : label));
    }
    m.appendTail(out);
    // "Equity: ☐ Yes ☒ No" says there is none: written "No Equity", it reads as "no equity" in prose does.
    Matcher no = LABEL_NO.matcher(out);
    return no.matches() ? no.group(1) + "No " + no.group(2).strip() + no.group(3) : out.toString();
  }
}
