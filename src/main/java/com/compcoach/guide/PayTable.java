package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pay table: a table whose header names a base column (base, salary…) in any order and words, with
 * regions down the first or a named column; or the same table turned on its side (components down the first
 * column, one region per column). Each region's cells go to {@link RegionBands}.
 */
final class PayTable {

  /**
   * Which column holds what; -1 where the table has no such column; {@code unknown} lists unnamed columns,
   * {@code perEvent} bonus columns paid once for an event ("Exam bonus"), never the yearly bonus.
   */
  record Columns(int region, int base, int stock, int bonus, int total, int currency, int target, int mix,
      boolean baseAlone, List<Integer> unknown, List<Integer> perEvent) {

    static Columns of(List<String> header, ReadingRules rules) {
      Map<Column, Integer> at = new EnumMap<>(Column.class);
      List<Integer> unknown = new ArrayList<>();
      List<Integer> perEvent = new ArrayList<>();
      // "| Campus | Hourly base | Annualised base |": every column but the place's says base, by hour and by year.
      int otherThanBase = 0;
      for (int i = 0; i < header.size(); i++) {
        Column kind = rules.column(header.get(i));
        if (kind != Column.BASE && kind != Column.REGION && kind != Column.IGNORED) {
          otherThanBase++;
        }
        if (kind == Column.UNKNOWN || kind == Column.IGNORED || kind == Column.LEVEL) {
          if (kind == Column.UNKNOWN) {
            unknown.add(i);
          }
          continue;
        }
        if (kind == Column.BONUS && rules.namesPerEventBonus(header.get(i))) {
          // "| Exam bonus | Annual bonus |": $2,500 per exam passed is no yearly bonus; the annual one is the bonus.
          perEvent.add(i);
          continue;
        }
        Integer held = at.putIfAbsent(kind, i);
        if (held != null && rules.midpointBracket(header.get(held)) && !rules.midpointBracket(header.get(i))) {
          // "| Bonus (avg) | Bonus |": the average is one figure of the band the unmarked column writes.
          at.put(kind, i);
        } else if (held != null && perPeriod(header.get(held), rules) && !perPeriod(header.get(i), rules)) {
          // "| Hourly rate | Annual base |", "| Sueldo mensual | Sueldo anual |": the year's figure is the band.
          at.put(kind, i);
        }
      }
      int region = at.getOrDefault(Column.REGION, -1);
      if (region < 0) {
        // The first column is the region where no header names one ("", "Level / Region", a city list).
        int first = 0;
        region = first;
        unknown.remove(Integer.valueOf(first));
      }
      int finalRegion = region;
      List<Integer> stray = unknown.stream().filter(i -> i != finalRegion).toList();
      return new Columns(region, at.getOrDefault(Column.BASE, -1), at.getOrDefault(Column.STOCK, -1),
          at.getOrDefault(Column.BONUS, -1), at.getOrDefault(Column.TOTAL, -1), at.getOrDefault(Column.CURRENCY, -1),
          at.getOrDefault(Column.TARGET, -1), at.getOrDefault(Column.PAY_MIX, -1),
          (header.size() == 2 || otherThanBase == 0 && at.containsKey(Column.REGION)) && at.containsKey(Column.BASE)
              && stray.isEmpty(), stray, List.copyOf(perEvent));
    }

    /** Whether a header says its figures are per hour, day or month, not per year. */
    private static boolean perPeriod(String header, ReadingRules rules) {
      return rules.saysPerHour(header) || rules.saysPerDay(header) || rules.saysPerMonth(header)
          || rules.weeksAYear(header) > 0;
    }

    boolean isPayTable() {
      // "| Location | Day rate |": a table of places and one pay column is a band of base alone.
      return (base >= 0 || total >= 0 && mix >= 0)
          && (total >= 0 || stock >= 0 || bonus >= 0 || baseAlone || !perEvent.isEmpty())
          && region != base;
    }
  }

  /** One body row as text, with its file line. */
  record Row(List<String> cells, int line) {

    /** The cell at a column, stripped; "" where the row has none there. */
    String cell(int i) {
      return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
    }
  }

  /** What the table gave: regions, and targets written in a target column (null where a row gives none). */
  record Result(List<Region> regions, Map<String, RowTarget> targets, List<Finding> findings) {}

  /** A target cell of a pay-table row, as written. */
  record RowTarget(String text, int line) {}

  /** A money range written with a slash ("155k / 190k") and with a dash or "to" ("$130K–$172K"). */
  private static final java.util.regex.Pattern SLASH_RANGE =
      java.util.regex.Pattern.compile("\\d[kKmM]?\\s*/\\s*\\D{0,4}\\d");
  private static final java.util.regex.Pattern DASH_RANGE = java.util.regex.Pattern.compile(
      "\\d[kKmM]?\\s*(?:[–—-]|\\bto\\b)\\s*\\D{0,4}\\d");

  /**
   * A sheet's row that sums or averages the places above it ("Grand Total", "Average", "Average across sites", "All
   * offices (average)"), or a pivot's "(blank)".
   */
  private static final java.util.regex.Pattern SUMMARY_ROW = java.util.regex.Pattern.compile(
      "(?i)(?:(?:grand total|totals?|sub-?totals?|sum|average|avg|mean|median)(?:\\s*\\([^)]{0,40}\\)"
          + "|\\s+(?:of|across|over|for)\\s.{0,40})?|\\(blank\\)"
          // "All offices (average)" sums the rows above; "All other US locations - median" is a place, every one no
          // row names (a catch-all), never dropped as a summary.
          + "|(?:all|every)\\s(?![^(—–:-]*\\b(?:other|others|else|remaining|rest)\\b)[^(—–:-]{0,30}"
          + "(?:\\(\\s*|[—–:-]\\s*)(?:average|avg|mean|median|total|sum)\\s*\\)?"
          // "US average", "UK subtotal", "EMEA mean" between groups of rows: a group's short name, then the word;
          // never "Above average", "Below average", "Near average": a tier ranked against the average is a row of
          // its own (a cost-of-labour tier was dropped as a summary).
          + "|(?![^\\n]*\\b(?:other|others|else|remaining|rest)\\b)"
          + "(?![^\\n]*\\b(?:above|below|around|near|about|under|over|than|at)\\s+(?:average|avg|mean)$)"
          + "\\p{L}[\\p{L}.&/ -]{0,24}\\s(?:average|avg|mean"
          + "|sub-?total))");
  /** A word or words in italics, "*Porto*" or "_Porto_" (a link's text as often as not); never a footnote's "Austin*". */
  private static final java.util.regex.Pattern ITALIC =
      java.util.regex.Pattern.compile("(?<![\\w*_])([*_])(?=[^\\s*_])([^*_]+?)(?<=[^\\s*_])\\1(?![\\w*_])");

  /** A place cell with its italics' marks dropped: "[*Porto*](…)" is Porto, as "[**Hamburg**](…)" is Hamburg. */
  static String unitalic(String cell) {
    // Most cells hold no mark: the pattern runs only where one is written twice.
    int star = cell.indexOf('*');
    int under = cell.indexOf('_');
    boolean twice = star >= 0 && cell.indexOf('*', star + 1) > 0 || under >= 0 && cell.indexOf('_', under + 1) > 0;
    return twice ? ITALIC.matcher(cell).replaceAll("$2") : cell;
  }

  private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[-–—─]+");

  private PayTable() {}

  /** Whether a table is a pay table turned on its side: components down the first column. */
  static boolean sideways(List<String> header, List<Row> rows, ReadingRules rules) {
    if (Columns.of(header, rules).isPayTable() || header.size() < 2) {
      return false;
    }
    boolean base = false;
    boolean other = false;
    for (Row r : rows) {
      Column c = r.cells().isEmpty() ? Column.UNKNOWN : rules.column(r.cells().get(0));
      base |= c == Column.BASE;
      other |= c == Column.TOTAL || c == Column.STOCK || c == Column.BONUS;
    }
    return base && other;
  }

  /**
   * A table with its parts down the side and a notes column among its places ("| Component | Warsaw (HQ) | Kraków |
   * Notes |"): the column dropped, and its words kept with its row's part ("RSUs" with "4y, 1y
   * cliff" is "RSUs (4y, 1y cliff)"), as a header's note would be; the table itself when it has no such column.
   */
  static List<Row> withoutNoteColumns(List<String> header, List<Row> rows, ReadingRules rules, List<String> kept) {
    List<Integer> drop = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      if (rules.column(header.get(i)) == Column.IGNORED && NOTE_HEADER.matcher(header.get(i)).matches()) {
        drop.add(i);
      }
    }
    if (drop.isEmpty()) {
      kept.addAll(header);
      return rows;
    }
    for (int i = 0; i < header.size(); i++) {
      if (!drop.contains(i)) {
        kept.add(header.get(i));
      }
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      StringBuilder notes = new StringBuilder();
      for (int i = 0; i < r.cells().size(); i++) {
        String cell = r.cells().get(i);
        if (!drop.contains(i)) {
          cells.add(cell);
        } else if (!cell.isBlank()) {
          // A cliff says the figure vests, so is a grant: "4y, 1y cliff" reads "4y, vesting".
          notes.append(notes.length() == 0 ? "" : "; ").append(HeaderNotes.plain(cell, " vesting "));
        }
      }
      if (!cells.isEmpty() && notes.length() > 0) {
        cells.set(0, cells.get(0) + " (" + notes + ")");
      }
      out.add(new Row(cells, r.line()));
    }
    return out;
  }

  /**
   * A notes cell saying its row is for remote work: "remote only", "Remote", "fully remote", "remote hires only";
   * never "remote OK" or "remote possible" beside a city, which takes remote hires too.
   */
  private static final java.util.regex.Pattern REMOTE_NOTE = java.util.regex.Pattern.compile("(?i)[\\s*_]*(?:fully\\s+"
      + "|100%\\s+|all[- ])?remote(?:\\s+only|\\s+(?:hires|roles|staff|employees)(?:\\s+only)?)?[\\s*_]*(?:[;,.(]|$)");
  private static final java.util.regex.Pattern NOTE_HEADER = java.util.regex.Pattern.compile("(?i)\\s*(?:notes?|comments?)\\s*");

  /** The table turned so that regions run down: header "Region" then the first column's labels. */
  static List<Row> turn(List<String> header, List<Row> rows, List<String> turnedHeader) {
    turnedHeader.add("Region");
    for (Row r : rows) {
      turnedHeader.add(r.cells().isEmpty() ? "" : r.cells().get(0));
    }
    List<Row> out = new ArrayList<>();
    for (int col = 1; col < header.size(); col++) {
      List<String> cells = new ArrayList<>();
      cells.add(header.get(col));
      for (Row r : rows) {
        cells.add(col < r.cells().size() ? r.cells().get(col) : "");
      }
      out.add(new Row(cells, rows.isEmpty() ? 1 : rows.get(0).line() - 2));
    }
    return out;
  }

  /** Cells of an HQ column that say a row is not the headquarters: "No", a dash, a cross. */
  private static final Set<String> NOT_HQ = Set.of("—", "-", "–", "no", "n", "✗", "✘", "❌");

  /**
   * The column marking the headquarters' row ("| City | HQ | …" over "| Chicago | ✓ |"): a header the rules name,
   * whose cells are a mark or blank or a dash, with at least one mark; -1 where there is none.
   */
  private static int hqColumn(List<String> header, List<Row> rows, ReadingRules rules) {
    for (int i = 0; i < header.size(); i++) {
      if (!rules.namesHqColumn(header.get(i))) {
        continue;
      }
      int marks = 0;
      boolean onlyMarks = true;
      for (Row row : rows) {
        String cell = cell(row, i).strip();
        if (rules.marksHq(cell)) {
          marks++;
        } else if (!cell.isEmpty() && !NOT_HQ.contains(cell.toLowerCase(Locale.ROOT))) {
          onlyMarks = false;
        }
      }
      if (onlyMarks && marks > 0) {
        return i;
      }
    }
    return -1;
  }

  static Result read(Conventions conventions, GuideFigures figures, ReadingRules rules, List<String> header,
      Columns c, List<Row> rows, int headerLine) {
    List<Region> regions = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, RowTarget> targets = new java.util.LinkedHashMap<>();
    int tier = -1;
    for (int i : c.unknown()) {
      if (tier < 0 && c.region() >= 0 && rules.namesTierColumn(header.get(i)) && eachRowItsOwn(rows, i)) {
        // "| Tier 1 | Austin, Denver | … |": the tier names the row beside its places, so its aims find it. A tier
        // shared by several rows ("| Austin | Tier 2 |", "| Denver | Tier 2 |") names none of them alone.
        tier = i;
        continue;
      }
      if (c.region() >= 0 && rules.namesTierColumn(header.get(i))) {
        // A tier shared by several rows: its aims go to each row of it (sharedTiers), so it is a column read.
        continue;
      }
      findings.add(Finding.warning(conventions.path(), headerLine, "pay-table column '" + header.get(i)
          + "' is not one the reader knows; ignored (see guide-rules.yml for the column names it reads)"));
    }
    for (int i : c.perEvent()) {
      findings.add(Finding.info(conventions.path(), headerLine, "pay-table column '" + header.get(i) + "' is a bonus"
          + " paid once for each event it names" + firstFigure(rows, i) + ", not a yearly bonus: left out of each"
          + " place's bonus and total"));
    }
    boolean settledColumn = c.target() >= 0 && rules.saysSettled(header.get(c.target()));
    int hqColumn = hqColumn(header, rows, rules);
    int noteColumn = -1;
    for (int i = 1; i < header.size() && noteColumn < 0; i++) {
      noteColumn = NOTE_HEADER.matcher(header.get(i).replace("**", "")).matches() ? i : -1;
    }
    RegionBands bands = new RegionBands(conventions, figures, rules, findings, slashRanges(rows, c.region()));
    rows = SameAsAbove.filled(rows, c.region(), rules, conventions.path(), findings);
    rows = EveryPlaceRow.spread(rows, c.region(), conventions.path(), findings);
    boolean anyBase = c.base() >= 0 && rows.stream().anyMatch(r -> digit(cell(r, c.base())));
    for (Row row : rows) {
      // A flag or emoji before the place is decoration: "🇮🇪 Ireland (HQ)" is Ireland (HQ).
      String name = ExportMarks.undecorated(unitalic(cell(row, c.region()).replace("**", "").replace("__", "").strip()));
      if (name.isEmpty() && row.cells().stream().allMatch(String::isBlank)) {
        continue;
      }
      if (separator(row)) {
        // "| — | — | — |": a rule drawn between groups of rows, not a region.
        continue;
      }
      if (repeatsHeader(row, header)) {
        // A sheet printed over two pages and pasted back: the header again between the rows, not a place.
        findings.add(Finding.info(conventions.path(), row.line(), "pay-table row '" + name + "' repeats the header"
            + " (a page break in a paste): not a region"));
        continue;
      }
      if (SUMMARY_ROW.matcher(name).matches()) {
        // "| Grand Total | 258000 | … |" under a pivot's places: their sum, not a place with a band.
        findings.add(Finding.info(conventions.path(), row.line(), "pay-table row '" + name + "' sums or averages the"
            + " rows above it: not a region"));
        continue;
      }
      if (name.isEmpty()) {
        findings.add(Finding.error(conventions.path(), row.line(), "pay table row has no region name"));
        continue;
      }
      if (groupLabel(row, c.region())) {
        // "| **Europe** | | | |": a label over the rows that follow, not a region with no pay.
        findings.add(Finding.info(conventions.path(), row.line(), "pay-table row '" + name + "' has no other cell:"
            + " read as a label over the rows below it, not a region"));
        continue;
      }
      if (noFigure(row, c)) {
        // "| Remote (US) | Not hiring remotely at this level |": a row that says it has no band, not a band to read.
        findings.add(Finding.warning(conventions.path(), row.line(), "pay-table row '" + name + "' writes no figure"
            + " in any pay cell ('" + cell(row, c.base() >= 0 ? c.base() : c.total()) + "'): left out of the"
            + " regions; write its bands, or take the row out"));
        continue;
      }
      if (totalOnly(row, c) && anyBase) {
        // "| Perth | — | — | — | A$190K–A$235K |": a package with no split; the coach counters from a base band, so
        // the place is said to be left out, and the other rows are served.
        findings.add(Finding.warning(conventions.path(), row.line(), "pay-table row '" + name + "' gives only a total"
            + " ('" + cell(row, c.total()) + "') and no base: the coach plans a counter from each place's base band,"
            + " so it is left out of the regions; write its base (and stock and bonus), or take the row out"));
        continue;
      }
      if (c.total() < 0) {
        blankBesideFigures(row, name, rows, c.stock(), "stock", conventions.path(), findings);
        blankBesideFigures(row, name, rows, c.bonus(), "bonus", conventions.path(), findings);
      }
      if (tierValue(name) && c.region() >= 0 && c.region() < header.size()
          && rules.namesTierColumn(header.get(c.region()))) {
        // "| A | $95K – $115K |" under "Tier": the row is Tier A wherever it is shown (the card, the question
        // asking which place), never a bare "A".
        String word = header.get(c.region()).replace("*", "").strip();
        name = Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + name;
      }
      Map<Column, RegionBands.Cell> cells = new EnumMap<>(Column.class);
      put(cells, Column.BASE, row, c.base(), header);
      put(cells, Column.STOCK, row, c.stock(), header);
      String bonusCell = cell(row, c.bonus());
      if (digit(bonusCell) && bonusCell.indexOf('%') < 0 && bonusCell.indexOf('+') < 0
          && rules.paysPerEvent(bonusCell)) {
        // "| Bonus |" over "$2,500 per exam passed": paid for each exam, not by the year, so it is no bonus to
        // add to the total; said, so the figure is not dropped in silence. A cell with a yearly part too ("8% +
        // $1,000 per referral") is read as before.
        findings.add(Finding.info(conventions.path(), row.line(), "the bonus cell for '" + name + "' ('"
            + cell(row, c.bonus()) + "') is paid once for each event it names, not by the year: read as no yearly"
            + " bonus and left out of the total"));
      } else {
        put(cells, Column.BONUS, row, c.bonus(), header);
      }
      put(cells, Column.TOTAL, row, c.total(), header);
      put(cells, Column.PAY_MIX, row, c.mix(), header);
      String rowCurrency = null;
      if (c.currency() >= 0) {
        rowCurrency = com.compcoach.money.Currencies.standard().ofMark(cell(row, c.currency())).orElse(null);
      }
      String tierWritten = tier >= 0 ? cell(row, tier).replace("**", "").strip() : "";
      if (!tierWritten.isEmpty() && !rules.saysNoTarget(tierWritten)) {
        // "| 1 | Austin, Denver |" under "Tier" is Tier 1; "| Tier 1 |" and "| Zone A |" are as written.
        String label = tierWritten.length() <= 3 ? header.get(tier).replace("**", "").strip() + " " + tierWritten
            : tierWritten;
        name = label + " (" + name + ")";
      }
      Region region = bands.read(name, row.line(), cells, rowCurrency);
      if (region != null && !region.hq() && hqColumn >= 0 && rules.marksHq(cell(row, hqColumn))) {
        // "| Chicago | ✓ | …" under "HQ": the mark says what "(HQ)" after the name would.
        region = new Region(region.name(), true, region.currency(), region.bands(), region.line());
      }
      if (region != null && noteColumn >= 0 && REMOTE_NOTE.matcher(cell(row, noteColumn)).lookingAt()) {
        // "| United States | … | remote only |": the row a note says is for remote work answers "remote".
        region = new Region(region.name(), region.hq(), region.currency(), region.bands(), region.line(), true);
      }
      if (region != null) {
        regions.add(region);
        if (c.target() >= 0) {
          String aim = cell(row, c.target());
          if (settledColumn && aim.chars().anyMatch(Character::isDigit)) {
            // "| Most hires sign at |": the header says what its figures are, as a sentence's words would.
            aim = header.get(c.target()) + ": " + aim;
          }
          targets.put(region.name(), new RowTarget(aim, row.line()));
        }
      }
    }
    return new Result(List.copyOf(regions), targets, List.copyOf(findings));
  }

  /**
   * A part's cell left blank in a table with no total to check it by, where other rows write that part: read as
   * none, said in a warning, as a blank may be a figure not yet filled in.
   */
  private static void blankBesideFigures(Row row, String name, List<Row> rows, int column, String part, String path,
      List<Finding> findings) {
    if (column < 0 || column >= row.cells().size() && row.cells().size() < 2 || !cell(row, column).isEmpty()
        || rows.stream().noneMatch(r -> digit(cell(r, column)))) {
      return;
    }
    findings.add(Finding.warning(path, row.line(), "'" + name + "' leaves its " + part + " cell blank and the table"
        + " has no total to check it by: read as none; write 0 or 'none' if so, or its figure"));
  }

  /**
   * Whether a table writes its money ranges with a slash and never a dash ("155k / 190k" in two cells or more, a percent
   * range such as "10–15%" aside): its own convention, read as ranges.
   */
  static boolean slashRanges(List<Row> rows, int regionColumn) {
    if (rows.stream().noneMatch(r -> r.cells().stream().anyMatch(c -> c.indexOf('/') >= 0))) {
      return false;
    }
    int slashed = 0;
    for (Row row : rows) {
      for (int i = 0; i < row.cells().size(); i++) {
        String cell = row.cells().get(i);
        if (i == regionColumn || cell.contains("%")) {
          continue;
        }
        if (DASH_RANGE.matcher(cell).find()) {
          return false;
        }
        slashed += SLASH_RANGE.matcher(cell).find() ? 1 : 0;
      }
    }
    return slashed >= 2;
  }

  /**
   * A tier column shared by several rows ("| Austin | Tier 1 |", "| Denver | Tier 1 |"): each row's line to its tier
   * as an aim names it ("Tier 1"), so "Tier 1: aim for $127K" is each of its rows' aim; empty where there is none.
   */
  static Map<Integer, String> sharedTiers(List<String> header, Columns c, List<Row> rows, ReadingRules rules) {
    for (int i : c.unknown()) {
      if (c.region() >= 0 && rules.namesTierColumn(header.get(i)) && !eachRowItsOwn(rows, i)) {
        Map<Integer, String> out = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
          String written = cell(row, i).replace("**", "").strip();
          if (!written.isEmpty() && !rules.saysNoTarget(written)) {
            out.put(row.line(), written.length() <= 3 ? header.get(i).replace("**", "").strip() + " " + written
                : written);
          }
        }
        return out;
      }
    }
    return Map.of();
  }

  /** Whether no two rows write the same words in a column (blank cells aside). */
  private static boolean eachRowItsOwn(List<Row> rows, int column) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Row row : rows) {
      String text = cell(row, column).toLowerCase(java.util.Locale.ROOT);
      if (!text.isEmpty() && !seen.add(text)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every cell of a row is a dash or empty, one a dash at least: a rule between groups of rows. */
  private static boolean separator(Row row) {
    boolean dash = false;
    for (String cell : row.cells()) {
      String c = cell.strip();
      if (!c.isEmpty() && !DASHES.matcher(c).matches()) {
        return false;
      }
      dash |= !c.isEmpty();
    }
    return dash;
  }

  /** Whether no pay cell of a row holds a digit, and one holds words: the row says it has no band. */
  private static boolean noFigure(Row row, Columns c) {
    boolean words = false;
    for (int i : new int[] {c.base(), c.stock(), c.bonus(), c.total(), c.mix()}) {
      String text = cell(row, i);
      for (int k = 0; k < text.length(); k++) {
        if (Character.isDigit(text.charAt(k))) {
          return false;
        }
      }
      words |= text.chars().filter(Character::isLetter).count() > 2;
    }
    return words;
  }

  /** Whether every cell of a row is its header's cell again ("| Location | Base | Bonus |" among the places). */
  private static boolean repeatsHeader(Row row, List<String> header) {
    if (row.cells().size() != header.size()) {
      return false;
    }
    for (int i = 0; i < header.size(); i++) {
      if (!row.cells().get(i).replace("**", "").strip().equalsIgnoreCase(header.get(i).replace("**", "").strip())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a row's total holds a figure and its base, stock and bonus none: a package with no split. */
  private static boolean totalOnly(Row row, Columns c) {
    return c.base() >= 0 && c.total() >= 0 && digit(cell(row, c.total())) && !digit(cell(row, c.base()))
        && !digit(cell(row, c.stock())) && !digit(cell(row, c.bonus()));
  }

  /** " ('$2,500 per exam passed')": a column's first cell holding a figure, for the line that names the column. */
  private static String firstFigure(List<Row> rows, int column) {
    for (Row row : rows) {
      if (digit(cell(row, column))) {
        return " ('" + cell(row, column) + "')";
      }
    }
    return "";
  }

  /**
   * A tier or zone value ("A", "1", "B2"), not a place: "SF", "LA", "UK" under a "Zone" column are places and keep
   * their names, so the targets written for them still find them.
   */
  private static boolean tierValue(String name) {
    if (name.isEmpty() || name.length() > 3 || name.indexOf(' ') >= 0) {
      return false;
    }
    if (name.length() == 1) {
      return Character.isLetterOrDigit(name.charAt(0));
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isDigit(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean digit(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }

  /** Whether a row writes its first cell alone, every other empty: a group's label ("**Europe**"). */
  static boolean groupLabel(Row row, int region) {
    for (int i = 0; i < row.cells().size(); i++) {
      if (i != region && !row.cells().get(i).isBlank()) {
        return false;
      }
    }
    // A row of one emphasised cell in the place column ("| **Americas** |" in a five-column table) is a label too; a
    // plain one ("| Remote |") may be a place whose figures are missing, and stays one to be reported.
    return row.cells().size() > 2 || row.cells().size() == 1 && region == 0 && emphasised(row.cells().get(0));
  }

  /** Whether a cell's words are wrapped in bold or italic marks ("**Europe**", "*United Kingdom*", "__EMEA__"). */
  private static boolean emphasised(String cell) {
    String c = cell.strip();
    return c.length() > 2 && (c.charAt(0) == '*' || c.charAt(0) == '_') && c.charAt(c.length() - 1) == c.charAt(0);
  }

  private static void put(Map<Column, RegionBands.Cell> cells, Column kind, Row row, int index, List<String> header) {
    if (index >= 0) {
      cells.put(kind, new RegionBands.Cell(cell(row, index), header.get(index)));
    }
  }

  private static String cell(Row row, int index) {
    return index >= 0 && index < row.cells().size() ? row.cells().get(index).strip() : "";
  }
}
