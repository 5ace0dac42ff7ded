package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one read of a guide has gathered so far, shared by the classes that read its blocks: the model's parts, the
 * findings, the section the walk is in. Discarded after the read.
 */
final class GuideDraft {

  /** A sentence that says a part of the pay is the same in every region, and its line. */
  record Said(String text, int line) {}

  final String path;
  final String text;
  final LineIndex lines;
  final ReadingRules rules;
  final RegionPhrases regionPhrases;
  final List<Finding> findings = new ArrayList<>();
  Map<String, Object> front = Map.of();
  /** Where the markdown body starts in the file, after the frontmatter. */
  int bodyStart;

  Conventions conventions;
  GuideFigures figures;
  SectionItems items;

  String titleHeading;
  /** The company named on a line of its own ("Company: …"), or null. */
  String companyLine;
  /** A short line right under a title heading ("Fjord Mobility GmbH — Vergütungsleitfaden 2026"), or null. */
  String subtitle;
  /**
   * The date of the changelog entry the blocks sit under ("### 2026-01-15" over "- Raised Denver to base …"), and
   * its heading's level; null outside one. A place written in two entries keeps the later entry's band.
   */
  String dated;
  int datedLevel;
  private final Map<String, String> regionDates = new java.util.HashMap<>();
  /** The first line that speaks of OTE, for the error when no base or pay mix says how to split it; or 0. */
  int oteLine;
  /** The one place a "Location: Leeds" line names for the whole guide, or null. */
  String location;
  /** A paragraph saying the guide's pay is per month ("All pay below is monthly"), or null. */
  Node monthlyStatement;
  /** Sentences that say a part of the pay is the same everywhere ("a 5% bonus target everywhere"). */
  final List<Said> everywhere = new ArrayList<>();
  /**
   * Sentences that give a part place by place with no word for every place ("RSUs: $40K/yr in Seattle, $32K/yr in
   * Denver"): read for the places they name, never as one figure for all.
   */
  final List<Said> placeByPlace = new ArrayList<>();
  /**
   * Sentences that give a part at one level ("Bonus: 15% target at L5"), with the level: beside a sheet of pay by
   * level, a part at the guide's own level holds for every place.
   */
  final List<LevelSaid> atLevel = new ArrayList<>();

  /** A sentence giving a part at one level, the level as written. */
  record LevelSaid(Said said, String level) {}

  /** A place's name that ends in a state's or country's code: "Dubai, AE", "Austin, TX". */
  private static final java.util.regex.Pattern STATE_CODE = java.util.regex.Pattern.compile(",\\s*\\p{Lu}{2,3}\\s*$");
  /** A word of one or two letters. */
  private static final java.util.regex.Pattern SHORT_WORD = java.util.regex.Pattern.compile("\\b\\p{L}{1,2}\\b");
  /** The role's and the company's names, lower-cased, once a region's name is first checked against them. */
  private String[] guideNames;
  /** Regions' names that are the first word of the company's name, for {@link #companyWordsAsPlaces}. */
  private final java.util.Set<String> companyWords = new java.util.HashSet<>();

  /** Lists under a part's label that give each place's part ("## Equity" over place bullets): never targets. */
  final java.util.Set<Node> partLists = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Each place's own parts, given under a part's label ("## Equity" over "- Sydney: none"), by its short name. */
  final Map<String, Map<ReadingRules.Column, String>> partsByPlace = new java.util.HashMap<>();

  /** The pay table's regions once one is read; null until then. */
  List<Region> regions;
  int payTableLine;
  /** The scale the pay table's base header gives its cells ("Base ($k)": 1,000), 1 where none. */
  long payTableUnit = 1;
  /** A tier shared by several pay-table rows ("Tier 1") to its rows' short names, for the aims written per tier. */
  Map<String, List<String>> tierPlaces = Map.of();
  /** Each place to its band from a table of places and bands ("| Chicago | B6 |"), for the band table after it. */
  Map<String, PlaceBands.Assigned> placeBands;
  /** The line of that table. */
  int placeBandsLine;
  /** Regions written outside a pay table, in prose, bullets or the frontmatter. */
  final List<Region> proseRegions = new ArrayList<>();
  /** What each region written outside a table said, in order, so a later one's "same bonus" finds it. */
  private final List<RegionProse.Cells> proseCells = new ArrayList<>();
  /** The stock and bonus said once for every place, read at the first place's line that leaves one out. */
  private Map<ReadingRules.Column, RegionBands.Cell> saidOnce;
  /** The parts a warning has said read 0 for want of any figure, once each. */
  private final java.util.Set<ReadingRules.Column> unsaidWarned = java.util.EnumSet.noneOf(ReadingRules.Column.class);
  LevelMapping levelMapping = LevelMapping.NONE;
  final List<Premium> premiums = new ArrayList<>();
  final List<Lever> levers = new ArrayList<>();
  final List<String> sources = new ArrayList<>();
  final List<String> architectureText = new ArrayList<>();
  /** The line of a table of regions with a total column and no base column, or 0. */
  int totalsOnlyLine;
  /** Whether a table of levels across was refused with its own error (no second "no pay table" then). */
  boolean matrixRefused;

  final List<SectionSeen> sections = new ArrayList<>();
  SectionSeen current;
  final PendingItem pending = new PendingItem();

  /** The plain text of the top-level blocks, kept from the conventions pass for the walk that reads them again. */
  private final Map<Node, String> plainTexts = new IdentityHashMap<>();

  GuideDraft(String path, String text, ReadingRules rules, RegionPhrases regionPhrases) {
    this.path = path;
    this.text = text;
    this.lines = new LineIndex(text);
    this.rules = rules;
    this.regionPhrases = regionPhrases;
  }

  /**
   * The words that name the guide's role before the walk finds its title: the frontmatter's role and title and the
   * first line of the body that is a heading or bold, where a title sits.
   */
  private String roleWords() {
    StringBuilder words = new StringBuilder();
    for (String key : List.of("role", "role_display", "title")) {
      words.append(front.get(key) instanceof String s ? s + " " : "");
    }
    String firstLine = null;
    String[] lines = text.substring(Math.min(bodyStart, text.length())).split("\n", 40);
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.startsWith("#") || t.startsWith("**")) {
        words.append(t);
        // "We're hiring at **L4** for this role." under the title: the level the guide is for, as a title naming it.
        for (int j = i + 1; j < lines.length && !lines[j].startsWith("#") && j < i + 12; j++) {
          if (lines[j].indexOf("hir") >= 0 || lines[j].indexOf("level") >= 0) {
            for (String sentence : lines[j].replace("**", "").split("(?<=[.;!?])\\s+")) {
              words.append(rules.saysLevel(sentence) ? " " + sentence : "");
            }
          }
        }
        return words.toString();
      }
      firstLine = firstLine == null && !t.isEmpty() ? t : firstLine;
    }
    // Notes pasted as plain text: their first line is where the title sits ("Seabright Bio / Process Engineer (P3)").
    return words.append(firstLine == null ? "" : firstLine).toString();
  }

  /** The guide's conventions, and the figure reading and item judging that follow from them. */
  void conventions(Conventions declared) {
    conventions = declared;
    figures = new GuideFigures(declared.decimal(), declared.payMix(), !everywhere.isEmpty(), roleWords());
    items = new SectionItems(rules, figures, regionPhrases);
  }

  String plainOf(Node block) {
    return plainTexts.computeIfAbsent(block, MarkdownText::plain);
  }

  /** The file's line a parsed node starts on. */
  int line(Node node) {
    return lines.line(bodyStart + node.getStartOffset());
  }

  /** The line of the first of these labels in the file, or 1. */
  int lineOf(String... labels) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String label : labels) {
      int at = lower.indexOf(label);
      if (at >= 0) {
        return lines.line(at);
      }
    }
    return 1;
  }

  boolean hasError() {
    for (Finding f : findings) {
      if (f.isError()) {
        return true;
      }
    }
    return false;
  }

  /** The regions read so far: the pay table's, else those written in prose. */
  List<Region> regionsSoFar() {
    return regions != null ? regions : proseRegions;
  }

  /** How many things the guide has yielded so far; a section that adds none is checked for silence. */
  int yields() {
    return (regions == null ? 0 : regions.size()) + proseRegions.size() + levers.size() + premiums.size()
        + (levelMapping == LevelMapping.NONE ? 0 : 1) + sources.size() + architectureText.size();
  }

  /** Opens a section under a heading; the walk is in it until the next. */
  void openSection(Section kind, String title, int line, int level) {
    current = new SectionSeen(kind, title, line, level, yields(), conventions.thousands(), rules);
    sections.add(current);
  }

  /** Text the current section offers Negotiate Up to read for targets. */
  void snippet(String text, int line, boolean targetsContext) {
    // "Aim for CHF 140,000 in total." under "#### Zürich": the aim is the place's its heading names.
    String said = current.placeHeading == null ? text : "For " + current.placeHeading + ": " + text;
    current.snippets.add(new NegotiateUp.Snippet(said, line, targetsContext, current.unit()));
  }

  /** A table row's target for a region ("—" where the cell is empty). */
  void tableTarget(String region, String cell, int line) {
    String text = cell.strip().isEmpty() ? "—" : cell.strip();
    snippet(region.replace("**", "") + ": " + text, line, true);
  }

  /**
   * Whether every sentence of an item judged a target is read for targets. Under a pay heading or none, only its
   * sentences with a target phrase are, as they always were there ("Aim for $198K in Boston. Boston offers come in
   * near $170K."); elsewhere, and where no phrase is written ("**Seattle**: $268K"), the whole item is.
   */
  boolean wholeItemIsTarget(String text) {
    return current.kind != Section.PAY && current.kind != Section.NONE || !rules.saysTarget(text);
  }

  /** What an item of the current section holds; an item its heading does not name is said once, as info. */
  SectionItems.Kind item(String text, String wording, int line) {
    SectionItems.Kind kind = items.of(text, wording, current.kind, regionsSoFar());
    if (kind == SectionItems.Kind.THEIRS) {
      String quote = wording != null ? wording : Quotes.quoted(text);
      findings.add(Finding.info(path, line, "line " + line + " quotes what the other side says (\""
          + (quote.length() > 60 ? quote.substring(0, 60) + "…" : quote) + "\"): not wording for the candidate, "
          + "so not read as a lever"));
      return kind;
    }
    if (kind != SectionItems.Kind.HEADING && !current.title.isEmpty() && current.moved.add(kind)) {
      String holds = switch (kind) {
        case LEVER -> "a lever (quoted wording)";
        case TARGET -> "a target (a place and a figure to aim for)";
        default -> "a premium (an amount on top)";
      };
      findings.add(Finding.info(path, line, "section '" + current.title + "' "
          + (current.kind == Section.NONE ? "has a heading that names no kind of section"
              : "is " + current.kind.name().toLowerCase(Locale.ROOT) + " by its heading")
          + ", but line " + line + " holds " + holds + ": read by what it holds (said once per section)"));
    }
    return kind;
  }

  /** A region written outside a pay table, read from its cells. */
  void region(RegionProse.Cells cells, int line) {
    String asked = cells.name().endsWith("?") ? RegionProse.placeAsked(cells.name()) : null;
    if (asked != null) {
      // "## And in Richmond?" over its answer: an FAQ's question names the place, it is not the place's name.
      cells = new RegionProse.Cells(asked, cells.cells(), cells.hq());
    }
    List<String> grouped = Places.grouped(cells.name());
    if (grouped.size() >= 2) {
      // "**Austin, Denver and Raleigh:** base …": one band for each place the label names.
      findings.add(Finding.info(path, line, "'" + cells.name() + "' names " + grouped.size() + " places: each is a "
          + "region with the same pay"));
      for (String place : grouped) {
        region(new RegionProse.Cells(place, cells.cells(), cells.hq()), line);
      }
      return;
    }
    String guideName = RegionProse.ALL_LOCATIONS.equals(cells.name()) ? null : namesTheGuide(cells.name());
    if (guideName != null) {
      // "Cobalt pays a base of $118,000 to $136,000", "**Controls Engineer II**: base …": the company or the role, not
      // a place; the band is every place's.
      findings.add(Finding.info(path, line, "'" + cells.name() + "' names the " + guideName
          + ", not a place: read as one band for all locations"));
      cells = new RegionProse.Cells(RegionProse.ALL_LOCATIONS, cells.cells(), cells.hq());
    }
    RegionBands.Cell unread = cells.cells().get(ReadingRules.Column.UNKNOWN);
    if (unread != null) {
      // "…, plus a 5% harvest dividend": a figure no part word names is left out, and the author is told which.
      Map<ReadingRules.Column, RegionBands.Cell> known = new EnumMap<>(cells.cells());
      known.remove(ReadingRules.Column.UNKNOWN);
      cells = new RegionProse.Cells(cells.name(), known, cells.hq());
      if (RegionProse.SAYS_FIGURE_HOLDS_MORE.matcher(unread.text()).find()) {
        // "$140,000–$160,000, 20% of which is variable": the clause says the figure holds more than the base, so
        // served without it the total would be the base; the place is left out, as a line in doubt is (s30 G).
        findings.add(Finding.warning(path, line, "'" + unread.text() + "' in the line of " + cells.name()
            + " says its figure holds more than the base, in words the reader cannot work out: " + cells.name()
            + " is left out. Write its parts, as in 'base $112K–$128K, bonus 20% of base'"));
        return;
      }
      findings.add(Finding.warning(path, line, "'" + unread.text() + "' in the line of " + cells.name()
          + " names no part of the pay the reader knows, so it is left out of " + cells.name() + "'s pay: name its"
          + " part (base, stock, bonus or total)"));
    }
    cells = partsSaidOnce(ownParts(sameParts(cells, line)), line);
    proseCells.add(cells);
    // Under "### EU offices (EUR)", in a guide whose headings state several currencies, a place is in that one.
    Region r = new RegionBands(conventions, figures, rules, findings).read(cells.name(), line, cells.cells(), null,
        conventions.currencyHeadings().at(line));
    if (r != null && cells.hq() && !r.hq()) {
      r = new Region(r.name(), true, r.currency(), r.bands(), r.line());
    }
    if (r != null && dated != null && !laterEntry(r, line)) {
      return;
    }
    if (r != null) {
      proseRegions.add(r);
      RegionBands.Cell aim = cells.cells().get(ReadingRules.Column.TARGET);
      if (aim != null) {
        // "Atlanta: …; push for $215k total": the place's aim in its own line, as a targets table's cell.
        tableTarget(r.name(), aim.text(), line);
      }
    }
  }

  /** What the region of that name written outside a table said, the last one of that name; null where none. */
  RegionProse.Cells proseCellsOf(String name) {
    for (int i = proseCells.size() - 1; i >= 0; i--) {
      String said = proseCells.get(i).name();
      if (said.equalsIgnoreCase(name) || Region.shortName(said).equalsIgnoreCase(Region.shortName(name))) {
        return proseCells.get(i);
      }
    }
    return null;
  }

  /**
   * Whether a place read under a changelog entry is new to the guide; where an entry of another date gave it before,
   * the later entry's band stands in the earlier one's place, with an info line, and false is returned.
   */
  private boolean laterEntry(Region r, int line) {
    String key = r.name().toLowerCase(Locale.ROOT);
    String before = regionDates.get(key);
    if (before == null) {
      regionDates.put(key, dated);
      return true;
    }
    if (before.equals(dated)) {
      // "## 2026" over "### Senior" and "### Staff": one date twice is no change over time; the sections under it
      // (levels, say) choose the band, as LevelSections does, or the reader says it cannot.
      return true;
    }
    for (int i = 0; i < proseRegions.size(); i++) {
      if (proseRegions.get(i).name().equalsIgnoreCase(r.name())) {
        boolean later = dated.compareTo(before) > 0;
        String kept = later ? dated : before;
        if (later) {
          proseRegions.set(i, r);
          regionDates.put(key, dated);
        }
        findings.add(Finding.info(path, line, "'" + r.name() + "' is given in the entries of " + before + " and "
            + dated + ": the band of " + kept + ", the later, is read"));
        return false;
      }
    }
    return true;
  }

  /**
   * "role" or "company" where a region's name is the guide's role or company (its words open that name, or name a
   * role), else null.
   */
  private String namesTheGuide(String name) {
    if (titleHeading == null && front.isEmpty()) {
      return null;
    }
    String words = name.strip().toLowerCase(Locale.ROOT);
    if (words.isEmpty() || Places.tokens(name).isEmpty() || STATE_CODE.matcher(name).find()) {
      // "Dubai, AE", "Doha, QA": a place with its code, whatever role word the code spells.
      return null;
    }
    // Role words of three letters or more: "AE" and "QA" are countries as often as roles.
    if (rules.namesRole(SHORT_WORD.matcher(name).replaceAll(" "))) {
      return "role";
    }
    if (guideNames == null) {
      // Worked out once: the title and frontmatter are read before any region is.
      GuideNames names = new GuideNames(this);
      guideNames = new String[] {names.role().title() == null ? "" : names.role().title().toLowerCase(Locale.ROOT),
          names.company().name() == null ? "" : names.company().name().toLowerCase(Locale.ROOT)};
    }
    String role = guideNames[0];
    String company = guideNames[1];
    if (company.startsWith(words + " ")) {
      // "Cobalt" of "Cobalt Robotics", or "Boston" of "Boston Dynamics": decided once the guide is read, by whether
      // it names other places beside it (finish).
      companyWords.add(name);
    }
    return role.equals(words) || role.startsWith(words + " ") ? "role" : company.equals(words) ? "company" : null;
  }

  /**
   * Once the guide is read: the one place written that is only the first word of the company's name ("Cobalt pays a
   * base of …" in Cobalt Robotics' guide) is every place's band; beside other places ("Boston" in Boston Dynamics'
   * guide, with Austin) it is a place.
   */
  void companyWordsAsPlaces() {
    if (proseRegions.size() != 1 || !companyWords.contains(proseRegions.get(0).name())) {
      return;
    }
    Region r = proseRegions.get(0);
    findings.add(Finding.info(path, r.line(), "'" + r.name() + "' names the company, not a place: read as one band "
        + "for all locations"));
    proseRegions.set(0, new Region(RegionProse.ALL_LOCATIONS, r.hq(), r.currency(), r.bands(), r.line()));
  }

  /**
   * A place's line that leaves out stock or the bonus, in a guide that says them once for every place ("Everyone gets
   * the same equity: $24K/yr", "bonus 10% in every location"): those parts, read once with an info line each.
   */
  /** Whether a part is said once for every place and was read so for a place that leaves it out. */
  boolean saidOnceForEveryPlace(ReadingRules.Column part) {
    return saidOnce != null && saidOnce.containsKey(part);
  }

  /** The currency a cell's first figure is written in, or null where it names none ("10%", "$" alone in prose). */
  private String currencyOf(RegionBands.Cell cell) {
    if (cell == null) {
      return null;
    }
    List<Figures.Figure> read = figures.scan(cell.text());
    return read.isEmpty() || read.get(0).percent() ? null : read.get(0).iso();
  }

  /** "## Equity" over "- Hong Kong: HK$110,000 a year": Hong Kong's own part, where its line leaves it out. */
  private RegionProse.Cells ownParts(RegionProse.Cells cells) {
    Map<ReadingRules.Column, String> given = partsByPlace.get(Region.shortName(cells.name()));
    if (given == null) {
      return cells;
    }
    Map<ReadingRules.Column, RegionBands.Cell> own = new EnumMap<>(cells.cells());
    given.forEach((part, text) -> own.putIfAbsent(part, new RegionBands.Cell(text,
        part.name().toLowerCase(Locale.ROOT))));
    return new RegionProse.Cells(cells.name(), own, cells.hq());
  }

  private RegionProse.Cells partsSaidOnce(RegionProse.Cells cells, int line) {
    if (cells.cells().containsKey(ReadingRules.Column.STOCK) && cells.cells().containsKey(ReadingRules.Column.BONUS)) {
      return cells;
    }
    if (everywhere.isEmpty()) {
      // Nothing said once for every place: still never a silent 0 for the parts this place's lines leave out.
      saidOnce = Map.of();
    } else if (saidOnce == null) {
      saidOnce = RegionProse.parts(EverywhereParts.asLine(EverywhereParts.of(this, java.util.EnumSet.of(
          ReadingRules.Column.STOCK, ReadingRules.Column.BONUS), "each place written without it")), rules, figures);
    }
    Map<ReadingRules.Column, RegionBands.Cell> parts = new EnumMap<>(cells.cells());
    if (!everywhere.isEmpty() || !placeByPlace.isEmpty()) {
      // "RSUs worth €20,000 a year in Berlin and £17,000 a year in London": this place's own, said among others'.
      java.util.Set<ReadingRules.Column> lacking = java.util.EnumSet.of(ReadingRules.Column.STOCK,
          ReadingRules.Column.BONUS);
      lacking.removeAll(parts.keySet());
      String placed = EverywhereParts.perPlace(this, lacking, java.util.Set.of(cells.name())).get(cells.name());
      if (placed != null) {
        RegionProse.parts(placed, rules, figures).forEach(parts::putIfAbsent);
        // Never a figure in silence: the place's line does not hold it, so where it came from is said.
        findings.add(Finding.info(path, line, "'" + placed.substring(0, placed.length() - 2) + "' for " + cells.name()
            + " is read from a sentence that gives each place its own"));
      }
    }
    String own = currencyOf(cells.cells().get(ReadingRules.Column.BASE));
    saidOnce.forEach((part, cell) -> {
      String said = currencyOf(cell);
      if (own != null && said != null && !own.equals(said) && !parts.containsKey(part)) {
        // "$90,000 in RSUs" for everyone, beside Calgary's CA$ base: not Calgary's in its own currency, so left out
        // with a word, never a row that mixes currencies and takes the whole guide down.
        findings.add(Finding.warning(path, line, part.name().toLowerCase(Locale.ROOT) + " said once for every place ('"
            + cell.text() + "') is in " + said + ", and " + cells.name() + "'s pay in " + own + ": not read for it;"
            + " write " + cells.name() + "'s in " + own));
        parts.put(part, new RegionBands.Cell("none", cell.header()));
      } else {
        parts.putIfAbsent(part, cell);
      }
    });
    for (ReadingRules.Column part : List.of(ReadingRules.Column.STOCK, ReadingRules.Column.BONUS)) {
      // Never a silent 0: a part neither the place's line nor a sentence for every place gives is said to read 0.
      // An OTE split by its pay mix gives the variable, which is the bonus.
      boolean mixed = part == ReadingRules.Column.BONUS && parts.containsKey(ReadingRules.Column.PAY_MIX);
      if (!parts.containsKey(part) && !mixed && unsaidWarned.add(part)) {
        String named = part.name().toLowerCase(Locale.ROOT);
        findings.add(Finding.warning(path, line, "no " + named + " is written for " + cells.name() + " or said once for"
            + " every place, so " + named + " reads 0 for each place that leaves it out: write it, or 'no " + named
            + "'"));
      }
    }
    return new RegionProse.Cells(cells.name(), parts, cells.hq());
  }

  /**
   * A region's parts said to be another's ("same bonus", "same equity as London"): the region before's, or the one
   * named, with an info line; left for the band's reading to refuse where no region before gives that part.
   */
  private RegionProse.Cells sameParts(RegionProse.Cells cells, int line) {
    Map<ReadingRules.Column, RegionBands.Cell> parts = null;
    for (Map.Entry<ReadingRules.Column, RegionBands.Cell> e : cells.cells().entrySet()) {
      String text = e.getValue().text();
      if (!text.startsWith(RegionProse.SAME_AS)) {
        continue;
      }
      String place = text.substring(RegionProse.SAME_AS.length());
      RegionProse.Cells from = null;
      for (int i = proseCells.size() - 1; i >= 0 && from == null; i--) {
        RegionProse.Cells c = proseCells.get(i);
        from = place.equals("above") || c.name().toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT))
            ? c : null;
      }
      RegionBands.Cell same = from == null ? null : from.cells().get(e.getKey());
      if (from != null && same == null) {
        // "same VSOP as Berlin" where Berlin's line gives its options no figure: as Berlin, the part unsaid.
        parts = parts == null ? new EnumMap<>(cells.cells()) : parts;
        parts.remove(e.getKey());
        findings.add(Finding.info(path, line, "'" + e.getValue().header() + "' for " + cells.name() + ": "
            + from.name() + "'s line gives it no figure, so it reads as " + from.name() + "'s does"));
      }
      if (same != null) {
        parts = parts == null ? new EnumMap<>(cells.cells()) : parts;
        parts.put(e.getKey(), same);
        findings.add(Finding.info(path, line, "'" + e.getValue().header() + "' for " + cells.name() + ": read as "
            + from.name() + "'s, '" + same.text() + "'"));
      }
    }
    return parts == null ? cells : new RegionProse.Cells(cells.name(), parts, cells.hq());
  }
}
