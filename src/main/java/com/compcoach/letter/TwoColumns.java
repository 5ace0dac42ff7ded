package com.compcoach.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes a two-column page flattened into one ("We are excited to offer you a position at      Base salary"): where
 * a letter's prose runs down the left and a sidebar ("Offer summary", a label a line and its value under it) down the
 * right, each line holds half a sentence and half a field. The left column is read first, then the right one, each as
 * the lines it was written in. A form's "Label      value" lines are no such page: their left side is no prose.
 */
final class TwoColumns {

  /** The right column starts this far in at least: a gap in a short label line is a form's, not a page's. */
  private static final int LEAST_INDENT = 24;
  /** A left half this long, of several words, is prose. */
  private static final int PROSE = 25;
  /** Lines that must start their right half at the same column. */
  private static final int LEAST_LINES = 6;
  /** Lines holding prose on the left and text on the right; and lines holding the right half alone. */
  private static final int LEAST_PROSE = 3;
  private static final int LEAST_RIGHT_ONLY = 2;

  private TwoColumns() {}

  /** The lines with a two-column page's left column first and its right column after it; else the same lines. */
  static String[] flattened(String[] lines) {
    int column = column(lines);
    if (column < 0) {
      return lines;
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      if (rightStart(lines[i]) == column) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<String> out = new ArrayList<>(lines.length + 1);
    List<String> right = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (i < first || i > last || rightStart(lines[i]) != column) {
        out.add(lines[i]);
        continue;
      }
      String left = lines[i].substring(0, column).strip();
      String above = out.isEmpty() ? "" : out.get(out.size() - 1);
      if (!left.isEmpty() && !above.isBlank() && Character.isLowerCase(left.charAt(0)) && !endsSentence(above)) {
        // A narrow column wraps mid-sentence ("As a new hire you will be granted 9,000" / "restricted stock units"):
        // the line goes on the one above, so a short first half is not read as a heading.
        out.set(out.size() - 1, above + " " + left);
      } else if (!left.isEmpty()) {
        out.add(left);
      } else if (!out.isEmpty() && !out.get(out.size() - 1).isBlank() && endsSentence(out.get(out.size() - 1))) {
        // A line the left column left empty is its paragraph break, where the sentence ended there.
        out.add("");
      }
      right.add(lines[i].substring(column).strip());
      if (i == last) {
        out.add("");
        out.addAll(right);
        out.add("");
      }
    }
    return out.toArray(String[]::new);
  }

  /** The column where a flattened page's right half starts, or -1 where the lines are laid out in one column. */
  private static int column(String[] lines) {
    Map<Integer, int[]> counts = new HashMap<>();
    for (String line : lines) {
      int at = rightStart(line);
      if (at < 0) {
        continue;
      }
      int[] c = counts.computeIfAbsent(at, k -> new int[3]);
      c[0]++;
      String left = line.substring(0, at).strip();
      if (left.isEmpty()) {
        c[2]++;
      } else if (left.length() >= PROSE && left.split(" ").length >= 4) {
        c[1]++;
      }
    }
    int best = -1;
    for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      if (c[0] >= LEAST_LINES && c[1] >= LEAST_PROSE && c[2] >= LEAST_RIGHT_ONLY
          && (best < 0 || c[0] > counts.get(best)[0])) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** Where the line's right half starts (after three spaces or more, far enough in), or -1. */
  private static int rightStart(String line) {
    if (line.length() <= LEAST_INDENT || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0
        || !line.contains("   ")) {
      return -1;
    }
    // After the last gap of three spaces or more: a right half is one cell.
    int gap = line.stripTrailing().lastIndexOf("   ");
    return gap < 0 || gap + 3 < LEAST_INDENT ? -1 : gap + 3;
  }

  private static boolean endsSentence(String line) {
    char last = line.strip().isEmpty() ? ' ' : line.strip().charAt(line.strip().length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ',';
  }
}
