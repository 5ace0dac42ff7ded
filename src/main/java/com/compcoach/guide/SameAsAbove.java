package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * Ditto marks in a pay table: a cell that only says it holds what the cell above holds ("〃", "\"", "same as
 * above", "ditto"), as sheets are written, is read as that cell, with an info line naming it.
 */
final class SameAsAbove {

  private SameAsAbove() {}

  /** The rows with each ditto cell replaced by the cell above it; the rows as given where none is written. */
  static List<PayTable.Row> filled(List<PayTable.Row> rows, int regionColumn, ReadingRules rules, String path,
      List<Finding> findings) {
    if (!anyDitto(rows, regionColumn, rules)) {
      return rows;
    }
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    List<String> above = null;
    for (PayTable.Row row : rows) {
      List<String> cells = new ArrayList<>(row.cells());
      for (int i = 0; i < cells.size(); i++) {
        if (i != regionColumn && above != null && i < above.size() && rules.sameAsAbove(cells.get(i))) {
          findings.add(Finding.info(path, row.line(), "'" + cells.get(i).strip() + "' in column " + (i + 1)
              + " says the cell above it: read as '" + above.get(i).strip() + "'"));
          cells.set(i, above.get(i));
        }
      }
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
      above = cells;
    }
    return List.copyOf(out);
  }

  /** A note saying a blank cell repeats the one above: "A blank cell means the same as the row above". */
  private static final java.util.regex.Pattern BLANK_IS_ABOVE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:blank|empty)(?:\\s+(?:cells?|fields?))?\\b[^.\\n|]{0,40}?(?:same\\s+as\\s+(?:the\\s+)?(?:row\\s+|cell\\s+|one\\s+|line\\s+)?"
          + "above|as\\s+above|ditto|(?:repeats?|cop(?:y|ies)|takes|carr(?:y|ies))\\s+(?:down\\s+)?(?:the\\s+)?"
          + "(?:row|cell|figure|one|line|value|entry)\\s+above)"
          // "Blank cells are merged cells": the cells themselves are merged; "Empty cells: no bonus, as those sites
          // were merged in from Dayton Automation" is a merger of sites, and its blank is none.
          + "|\\b(?:blank|empty)\\s+(?:cells?|fields?)\\b[^.\\n|,:;]{0,30}?\\b(?:were|are|was|is)\\s+(?:\\w+\\s+)?merged\\b"
          // "Merged cells come out blank": a sheet's merged cell is one value over the rows it spans.
          + "|\\bmerged\\s+cells?\\b[^.\\n|]{0,30}?\\b(?:blank|empty)\\b");

  /** A note saying a blank cell is none: "Empty cells: no bonus", "A blank means none", "blank = not eligible". */
  private static final java.util.regex.Pattern BLANK_IS_NONE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:blank|empty)(?:\\s+(?:cells?|fields?))?\\s*(?::|=|\\bmeans?\\b|\\bare\\b|\\bis\\b)\\s*"
          + "(?:no\\b|none\\b|zero\\b|nil\\b|n/a\\b|not\\s+eligible\\b)");

  /**
   * The rows with each blank cell given the cell above it, where the guide says a blank cell means so; the rows as
   * given otherwise (a blank then reads as none, as the guide's total checks). A cheap look for the word first.
   */
  static List<PayTable.Row> blanksFilled(List<PayTable.Row> rows, int regionColumn, String text, String path,
      List<Finding> findings) {
    if (text.indexOf("lank") < 0 && text.indexOf("mpty") < 0 || !BLANK_IS_ABOVE.matcher(text).find()
        || BLANK_IS_NONE.matcher(text).find()) {
      // A note saying a blank is none ("Empty cells: no bonus") is the guide's own word for its blanks: never
      // filled from the row above over it.
      return rows;
    }
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    List<String> above = null;
    for (PayTable.Row row : rows) {
      List<String> cells = new ArrayList<>(row.cells());
      for (int i = 0; above != null && i < above.size(); i++) {
        if (i != regionColumn && (i >= cells.size() || cells.get(i).isBlank()) && !above.get(i).isBlank()) {
          findings.add(Finding.info(path, row.line(), "the blank cell in column " + (i + 1) + " is the cell above it,"
              + " as the guide says: read as '" + above.get(i).strip() + "'"));
          while (cells.size() <= i) {
            cells.add("");
          }
          cells.set(i, above.get(i));
        }
      }
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
      above = cells;
    }
    return List.copyOf(out);
  }

  /** Whether any cell but the region's is a ditto mark; most tables write none, so nothing else is copied. */
  private static boolean anyDitto(List<PayTable.Row> rows, int regionColumn, ReadingRules rules) {
    for (PayTable.Row row : rows) {
      for (int i = 0; i < row.cells().size(); i++) {
        String cell = row.cells().get(i);
        if (i != regionColumn && cell.length() <= 20 && rules.sameAsAbove(cell)) {
          return true;
        }
      }
    }
    return false;
  }
}
