package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows pasted from a spreadsheet, a label and its figure a line with a tab between ("Base salary\t190,000",
 * "Annual bonus\t10%"): each row made a sentence of its own, so its label names its own figure and never the next
 * row's ("10%" above "Equity (3 yrs)" is the bonus, not a share of equity). A screenshot's text with the label on one
 * line and its figure on the next is read the same way.
 */
final class PastedRows {

  /** A label, a tab, and a value holding a figure. */
  private static final Pattern ROW = Pattern.compile("^\\s*(\\p{L}[^\\t\\d]*?)\\s*\\t+\\s*(.*\\d.*?)\\s*$");

  private PastedRows() {}

  /** A label alone on its line, as a screenshot's text has it ("Base", "Sign-on bonus:"), with no figure. */
  // Figures only in brackets: "Equity (4 yrs)" is a label, "Base 185000" a row already.
  private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{L}(?:[\\p{L} /&'’-]|\\([^)\\n]{0,12}\\)){0,28}?)"
      + "\\s*:?\\s*$");
  /** A line that opens with a figure: the value under the label above it. */
  private static final Pattern VALUE = Pattern.compile("^\\s*[$£€~]?\\s*\\d.*$");

  /** The rows written as sentences, or null when the message holds fewer than two such rows. */
  static Rewritten value(String message) {
    if (message.indexOf('\n') < 0) {
      return null;
    }
    return message.indexOf('\t') >= 0 ? tabbed(message) : stacked(message);
  }

  private static Rewritten tabbed(String message) {
    List<String> lines = new ArrayList<>();
    int rows = 0;
    for (String line : message.split("\\R")) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows++;
        lines.add(row.group(1) + " " + row.group(2).replaceAll("[.;]+$", "") + ".");
      } else {
        lines.add(line);
      }
    }
    return rows < 2 ? null : new Rewritten(String.join("\n", lines), null);
  }

  /**
   * A screenshot's text, each label on its line and its figure on the next ("Base\n185,000\nBonus\n15%"): each pair
   * made one sentence, as a tab's row is.
   */
  private static Rewritten stacked(String message) {
    String[] in = message.split("\\R");
    List<String> lines = new ArrayList<>();
    int rows = 0;
    for (int i = 0; i < in.length; i++) {
      Matcher label = LABEL.matcher(in[i]);
      if (i + 1 < in.length && label.matches() && VALUE.matcher(in[i + 1]).matches()) {
        rows++;
        String row = label.group(1).strip() + " " + in[i + 1].strip().replaceAll("[.;]+$", "");
        i++;
        if (i + 1 < in.length && in[i + 1].strip().startsWith("(")) {
          // "(vests over 4 years)" under the grant's figure belongs to its row.
          row += " " + in[++i].strip();
        }
        lines.add(row + ".");
      } else {
        lines.add(in[i]);
      }
    }
    return rows < 2 ? null : new Rewritten(String.join("\n", lines), null);
  }
}
