package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pay table with a Level column beside its regions ("Pittsburgh | IC3 …", "Pittsburgh | IC4 …"): a guide is for
 * one role, so each region keeps the row of the level its title names ("Senior Controls Engineer (IC4)"). A region
 * with rows for several levels and none the title names is an error, never a silent pick of the first row.
 */
final class LevelRows {

  /** The rows to read as the band, and what lint says about the choice. */
  record Chosen(List<PayTable.Row> rows, List<Finding> findings) {}

  private LevelRows() {}

  /**
   * The rows of the level the role names, where some region has rows for several levels; otherwise the rows as
   * they are.
   *
   * @param roleNames the names the guide gives its role, surest first (title and frontmatter, then file name)
   */
  static Chosen of(String path, List<String> header, List<PayTable.Row> rows, int region, List<String> roleNames,
      ReadingRules rules) {
    int level = levelColumn(header, region, rules);
    if (level < 0) {
      return new Chosen(rows, List.of());
    }
    rows = regionsFilledDown(rows, region, level);
    Map<String, List<PayTable.Row>> byRegion = new LinkedHashMap<>();
    for (PayTable.Row row : rows) {
      byRegion.computeIfAbsent(cell(row, region).replace("**", "").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(row);
    }
    if (byRegion.values().stream().allMatch(r -> r.size() < 2)) {
      return new Chosen(rows, List.of());
    }
    Set<String> levels = new LinkedHashSet<>();
    rows.forEach(r -> levels.add(cell(r, level)));
    List<String> named = List.of();
    for (String role : roleNames) {
      named = levels.stream().filter(l -> !l.isEmpty() && names(role, l)).toList();
      if (!named.isEmpty()) {
        break;
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (named.size() != 1) {
      findings.add(Finding.error(path, rows.get(0).line(), "the pay table has rows for levels "
          + String.join(", ", levels) + " in one region, and the title names " + (named.isEmpty() ? "none of them"
              : "several (" + String.join(", ", named) + ")") + ": name the one level this guide is for in its title, "
          + "as in 'Senior Engineer (" + levels.iterator().next() + ")'"));
      return new Chosen(rows, findings);
    }
    String chosen = named.get(0);
    List<PayTable.Row> kept = new ArrayList<>();
    for (List<PayTable.Row> regionRows : byRegion.values()) {
      List<PayTable.Row> atLevel = regionRows.stream().filter(r -> cell(r, level).equals(chosen)).toList();
      if (atLevel.isEmpty()) {
        PayTable.Row first = regionRows.get(0);
        findings.add(Finding.warning(path, first.line(), "'" + cell(first, region) + "' has no row for " + chosen
            + ", the level this guide is for: left out"));
        continue;
      }
      kept.add(atLevel.get(0));
    }
    findings.add(Finding.info(path, rows.get(0).line(), "the pay table has rows for levels " + String.join(", ", levels)
        + ": read the " + chosen + " rows, the level the title names"));
    return new Chosen(List.copyOf(kept), findings);
  }

  /**
   * The rows with a blank region cell given the region above it, as a sheet with merged region cells pastes:
   * "| Seattle (HQ) | L4 | … |" then "| | L5 | … |" (a row with a level and no region is the region above's).
   */
  private static List<PayTable.Row> regionsFilledDown(List<PayTable.Row> rows, int region, int level) {
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    String above = "";
    for (PayTable.Row row : rows) {
      String name = cell(row, region);
      if (name.isEmpty() && !above.isEmpty() && !cell(row, level).isEmpty() && region < row.cells().size()) {
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(region, above);
        row = new PayTable.Row(List.copyOf(cells), row.line());
      } else if (!name.isEmpty()) {
        above = name;
      }
      out.add(row);
    }
    return out;
  }

  private static int levelColumn(List<String> header, int region, ReadingRules rules) {
    for (int i = 0; i < header.size(); i++) {
      if (i != region && rules.column(header.get(i)) == Column.LEVEL) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the role's words name a level as a whole word ("IC4" in "Senior Controls Engineer (IC4)"). */
  /** Whether a text names a word or phrase whole: the role "Senior Engineer (IC4)" names the level "IC4". */
  static boolean names(String role, String level) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(level) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(role).find();
  }

  private static String cell(PayTable.Row row, int index) {
    return index >= 0 && index < row.cells().size() ? row.cells().get(index).strip() : "";
  }
}
