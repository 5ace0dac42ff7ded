package com.compcoach.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table that sets an earlier offer beside the new one ("Component | Original offer | Revised offer"): its rows are
 * read with the new column's cells alone, and the earlier column's cells are kept apart as figures the letter
 * replaces, so "Base salary | $205,000 | $222,000" is a base of $222,000, not two bases.
 *
 * @param sentences the sentences with each such row's earlier cells taken out
 * @param replaced  the earlier cells taken out, as written
 */
record RevisedColumns(List<String> sentences, List<String> replaced) {

  private static final Pattern EARLIER = Pattern.compile(
      "\\b(?:original|initial|previous|prior|earlier|old|current|first|existing)\\b(?:\\s+(?:offer|package|terms|"
          + "compensation|pay|figures?|amount))?");
  private static final Pattern LATER = Pattern.compile(
      "\\b(?:revised|new|updated|proposed|final|amended|improved|increased)\\b(?:\\s+(?:offer|package|terms|"
          + "compensation|pay|figures?|amount))?");
  private static final String CELL = " | ";

  /** The sentences as a revised table's new column has them; the same sentences where no table sets two side by side. */
  static RevisedColumns of(List<String> sentences) {
    List<String> out = null;
    List<String> replaced = new ArrayList<>();
    int earlier = -1;
    int width = 0;
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      if (!s.contains(CELL)) {
        earlier = -1;
        continue;
      }
      String[] cells = s.split(" \\| ", -1);
      if (earlier < 0) {
        int[] header = header(cells);
        if (header != null) {
          earlier = header[0];
          width = cells.length;
        }
        continue;
      }
      if (cells.length != width) {
        earlier = -1;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(sentences);
      }
      replaced.add(cells[earlier]);
      List<String> kept = new ArrayList<>(cells.length - 1);
      for (int c = 0; c < cells.length; c++) {
        if (c != earlier) {
          kept.add(cells[c]);
        }
      }
      out.set(i, String.join(CELL, kept));
    }
    return out == null ? new RevisedColumns(sentences, List.of()) : new RevisedColumns(out, replaced);
  }

  /** {earlier column, later column} where a header row names one of each, else null. */
  private static int[] header(String[] cells) {
    if (cells.length < 3) {
      return null;
    }
    int earlier = -1;
    int later = -1;
    for (int c = 1; c < cells.length; c++) {
      String cell = cells[c].strip().toLowerCase(Locale.ROOT);
      if (cell.length() > 30 || cell.chars().anyMatch(Character::isDigit) && !cell.matches(".*\\b(?:19|20)\\d\\d\\b.*")) {
        return null;
      }
      if (LATER.matcher(cell).lookingAt() && later < 0) {
        later = c;
      } else if (EARLIER.matcher(cell).lookingAt() && earlier < 0) {
        earlier = c;
      }
    }
    return earlier > 0 && later > 0 ? new int[] {earlier, later} : null;
  }
}
