package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables a guide writes without markdown pipes: a raw HTML {@code <table>}, or columns aligned with spaces in a
 * code block (a spreadsheet pasted as text). Each gives its rows of cell text, the first being the header, with
 * where each row starts in the block, so the rows read as a pipe table's would.
 */
final class TextTables {

  /** One row's cells and the offset in the block where the row starts. */
  record Line(List<String> cells, int offset) {}

  private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)</tr\\s*>");
  private static final Pattern CELL = Pattern.compile("(?is)<t([hd])\\b([^>]*)>(.*?)(?=</t[hd]\\s*>|<t[hd]\\b|$)");
  /** A merged cell's span: {@code rowspan="2"}, {@code colspan=3}. */
  private static final Pattern SPAN = Pattern.compile("(?i)\\b(row|col)span\\s*=\\s*[\"']?(\\d{1,2})");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)[^\n]*\n");
  private static final Pattern WIKI_HEADER = Pattern.compile("\\|\\|");
  private static final Pattern WIKI_CELL = Pattern.compile("\\|");
  private static final Pattern GAP = Pattern.compile("\\s{2,}|\\t+");
  /** A pipe table's line under its header, "|---|:---:|", as a line of a fenced block: no row. */
  private static final Pattern DELIMITER_ROW = Pattern.compile("(?m)^\\|[ \\t:|-]*-[ \\t:|-]*\\|[ \\t]*$");

  private TextTables() {}

  /** The rows of the first HTML table in a block, or an empty list when it holds none. */
  static List<Line> html(String block) {
    List<Line> out = new ArrayList<>();
    if (!block.toLowerCase(java.util.Locale.ROOT).contains("<table")) {
      return out;
    }
    Matcher row = ROW.matcher(block);
    // A cell merged down (rowspan) stands in the rows below it too, at its column: text and rows still to fill.
    java.util.Map<Integer, String> downText = new java.util.HashMap<>();
    java.util.Map<Integer, Integer> downRows = new java.util.HashMap<>();
    int[] foot = foot(block);
    while (row.find()) {
      if (row.start() >= foot[0] && row.start() < foot[1]) {
        // A <tfoot> row ("Figures in SGD unless marked.") is the table's note, read as a note under it, not a place.
        continue;
      }
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        fillFromAbove(cells, downText, downRows);
        String text = text(cell.group(3));
        int rows = 1;
        int cols = 1;
        Matcher span = SPAN.matcher(cell.group(2));
        while (span.find()) {
          int n = Math.max(1, Integer.parseInt(span.group(2)));
          if (span.group(1).equalsIgnoreCase("row")) {
            rows = n;
          } else {
            cols = n;
          }
        }
        // A merged cell holds for every row and column it spans, as a sheet's merged cells mean.
        for (int c = 0; c < cols; c++) {
          if (rows > 1) {
            downText.put(cells.size(), text);
            downRows.put(cells.size(), rows - 1);
          }
          cells.add(text);
        }
      }
      fillFromAbove(cells, downText, downRows);
      if (!cells.isEmpty()) {
        out.add(new Line(cells, row.start()));
      }
    }
    return out;
  }

  /** Where a table's {@code <tfoot>} runs in the block, from its opening tag to its close; empty where it has none. */
  private static int[] foot(String block) {
    int open = block.indexOf("<tfoot");
    if (open < 0) {
      open = block.indexOf("<TFOOT");
    }
    if (open < 0) {
      return new int[] {0, 0};
    }
    int close = block.toLowerCase(java.util.Locale.ROOT).indexOf("</tfoot", open);
    return new int[] {open, close < 0 ? block.length() : close};
  }

  /** The text of an HTML table's {@code <tfoot>}, its note ("Figures in SGD unless marked."), or "" where none. */
  static String footNote(String block) {
    int[] foot = foot(block);
    return foot[1] > foot[0] ? text(block.substring(foot[0], foot[1])) : "";
  }

  /** Adds, at the row's next columns, the cells merged down into it from a row above. */
  private static void fillFromAbove(List<String> cells, java.util.Map<Integer, String> downText,
      java.util.Map<Integer, Integer> downRows) {
    while (downRows.getOrDefault(cells.size(), 0) > 0) {
      int at = cells.size();
      downRows.merge(at, -1, Integer::sum);
      cells.add(downText.get(at));
    }
  }

  /**
   * The rows of a code block whose lines split, at runs of two or more spaces, into as many cells as its first
   * line; an empty list when any line does not, since a cell then cannot be told from its neighbour.
   */
  static List<Line> aligned(String code) {
    return split(code, true, (line, header) -> List.of(GAP.split(line.strip())));
  }

  /** The rows of a fenced block (a line of backticks or tildes, aligned columns, the closing fence), or none. */
  static List<Line> fenced(String block) {
    Matcher open = FENCE.matcher(block);
    if (!open.find()) {
      return List.of();
    }
    String body = block.substring(open.end());
    int close = body.lastIndexOf(open.group(1));
    String code = close >= 0 ? body.substring(0, close) : body;
    // A markdown pipe table pasted into a fence ("```text" over "| Office | Base |"): its bars split the cells.
    List<Line> rows = code.startsWith("|") ? pipeRows(DELIMITER_ROW.matcher(code)
        .replaceAll(rule -> " ".repeat(rule.group().length()))) : aligned(code);
    List<Line> out = new ArrayList<>();
    for (Line l : rows) {
      out.add(new Line(l.cells(), open.end() + l.offset()));
    }
    return out;
  }

  /**
   * The rows of a table in Confluence wiki markup, a header row between double pipes and rows between single ones
   * ("||Location||Base salary||" over "|Zürich (HQ)|CHF 145'000 – 175'000|"), or none.
   */
  static List<Line> wiki(String block) {
    if (!block.startsWith("||") && !block.startsWith("^")) {
      return List.of();
    }
    // Trac and MoinMoin write every row between double pipes, a header cell "||= Office =||" or "||'''Office'''||";
    // DokuWiki its header between carets, "^ Site ^ Base ^", over "| Basel (HQ) | … |".
    return split(block, false, (line, header) -> {
      String t = line.strip();
      boolean doubled = t.startsWith("||");
      if (!t.startsWith("|") && !t.startsWith("^")) {
        return null;
      }
      Pattern bar = t.startsWith("^") ? DOKU_CELL : doubled ? WIKI_HEADER : WIKI_CELL;
      List<String> cells = cells(bar.split(t.substring(doubled ? 2 : 1), -1));
      if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      cells.replaceAll(c -> c.startsWith("=") || c.startsWith("'''")
          ? WIKI_HEADER_MARKS.matcher(c).replaceAll("$1").strip() : c);
      return cells;
    });
  }

  /** DokuWiki's cell bars: a caret heads a cell, a pipe holds one. */
  private static final Pattern DOKU_CELL = Pattern.compile("[\\^|]");
  /** A header cell's marks, "= Office =" (Trac) or "'''Office'''" (bold in MoinMoin and Trac): no part of its name. */
  private static final Pattern WIKI_HEADER_MARKS = Pattern.compile("^(?:=|''')\\s*(.*?)\\s*(?:=|''')?$");

  /**
   * A border drawn with dashes or equals signs, crossed by plus signs or pipes: "+----+----+", "+====+", "|---+---|",
   * a database client's "-----+------" under its header, or box-drawing lines ("├────┼────┤") once those are mapped.
   */
  private static final Pattern BORDER = Pattern.compile("\\s*[+|]?[-=+|:]*[-=]\\+[-=+|:]*[+|]?\\s*|\\s*[+|][-=:]+[+|]\\s*");
  /** Box-drawing lines and crossings, read as a border's dashes and pluses; its bars as pipes. */
  private static final String BOX_LINES = "─━═";
  private static final String BOX_CROSSINGS = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫";
  private static final String BOX_BARS = "│┃║";

  /**
   * The rows of a table drawn with borders, as a database client, an ASCII or reStructuredText grid table, an Emacs
   * org table or a box-drawing one writes it ("+----+----+" or "|----+----|" lines around "| Austin | $150K–$180K |"
   * rows; psql's rows without outer pipes over "-----+-----"), or none. Lines before the first row or after the last
   * ("mysql> SELECT …", "(3 rows)", "#+TBLFM: …") are no rows.
   */
  static List<Line> bordered(String block) {
    boolean box = false;
    for (int i = 0; i < block.length() && !box; i++) {
      box = BOX_LINES.indexOf(block.charAt(i)) >= 0;
    }
    if (!box && !block.contains("-+") && !block.contains("=+")) {
      return List.of();
    }
    String text = box ? boxAsAscii(block) : block;
    String[] lines = text.split("\n", -1);
    List<Line> out = new ArrayList<>();
    // For each row, whether a border stood right above it: a grid table rules off every row, so lines with no
    // border between them are one row's cell text wrapped ("$170K–" over "$205K").
    List<Boolean> ruledAbove = new ArrayList<>();
    boolean border = false;
    int borders = 0;
    int trailing = 0;
    int offset = 0;
    for (String line : lines) {
      String t = line.strip();
      int at = offset;
      offset += line.length() + 1;
      if (t.isEmpty()) {
        continue;
      }
      if (BORDER.matcher(t).matches()) {
        borders += out.isEmpty() && borders == 0 ? 0 : 1;
        border = true;
        continue;
      }
      List<String> cells = t.indexOf('|') < 0 ? null : cells(WIKI_CELL.split(
          t.substring(t.startsWith("|") ? 1 : 0, t.endsWith("|") ? t.length() - 1 : t.length()), -1));
      boolean row = cells != null && cells.size() >= 3 && (out.isEmpty() || cells.size() == out.get(0).cells().size());
      if (!row || trailing > 0) {
        // A caption or a command before the rows; a count or a formula after them; nothing else between.
        if (!out.isEmpty()) {
          trailing++;
        }
        if (row) {
          return List.of();
        }
        continue;
      }
      // A database client's header is written for machines: "rsu_per_year" is "rsu per year".
      out.add(new Line(out.isEmpty() ? cells.stream().map(TextTables::machineHeader).toList() : cells, at));
      ruledAbove.add(border);
      border = false;
    }
    return out.size() >= 2 && borders >= 1 ? wrappedRowsJoined(out, ruledAbove) : List.of();
  }

  /** A grid table's rows with each wrapped row's lines joined cell by cell; the rows as they are in any other table. */
  private static List<Line> wrappedRowsJoined(List<Line> rows, List<Boolean> ruledAbove) {
    boolean grid = false;
    for (int i = 2; i < rows.size() && !grid; i++) {
      grid = ruledAbove.get(i);
    }
    if (!grid) {
      return rows;
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Line row = rows.get(i);
      if (i > 1 && !ruledAbove.get(i)) {
        Line last = out.remove(out.size() - 1);
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < last.cells().size(); c++) {
          String more = c < row.cells().size() ? row.cells().get(c).strip() : "";
          String was = last.cells().get(c).strip();
          // "$170K–" then "$205K": a range's dash ends the line it wraps, so no space goes between.
          joined.add(more.isEmpty() ? was : was.isEmpty() ? more
              : was.endsWith("–") || was.endsWith("-") ? was + more : was + " " + more);
        }
        out.add(new Line(joined, last.offset()));
      } else {
        out.add(row);
      }
    }
    return out;
  }

  /** A box-drawing table as its ASCII twin, each character in its place: lines are dashes, crossings pluses, bars pipes. */
  private static String boxAsAscii(String block) {
    StringBuilder out = new StringBuilder(block.length());
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      out.append(BOX_LINES.indexOf(c) >= 0 ? '-' : BOX_CROSSINGS.indexOf(c) >= 0 ? '+' : BOX_BARS.indexOf(c) >= 0 ? '|' : c);
    }
    return out.toString();
  }

  /**
   * The rows of an AsciiDoc table between its "|===" lines: the first line's cells are the header and say how many
   * columns there are; the cells after it, one a line or several to a line ("|Singapore (HQ)" then "|S$96,000–…"),
   * fill the rows in turn; or none.
   */
  static List<Line> asciiDoc(String block) {
    // "The pay table is below |===": no line opens with the mark, so no table.
    int open = block.startsWith("|===") ? 0 : block.indexOf("\n|===") + 1;
    if (open <= 0 && !block.startsWith("|===") || block.indexOf("|===", open + 4) < 0) {
      return List.of();
    }
    int close = block.indexOf("|===", open + 4);
    int bodyStart = block.indexOf('\n', open) + 1;
    if (bodyStart <= 0 || close < bodyStart) {
      return List.of();
    }
    List<Line> out = new ArrayList<>();
    List<String> row = new ArrayList<>();
    int width = 0;
    int rowAt = 0;
    int offset = bodyStart;
    for (String line : block.substring(bodyStart, close).split("\n", -1)) {
      int at = offset;
      offset += line.length() + 1;
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!t.startsWith("|")) {
        return List.of();
      }
      for (String cell : t.substring(1).split("\\|", -1)) {
        if (row.isEmpty()) {
          rowAt = at;
        }
        row.add(cell.strip());
      }
      if (width == 0) {
        // The header is the first line, whatever its cells.
        width = row.size();
      }
      if (row.size() >= width) {
        if (row.size() > width) {
          return List.of();
        }
        out.add(new Line(List.copyOf(row), rowAt));
        row.clear();
      }
    }
    return row.isEmpty() && width >= 3 && out.size() >= 2 ? out : List.of();
  }

  /** A reStructuredText simple table's rule: runs of equals signs split by spaces ("=====  ======  ====="). */
  private static final Pattern RULE = Pattern.compile("=+(?: +=+)+ *");

  /**
   * The rows of a reStructuredText simple table: rules of equals signs above and under the header and under the last
   * row, each column as wide as its run in the rule ("Office           Base salary …"), or none.
   */
  static List<Line> ruled(String block) {
    if (!block.startsWith("==")) {
      return List.of();
    }
    String[] lines = block.split("\n", -1);
    if (!RULE.matcher(lines[0].stripTrailing()).matches()) {
      return List.of();
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines[0].length(); i++) {
      if (lines[0].charAt(i) == '=' && (i == 0 || lines[0].charAt(i - 1) == ' ')) {
        starts.add(i);
      }
    }
    List<Line> out = new ArrayList<>();
    int offset = 0;
    for (String line : lines) {
      int at = offset;
      offset += line.length() + 1;
      if (line.isBlank() || RULE.matcher(line.stripTrailing()).matches()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < starts.size(); c++) {
        int from = Math.min(starts.get(c), line.length());
        int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
        if (c + 1 < starts.size() && to < line.length() && to > 0 && line.charAt(to - 1) != ' ') {
          // Text running across a column's edge: the columns are not where the rule says.
          return List.of();
        }
        cells.add(line.substring(from, to).strip());
      }
      out.add(new Line(cells, at));
    }
    return out.size() >= 2 && starts.size() >= 3 ? out : List.of();
  }

  /** A LaTeX command wrapping a cell's text: "\\textbf{Boston}", "\\emph{…}". */
  private static final Pattern LATEX_WRAP = Pattern.compile("\\\\(?:textbf|textit|emph|text|mbox)\\{([^{}]*)\\}");

  /**
   * The rows of a LaTeX tabular ("Location & Base & … \\\\", "\\hline" between), a row a line ending in two
   * backslashes, "\\$" a dollar, "\\," a thin space between thousands and "--" a range's dash, or none; the
   * table's commands are no row.
   */
  static List<Line> latex(String block) {
    List<Line> out = new ArrayList<>();
    int offset = 0;
    for (String line : block.split("\n", -1)) {
      int at = offset;
      offset += line.length() + 1;
      String t = line.strip();
      if (t.indexOf('&') < 0 || !t.endsWith("\\\\") && !t.contains("\\\\ ")) {
        continue;
      }
      t = t.substring(0, t.indexOf("\\\\")).strip();
      List<String> cells = new ArrayList<>();
      for (String cell : t.split("(?<!\\\\)&", -1)) {
        String c = LATEX_WRAP.matcher(cell).replaceAll("$1").replace("\\$", "$").replace("\\%", "%")
            .replace("\\&", "&").replace("\\,", ",").replace("---", "—").replace("--", "–").replace('~', ' ');
        cells.add(c.strip());
      }
      out.add(new Line(cells, at));
    }
    return out.size() >= 2 && out.get(0).cells().size() >= 2 ? out : List.of();
  }

  /** A reStructuredText list-table's row ("* - Zürich (HQ)") or its next cell ("  - CHF 150,000–175,000"). */
  private static final Pattern LIST_CELL = Pattern.compile("^(\\s*)(\\*\\s+)?-\\s+(.*)$");

  /**
   * The rows of a reStructuredText list-table's body ("* - Office" then "  - Base salary", a row a star, a cell a
   * dash, a cell's further lines indented under it), or none.
   */
  static List<Line> listTable(String block) {
    List<Line> out = new ArrayList<>();
    List<String> row = null;
    int rowAt = 0;
    int offset = 0;
    for (String line : block.split("\n", -1)) {
      int at = offset;
      offset += line.length() + 1;
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LIST_CELL.matcher(line);
      if (m.matches() && m.group(2) != null) {
        if (row != null) {
          out.add(new Line(List.copyOf(row), rowAt));
        }
        row = new ArrayList<>();
        rowAt = at;
        row.add(m.group(3).strip());
      } else if (m.matches() && row != null) {
        row.add(m.group(3).strip());
      } else if (row != null && !row.isEmpty()) {
        row.set(row.size() - 1, (row.get(row.size() - 1) + " " + line.strip()).strip());
      } else {
        return List.of();
      }
    }
    if (row != null) {
      out.add(new Line(List.copyOf(row), rowAt));
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** Pandoc's column rule: runs of dashes, one a column, spaces between ("-------  --------  -----"). */
  private static final Pattern DASH_RULE = Pattern.compile(" *-{3,}(?: +-{3,})+ *");
  /** Pandoc's frame above and under a multiline table: one run of dashes. */
  private static final Pattern DASH_FRAME = Pattern.compile(" *-{10,} *");

  /**
   * The rows of a Pandoc simple table (its header over a rule of dashes a column, a row a line) or multiline table
   * (framed by lines of dashes, rows apart by blank lines, a cell running over lines), or none. Each column starts
   * where its run of dashes does.
   */
  static List<Line> dashRuled(String block) {
    String[] lines = block.split("\n", -1);
    boolean framed = lines.length > 0 && DASH_FRAME.matcher(lines[0]).matches();
    int rule = -1;
    for (int i = framed ? 1 : 0; i < Math.min(lines.length, framed ? 5 : 4); i++) {
      if (DASH_RULE.matcher(lines[i]).matches()) {
        rule = i;
        break;
      }
    }
    if (rule < (framed ? 2 : 1)) {
      return List.of();
    }
    List<Integer> starts = new ArrayList<>();
    String r = lines[rule];
    for (int i = 0; i < r.length(); i++) {
      if (r.charAt(i) == '-' && (i == 0 || r.charAt(i - 1) == ' ')) {
        starts.add(i);
      }
    }
    List<Line> out = new ArrayList<>();
    int[] offsets = new int[lines.length];
    for (int i = 1; i < lines.length; i++) {
      offsets[i] = offsets[i - 1] + lines[i - 1].length() + 1;
    }
    out.add(new Line(columnsOf(lines, framed ? 1 : 0, rule, starts), offsets[framed ? 1 : 0]));
    int from = -1;
    for (int i = rule + 1; i <= lines.length; i++) {
      boolean end = i == lines.length || lines[i].isBlank() || DASH_FRAME.matcher(lines[i]).matches();
      if (!end && (from < 0 || !framed)) {
        if (!framed) {
          // A row whose cell runs past its column's start ("RM 12,000 - RM 16,000  RM 182,000 …" pasted from a
          // sheet): where gaps of two spaces split it into one piece a column, the gaps are the cells' edges.
          String[] pieces = GAP.split(lines[i].strip());
          out.add(new Line(pieces.length == starts.size() ? List.of(pieces)
              : columnsOf(lines, i, i + 1, starts), offsets[i]));
          continue;
        }
        from = i;
      } else if (end && from >= 0) {
        out.add(new Line(columnsOf(lines, from, i, starts), offsets[from]));
        from = -1;
      }
      if (i < lines.length && DASH_FRAME.matcher(lines[i]).matches()) {
        break;
      }
    }
    return out.size() >= 2 && starts.size() >= 2 ? out : List.of();
  }

  /** The cells of lines [from, to) cut where the columns start, each column's pieces joined by a space. */
  private static List<String> columnsOf(String[] lines, int from, int to, List<Integer> starts) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < starts.size(); c++) {
      StringBuilder cell = new StringBuilder();
      for (int i = from; i < to; i++) {
        String line = lines[i];
        int a = Math.min(starts.get(c), line.length());
        int b = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
        String piece = line.substring(a, b).strip();
        if (!piece.isEmpty()) {
          cell.append(cell.length() > 0 ? " " : "").append(piece);
        }
      }
      cells.add(cell.toString());
    }
    return cells;
  }

  /**
   * The rows of a MediaWiki table ("{| class=wikitable", "! City !! Base", "|-", "| Sydney || A$125,000–…",
   * "|}"), a row's cells on one line between double bars or one a line, or none; its caption ("|+ …") is no row.
   */
  static List<Line> mediaWiki(String block) {
    if (!block.startsWith("{|")) {
      return List.of();
    }
    List<Line> out = new ArrayList<>();
    List<String> row = null;
    int rowAt = 0;
    int offset = 0;
    for (String line : block.split("\n", -1)) {
      int at = offset;
      offset += line.length() + 1;
      String t = line.strip();
      boolean header = t.startsWith("!");
      if (t.startsWith("|-") || t.startsWith("|}")) {
        if (row != null && !row.isEmpty()) {
          out.add(new Line(row, rowAt));
        }
        row = null;
      } else if (header || t.startsWith("|") && !t.startsWith("|+")) {
        if (row == null) {
          row = new ArrayList<>();
          rowAt = at;
        }
        for (String cell : t.substring(1).split(header ? "!!|\\|\\|" : "\\|\\|", -1)) {
          row.add(cell.strip());
        }
      }
    }
    if (row != null && !row.isEmpty()) {
      out.add(new Line(row, rowAt));
    }
    boolean even = out.size() >= 2 && out.stream().allMatch(l -> l.cells().size() == out.get(0).cells().size());
    return even && out.get(0).cells().size() >= 3 ? out : List.of();
  }

  /**
   * The rows of pipe lines pasted without the line of dashes under their header ("| Location | Base | … |" over
   * "| Austin | $150K–$180K | … |"), which the parser reads as a paragraph: every line opens and closes with a pipe
   * and has as many cells as the first (three or more), or none.
   */
  static List<Line> pipeRows(String block) {
    // A caption line or two may run straight into the rows: "Bands (SGD, per year):" then "| **Location** | …".
    int start = block.startsWith("|") ? 0 : block.indexOf("\n|") + 1;
    if (start < 0 || block.startsWith("||", start) || block.substring(0, start).chars().filter(c -> c == '\n').count() > 2) {
      return List.of();
    }
    List<Line> rows = split(block.substring(start), true, (line, header) -> {
      String t = line.strip();
      return t.length() < 3 || !t.startsWith("|") || !t.endsWith("|") ? null
          : cells(WIKI_CELL.split(t.substring(1, t.length() - 1), -1));
    });
    return rows.stream().map(l -> new Line(l.cells(), l.offset() + start)).toList();
  }

  /**
   * The rows of a paragraph pasted from a sheet with tabs between its cells, every line as many cells as the first
   * (three or more), or none.
   */
  static List<Line> tabbed(String block) {
    if (block.indexOf('\t') < 0) {
      return List.of();
    }
    return split(block, true, (line, header) -> cells(line.split("\t", -1)));
  }

  /**
   * The rows of a sheet exported as CSV, fenced (```csv) or as plain lines: cells split at semicolons (a European
   * export) or at commas outside double quotes, every line as many cells as the first (three or more), or none. A
   * header written for machines reads as words: "base_min" is "base min", "bonus_pct" is "bonus %".
   */
  static List<Line> delimited(String block) {
    Matcher open = FENCE.matcher(block);
    int start = open.find() ? open.end() : 0;
    String body = block.substring(start);
    if (start > 0) {
      int close = body.lastIndexOf(open.group(1));
      body = close >= 0 ? body.substring(0, close) : body;
    }
    int firstEnd = body.indexOf('\n');
    String first = firstEnd < 0 ? body : body.substring(0, firstEnd);
    if (MONEY_IN_HEADER.matcher(first).find()) {
      // "Vancouver, BC (HQ) — base CA$128,000–…": a line per place with commas in it, never a CSV's header, which
      // names its columns and holds no figure.
      return List.of();
    }
    char sep = first.indexOf(';') >= 0 ? ';' : ',';
    List<Line> rows = split(body, true, (line, header) -> {
      List<String> cells = csvCells(line, sep);
      return header ? cells.stream().map(TextTables::machineHeader).toList() : cells;
    });
    List<Line> out = new ArrayList<>();
    for (Line l : rows) {
      out.add(new Line(l.cells(), start + l.offset()));
    }
    return out;
  }

  /** A figure of money: a currency sign before digits, or thousands grouped with a comma. */
  private static final Pattern MONEY_IN_HEADER = Pattern.compile("\\p{Sc}\\s?\\d|\\d,\\d{3}(?!\\d)");

  /** A line's cells split at a separator outside double quotes, the quotes dropped ("\"$128,000\"" is $128,000). */
  private static List<String> csvCells(String line, char sep) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == sep && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static final Pattern PCT = Pattern.compile("(?i)\\bpct\\b");

  /** A header cell written for machines as words: underscores are spaces, "pct" is "%". */
  private static String machineHeader(String cell) {
    return PCT.matcher(cell.replace('_', ' ')).replaceAll("%").strip();
  }

  /**
   * Each non-blank line's cells with where it starts, two lines at least; none when a line is no row ({@code cellsOf}
   * gives null) or, where the columns must be {@code even}, when a line has fewer than three cells or not as many
   * as the first (a cell could not be told from its neighbour).
   */
  private static List<Line> split(String block, boolean even, BiFunction<String, Boolean, List<String>> cellsOf) {
    List<Line> out = new ArrayList<>();
    int offset = 0;
    for (String line : block.split("\n", -1)) {
      int at = offset;
      offset += line.length() + 1;
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = cellsOf.apply(line, out.isEmpty());
      if (cells == null || even && (cells.size() < 3 || !out.isEmpty() && cells.size() != out.get(0).cells().size())) {
        return List.of();
      }
      out.add(new Line(cells, at));
    }
    return out.size() >= 2 ? out : List.of();
  }

  private static List<String> cells(String[] written) {
    List<String> cells = new ArrayList<>(written.length);
    for (String cell : written) {
      cells.add(cell.strip());
    }
    return cells;
  }

  /** A cell's text: tags dropped, the entities a guide writes decoded, spaces folded. */
  private static String text(String html) {
    String t = TAG.matcher(html).replaceAll(" ")
        .replace("&nbsp;", " ").replace("&ndash;", "–").replace("&mdash;", "—").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&pound;", "£")
        .replace("&euro;", "€").replace("&yen;", "¥").replace("&amp;", "&");
    return t.replaceAll("\\s+", " ").strip();
  }
}
