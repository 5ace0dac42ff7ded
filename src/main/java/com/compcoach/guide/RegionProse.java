package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import com.compcoach.money.DecimalMark;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a region written as a bullet or a paragraph instead of a table row: "**Denver**: base $140K–$175K, equity
 * $25K–$40K a year, bonus 10%, total $200K–$260K". Each figure belongs to the component named nearest before it
 * in its clause, or right after it ("$140K–$175K base"); the words of its clause go with it, so "a year" and
 * "over four years" are read as a header's would be.
 */
final class RegionProse {

  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:\\*\\*|__)(?<bold>[^*_]+?)(?:\\*\\*|__)\\s*[:—–-]?\\s*|^\\s*(?<plain>[^:\\d$€£¥₹|]{2,60}?)\\s*(?::|\\s[—–-])\\s+");
  private static final Pattern CLAUSE_END = Pattern.compile("[;,:](?=\\s)|\\.(?=\\s|$)|\\s+and\\s+(?=[a-z\\d$€£¥₹])|[·•|]");

  /** "10 to 20 thousand in stock", "$6K of bonus": the small word before a component named after its figure. */
  private static final Pattern PART_OF = Pattern.compile("(?i)^(?:in|of|as)\\s+");

  /** A region's name and its cells, read from prose. */
  record Cells(String name, Map<Column, RegionBands.Cell> cells) {}

  private RegionProse() {}

  /** The region a text writes, or null when it is not one (no label, or no base figure and another component). */
  static Cells read(String text, ReadingRules rules, DecimalMark decimal) {
    Matcher m = LABEL.matcher(text);
    if (!m.find()) {
      return null;
    }
    String name = (m.group("bold") != null ? m.group("bold") : m.group("plain")).strip();
    while (name.endsWith(":") || name.endsWith(".")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    return cells(name, text.substring(m.end()), rules, decimal);
  }

  /** The cells a text under a known region name writes ("Base: $140K–$175K; Equity: …"), or null. */
  static Cells cells(String name, String body, ReadingRules rules, DecimalMark decimal) {
    Column named = rules.column(name);
    if (name.isEmpty() || named == Column.BASE || named == Column.STOCK || named == Column.BONUS
        || named == Column.TOTAL) {
      return null;
    }
    Map<Column, RegionBands.Cell> cells = new EnumMap<>(Column.class);
    List<Figures.Figure> figures = Figures.scan(body, decimal);
    int from = 0;
    for (Figures.Figure f : figures) {
      if (f.start() < from) {
        continue;
      }
      int end = clauseEnd(body, f.end());
      String before = body.substring(from, f.start());
      Map.Entry<Column, Integer> label = rules.lastComponentBefore(before, before.length());
      Column kind = label != null ? label.getKey() : rules.componentAtStart(
          PART_OF.matcher(body.substring(f.end(), end).strip()).replaceFirst(""));
      if (kind == null && !f.percent() && cells.containsKey(Column.BASE) && !cells.containsKey(Column.TOTAL)
          && exceedsBase(cells.get(Column.BASE), f, decimal)) {
        // "…and a 10% bonus: about $164K to $210K a year": an unlabelled sum above the base is the total.
        kind = Column.TOTAL;
      }
      if (kind != null && !cells.containsKey(kind)) {
        cells.put(kind, new RegionBands.Cell(body.substring(f.start(), end).strip(), label != null ? before.strip() : ""));
      }
      from = end;
    }
    if (!cells.containsKey(Column.BASE) || cells.size() < 2) {
      return null;
    }
    return new Cells(name, cells);
  }

  private static boolean exceedsBase(RegionBands.Cell base, Figures.Figure f, DecimalMark decimal) {
    List<Figures.Figure> b = Figures.scan(base.text(), decimal);
    return !b.isEmpty() && f.low() > b.get(0).low() && f.high() > b.get(0).high();
  }

  private static int clauseEnd(String body, int from) {
    Matcher m = CLAUSE_END.matcher(body);
    return m.find(from) ? m.start() : body.length();
  }
}
