package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Notes column beside a pay table whose note says a row's figures are other than written ("| New York |
 * $86,000–$100,000 | … | +10% in NYC |"): the reader does not work the change out (which parts, on which end, is
 * the cell already changed?), so the row is read as written and a warning names the note, never a figure served
 * in silence that the guide says is wrong.
 */
final class NoteChanges {

  private static final Pattern NOTE_HEADER = Pattern.compile("(?i)\\s*(?:notes?|comments?|remarks?)\\s*");

  private NoteChanges() {}

  /** A warning per row whose note says its figures change; none where the table has no notes column. */
  static List<Finding> of(String path, List<String> header, List<PayTable.Row> rows, int regionColumn,
      ReadingRules rules) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i == regionColumn || !NOTE_HEADER.matcher(header.get(i).replace("**", "")).matches()) {
        continue;
      }
      for (PayTable.Row row : rows) {
        String note = row.cell(i).strip();
        if (!note.isEmpty() && rules.saysFigureChange(note)) {
          String place = row.cell(regionColumn).replace("**", "").strip();
          out.add(Finding.warning(path, row.line(), "the note '" + note + "' beside " + place + " says its figures"
              + " are other than written, which the reader does not work out: read as written; write the changed"
              + " figures in its cells (or a row of their own) so the band served is the one the note means"));
        }
      }
    }
    return out;
  }
}
