package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows pasted from a spreadsheet, a label and its figure a line with a tab between ("Base salary\t190,000",
 * "Annual bonus\t10%"): each row made a sentence of its own, so its label names its own figure and never the next
 * row's ("10%" above "Equity (3 yrs)" is the bonus, not a share of equity).
 */
final class PastedRows {

  /** A label, a tab, and a value holding a figure. */
  private static final Pattern ROW = Pattern.compile("^\\s*(\\p{L}[^\\t\\d]*?)\\s*\\t+\\s*(.*\\d.*?)\\s*$");

  private PastedRows() {}

  /** The rows written as sentences, or null when the message holds fewer than two such rows. */
  static Rewritten value(String message) {
    if (message.indexOf('\t') < 0 || message.indexOf('\n') < 0) {
      return null;
    }
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
}
