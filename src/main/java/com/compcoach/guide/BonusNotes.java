package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay table with no bonus column whose Notes column gives each row's bonus as a percent ("| Phoenix (HQ) |
 * $80,000–$96,000 | $88,000–$105,600 | 10% target, paid quarterly |"): the column read as the Bonus column, each cell
 * its percent, as a person reading the row takes it.
 */
final class BonusNotes {

  /** "10% target", "8–12% bonus", "bonus: 10%", "target bonus 10% of base", "10% annual bonus target". */
  private static final Pattern PERCENT_BONUS = Pattern.compile("(?i)^\\W*(?:(?:target\\s+|annual\\s+)?bonus"
      + "(?:\\s+target)?\\s*:?\\s*)?(\\d{1,2}(?:\\.\\d)?\\s*%(?:\\s*[–—-]\\s*\\d{1,2}(?:\\.\\d)?\\s*%)?)"
      + "(?:\\s+of\\s+base)?(?:\\s+(?:annual\\s+|yearly\\s+)?(?:bonus(?:\\s+target)?|target(?:\\s+bonus)?))?"
      + "(?:\\s+of\\s+base)?\\s*(?:[,;(.]|$)");
  /** The words that say the percent is the bonus, one of which the note must hold with it. */
  private static final Pattern BONUS_WORD = Pattern.compile("(?i)\\b(?:bonus|target)\\b");
  private static final Pattern NOTE_HEADER = Pattern.compile("(?i)\\s*(?:notes?|comments?|remarks?)\\s*");

  private BonusNotes() {}

  /**
   * The table with its notes column as the bonus, the header put in {@code kept}; null where the table has a bonus
   * column, no notes column, or a note that is not a bonus percent (then the notes stay notes).
   */
  static List<PayTable.Row> of(List<String> header, List<PayTable.Row> rows, ReadingRules rules, List<String> kept) {
    // Cheap check first: most tables have no notes column, and their header cells are never looked up.
    int notes = -1;
    for (int i = 1; i < header.size() && notes < 0; i++) {
      String h = header.get(i);
      if ((h.contains("ote") || h.contains("omment") || h.contains("emark"))
          && NOTE_HEADER.matcher(h.replace("**", "")).matches()) {
        notes = i;
      }
    }
    if (notes < 0 || header.stream().anyMatch(h -> rules.column(h.replace("**", "")) == ReadingRules.Column.BONUS)) {
      return null;
    }
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    boolean any = false;
    for (PayTable.Row row : rows) {
      String note = row.cell(notes);
      if (note.isEmpty()) {
        out.add(row);
        continue;
      }
      // Cheap checks first: a percent sign and a bonus word, before the pattern.
      Matcher m = note.indexOf('%') < 0 || !BONUS_WORD.matcher(note).find() ? null : PERCENT_BONUS.matcher(note);
      if (m == null || !m.find()) {
        return null;
      }
      List<String> cells = new ArrayList<>(row.cells());
      cells.set(notes, m.group(1).strip());
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
      any = true;
    }
    if (!any) {
      return null;
    }
    kept.addAll(header);
    kept.set(notes, "Bonus");
    return out;
  }
}
