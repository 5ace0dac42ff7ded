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

  /** The rows to read as the band, and what lint says about the choice; the header names its level column so. */
  record Chosen(List<String> header, List<PayTable.Row> rows, List<Finding> findings) {}

  /** A level written as a code: "B3", "P4", "M-2", "IC5". */
  private static final Pattern LEVEL_CODE = Pattern.compile("(?i)[a-z]{1,3}[- ]?\\d{1,2}");
  /** A level said in words: "Senior", "Staff", "Level 4", "Grade 7", "II". */
  private static final Pattern LEVEL_WORDS = Pattern.compile("(?i)(?:junior|jr\\.?|mid(?:-level)?|intermediate|senior"
      + "|sr\\.?|staff|principal|lead|associate|entry(?:-level)?|distinguished|(?:level|grade|band)\\s+\\w{1,3}"
      + "|i{1,3}|iv|v)");

  /** Whether a text is only a level, as a code ("L4", "IC5") or in words ("Senior", "Level 4"). */
  static boolean namesLevel(String text) {
    String t = text.strip();
    return LEVEL_CODE.matcher(t).matches() || LEVEL_WORDS.matcher(t).matches();
  }

  /** A header over such codes that names bands, not money: "Band", "Pay band", "Job band". */
  private static final Pattern BAND_HEADER = Pattern.compile("(?i)^(?:pay |job |salary |career )?bands?$");
  /** A place and its level in one cell: "Seattle (HQ) – L5", "Austin / IC4", "Berlin · Level 3", "Denver (L4)". */
  private static final Pattern PLACE_AND_LEVEL = Pattern.compile(
      "(?i)^(?<place>.+?)\\s*(?:(?:[–—·/|]|\\s-)\\s*(?<level>(?:level\\s*\\d{1,2})|[a-z]{1,3}[- ]?\\d{1,2})"
          + "|\\((?<bracketed>(?:level\\s*\\d{1,2})|[a-z]{1,3}[- ]?\\d{1,2})\\))$");

  /** A level's code in a role's name: "L5" in "Senior Scientist (L5)", "IC-3". */
  private static final Pattern ROLE_CODE = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Za-z]{1,3})[- ]?(\\d{1,2})"
      + "(?![\\p{L}\\p{N}])");
  /** A span of levels: "L4–L5", "L4 - L6", "IC1 to IC3", "L6+", "L7 and above". */
  private static final Pattern SPAN = Pattern.compile("(?i)([a-z]{1,3})[- ]?(\\d{1,2})(?:\\s*(?:[–—-]|to|through)\\s*"
      + "(?:([a-z]{1,3})[- ]?)?(\\d{1,2})|\\s*(\\+|and\\s+(?:above|up|higher)|or\\s+(?:above|higher)))?");

  /** Level cells as spans of one letter code's numbers, where every cell is one ("L4–L5", "L6+", "L3"). */
  private record Spans(String letters, Map<String, int[]> spans) {
    static Spans of(Set<String> levels) {
      String letters = null;
      Map<String, int[]> spans = new LinkedHashMap<>();
      for (String level : levels) {
        if (level.isEmpty()) {
          continue;
        }
        java.util.regex.Matcher m = SPAN.matcher(level);
        if (!m.matches() || m.group(3) != null && !m.group(3).equalsIgnoreCase(m.group(1))
            || letters != null && !letters.equalsIgnoreCase(m.group(1))) {
          return null;
        }
        letters = m.group(1);
        int low = Integer.parseInt(m.group(2));
        int high = m.group(4) != null ? Integer.parseInt(m.group(4)) : m.group(5) != null ? Integer.MAX_VALUE : low;
        if (high < low) {
          return null;
        }
        spans.put(level, new int[] {low, high});
      }
      return letters == null ? null : new Spans(letters, spans);
    }

    /** The level cells whose span holds a level's number. */
    List<String> holding(int n) {
      return spans.entrySet().stream().filter(e -> e.getValue()[0] <= n && n <= e.getValue()[1]).map(Map.Entry::getKey)
          .toList();
    }
  }

  private LevelRows() {}

  /**
   * The rows of the level the role names, where some region has rows for several levels; otherwise the rows as
   * they are.
   *
   * @param roleNames the names the guide gives its role, surest first (title and frontmatter, then file name)
   */
  static Chosen of(String path, List<String> header, List<PayTable.Row> rows, int region, List<String> roleNames,
      String roleTitle, String text, ReadingRules rules) {
    int column = levelColumn(header, region, rules);
    if (column < 0) {
      column = bandCodes(header, rows, region, rules);
      List<PayTable.Row> split = column < 0 ? placeAndLevel(rows, region) : null;
      if (split != null) {
        List<String> named = new ArrayList<>(header);
        named.add(region + 1, "Level");
        return of(path, List.copyOf(named), split, region, roleNames, roleTitle, text, rules);
      }
      if (column < 0) {
        return new Chosen(header, rows, List.of());
      }
      List<String> named = new ArrayList<>(header);
      named.set(column, "Level (" + header.get(column).strip() + ")");
      header = List.copyOf(named);
    }
    int level = column;
    rows = regionsFilledDown(rows, region, level);
    Map<String, List<PayTable.Row>> byRegion = new LinkedHashMap<>();
    for (PayTable.Row row : rows) {
      byRegion.computeIfAbsent(cell(row, region).replace("**", "").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(row);
    }
    if (byRegion.values().stream().allMatch(r -> r.size() < 2)) {
      return new Chosen(header, rows, List.of());
    }
    Set<String> levels = new LinkedHashSet<>();
    rows.forEach(r -> levels.add(cell(r, level)));
    List<String> named = List.of();
    for (String role : roleNames) {
      List<String> all = levels.stream().filter(l -> !l.isEmpty() && names(role, l)).toList();
      // "Senior Scientist" names "Senior Scientist" and, within it, "Scientist": the longer level the role names
      // whole is its level, the shorter a part of its name.
      named = all.stream().filter(l -> all.stream().noneMatch(m -> m.length() > l.length() && names(m, l))).toList();
      if (!named.isEmpty()) {
        break;
      }
    }
    String missing = null;
    if (named.isEmpty() && levels.stream().anyMatch(l -> !l.isEmpty() && !LEVEL_CODE.matcher(l).matches())) {
      // "L4–L5", "L6+": the role's code ("Senior Scientist (L5)") falls in the one span that holds it.
      Spans spans = Spans.of(levels);
      if (spans != null) {
        for (String role : roleNames) {
          java.util.regex.Matcher code = ROLE_CODE.matcher(role);
          while (named.isEmpty() && code.find()) {
            if (code.group(1).equalsIgnoreCase(spans.letters())) {
              int n = Integer.parseInt(code.group(2));
              named = spans.holding(n);
              missing = named.isEmpty() ? code.group() : null;
            }
          }
          if (!named.isEmpty()) {
            break;
          }
        }
      }
    }
    if (named.isEmpty() && missing == null && levels.stream().allMatch(l -> l.isEmpty() || LEVEL_CODE.matcher(l).matches())) {
      // "Senior Scientist (L7)" over rows for L4, L5 and L6: the role's level is in no row, which says so.
      List<String> codes = levels.stream().filter(l -> !l.isEmpty()).toList();
      String letters = codes.isEmpty() ? null : codes.get(0).replaceAll("[\\d\\s-]", "");
      if (letters != null && codes.stream().allMatch(l -> l.replaceAll("[\\d\\s-]", "").equalsIgnoreCase(letters))) {
        for (String role : roleNames) {
          java.util.regex.Matcher code = ROLE_CODE.matcher(role);
          while (missing == null && code.find()) {
            missing = code.group(1).equalsIgnoreCase(letters) ? code.group() : null;
          }
        }
      }
    }
    String said = null;
    if (named.isEmpty()) {
      said = saidInProse(text, levels, rules);
      named = said == null ? List.of() : List.of(said);
    }
    List<Finding> findings = new ArrayList<>();
    if (named.isEmpty() && missing != null) {
      findings.add(Finding.error(path, rows.get(0).line(), "the guide is for level " + missing + ", the level its role"
          + " names, but the table's levels (" + String.join(", ", levels) + ") have no row for " + missing + ": add"
          + " its row, or write the role's level as the table names it"));
      return new Chosen(header, rows, findings);
    }
    if (named.size() != 1) {
      String place = byRegion.values().stream().filter(r -> r.size() > 1).findFirst()
          .map(r -> cell(r.get(0), region)).orElse("");
      findings.add(Finding.error(path, rows.get(0).line(), LevelRows.unnamed("the pay table gives "
          + (place.isEmpty() ? "a place" : "'" + place + "'") + " a row for each level", roleTitle, List.copyOf(levels), named)));
      return new Chosen(header, rows, findings);
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
        + ": read the " + chosen + " rows, the level " + (said == null ? "the title names" : "a sentence names")));
    return new Chosen(header, List.copyOf(kept), findings);
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

  /**
   * The rows with their place cell split into the place and a level cell after it, where every place cell holds
   * both ("Seattle (HQ) – L5") and some place has rows for two levels; null otherwise.
   */
  private static List<PayTable.Row> placeAndLevel(List<PayTable.Row> rows, int region) {
    List<PayTable.Row> out = new ArrayList<>(rows.size());
    Map<String, Set<String>> levels = new LinkedHashMap<>();
    for (PayTable.Row row : rows) {
      String name = cell(row, region);
      java.util.regex.Matcher m = PLACE_AND_LEVEL.matcher(name.replace("**", ""));
      if (name.isEmpty() || !m.matches()) {
        return null;
      }
      String level = m.group("level") != null ? m.group("level") : m.group("bracketed");
      levels.computeIfAbsent(m.group("place").strip().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
          .add(level);
      List<String> cells = new ArrayList<>(row.cells());
      cells.set(region, m.group("place").strip());
      cells.add(region + 1, level.strip());
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    // Levels share their letters ("L4", "L5"); "London (EC2)" beside "London (W1)" names two offices, not levels.
    Set<String> letters = new LinkedHashSet<>();
    levels.values().forEach(l -> l.forEach(code -> letters.add(code.replaceAll("[\\d\\s-]", "").toLowerCase(Locale.ROOT))));
    return letters.size() == 1 && levels.values().stream().anyMatch(l -> l.size() > 1) ? out : null;
  }

  /**
   * A column headed "Band" whose every cell is a level's code ("B2", "B3"): a level column in other words. A "Band"
   * column of money ("$120K–$150K") is the range, never this.
   */
  private static int bandCodes(List<String> header, List<PayTable.Row> rows, int region, ReadingRules rules) {
    for (int i = 0; i < header.size(); i++) {
      if (i == region || !BAND_HEADER.matcher(header.get(i).replace("*", "").strip()).matches()) {
        continue;
      }
      int at = i;
      if (rows.stream().allMatch(r -> cell(r, at).isEmpty() || LEVEL_CODE.matcher(cell(r, at)).matches())
          && rows.stream().anyMatch(r -> !cell(r, at).isEmpty())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The one level a sentence outside the tables says the role is at ("Senior Analysts are hired into band B3."), or
   * null: none, or sentences naming different levels.
   */
  private static String saidInProse(String text, Set<String> levels, ReadingRules rules) {
    String found = null;
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.startsWith("|") || t.startsWith("<") || t.indexOf('\t') >= 0) {
        continue;
      }
      for (String sentence : t.split("(?<=[.;!?])\\s+")) {
        List<String> in = levels.stream().filter(l -> !l.isEmpty() && names(sentence, l)).toList();
        if (in.size() == 1 && rules.saysLevel(sentence)) {
          if (found != null && !found.equals(in.get(0))) {
            return null;
          }
          found = in.get(0);
        }
      }
    }
    return found;
  }

  private static int levelColumn(List<String> header, int region, ReadingRules rules) {
    for (int i = 0; i < header.size(); i++) {
      if (i != region && rules.column(header.get(i)) == Column.LEVEL) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What to change when a guide's pay is by level and nothing says which level it is for: the one error every way of
   * writing levels raises, so it reads the same wherever the levels stand.
   *
   * @param what  the table as the reader saw it ("the pay table gives 'Austin' a row for each level")
   * @param role  the role as read, to write the level into
   * @param named the levels the role names, when it names several
   */
  static String unnamed(String what, String role, List<String> levels, List<String> named) {
    String last = levels.get(levels.size() - 1);
    return what + " (" + String.join(", ", levels) + "), and " + (named.size() > 1 ? "the role names several of them ("
        + String.join(", ", named) + ")" : "neither the title, the frontmatter's role nor the file name says which")
        + ": a guide serves one role at one level. Write the level into the role, in the title ('# " + role + " ("
        + last + ")') or the frontmatter ('role: " + role + " (" + last + ")'), or keep only that level's rows and put"
        + " the others in a guide of their own";
  }

  /** Whether a text names a word or phrase whole: the role "Senior Engineer (IC4)" names the level "IC4". */
  static boolean names(String role, String level) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(level) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(role).find();
  }

  private static String cell(PayTable.Row row, int index) {
    return index >= 0 && index < row.cells().size() ? row.cells().get(index).strip() : "";
  }
}
