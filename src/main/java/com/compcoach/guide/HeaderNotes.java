package com.compcoach.guide;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pay-table header's footnote read into its column: "RSUs†" over the table and "† Initial RSU grant, vesting over
 * four years (25% each year)." under it make the column "RSUs (Initial RSU grant, vesting over four years.)", so the
 * note says what the column's figures are as the header's own words would. Only a note saying a grant, a period or
 * share counts is read in; the marker itself is blanked before parsing ({@link ExportMarks}).
 */
final class HeaderNotes {

  private static final String MARKS = "†‡§¹²³⁴⁵⁶⁷⁸⁹";
  /** How many lines under a table its notes may stand. */
  private static final int NOTE_LINES = 8;

  private HeaderNotes() {}

  /** The header with each footnoted cell's note after it, or the header as it was. */
  static List<String> read(TableBlock table, List<String> header, GuideDraft draft) {
    List<String> marks = marks(table, draft);
    if (marks.size() != header.size() || marks.stream().allMatch(String::isEmpty)) {
      return header;
    }
    return withNotes(header, marks, linesUnder(draft.bodyStart + table.getEndOffset(), draft), draft);
  }

  /**
   * The same for a table written without pipes (an HTML table, a sheet pasted with tabs or lined up with spaces):
   * its header row as written runs from {@code rowStart} in the file, its notes stand under {@code blockEnd}.
   */
  static List<String> read(List<String> header, int rowStart, int blockEnd, GuideDraft draft) {
    int start = Math.min(rowStart, draft.text.length());
    // An HTML row may run over several lines, to its "</tr>"; any other row is one line.
    int rowEnd = draft.text.startsWith("<tr", start) ? draft.text.indexOf("</tr", start) : draft.text.indexOf('\n', start);
    String row = draft.text.substring(start, rowEnd < 0 ? draft.text.length() : rowEnd);
    if (!hasMark(row)) {
      // The cheap check: most headers carry no mark at all.
      return header;
    }
    List<String> marks = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (String cell : header) {
      String c = cell.strip();
      int at = c.isEmpty() ? -1 : row.indexOf(c, from);
      from = at < 0 ? from : at + c.length();
      char after = at >= 0 && from < row.length() ? row.charAt(from) : ' ';
      // The mark is the cell's own last character ("Equity*") or, blanked in the parsed text, the one after it.
      boolean own = !c.isEmpty() && isMark(c.charAt(c.length() - 1), c);
      marks.add(own ? c.substring(c.length() - 1) : at >= 0 && isMark(after, c + after) ? String.valueOf(after) : "");
      cells.add(own ? c.substring(0, c.length() - 1).strip() : cell);
    }
    if (marks.stream().allMatch(String::isEmpty)) {
      return header;
    }
    return withNotes(cells, marks, linesUnder(blockEnd, draft), draft);
  }

  private static boolean hasMark(String row) {
    for (int i = 0; i < row.length(); i++) {
      if (MARKS.indexOf(row.charAt(i)) >= 0 || row.charAt(i) == '*') {
        return true;
      }
    }
    return false;
  }

  /** A footnote mark ending {@code cell}: a dagger or superscript, or a lone asterisk (never bold's or italics'). */
  private static boolean isMark(char c, String cell) {
    return MARKS.indexOf(c) >= 0
        || c == '*' && cell.length() > 1 && cell.charAt(cell.length() - 2) != '*' && cell.charAt(0) != '*';
  }

  private static List<String> withNotes(List<String> header, List<String> marks, List<String> notes, GuideDraft draft) {
    List<String> out = new ArrayList<>(header);
    for (int i = 0; i < header.size(); i++) {
      String note = marks.get(i).isEmpty() ? null : note(notes, marks.get(i));
      if (note != null && says(note, draft.rules)) {
        out.set(i, header.get(i) + " (" + note + ")");
      }
    }
    return out;
  }

  /** Each header cell's footnote mark as written in the file ("†", "¹"), or "" where it has none. */
  private static List<String> marks(TableBlock table, GuideDraft draft) {
    List<String> out = new ArrayList<>();
    for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            int from = draft.bodyStart + cell.getStartOffset();
            int to = draft.bodyStart + cell.getEndOffset();
            String raw = to <= draft.text.length() ? draft.text.substring(from, to).replace("|", "").strip() : "";
            int last = raw.isEmpty() ? -1 : raw.length() - 1;
            // "Equity*", never the close of "**Equity**".
            // "*Base*" in italics has no mark: its closing asterisk is emphasis.
            boolean asterisk = last > 0 && raw.charAt(last) == '*' && raw.charAt(last - 1) != '*' && raw.charAt(0) != '*';
            out.add(last > 0 && (MARKS.indexOf(raw.charAt(last)) >= 0 || asterisk) ? raw.substring(last) : "");
          }
        }
      }
    }
    if (out.stream().anyMatch(String::isEmpty) && noteUnder(draft.bodyStart + table.getEndOffset(), draft)) {
      cellMarks(table, draft, out);
    }
    return out;
  }

  /**
   * Whether a line right under the table opens with a dagger or superscript ("² RSU grant over four years"): the
   * cheap check, a character of a few lines, before any cell is looked at.
   */
  private static boolean noteUnder(int end, GuideDraft draft) {
    String text = draft.text;
    int at = Math.min(text.length(), end);
    for (int n = 0; n < NOTE_LINES && at < text.length(); n++) {
      int i = at;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\\' || text.charAt(i) == '-'
          || text.charAt(i) == '\t')) {
        i++;
      }
      if (i < text.length() && (MARKS.indexOf(text.charAt(i)) >= 0 || text.startsWith("<sup>", i))) {
        return true;
      }
      if (i < text.length() && text.charAt(i) == '#') {
        return false;
      }
      int next = text.indexOf('\n', i);
      at = next < 0 ? text.length() : next + 1;
    }
    return false;
  }

  /**
   * "$24K–$36K²" in every row of the Equity column: a mark each of a column's filled cells carries, the same in all,
   * is the column's own mark, so its note ("² RSU grant over four years") says what the column's figures are, as
   * it would from the header. A mark on some cells only is left alone.
   */
  private static void cellMarks(TableBlock table, GuideDraft draft, List<String> marks) {
    List<String> common = new ArrayList<>(java.util.Collections.nCopies(marks.size(), (String) null));
    boolean[] mixed = new boolean[marks.size()];
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead) {
        continue;
      }
      for (Node r = part.getFirstChild(); r != null; r = r.getNext()) {
        if (!(r instanceof TableRow)) {
          continue;
        }
        int i = 0;
        for (Node c = r.getFirstChild(); c != null && i < marks.size(); c = c.getNext()) {
          if (!(c instanceof TableCell cell)) {
            continue;
          }
          int from = draft.bodyStart + cell.getStartOffset();
          int to = draft.bodyStart + cell.getEndOffset();
          String raw = to <= draft.text.length() ? draft.text.substring(from, to).replace("|", "").strip() : "";
          if (!raw.isEmpty() && raw.chars().anyMatch(Character::isDigit)) {
            char last = raw.charAt(raw.length() - 1);
            String mark = MARKS.indexOf(last) >= 0 ? String.valueOf(last) : "";
            if (common.get(i) == null) {
              common.set(i, mark);
            } else if (!common.get(i).equals(mark)) {
              mixed[i] = true;
            }
          }
          i++;
        }
      }
    }
    for (int i = 0; i < marks.size(); i++) {
      if (marks.get(i).isEmpty() && !mixed[i] && common.get(i) != null && !common.get(i).isEmpty()) {
        marks.set(i, common.get(i));
      }
    }
  }

  /** The lines right under a table ending at {@code end} in the file, up to the next heading. */
  private static List<String> linesUnder(int end, GuideDraft draft) {
    String text = draft.text;
    List<String> out = new ArrayList<>();
    // Line by line from the table's end: only the lines read are copied, never the rest of the document.
    for (int at = Math.min(text.length(), end); out.size() < NOTE_LINES; ) {
      int eol = text.indexOf('\n', at);
      String l = text.substring(at, eol < 0 ? text.length() : eol).strip();
      if (l.startsWith("#")) {
        break;
      }
      out.add(l);
      if (eol < 0) {
        break;
      }
      at = eol + 1;
    }
    return out;
  }

  /** The note a line opening with the mark gives, its asides in parentheses left out, or null. */
  private static String note(List<String> lines, String mark) {
    for (String line : lines) {
      // "\\* Total grant…" as markdown escapes it, "- † …" as a list.
      String l = line.startsWith("\\") ? line.substring(1) : line;
      l = l.startsWith(mark) || !(l.startsWith("- ") || l.startsWith("* ")) ? l : l.substring(2).strip();
      if (l.startsWith(mark) || l.startsWith("<sup>" + mark)) {
        String text = l.substring(l.indexOf(mark) + mark.length()).replace("</sup>", "");
        return plain(text.replaceAll("\\([^()]*\\)", " "), " ");
      }
    }
    return null;
  }

  /**
   * A note's words as a header keeps them: how often a grant vests and how often pay is paid dropped, as they name
   * no period of the figures, and a cliff's years given way to {@code cliff} ("4y, 1y cliff" keeps "4y").
   */
  static String plain(String note, String cliff) {
    String text = NOT_A_PERIOD.matcher(note).replaceAll(" ");
    text = VESTING_SCHEDULE.matcher(text).replaceAll("$1");
    text = PAID_HOW_OFTEN.matcher(text).replaceAll(" ");
    return CLIFF.matcher(text).replaceAll(cliff).replaceAll("\\s+", " ").strip();
  }

  /**
   * A period the note says the figures are not ("RSU grant over four years, not per year"): the words go, so the
   * period they deny is never read as the column's.
   */
  private static final Pattern NOT_A_PERIOD = Pattern.compile("(?i),?\\s*\\bnot\\s+(?:(?:per|a|an|each|by\\s+the)\\s+"
      + "(?:year|month|hour|week|day)|annual(?:ly|ised|ized)?|yearly|monthly|hourly|weekly|daily)\\b");

  /**
   * How often a grant vests ("vests monthly", "vesting annually") is no period of the column's figures: the word goes,
   * so a grant "vesting monthly over 4 years" is never read as pay per month.
   */
  static final Pattern VESTING_SCHEDULE = Pattern.compile("(?i)\\b(vest(?:s|ing|ed)?)\\s+(?:monthly|quarterly|"
      + "semi-?annually|annually|yearly|(?:each|every|per)\\s+(?:month|quarter|year|six\\s+months))\\b");
  /**
   * How often a salary is paid out ("Paid monthly through payroll", "salaries are paid semi-monthly") is no period of
   * the column's figures, which stay a year's: the words go.
   */
  private static final Pattern PAID_HOW_OFTEN = Pattern.compile("(?i)\\b(?:paid|payable|pays)\\s+(?:out\\s+)?"
      + "(?:monthly|semi-?monthly|bi-?weekly|weekly|fortnightly|twice\\s+a\\s+month|every\\s+(?:month|two\\s+weeks|other\\s+week))\\b");
  /** A cliff before vesting ("after a one-year cliff") names no grant's years. */
  private static final Pattern CLIFF = Pattern.compile(
      "(?i)\\b(?:after|with)?\\s*(?:an?\\s+(?:\\w+|\\d+)[- ](?:year|month)|\\d+\\s*(?:y|yr|m|mo)\\.?)\\s+cliff\\b");

  private static boolean says(String note, ReadingRules rules) {
    return rules.saysGrant(note) || rules.saysPerMonth(note) || rules.saysPerQuarter(note) || rules.saysPaidQuarterly(note)
        || rules.countsShares(note) || rules.saysPerHour(note);
  }
}
