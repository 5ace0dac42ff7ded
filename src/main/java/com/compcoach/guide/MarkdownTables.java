package com.compcoach.guide;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** A parsed pipe table's header and rows as the text of their cells. */
final class MarkdownTables {

  private MarkdownTables() {}

  /** The header's cells, or an empty list. */
  static List<String> header(TableBlock table) {
    for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
        return cells(row);
      }
    }
    return List.of();
  }

  /** A row's cells, each stripped and single-spaced. */
  static List<String> cells(TableRow row) {
    List<String> out = new ArrayList<>();
    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableCell cell) {
        out.add(ExportMarks.oneSpaced(MarkdownText.source(cell.getText()).strip()));
      }
    }
    return out;
  }

  /** The body's rows, each with its line in the file (the parsed text starts at {@code bodyStart}). */
  static List<PayTable.Row> rows(TableBlock table, LineIndex lines, int bodyStart) {
    List<PayTable.Row> rows = new ArrayList<>();
    for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBody body) {
        for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
          if (r instanceof TableRow row) {
            rows.add(new PayTable.Row(cells(row), lines.line(bodyStart + row.getStartOffset())));
          }
        }
      }
    }
    return rows;
  }
}
