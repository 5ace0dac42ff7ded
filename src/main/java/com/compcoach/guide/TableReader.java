package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a table (a pipe table, or an HTML, wiki, fenced or tabbed one the parser took as a paragraph): turned the way
 * its cells run, then handed to the band, the level mapping or the items it holds.
 */
final class TableReader {

  private final GuideDraft draft;
  private final ReadingRules rules;
  private final GuideFigures figures;
  /** A column of factors or differentials of another place's pay: "Location factor", "Geo differential". */
  private static final java.util.regex.Pattern FACTOR_HEADER = java.util.regex.Pattern.compile(
      "(?i)\\b(?:factor|differential|multiplier)\\b");
  private final BandTable bands;
  private final ItemTable items;
  /** Whether the line right above the table being read says it is for comparison. */
  private boolean captionForComparison;
  /** A short line right below (or, ending in ':', right above) the table naming a year: "*Table 2. 2026 bands.*". */
  private String yearCaption = "";

  TableReader(GuideDraft draft, BandTable bands, ItemTable items) {
    this.draft = draft;
    this.rules = draft.rules;
    this.figures = draft.figures;
    this.bands = bands;
    this.items = items;
  }

  boolean table(TableBlock table, boolean levelTableSeen) {
    // A short line right above the table may say it is for comparison: "*Last year's bands, for reference:*".
    captionForComparison = table.getPrevious() instanceof Paragraph caption && caption.getTextLength() < 120
        && rules.forComparison(MarkdownText.plain(caption));
    yearCaption = yearCaption(table);
    try {
      return table(HeaderNotes.read(table, MarkdownTables.header(table), draft),
          MarkdownTables.rows(table, draft.lines, draft.bodyStart),
          draft.line(table), levelTableSeen);
    } finally {
      captionForComparison = false;
      yearCaption = "";
    }
  }

  /**
   * The caption that names the table's year: a short paragraph right below it ("*Table 1. 2025 bands.*"), or right
   * above it when that one ends in a colon ("2026 bands:"), so that a caption below one table is never taken as the
   * next one's; "" when neither names a year.
   */
  private static String yearCaption(TableBlock table) {
    String below = table.getNext() instanceof Paragraph p && p.getTextLength() < 120 ? caption(p) : "";
    if (!below.endsWith(":") && namesYear(below)) {
      return below;
    }
    String above = table.getPrevious() instanceof Paragraph p && p.getTextLength() < 120 ? caption(p) : "";
    return above.endsWith(":") && namesYear(above) ? above : "";
  }

  /** A caption's words, without the emphasis it is set in. */
  private static String caption(Paragraph p) {
    return MarkdownText.plain(p).replace("*", "").replace("_", " ").strip();
  }

  /** Whether a caption names a year ("2026"), a cheap test on "20" before any digit is looked at. */
  private static boolean namesYear(String caption) {
    for (int at = caption.indexOf("20"); at >= 0; at = caption.indexOf("20", at + 1)) {
      boolean before = at == 0 || !Character.isDigit(caption.charAt(at - 1));
      boolean after = at + 4 <= caption.length() && Character.isDigit(caption.charAt(at + 2))
          && Character.isDigit(caption.charAt(at + 3)) && (at + 4 == caption.length()
          || !Character.isDigit(caption.charAt(at + 4)));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows of a paragraph that is an HTML table or a fenced block of aligned columns whose header names pay
   * columns (the parser reads both as paragraphs), or an empty list.
   */
  List<TextTables.Line> textTable(Node node) {
    return textTable(MarkdownText.source(node.getChars()));
  }

  /**
   * A paragraph of pipe rows with no header or rule of their own ("| Brisbane | A$95,000–… |" after a page break),
   * each with as many cells as the pay table's header, where a page break or "continued" is said since the pay
   * table: that header over them (the pay table then takes them if they name new places), or an empty list.
   */
  List<TextTables.Line> headerlessRows(Node node) {
    List<String> header = bands.payHeader();
    if (header == null || !bands.carriesOn()) {
      return List.of();
    }
    // "For comparison, what rivals pay:" right above the rows: another table, never the pay table carried on.
    Node above = node.getPrevious();
    if (above instanceof Paragraph caption && !(caption.getChars().toString().strip().startsWith("|"))
        && rules.forComparison(MarkdownText.plain(caption))) {
      return List.of();
    }
    List<TextTables.Line> lines = new ArrayList<>();
    lines.add(new TextTables.Line(header, 0));
    int offset = 0;
    for (String line : MarkdownText.source(node.getChars()).split("\n", -1)) {
      String row = line.strip();
      if (row.isEmpty()) {
        continue;
      }
      if (row.length() < 2 || row.charAt(0) != '|' || row.charAt(row.length() - 1) != '|') {
        return List.of();
      }
      List<String> cells = new ArrayList<>();
      for (String cell : row.substring(1, row.length() - 1).split("\\|", -1)) {
        cells.add(ExportMarks.oneSpaced(cell.strip()));
      }
      if (cells.size() != header.size()) {
        return List.of();
      }
      lines.add(new TextTables.Line(cells, offset + line.indexOf('|')));
      offset += line.length() + 1;
    }
    return lines;
  }

  /** The rows of a block of text that is a table in another tool's markup whose header names pay columns, or none. */
  List<TextTables.Line> textTable(String block) {
    List<TextTables.Line> html = TextTables.html(block);
    if (!html.isEmpty()) {
      return html;
    }
    if (block.contains("\\\\") && block.indexOf('&') > 0 && block.contains("tabular")) {
      // A LaTeX tabular pasted from a handbook's source.
      List<TextTables.Line> latex = TextTables.latex(block);
      if (!latex.isEmpty() && PayTable.Columns.of(latex.get(0).cells(), rules).isPayTable()) {
        return latex;
      }
    }
    List<TextTables.Line> wiki = TextTables.wiki(block);
    if (!wiki.isEmpty()) {
      return wiki;
    }
    // A Pandoc simple or multiline table: a rule of dashes a column under its header.
    List<TextTables.Line> aligned = block.contains("- -") || block.contains("-  -") ? TextTables.dashRuled(block)
        : List.of();
    if (aligned.isEmpty()) {
      aligned = block.contains("|===") ? TextTables.asciiDoc(block) : TextTables.bordered(block);
    }
    if (aligned.isEmpty()) {
      // A reStructuredText simple table, its columns ruled with equals signs; a MediaWiki table.
      aligned = block.startsWith("=") ? TextTables.ruled(block) : TextTables.mediaWiki(block);
    }
    if (aligned.isEmpty()) {
      aligned = TextTables.fenced(block);
    }
    if (aligned.isEmpty()) {
      // Pipe rows pasted without the line of dashes under the header.
      aligned = TextTables.pipeRows(block);
    }
    if (aligned.isEmpty()) {
      // A sheet pasted with tabs between its cells.
      aligned = TextTables.tabbed(block);
    }
    if (aligned.isEmpty() && block.indexOf('\n') > 0 && block.contains("   ")) {
      // A sheet pasted as plain text, its columns lined up with spaces and no fence around it.
      aligned = TextTables.aligned(block);
    }
    if (aligned.isEmpty() && block.indexOf('\n') > 0 && (block.indexOf(';') > 0 || block.indexOf(',') > 0)) {
      // A sheet exported as CSV, fenced or as plain lines: "location,base_min,base_max,…", "Standort;Grundgehalt von;…".
      aligned = TextTables.delimited(block);
    }
    // Aligned text is a table only where its header names pay columns; other code blocks are examples.
    return !aligned.isEmpty() && PayTable.Columns.of(aligned.get(0).cells(), rules).isPayTable() ? aligned : List.of();
  }

  /**
   * A midpoint dropped from between a row's min and max is no bound, but one outside them says the columns are not
   * what their names say: a warning with the row, never a silent band.
   */
  private void checkMidpoint(LowHighColumns.Midpoint m) {
    List<Figures.Figure> low = draft.figures.scan(m.low());
    List<Figures.Figure> mid = draft.figures.scan(m.mid());
    List<Figures.Figure> high = draft.figures.scan(m.high());
    if (low.isEmpty() || mid.isEmpty() || high.isEmpty()) {
      return;
    }
    long at = mid.get(0).low();
    if (at < low.get(0).low() || at > high.get(0).high()) {
      draft.findings.add(Finding.warning(draft.path, m.line(), "the midpoint '" + m.mid() + "' is not between the"
          + " minimum '" + m.low() + "' and the maximum '" + m.high() + "': check that the columns are what their"
          + " names say"));
    }
  }

  boolean table(List<TextTables.Line> lines, Node block, boolean levelTableSeen) {
    int blockStart = draft.bodyStart + block.getStartOffset();
    List<PayTable.Row> rows = new ArrayList<>();
    for (TextTables.Line l : lines.subList(1, lines.size())) {
      rows.add(new PayTable.Row(l.cells(), draft.lines.line(blockStart + l.offset())));
    }
    int headerAt = blockStart + lines.get(0).offset();
    List<String> header = HeaderNotes.read(lines.get(0).cells(), headerAt, draft.bodyStart + block.getEndOffset(), draft);
    return table(header, rows, draft.lines.line(headerAt), levelTableSeen);
  }

  private boolean table(List<String> header, List<PayTable.Row> rows, int tableLine, boolean levelTableSeen) {
    SectionSeen current = draft.current;
    if (draft.regions == null && header.size() == 2 && draft.placeBands == null) {
      Map<String, PlaceBands.Assigned> placeBands = PlaceBands.of(header, rows, rules);
      if (placeBands != null) {
        // "| Office | Band |" over "| Chicago | B6 |": which band's row is each place's, read with the next table.
        draft.placeBands = placeBands;
        draft.placeBandsLine = tableLine;
        return levelTableSeen;
      }
    }
    PlaceBands.ByPlace byPlace = draft.regions == null && draft.placeBands != null
        ? PlaceBands.rows(header, rows, draft.placeBands, rules) : null;
    if (byPlace != null) {
      draft.findings.add(Finding.info(draft.path, tableLine, "the table at line " + tableLine + " gives each band's"
          + " pay and the one at line " + draft.placeBandsLine + " each place's band: each place is read with its"
          + " band's row"));
      for (PlaceBands.Missing m : byPlace.missing()) {
        draft.findings.add(Finding.warning(draft.path, m.line(), "'" + m.place() + "' is in band '" + m.band()
            + "', which the table at line " + tableLine + " has no row for: " + m.place() + " is left out (add a '"
            + m.band() + "' row or correct its band)"));
      }
      header = new ArrayList<>(header);
      header.set(0, "Location");
      rows = byPlace.rows();
    }
    if (draft.regions == null) {
      // Spacer columns, a country written once over its cities, a units row: a sheet's paste read as it is meant.
      SheetPaste.Tidied tidied = SheetPaste.of(header, rows, rules);
      header = tidied.header();
      rows = tidied.rows();
      tidied.notes().forEach(n -> draft.findings.add(Finding.info(draft.path, tableLine, "the table at line "
          + tableLine + ": " + n)));
    }
    YearRows.Latest latest = draft.regions == null ? YearRows.of(header, rows, rules) : null;
    if (latest != null) {
      // "| London (HQ) | 2026 | … |" over "| London (HQ) | 2025 | … |": the latest year's rows are the band.
      header = latest.header();
      rows = latest.rows();
      draft.findings.add(Finding.info(draft.path, tableLine, "the table at line " + tableLine + ": " + latest.note()));
    }
    YearColumns.Latest latestColumns = draft.regions == null ? YearColumns.of(header, rows, rules) : null;
    if (latestColumns != null) {
      // "| Site | Base (2025) | Base (2026) | Bonus |": the latest year's column is the band, the older one history.
      header = latestColumns.header();
      rows = latestColumns.rows();
      draft.findings.add(Finding.info(draft.path, tableLine, "the table at line " + tableLine + ": "
          + latestColumns.note()));
    }
    List<ReadingRules.Column> legend = current.legend();
    String legendSaid = current.legendSaid();
    if (legend.isEmpty() && header.size() == 2 && draft.regions == null) {
      // "| Office | Base · Shares per year · Bonus |": the header cell is the legend of the cells under it.
      legendSaid = header.get(1);
      legend = RegionProse.legend(legendSaid, rules);
    }
    if (draft.regions == null && !legend.isEmpty()) {
      // "Each cell is base / RSUs per year / target bonus": each cell's parts in the legend's order.
      List<String> splitHeader = new ArrayList<>();
      List<PayTable.Row> split = LegendCells.split(header, rows, legend, rules, splitHeader, legendSaid);
      if (split != null) {
        header = splitHeader;
        rows = split;
      }
    }
    CurrencyColumns.Merged byCurrency = draft.regions == null ? CurrencyColumns.of(header, rows, rules) : null;
    if (byCurrency != null) {
      // "| Base (USD) | Base (GBP) |", each row filling one: one base column, each figure in its column's currency.
      header = byCurrency.header();
      rows = byCurrency.rows();
    }
    PlusColumns.Split plus = draft.regions == null && PlusColumns.mayHold(header)
        ? PlusColumns.of(header, rows, rules) : null;
    if (plus == null && draft.regions == null && PlusColumns.mayHoldInCells(rows)) {
      // "| Base |" over "$110K–$130K (+10% bonus)" with no bonus column: the bonus is its own part.
      plus = PlusColumns.bonusInBase(header, rows, rules);
    }
    if (plus != null) {
      // "| Base + bonus |" over "€78,000–€92,000 + 10%": a column for each part.
      header = plus.header();
      rows = plus.rows();
    }
    if (draft.regions == null && header.size() > 2) {
      // "| Location | Base salary | Total | Notes |" over "… | 10% target, paid quarterly |": the notes are the bonus.
      List<String> noted = new ArrayList<>();
      List<PayTable.Row> bonus = BonusNotes.of(header, rows, rules, noted);
      if (bonus != null) {
        header = noted;
        rows = bonus;
      }
    }
    if (draft.regions == null) {
      // "| Shift bonus |" over "$1.50/hr nights": pay for some hours, on top of the band.
      header = ShiftColumns.hourlyShiftBonus(header, rows, rules);
    }
    LowHighColumns.Merged merged = LowHighColumns.of(header, rows, rules, current.title);
    if (merged == null && draft.regions == null) {
      // "| Atlanta | Min | $120K |" over "| Atlanta | Max | $145K |": a region's band's ends in two rows.
      merged = LowHighColumns.rowPairs(header, rows);
    }
    if (merged != null) {
      header = merged.header();
      rows = merged.rows();
      merged.midpoints().forEach(this::checkMidpoint);
    }
    if (draft.regions == null && header.size() > 2) {
      // "| Location | P10 | P25 | P50 | P75 | P90 |", "| Location | Midpoint | Range |": a band written as points.
      String context = current.title + " " + String.join(" ", header);
      PercentileColumns.Read points = PercentileColumns.of(header, rows, context, draft.text);
      points = points != null ? points : MidpointSpread.of(header, rows, context, draft.text);
      // "| Boston (HQ) | P25 | $128K |" over "| | P75 | $156K |": a row per percentile, the place written once.
      points = points != null ? points : PercentileColumns.rows(header, rows, draft.text);
      if (points != null && points.error() != null) {
        draft.findings.add(Finding.error(draft.path, tableLine, "the table at line " + tableLine + ": "
            + points.error()));
        draft.matrixRefused = true;
        return levelTableSeen;
      }
      if (points != null) {
        draft.findings.add(Finding.info(draft.path, tableLine, points.note()));
        header = points.header();
        rows = points.rows();
      }
    }
    if (draft.regions == null) {
      // "$200K +/- 10%", "$150K → $180K": a band written as a midpoint and its spread, or from one end to the other.
      BandCells.Read written = BandCells.of(rows);
      if (written != null) {
        rows = written.rows();
        written.notes().forEach(n -> draft.findings.add(Finding.info(draft.path, tableLine, "the table at line "
            + tableLine + ": " + n)));
      }
    }
    header = partNamedAbove(header);
    if (draft.regions == null && header.size() == 2 && placeTable(header, rows, tableLine, current)) {
      return levelTableSeen;
    }
    if (draft.regions == null) {
      // "| Level | Austin | | Denver | |" over "| | Base | Stock | Base | Stock |": a row per level and part.
      List<String> byPart = new ArrayList<>();
      List<PayTable.Row> split = PlacesOverParts.of(header, rows, rules, byPart);
      if (split != null) {
        header = byPart;
        rows = split;
      }
      List<String> atLevel = new ArrayList<>();
      rows = bands.partsAtLevel(header, rows, atLevel);
      if (rows == null) {
        return levelTableSeen;
      }
      header = atLevel.isEmpty() ? header : atLevel;
      if (split != null && rows.size() == 1) {
        // One part over every place ("Base salary (USD)" over the places): the level's row is each place's base.
        List<String> turned = new ArrayList<>();
        rows = PayTable.turn(header, rows, turned);
        header = turned;
      }
    }
    List<String> longHeader = new ArrayList<>();
    List<PayTable.Row> wide = draft.regions == null ? LongTables.turned(header, rows, rules, longHeader) : null;
    if (wide != null) {
      header = longHeader;
      rows = wide;
    }
    if (draft.regions == null && PayTable.sideways(header, rows, rules)) {
      List<String> kept = new ArrayList<>();
      rows = PayTable.withoutNoteColumns(header, rows, rules, kept);
      header = kept;
      List<String> turned = new ArrayList<>();
      rows = PayTable.turn(header, rows, turned);
      header = turned;
      // "| Base (min) |" over "| Base (max) |" down the side: each band's ends in two rows, merged once turned.
      LowHighColumns.Merged ends = merged == null ? LowHighColumns.of(header, rows, rules, current.title) : null;
      if (ends != null) {
        header = ends.header();
        rows = ends.rows();
      }
    }
    if (draft.regions != null && current.kind == Section.TARGETS && placesAcross(header)) {
      // "| | Austin | Denver |" over "| Aim for | $225K | $220K |": targets with their places across the top.
      List<String> turned = new ArrayList<>();
      rows = PayTable.turn(header, rows, turned);
      header = turned;
    }
    PayTable.Columns columns = PayTable.Columns.of(header, rules);
    if (draft.regions == null && columns.isPayTable() && columns.currency() < 0) {
      // "| London (GBP) |": the code after each place's name is its row's currency, as a Currency column says.
      List<PayTable.Row> named = BandTable.currencyInNames(rows, columns.region());
      if (named != null) {
        header = new ArrayList<>(header);
        header.add("Currency");
        rows = named;
        columns = PayTable.Columns.of(header, rules);
      }
    }
    String payMix = draft.regions == null && columns.base() < 0 && columns.total() >= 0 && columns.mix() < 0
        && columns.region() >= 0 ? payMix(header.get(columns.total()), tableLine) : null;
    if (payMix != null) {
      // "| Office | Total target cash |" and "split 80% base salary and 20% bonus": each total splits so.
      header = new ArrayList<>(header);
      header.add("Pay mix");
      List<PayTable.Row> mixed = new ArrayList<>(rows.size());
      for (PayTable.Row row : rows) {
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() < header.size() - 1) {
          cells.add("");
        }
        cells.add(payMix);
        mixed.add(new PayTable.Row(cells, row.line()));
      }
      rows = mixed;
      columns = PayTable.Columns.of(header, rules);
    }
    if (bands.take(header, columns, rows, tableLine, captionForComparison, yearCaption)) {
      return levelTableSeen;
    }
    if (draft.regions == null && draft.totalsOnlyLine == 0 && columns.base() < 0 && columns.total() >= 0
        && columns.total() != columns.region() && columns.target() < 0 && current.kind != Section.TARGETS) {
      // "| Studio | Total compensation |": a pay table without a base, said as such if no pay table follows.
      draft.totalsOnlyLine = tableLine;
    }
    // "| Ask | Say | When |" under a levers heading: a column of wording makes "Ask" a lever's title, not an aim.
    boolean targetsTable = current.kind == Section.TARGETS || columns.target() >= 0 && columns.base() < 0
        && !(current.kind == Section.LEVERS && LeverReader.wordingColumn(header) >= 0);
    boolean itemsTable = current.kind == Section.LEVERS || current.kind == Section.LEVERAGE
        || current.kind == Section.PREMIUMS;
    if (!targetsTable && !itemsTable && !levelTableSeen && (current.kind == Section.LEVELS
        || !header.isEmpty() && header.get(0).toLowerCase(Locale.ROOT).contains("level"))) {
      draft.levelMapping = new LevelMapping(header, rows.stream().map(PayTable.Row::cells).toList(), "");
      return true;
    }
    if (!targetsTable && !itemsTable && header.size() == 2 && FACTOR_HEADER.matcher(header.get(1)).find()
        // "| Shift | Differential |" over "Night | 10%": shifts, not places; only a place column makes factors of pay.
        && rules.column(header.get(0)) == ReadingRules.Column.REGION) {
      // "| Location | Location factor |" over "Seattle | 1.10": bands worked out from the HQ's, not read yet.
      draft.findings.add(Finding.error(draft.path, tableLine, "the table at line " + tableLine + " gives each place a"
          + " factor of another's pay ('" + header.get(1) + "'), and the reader does not work bands out from a"
          + " factor: write each place's bands as a row of the pay table"));
      return levelTableSeen;
    }
    items.read(header, columns, rows, targetsTable);
    return levelTableSeen;
  }

  /**
   * The split of a totals-only table's totals: the one the guide states, or, where it gives the base's share alone
   * ("Base is about 80% of the total") and the total is cash (base and bonus, no equity), that share and the rest as
   * the bonus, said in an info line; null otherwise (a total with equity in it cannot be split by the base's share).
   */
  private String payMix(String totalHeader, int tableLine) {
    if (draft.conventions.payMix() != null) {
      return draft.conventions.payMix();
    }
    String h = totalHeader.toLowerCase(Locale.ROOT);
    // "OTE" as a word: never the "ote" inside "Notes", "remote" or "footnote".
    if (!h.contains("cash") && !h.matches("(?s).*\\bote\\b.*") && !h.contains("on-target") && !h.contains("on target")) {
      return null;
    }
    int base = PayMix.baseShare(draft.text);
    if (base < 50 || base >= 100) {
      return null;
    }
    draft.findings.add(Finding.info(draft.path, tableLine, "the table at line " + tableLine + " gives totals of cash"
        + " only and the guide says the base is " + base + "% of them: the other " + (100 - base) + "% is read as the"
        + " bonus (derived)"));
    return base + "/" + (100 - base);
  }

  /**
   * A Component | Range table under a place's heading, read as that place's "Base: …" lines would be: "### London"
   * over it titles an item whose text it is; "## New York (HQ)" under no section names the region it is for.
   */
  private boolean placeTable(List<String> header, List<PayTable.Row> rows, int tableLine, SectionSeen current) {
    boolean underItem = draft.pending.title != null && current.kind == Section.PAY;
    boolean underPlace = draft.pending.title == null && current.kind == Section.NONE;
    if (!underItem && !underPlace || !PayTable.sideways(header, rows, rules)) {
      return false;
    }
    StringBuilder text = underItem ? draft.pending.text : new StringBuilder();
    for (PayTable.Row row : rows) {
      if (row.cells().size() == 2) {
        text.append(row.cells().get(0)).append(": ").append(row.cells().get(1)).append("; ");
      }
    }
    if (underItem) {
      return true;
    }
    RegionProse.Cells cells = RegionProse.cells(current.title, text.toString(), rules, figures);
    if (cells == null) {
      return false;
    }
    draft.region(cells, tableLine);
    return true;
  }

  /**
   * "### Base salary" over "| Studio | Range |", then "### Equity (per year)" over "| Studio | Per year |": a table of
   * places and one column its header does not name, under a heading that names one part, is a table of that part.
   */
  private List<String> partNamedAbove(List<String> header) {
    if (header.size() != 2 || !rules.namesNoColumn(header.get(1)) || !rules.namesNoColumn(header.get(0))
        && rules.column(header.get(0)) != ReadingRules.Column.REGION) {
      return header;
    }
    boolean underItem = draft.pending.title != null && draft.current.kind == Section.PAY;
    String above = underItem ? draft.pending.title : draft.current.title;
    ReadingRules.Column part = above == null ? ReadingRules.Column.UNKNOWN : rules.column(above);
    if (part != ReadingRules.Column.BASE && part != ReadingRules.Column.STOCK && part != ReadingRules.Column.BONUS) {
      return header;
    }
    if (underItem) {
      // The heading names the table's part, not a place whose lines follow.
      draft.pending.title = null;
    }
    String value = header.get(1).strip();
    return List.of(header.get(0), value.isEmpty() ? above : above + " (" + value + ")");
  }

  /** Whether a header names a pay-table place in every cell after its first (two at least), and none in its first. */
  private boolean placesAcross(List<String> header) {
    if (header.size() < 3 || !draft.regionPhrases.named(draft.regions, header.get(0)).isEmpty()) {
      return false;
    }
    for (String cell : header.subList(1, header.size())) {
      if (draft.regionPhrases.named(draft.regions, cell.replace("**", "")).size() != 1) {
        return false;
      }
    }
    return true;
  }
}
