package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.compcoach.money.Currencies;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pay table read as the guide's bands: the first of regions by component, or the one for the guide's role or the
 * latest year; a table shown for comparison or of levels across held until no other says more.
 */
final class BandTable {

  /**
   * A place's name with its currency code after it: "London (GBP)", "Berlin (in EUR)", and with a headquarters mark
   * after the code kept: "Poland (PLN) — HQ", "Warsaw (PLN) (HQ)".
   */
  private static final Pattern NAME_AND_CODE = Pattern.compile("(.*\\S)\\s*\\((?:in\\s+)?([A-Z]{3})\\)\\s*"
      + "((?:[—–-]\\s*)?\\(?(?i:hq|headquarters|head\\s+office)\\)?)?\\s*");
  /**
   * A place's name with its currency mark in brackets, words after it kept: "Dublin (€)", "Boston, MA (US$) — HQ".
   * Tried only where a bracket holds a currency symbol.
   */
  private static final Pattern NAME_AND_MARK = Pattern.compile("(.*\\S)\\s*\\(([A-Za-z]{0,3}\\p{Sc})\\)(.*)");
  /** A level's code in a heading: "L5", "IC3", "E4", "SDE-2", "Level 4", "Grade 7". */
  private static final Pattern LEVEL_CODE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:(?:L|IC|E|P|M|SDE|SWE|MTS)[- ]?\\d{1,2}"
      + "|(?:level|grade)\\s+\\d{1,2})(?![\\p{L}\\p{N}])");
  /** A role's name closing on a grade, roman or a digit: "Actuarial Analyst II", "Software Engineer 3". */
  private static final Pattern ROLE_GRADE = Pattern.compile("^(.*\\p{L})\\s+(?:I{1,3}|IV|VI{0,3}|IX|X|[1-9])$");
  /** A year in a heading: "2026 bands", "Pay (2024)". */
  private static final Pattern HEADING_YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

  /** A page's furniture between two halves of one table: "Page 1 of 2", "— 1 —", "p. 2". */
  private static final Pattern PAGE = Pattern.compile(
      "(?im)\\bpage\\s+\\d+(?!\\d)|^\\s*[—–-]+\\s*\\d+\\s*[—–-]+\\s*$|\\bp\\.\\s?\\d+(?!\\d)");
  /** A pay table shown for comparison (last cycle's), kept in case no other pay table is written. */
  private record ComparisonTable(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, int line,
      String where) {}

  private final GuideDraft draft;
  private final String path;
  private final List<Finding> findings;
  private final ReadingRules rules;
  private final GuideFigures figures;
  private final GuideNames naming;
  private final RelativeRegions relatives;

  private ComparisonTable comparisonTable;
  /** The caption naming a year beside the table read as the band ("*Table 1. 2025 bands.*"), or "". */
  private String payCaption = "";
  /** The sub-heading over the pay table inside its section ("### L4" under "## Pay by level"), or null. */
  private String payItemTitle;
  /** The section whose table was read as the band. */
  private SectionSeen paySection;
  /** A table of levels across and places down, held until a table by level gives the rest; null when none. */
  private LevelMatrix.Held heldMatrix;
  /** Tables by level, each under a place's heading, joined into one. */
  private final PlaceLevelTables placeLevels;
  /** The line of a pay table with no stock or no bonus column, and no total column, or 0. */
  private int baseAloneLine;
  /** The parts such a table leaves out, after any part said once for every place was added to it. */
  private Set<ReadingRules.Column> partsLeftOut = Set.of();
  /** The pay table as written, for a later table that gives its other parts by place; null before one is read. */
  private List<String> payHeader;
  private PayTable.Columns payColumns;
  private List<PayTable.Row> payRows;
  /** Where the findings of reading the pay table start and end, and the relative rows it held. */
  private int payFindingsFrom;
  private int payFindingsTo;
  private int payRelatives;

  BandTable(GuideDraft draft, GuideNames naming, RelativeRegions relatives) {
    this.draft = draft;
    this.path = draft.path;
    this.findings = draft.findings;
    this.rules = draft.rules;
    this.figures = draft.figures;
    this.naming = naming;
    this.relatives = relatives;
    this.placeLevels = new PlaceLevelTables(draft.rules);
  }

  /** The line of the pay table when it leaves out stock or bonus (and gives no total), or 0. */
  int baseAloneLine() {
    return baseAloneLine;
  }

  /** The parts the pay table at {@link #baseAloneLine()} leaves out: stock, bonus or both. */
  Set<ReadingRules.Column> partsLeftOut() {
    return partsLeftOut;
  }

  /**
   * Whether a table was taken as the band, or held as one (for comparison, or levels across); {@code caption} says
   * the line above it calls it a comparison.
   */
  boolean take(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, int tableLine,
      boolean caption, String yearCaption) {
    if ((draft.regions == null || placeLevels.any()) && placeLevels.join(placeHeading(), header, rows, tableLine)) {
      // Each place's heading over its table by level: the tables joined so far are read again as one.
      if (draft.regions != null) {
        findings.subList(payFindingsFrom, payFindingsTo).clear();
        draft.regions = null;
      }
      payTable(placeLevels.header(), PayTable.Columns.of(placeLevels.header(), rules), placeLevels.rows(),
          placeLevels.line());
      paySection = draft.current;
      return true;
    }
    boolean comparison = draft.current.kind == Section.CONTEXT && rules.forComparison(draft.current.title);
    if (draft.regions == null && columns.isPayTable() && (comparison || caption)) {
      // Last cycle's table, offers made before: not the band while another pay table may follow.
      if (comparisonTable == null) {
        comparisonTable = new ComparisonTable(header, columns, rows, tableLine,
            comparison ? "its heading '" + draft.current.title + "'" : "the line above it");
      }
      draft.current.heldComparison = true;
      findings.add(Finding.info(path, tableLine, "the table at line " + tableLine + " is shown for comparison ("
          + (comparison ? "its heading '" + draft.current.title + "'" : "the line above it") + " says so): not read as the"
          + " band"));
      return true;
    }
    if (draft.regions == null && heldMatrix == null && !columns.isPayTable()) {
      List<Integer> levels = LevelMatrix.levels(header, columns.region());
      if (!levels.isEmpty()) {
        levelMatrix(header, columns.region(), levels, rows, tableLine, "across the top");
        return true;
      }
      // "| Level | Austin | Denver |" with a row per level: the same sheet with its levels down the side.
      List<String> across = LevelMatrix.transposedHeader(header, rows, rules);
      if (across != null) {
        PayTable.Columns turned = PayTable.Columns.of(across, rules);
        List<Integer> levelColumns = LevelMatrix.levels(across, turned.region());
        if (turned.region() >= 0 && !levelColumns.isEmpty()) {
          levelMatrix(across, turned.region(), levelColumns, LevelMatrix.transposedRows(header, rows), tableLine,
              "down the side");
          return true;
        }
      }
    }
    if (draft.regions == null && heldMatrix != null && !header.isEmpty()
        && rules.column(header.get(0)) == ReadingRules.Column.LEVEL && otherPartByLevel(header, rows)) {
      return true;
    }
    if (draft.regions == null && heldMatrix != null && !header.isEmpty()
        && rules.column(header.get(0)) == ReadingRules.Column.LEVEL) {
      // "| Level | Stock (per year) | Bonus |" under a table of base by level and office: the rest of the level's pay.
      List<String> byLevel = new ArrayList<>();
      List<PayTable.Row> atLevel = LevelMatrix.withLevelRow(heldMatrix, header, rows, byLevel);
      if (atLevel != null) {
        payTable(byLevel, PayTable.Columns.of(byLevel, rules), atLevel, heldMatrix.line());
        paySection = draft.current;
        heldMatrix = null;
        return true;
      }
    }
    if (draft.regions == null && columns.isPayTable()) {
      payTable(header, columns, rows, tableLine);
      paySection = draft.current;
      payCaption = yearCaption;
      payItemTitle = itemTitle();
      return true;
    }
    if (laterYearCaptioned(columns, rows, yearCaption) && rules.saysNotInForce(yearCaption)) {
      // "Radford 2027 market survey", "2027 bands, effective once the board signs off": a later year, not in force.
      findings.add(Finding.info(path, tableLine, "the table at line " + tableLine + " is captioned '" + yearCaption
          + "', a later year's than the pay table at line " + draft.payTableLine + ", but not a band in force (a"
          + " survey's or not yet approved): the pay table at line " + draft.payTableLine + " stays the band"));
      return true;
    }
    if (laterYearCaptioned(columns, rows, yearCaption)) {
      // "*Table 1. 2025 bands.*" and "*Table 2. 2026 bands.*" under one heading: the later year's table is the band.
      findings.add(Finding.info(path, tableLine, "the pay table at line " + tableLine + " is captioned '"
          + yearCaption + "', a later year's than the one at line " + draft.payTableLine + " ('" + payCaption
          + "'): read instead"));
      findings.subList(payFindingsFrom, payFindingsTo).clear();
      draft.regions = null;
      payTable(header, columns, rows, tableLine);
      payCaption = yearCaption;
      return true;
    }
    if (draft.regions != null && payRows != null && columns.base() < 0 && !header.isEmpty()
        && rules.column(header.get(0)) == ReadingRules.Column.LEVEL && partsByLevel(header, columns, rows, tableLine)) {
      // Under "## Target bonus by level" too: a heading's "target" there is the bonus's, the table no aims.
      return true;
    }
    if (draft.regions != null && payRows != null && columns.base() < 0 && columns.target() < 0
        && draft.current.kind != Section.CONTEXT && draft.current.kind != Section.TARGETS && otherParts(header, columns,
        rows, tableLine)) {
      return true;
    }
    if (draft.regions != null && columns.isPayTable() && paySection != null && draft.current != paySection
        && draft.current.kind != Section.CONTEXT
        && levelHeadings(draft.current.title, paySection.title, header, columns, rows, tableLine)) {
      return true;
    }
    if (draft.regions != null && columns.isPayTable() && draft.current == paySection && payItemTitle != null
        && itemTitle() != null && levelHeadings(itemTitle(), payItemTitle, header, columns, rows, tableLine)) {
      // "### L4" and "### L5" under one "## Pay by level", each over its table: levels as above, one level deeper.
      payItemTitle = draft.regions != null && draft.payTableLine == tableLine ? itemTitle() : payItemTitle;
      return true;
    }
    if (draft.regions != null && columns.isPayTable() && paySection != null && draft.current != paySection
        && draft.current.kind != Section.CONTEXT && !naming.namesRole(draft.current.title)
        && !naming.namesRole(paySection.title) && rules.namesRole(draft.current.title)
        && rules.namesRole(paySection.title) && year(draft.current.title) == 0) {
      // "## Backend Engineer" and "## Frontend Engineer", each over its table, and nothing naming the guide's role:
      // either table served would be a guess.
      findings.add(Finding.error(path, tableLine, "this guide has a pay table for '" + paySection.title + "' (line "
          + draft.payTableLine + ") and one for '" + draft.current.title + "' (line " + tableLine + "), and nothing"
          + " says which role it is for: name the role in the frontmatter ('role: …') or the file name, or write one"
          + " file per role"));
      draft.current.heldComparison = true;
      return true;
    }
    if (draft.regions != null && columns.isPayTable() && paySection != null && draft.current != paySection
        && draft.current.kind != Section.CONTEXT && naming.namesRole(draft.current.title) && !naming.namesRole(paySection.title)) {
      // "## Data Analyst (IC2)" then "## Senior Data Analyst (IC3)", each over its table, in a guide for the
      // Senior role: the table under the heading naming the role is the band, and the other's targets go with it.
      findings.add(Finding.info(path, tableLine, "the pay table under '" + draft.current.title + "' is for this guide's"
          + " role: read instead of the one at line " + draft.payTableLine));
      paySection.snippets.clear();
      draft.regions = null;
      payTable(header, columns, rows, tableLine);
      paySection = draft.current;
      return true;
    }
    if (draft.regions != null && columns.isPayTable() && paySection != null && draft.current != paySection
        && draft.current.kind != Section.CONTEXT && year(draft.current.title) > year(paySection.title)
        && year(paySection.title) > 0 && rules.saysCurrent(paySection.title) && !rules.saysCurrent(draft.current.title)) {
      // "2026 bands (current — use these)" then "2027 bands (effective April 2027)": the one in force is the band.
      findings.add(Finding.info(path, tableLine, "the pay table under '" + draft.current.title + "' is a later year's,"
          + " but the one at line " + draft.payTableLine + " ('" + paySection.title + "') says it is the one in force:"
          + " that one is read as the band"));
      draft.current.heldComparison = true;
      return true;
    }
    if (draft.regions != null && columns.isPayTable() && paySection != null && draft.current != paySection
        && draft.current.kind != Section.CONTEXT && year(draft.current.title) > year(paySection.title)
        && year(paySection.title) > 0) {
      // "## 2024 bands" then "## 2026 bands": the later year's table is the band, the older one is history.
      findings.add(Finding.info(path, tableLine, "the pay table under '" + draft.current.title + "' is a later year's"
          + " than the one at line " + draft.payTableLine + " ('" + paySection.title + "'): read instead"));
      paySection.snippets.clear();
      draft.regions = null;
      payTable(header, columns, rows, tableLine);
      paySection = draft.current;
      // Its table is the band read, the same places as before: it gave them, though the count of regions stays.
      draft.current.heldComparison = true;
      return true;
    }
    if (columns.isPayTable() && carriesOn() && sameHeader(header, payHeader)
        && newPlaces(rows, columns.region())) {
      // The pay table printed over two pages and pasted back: a page's footer between its halves, the header again.
      findings.add(Finding.info(path, tableLine, "the table at line " + tableLine + " has the pay table's header"
          + " (line " + draft.payTableLine + ") and carries on its rows: read as one table"));
      List<PayTable.Row> all = new ArrayList<>(payRows);
      all.addAll(rows);
      int payLine = draft.payTableLine;
      findings.subList(payFindingsFrom, payFindingsTo).clear();
      draft.current.heldComparison = true;
      draft.regions = null;
      payTable(payHeader, PayTable.Columns.of(payHeader, rules), all, payLine);
      return true;
    }
    return false;
  }

  /**
   * Whether this table, in the pay table's section, has a caption naming a later year than the pay table's caption
   * does, neither saying it is for comparison and the pay table's not saying it is the one in force.
   */
  private boolean laterYearCaptioned(PayTable.Columns columns, List<PayTable.Row> rows, String yearCaption) {
    if (draft.regions == null || !columns.isPayTable() || paySection == null || draft.current != paySection
        || yearCaption.isEmpty() || payCaption.isEmpty()) {
      return false;
    }
    int now = year(yearCaption);
    int before = year(payCaption);
    // Another year's table of the same places: a table of other places beside it is not a later year's band.
    return before > 0 && now > before && !newPlaces(rows, columns.region()) && !rules.forComparison(yearCaption)
        && !(rules.saysCurrent(payCaption) && !rules.saysCurrent(yearCaption));
  }

  /** The pay table's header as written, or null before one is read. */
  List<String> payHeader() {
    return payHeader;
  }

  /** Whether a table read now would carry the pay table on: a page's break or "continued" said since it. */
  boolean carriesOn() {
    return draft.regions != null && payRows != null && paySection != null
        && (draft.current == paySection && pageBreak(draft.current.text) || rules.saysContinued(draft.current.title));
  }

  /** Whether no row names a place the pay table has a row for already (else it is another year's or level's). */
  private boolean newPlaces(List<PayTable.Row> rows, int region) {
    if (region < 0) {
      return false;
    }
    Set<String> seen = new java.util.HashSet<>();
    payRows.forEach(r -> seen.add(placeKey(r, region)));
    return rows.stream().noneMatch(r -> seen.contains(placeKey(r, region)));
  }

  private static String placeKey(PayTable.Row row, int region) {
    return region < row.cells().size() ? row.cells().get(region).replace("**", "").strip().toLowerCase(Locale.ROOT) : "";
  }

  /** Whether two headers name the same columns in the same order, bold and case aside. */
  private static boolean sameHeader(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).replace("**", "").strip().equalsIgnoreCase(b.get(i).replace("**", "").strip())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The place a table stands under: the heading titling an item of a pay section ("## Tier 1 (SF Bay Area, New York)"
   * under "# SRE compensation"), or a section's heading that no rule names and that reads as no section's name
   * ("## Austin"); null otherwise.
   */
  private String placeHeading() {
    String title = draft.pending.title != null && draft.current.kind == Section.PAY ? draft.pending.title
        : draft.current.kind == Section.NONE ? draft.current.title : null;
    if (title == null || title.isBlank() || ProseRegions.namesASection(title) || rules.namesRole(title)
        || title.equals(draft.titleHeading) || rules.forComparison(title) || year(title) > 0) {
      return null;
    }
    return ExportMarks.undecorated(title.replace("**", "")).strip();
  }

  /**
   * "## L4 (Content Designer II)" and "## L5 (Senior Content Designer)", each over a table of places: the table of
   * the level the title names is the band; where the title names neither, either served would be a guess, so an
   * error says which to name. Whether this table was so handled.
   */
  private boolean levelHeadings(String nowTitle, String beforeTitle, List<String> header, PayTable.Columns columns,
      List<PayTable.Row> rows, int tableLine) {
    String now = levelIn(nowTitle);
    String before = levelIn(beforeTitle);
    if (now == null || before == null || now.equalsIgnoreCase(before)) {
      return false;
    }
    boolean namesNow = naming.roleWords().stream().anyMatch(w -> LevelRows.names(w, now));
    boolean namesBefore = naming.roleWords().stream().anyMatch(w -> LevelRows.names(w, before));
    if (!namesNow && !namesBefore && naming.namesRole(nowTitle) != naming.namesRole(beforeTitle)) {
      // "## Data Analyst (IC2)" and "## Senior Data Analyst (IC3)" in a guide for the Senior role: its name decides.
      return false;
    }
    boolean oneSection = draft.current == paySection;
    if (namesNow && !namesBefore) {
      // The other level's table read before is no band: what was said of its rows goes with it.
      findings.subList(payFindingsFrom, payFindingsTo).clear();
      findings.add(Finding.info(path, tableLine, "the pay table under '" + nowTitle + "' is for " + now
          + ", the level the title names: read instead of the one at line " + draft.payTableLine));
      if (!oneSection) {
        paySection.snippets.clear();
      }
      draft.regions = null;
      payTable(header, columns, rows, tableLine);
      paySection = draft.current;
    } else if (namesBefore) {
      findings.add(Finding.info(path, tableLine, "the pay table under '" + nowTitle + "' is for " + now
          + "; the title names " + before + ": not read as the band"));
    } else {
      findings.add(Finding.error(path, tableLine, "this guide has a pay table for " + before + " ('"
          + beforeTitle + "', line " + draft.payTableLine + ") and one for " + now + " ('" + nowTitle
          + "', line " + tableLine + "), and its title names neither: name the one level this guide is for in its"
          + " title, as in '" + naming.role().title() + " (" + now + ")'"));
    }
    draft.current.heldComparison = true;
    return true;
  }

  /** The sub-heading a table stands under inside the pay section ("### L5" under "## Pay by level"), or null. */
  private String itemTitle() {
    return draft.current.kind == Section.PAY ? draft.pending.title : null;
  }

  /**
   * The level a heading names by its code ("L5", "IC3", "SDE-2", "Level 4", "Grade 7"), or a role's name closing on
   * its grade, whole ("Actuarial Analyst II", "Software Engineer 3"); null otherwise.
   */
  private String levelIn(String heading) {
    Matcher m = LEVEL_CODE.matcher(heading);
    if (m.find()) {
      return m.group().strip();
    }
    String plain = ExportMarks.undecorated(heading.replace("**", "")).strip();
    Matcher graded = ROLE_GRADE.matcher(plain);
    return graded.matches() && rules.namesRole(graded.group(1)) ? plain : null;
  }

  /** After the walk: a table held for lack of another is the band after all. */
  void finish() {
    if (draft.regions == null && heldMatrix != null) {
      // Levels across, no table by level after it: the band is the one component the table gives.
      List<String> header = LevelMatrix.header(heldMatrix);
      PayTable.Columns columns = PayTable.Columns.of(header, rules);
      if (columns.isPayTable()) {
        payTable(header, columns, heldMatrix.rows(), heldMatrix.line());
      } else {
        draft.totalsOnlyLine = heldMatrix.line();
      }
    }
    if (draft.regions == null && draft.proseRegions.isEmpty() && comparisonTable != null) {
      // The only pay table written says it is for comparison: it is still the guide's only band, said aloud.
      findings.add(Finding.warning(path, comparisonTable.line(), "the only pay table is shown for comparison ("
          + comparisonTable.where() + " says so): read as the band"));
      payTable(comparisonTable.header(), comparisonTable.columns(), comparisonTable.rows(), comparisonTable.line());
    }
  }

  /**
   * The rows with a currency code written after a place's name ("London (GBP)", "Seattle (USD)") moved to a cell of
   * its own at the end, the name without it (an empty cell where a row writes none); null where no row writes one.
   */
  /**
   * "| Level | Component | Austin | Toronto |" with a row per level and part ("| L5 | Base | … |"): the rows of the
   * level the guide is for, the Level column dropped, so the parts down the side read as a turned table does; the
   * rows as they are when the table is not so; null (an error said) when nothing names the level.
   */
  List<PayTable.Row> partsAtLevel(List<String> header, List<PayTable.Row> rows, List<String> kept) {
    if (header.size() < 3 || rows.size() < 2 || rules.column(header.get(0)) != ReadingRules.Column.LEVEL
        || !rows.stream().allMatch(r -> partNamed(r.cell(1)))) {
      return rows;
    }
    // "| IC3 | Base | … |" over "| | RSUs / yr | … |": a level written once over its parts' rows holds for them.
    List<PayTable.Row> filled = new ArrayList<>(rows.size());
    String above = "";
    for (PayTable.Row row : rows) {
      String level = row.cell(0).strip();
      if (level.isEmpty() && !above.isEmpty()) {
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(0, above);
        row = new PayTable.Row(List.copyOf(cells), row.line());
      }
      above = level.isEmpty() ? above : level;
      filled.add(row);
    }
    LevelRows.Chosen chosen = LevelRows.of(path, header, filled, 1, naming.roleWords(), naming.role().title(),
        draft.text, rules);
    findings.addAll(chosen.findings());
    if (chosen.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      draft.matrixRefused = true;
      return null;
    }
    kept.addAll(header.subList(1, header.size()));
    List<PayTable.Row> out = new ArrayList<>();
    for (PayTable.Row row : chosen.rows()) {
      out.add(new PayTable.Row(row.cells().subList(1, row.cells().size()), row.line()));
    }
    return out;
  }

  private boolean partNamed(String cell) {
    ReadingRules.Column c = rules.column(cell);
    return c == ReadingRules.Column.BASE || c == ReadingRules.Column.STOCK || c == ReadingRules.Column.BONUS
        || c == ReadingRules.Column.TOTAL;
  }

  /** Places in China and in Japan, where "¥" is the yuan or the yen. */
  private static final Pattern IN_CHINA = Pattern.compile("(?i)\\b(?:china|mainland|prc|shanghai|beijing|shenzhen|"
      + "guangzhou|hangzhou|chengdu|suzhou|nanjing|wuhan|xi'?an|tianjin|chongqing|xiamen|dalian|qingdao)\\b");
  private static final Pattern IN_JAPAN = Pattern.compile("(?i)\\b(?:japan|tokyo|osaka|kyoto|yokohama|nagoya|"
      + "fukuoka|sapporo|kobe|sendai)\\b");

  /** The currency "¥" names beside a place: CNY in China, JPY in Japan, null where the place does not say. */
  private static String yenOrYuan(String place) {
    if (IN_CHINA.matcher(place).find()) {
      return "CNY";
    }
    return IN_JAPAN.matcher(place).find() ? "JPY" : null;
  }

  /**
   * The currency each row's place names ("| London (GBP) |"), or the group label over it names ("| **United Kingdom
   * (GBP)** | | |" over unmarked rows, until the next label), as a Currency column; null where no place names one.
   */
  static List<PayTable.Row> currencyInNames(List<PayTable.Row> rows, int region) {
    List<PayTable.Row> out = new ArrayList<>();
    boolean any = false;
    String group = "";
    for (PayTable.Row row : rows) {
      String name = row.cell(region);
      boolean label = !name.isEmpty() && PayTable.groupLabel(row, region);
      String written = label ? name.replace("**", "").replace("__", "").strip() : name;
      Matcher m = NAME_AND_CODE.matcher(written);
      boolean coded = m.matches() && Currencies.standard().isCode(m.group(2));
      String code = coded ? m.group(2) : "";
      String bare = coded ? (m.group(1).strip() + (m.group(3) == null ? "" : " " + m.group(3).strip())) : "";
      Matcher marked = coded || written.indexOf('(') < 0 ? null : NAME_AND_MARK.matcher(written);
      if (marked != null && marked.matches() && !Currencies.standard().shared(marked.group(2))
          && Currencies.standard().ofMark(marked.group(2)).isPresent()) {
        // "Dublin (€)": the mark names one currency as a code would; "($)" names none of the dollars.
        coded = true;
        code = Currencies.standard().ofMark(marked.group(2)).get();
        bare = (marked.group(1).strip() + " " + marked.group(3).strip()).strip();
        if (marked.group(2).equals("¥")) {
          // "¥" is the yen's and the yuan's: the place settles it ("Shanghai (¥)" is CNY); where it does not, the row
          // names no currency and is warned of, never JPY in silence.
          String which = yenOrYuan(marked.group(1));
          coded = which != null;
          code = coded ? which : "";
          bare = coded ? bare : "";
        }
      }
      any |= coded;
      List<String> cells = new ArrayList<>(row.cells());
      while (cells.size() <= region) {
        cells.add("");
      }
      if (label) {
        // The label stays a label (no cell but its own); the rows under it are in its currency.
        group = code;
        cells.add("");
      } else {
        if (coded) {
          cells.set(region, bare);
        }
        cells.add(coded ? code : group);
      }
      out.add(new PayTable.Row(List.copyOf(cells), row.line()));
    }
    return any ? out : null;
  }

  /**
   * A table of levels and places (levels across the top, or turned from levels down the side, as {@code where} says):
   * the guide's level, held; an error where it cannot say.
   */
  private void levelMatrix(List<String> header, int region, List<Integer> levels, List<PayTable.Row> rows,
      int line, String where) {
    List<String> names = levels.stream().map(i -> header.get(i).strip()).toList();
    int level = LevelMatrix.chosen(header, levels, naming.roleWords());
    // The words nearest over the table say which pay it is: its section's, else an earlier one's.
    String component = null;
    for (int i = draft.sections.size() - 1; i >= 0 && component == null; i--) {
      component = LevelMatrix.component(draft.sections.get(i).title + " " + draft.sections.get(i).text);
    }
    draft.matrixRefused = true;
    if (level < 0) {
      findings.add(Finding.error(path, line, LevelRows.unnamed("the pay table at line " + line + " gives pay by level "
          + where, naming.role().title(), names, List.of())));
      return;
    }
    if (component == null) {
      findings.add(Finding.error(path, line, "the pay table at line " + line + " gives pay by level " + where + " ("
          + String.join(", ", names) + ") but no words say which pay it is: write above it 'Base salary by level"
          + " and office' (or total pay), or give this guide's level as a pay table with Base, Stock, Bonus and"
          + " Total columns"));
      return;
    }
    List<PayTable.Row> kept = new ArrayList<>();
    for (PayTable.Row row : rows) {
      kept.add(new PayTable.Row(List.of(row.cell(region), row.cell(level)), row.line()));
    }
    draft.matrixRefused = false;
    heldMatrix = new LevelMatrix.Held(header.get(region), List.of(component), header.get(level).strip(), kept, line);
    // Its section gives the band when the walk ends, not when it is left: no warning that it gave nothing.
    draft.current.heldComparison = true;
    findings.add(Finding.info(path, line, "the pay table gives " + component.toLowerCase(Locale.ROOT) + " by level"
        + " " + where + " (" + String.join(", ", names) + "): read the " + header.get(level).strip()
        + (where.startsWith("down") ? " row" : " column") + ", the level the title names"));
  }

  /**
   * Whether a table by level with the held table's places across is another part of their pay, the part its heading
   * names ("### RSUs (per year)" over "| Level | Austin (HQ) | Montréal |"): then its level's row is read into the
   * held table.
   */
  private boolean otherPartByLevel(List<String> header, List<PayTable.Row> rows) {
    String part = draft.current.title;
    ReadingRules.Column kind = rules.column(part);
    if (kind != ReadingRules.Column.STOCK && kind != ReadingRules.Column.BONUS && kind != ReadingRules.Column.TOTAL
        || heldMatrix.parts().stream().anyMatch(p -> rules.column(p) == kind)) {
      return false;
    }
    LevelMatrix.Held joined = LevelMatrix.withPartTable(heldMatrix, part, header, rows);
    if (joined == null) {
      return false;
    }
    heldMatrix = joined;
    draft.current.heldComparison = true;
    return true;
  }

  /**
   * Whether a table gives the pay table's other parts by its places ("## Equity and bonus by city" under "## Base
   * salary by city"): then the two are read as one, and the first reading's findings give way to the joined one's.
   */
  private boolean otherParts(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, int tableLine) {
    if (payColumns.target() >= 0 || relatives.count() != payRelatives) {
      return false;
    }
    TableParts.Joined joined = TableParts.of(payHeader, payColumns, payRows, header, columns, rows);
    if (joined == null) {
      return false;
    }
    int payLine = draft.payTableLine;
    findings.subList(payFindingsFrom, payFindingsTo).clear();
    findings.add(Finding.info(path, tableLine, "the table at line " + tableLine + " gives the other parts of the pay"
        + " table's places (line " + payLine + "): the two are read as one table"));
    for (String place : joined.unmatched()) {
      findings.add(Finding.warning(path, tableLine, "the table at line " + tableLine + " names '" + place + "', which"
          + " the pay table at line " + payLine + " has no row for: left out"));
    }
    draft.current.heldComparison = true;
    draft.regions = null;
    payTable(joined.header(), PayTable.Columns.of(joined.header(), rules), joined.rows(), payLine);
    return true;
  }

  /**
   * "| Level | Target bonus |" after a pay table of places that gives no bonus: every place's bonus is the one of the
   * level the guide is for. Each place's row is joined to each level's, and the pay table read again, so the level is
   * chosen as a table with a Level column has it chosen (the title's or the prose's level, else an error asking).
   */
  private boolean partsByLevel(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, int tableLine) {
    boolean stock = columns.stock() >= 0;
    boolean bonus = columns.bonus() >= 0;
    if (!stock && !bonus || stock && payColumns.stock() >= 0 || bonus && payColumns.bonus() >= 0
        || columns.total() >= 0 || relatives.count() != payRelatives
        || payHeader.stream().anyMatch(h -> rules.column(h) == ReadingRules.Column.LEVEL)) {
      return false;
    }
    List<String> joinedHeader = new ArrayList<>(payHeader);
    joinedHeader.addAll(header);
    List<PayTable.Row> joined = new ArrayList<>();
    for (PayTable.Row place : payRows) {
      for (PayTable.Row level : rows) {
        List<String> cells = new ArrayList<>(place.cells());
        while (cells.size() < payHeader.size()) {
          cells.add("");
        }
        for (int i = 0; i < header.size(); i++) {
          cells.add(level.cell(i));
        }
        joined.add(new PayTable.Row(List.copyOf(cells), place.line()));
      }
    }
    int payLine = draft.payTableLine;
    findings.subList(payFindingsFrom, payFindingsTo).clear();
    findings.add(Finding.info(path, tableLine, "the table at line " + tableLine + " gives " + (stock && bonus
        ? "stock and bonus" : stock ? "stock" : "bonus") + " by level: read at this guide's level for every place of"
        + " the pay table (line " + payLine + ")"));
    draft.current.heldComparison = true;
    draft.regions = null;
    payTable(List.copyOf(joinedHeader), PayTable.Columns.of(joinedHeader, rules), joined, payLine);
    return true;
  }

  /** The pay table: its regions (of the guide's level), and targets written in a target column. */
  private void payTable(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, int tableLine) {
    draft.payTableLine = tableLine;
    draft.payTableUnit = columns.base() >= 0 ? RegionBands.HeaderUnit.of(header.get(columns.base())).scale() : 1;
    payHeader = header;
    payColumns = columns;
    payRows = rows;
    payFindingsFrom = findings.size();
    if ((columns.stock() < 0 || columns.bonus() < 0) && (!draft.everywhere.isEmpty() || !draft.atLevel.isEmpty())) {
      // "| Location | Base |" and "Equity is $8K–$12K a year in every location": a part said once for every row.
      Set<ReadingRules.Column> lacking = EnumSet.noneOf(ReadingRules.Column.class);
      if (columns.stock() < 0) {
        lacking.add(ReadingRules.Column.STOCK);
      }
      if (columns.bonus() < 0) {
        lacking.add(ReadingRules.Column.BONUS);
      }
      Map<ReadingRules.Column, String> said = EverywhereParts.of(draft, lacking, "each row of the pay table at line "
          + tableLine);
      if (!said.isEmpty()) {
        List<String> wider = new ArrayList<>(header);
        said.keySet().forEach(part -> wider.add(part.name()));
        List<PayTable.Row> widened = new ArrayList<>();
        for (PayTable.Row row : rows) {
          List<String> cells = new ArrayList<>(row.cells());
          while (cells.size() < header.size()) {
            cells.add("");
          }
          // A group's label ("| **Europe** | | |") stays a label: the part is its places', not its own.
          boolean label = PayTable.groupLabel(row, columns.region());
          said.values().forEach(part -> cells.add(label ? "" : part));
          widened.add(new PayTable.Row(List.copyOf(cells), row.line()));
        }
        header = wider;
        rows = widened;
        columns = PayTable.Columns.of(header, rules);
      }
    }
    LevelRows.Chosen level = LevelRows.of(path, header, rows, columns.region(), naming.roleWords(),
        naming.role().title(), draft.text, rules);
    findings.addAll(level.findings());
    if (level.header() != header) {
      header = level.header();
      columns = PayTable.Columns.of(header, rules);
    }
    List<PayTable.Row> written = new ArrayList<>();
    List<Integer> relativeRows = new ArrayList<>();
    for (PayTable.Row row : level.rows()) {
      int before = relatives.count();
      if (!relatives.relativeRow(row, columns.region())) {
        written.add(row);
      } else if (relatives.count() > before) {
        relativeRows.add(written.size());
      }
    }
    // Checked per part: a part said once for every place fills its column, and the other one still reads 0.
    Set<ReadingRules.Column> leftOut = EnumSet.noneOf(ReadingRules.Column.class);
    if (columns.stock() < 0) {
      leftOut.add(ReadingRules.Column.STOCK);
    }
    if (columns.bonus() < 0) {
      leftOut.add(ReadingRules.Column.BONUS);
    }
    baseAloneLine = !leftOut.isEmpty() && columns.total() < 0 ? tableLine : 0;
    partsLeftOut = Set.copyOf(leftOut);
    written = SameAsAbove.blanksFilled(written, columns.region(), draft.text, path, findings);
    PayTable.Result result = PayTable.read(draft.conventions, figures, rules, header, columns, written, tableLine);
    draft.regions = new ArrayList<>(HeadquartersSaid.marked(result.regions(), draft.text));
    ShiftColumns.read(header, written, draft.regions, rules, new PremiumReader(draft), path, findings);
    Map<Integer, String> tiers = PayTable.sharedTiers(header, columns, written, rules);
    Map<String, List<String>> tierPlaces = new java.util.LinkedHashMap<>();
    for (Region r : draft.regions) {
      if (tiers.containsKey(r.line())) {
        tierPlaces.computeIfAbsent(tiers.get(r.line()), t -> new ArrayList<>()).add(r.shortName());
      }
    }
    draft.tierPlaces = Map.copyOf(tierPlaces);
    // A row written relative to another stands where it was written, among the rows read before it.
    relatives.placeLast(relativeRows, draft.regions.size());
    if (!draft.proseRegions.isEmpty()) {
      draft.proseRegions.clear();
    }
    findings.addAll(result.findings());
    findings.addAll(NoteChanges.of(path, header, written, columns.region(), rules));
    result.targets().forEach((region, cell) -> draft.tableTarget(region, cell.text(), cell.line()));
    payFindingsTo = findings.size();
    payRelatives = relatives.count();
  }

  /** The year a heading names ("2026 bands"), or 0. */
  private static int year(String heading) {
    Matcher m = HEADING_YEAR.matcher(heading);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * Whether a section's text says a table below carries on the one above (a page's footer, "continued"), so a
   * second table with the same header is its second half, never another company's table put beside it.
   */
  private boolean pageBreak(CharSequence sectionText) {
    String t = sectionText.toString();
    return rules.saysContinued(t) || PAGE.matcher(t).find();
  }
}
