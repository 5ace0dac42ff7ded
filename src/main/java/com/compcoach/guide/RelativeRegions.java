package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Regions written relative to another ("Remote: same as Atlanta, minus 5% on base"), in a place's block, a labelled
 * line or a pay-table row: kept in order of writing and derived from the region they name once the bands are read.
 */
final class RelativeRegions {

  private final GuideDraft draft;
  private final String path;
  private final List<Finding> findings;
  private final ReadingRules rules;
  private final List<RegionBlocks.Relative> relatives = new ArrayList<>();
  /** Where each relative region stands among the regions read: after those read before it. */
  private final List<Integer> relativeAt = new ArrayList<>();
  /**
   * The last place line written relative to another, where it stands and whether it was left out: "ditto" under it
   * means that line's pay, never the pay of the region read before it.
   */
  private String lastRelative;
  private int lastRelativeLine = -1;
  private boolean lastLeftOut;
  /** The place the last one is the same as, where it is that place's bands unmoved: a "ditto" under it is too. */
  private String lastSameAs;

  RelativeRegions(GuideDraft draft) {
    this.draft = draft;
    this.path = draft.path;
    this.findings = draft.findings;
    this.rules = draft.rules;
  }

  boolean isEmpty() {
    return relatives.isEmpty();
  }

  int count() {
    return relatives.size();
  }

  /**
   * Places the last relative regions, written as rows of the pay table, where they stood among its rows: {@code rows}
   * holds, for each, how many rows were written before it.
   */
  void placeLast(List<Integer> rows, int regionCount) {
    for (int i = relativeAt.size() - rows.size(), k = 0; k < rows.size(); i++, k++) {
      relativeAt.set(i, Math.min(rows.get(k), regionCount));
    }
  }

  /** "same", "the same", "same as above", "pays the same": the pay of the place written before. */
  private static final java.util.regex.Pattern SAME_AS_BEFORE = java.util.regex.Pattern.compile("(?iu)\\s*(?:(?:is|are"
      + "|pays?|gets?|has)\\s+)?(?:exactly\\s+|just\\s+)?(?:the\\s+)?same(?:\\s+(?:bands?|ranges?|pay|numbers|figures|package))?"
      + "(?:\\s+as\\s+above)?(?:\\s+too)?\\s*[.!]?\\s*|\\s*ditto\\.?\\s*");

  /** Whether a place's text says only that it pays as the place before ("same", "ditto"): short, so tried first. */
  private static boolean sameAsBefore(String body) {
    return body.length() < 40 && (body.contains("ame") || body.contains("itto"))
        && SAME_AS_BEFORE.matcher(body.replace("**", "")).matches();
  }

  /**
   * "the same, except no bonus", "same, but 5% lower": the place before's pay with a change; read where the change is
   * one "same as <place>, …" reads, else warned.
   */
  private static final java.util.regex.Pattern SAME_BUT = java.util.regex.Pattern.compile("(?iu)\\s*(?:(?:is|are"
      + "|pays?|gets?|has)\\s+)?(?:exactly\\s+|just\\s+)?(?:the\\s+)?same\\s*[,;:–—-]?\\s*(?<rest>(?:except|but|apart\\s+from"
      + "|other\\s+than|save|without|minus|plus|less|only|with)\\b.*)");

  /**
   * Words of a line's label that name a benefit, a part of the job or a way of working, never a place: "**PTO** —
   * same", "Medical is the same.", "Hybrid is the same." were each made a region with the place before's bands.
   */
  private static final java.util.regex.Pattern NOT_A_PLACE_WORD = java.util.regex.Pattern.compile("(?iu)\\b(?:medical"
      + "|dental|vision|health|insurance|benefits?|perks?|pto|vacation|holidays?|leave|parental|sick|401\\s*\\(?k\\)?"
      + "|403\\s*\\(?b\\)?|retirement|pension|hsa|fsa|hybrid|on-?site|in-?office|in\\s+person|schedule|hours|shifts?"
      + "|relocation|stipend|allowance|budget|commute|commuter|travel|equipment|training|learning|wellness|policy"
      + "|process|title|level|grade|review|reviews|raises?|promotions?|overtime)\\b");

  /**
   * Whether a label reads as a place's name where its line says only "same": capitalised, and no part of the pay,
   * section, benefit or way of working ("401(k)", "PTO", "Hybrid" are none).
   */
  static boolean readsAsPlace(String label, ReadingRules rules) {
    // "Denver (hybrid)": the aside says how the place works, the name before it is what must read as a place.
    String name = label.replace("**", "").replaceFirst("\\s*\\(.*$", "").strip();
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && !rules.namesPart(name)
        && rules.section(name) == Section.NONE && !NOT_A_PLACE_WORD.matcher(name).find();
  }

  /** Whether a text under a place's name writes that region relative to another; kept to derive it at the end. */
  boolean relative(String name, String body, int line) {
    List<Region> before = draft.regionsSoFar();
    boolean same = sameAsBefore(body);
    // Most bodies hold no "same": the pattern runs only where one is written.
    java.util.regex.Matcher sameBut = !same && body.length() < 80 && body.contains("ame")
        ? SAME_BUT.matcher(body.replace("**", "")) : null;
    boolean but = sameBut != null && sameBut.matches();
    if ((same || but) && !readsAsPlace(name, rules)) {
      // "**PTO** — same": a benefit said to be as before, no place and no pay.
      return false;
    }
    if (!before.isEmpty() && (same || but)) {
      // "**Atlanta** — same", "Atlanta: ditto": the place written just before, named so the derivation says it.
      // Its name without an aside ("Raleigh (HQ)" is "Raleigh"), as a guide would name it after "same as".
      Region last = before.get(before.size() - 1);
      if (lastRelative != null && lastRelativeLine > last.line() && lastRelativeLine < line
          && !lastRelative.equalsIgnoreCase(name)) {
        if (lastLeftOut) {
          // "- **Durham** — the same, except no bonus" left out, then "- **Charlotte**: ditto": Durham's pay, never
          // Raleigh's, and Durham's is not read.
          return leftOut(name, line, "'" + name + "' is written as the line before ('" + body.strip() + "'), and '"
              + lastRelative + "' before it is left out: it is left out too. Write its bands");
        }
        body = RegionProse.SAME_AS + (lastSameAs != null ? lastSameAs : lastRelative)
            + (but ? ", " + sameBut.group("rest") : "");
      } else {
        String previous = last.name().replaceFirst("\\s*\\(.*$", "");
        body = previous.equalsIgnoreCase(name) ? body
            : RegionProse.SAME_AS + previous + (but ? ", " + sameBut.group("rest") : "");
      }
    }
    if (!RegionBlocks.soundsRelative(body)) {
      return false;
    }
    RegionBlocks.Relative rel = RegionBlocks.relative(name, body, line);
    if (rel == null && but) {
      return leftOut(name, line, "'" + name + "' is written as the place before with a change the reader cannot work"
          + " out ('" + sameBut.group().strip() + "'): it is left out. Write its bands");
    }
    if (rel == null && ownBase(name, body)) {
      // "München: base 78.000–95.000 €, bonus 10 %, same VSOP as Berlin": a place with its own base, one part said
      // to be another's; read as any place's line is, the part from the place it names.
      return false;
    }
    if (rel == null) {
      return leftOut(name, line, "'" + name + "' is written relative to another region in words"
          + " the reader cannot work out ('" + body.strip() + "'): it is left out. Write its bands, or 'same as"
          + " <place>, minus 5% on base'");
    }
    relatives.add(rel);
    relativeAt.add(draft.regionsSoFar().size());
    remember(name, line, false);
    lastSameAs = rel.percent() == 0 && rel.part() == null && rel.own() == null && !rel.of().isEmpty() ? rel.of() : null;
    return true;
  }

  /** Warns that a place line is left out, and remembers it so a "ditto" under it is left out too. */
  private boolean leftOut(String name, int line, String warning) {
    findings.add(Finding.warning(path, line, warning));
    remember(name, line, true);
    return true;
  }

  private void remember(String name, int line, boolean left) {
    lastRelative = name.replaceFirst("\\s*\\(.*$", "");
    lastRelativeLine = line;
    lastLeftOut = left;
    lastSameAs = null;
  }

  /** Whether a place's text gives a base of its own, with a figure. */
  private boolean ownBase(String name, String body) {
    RegionProse.Cells cells = RegionProse.cells(name, body, rules, draft.figures);
    return cells != null && cells.cells().containsKey(ReadingRules.Column.BASE)
        && !cells.cells().get(ReadingRules.Column.BASE).text().startsWith(RegionProse.SAME_AS);
  }

  /** The regions with each relative one derived from the region it names, where it was written. */
  List<Region> withRelatives(List<Region> read) {
    List<Region> out = new ArrayList<>(read);
    int added = 0;
    for (int i = 0; i < relatives.size(); i++) {
      RegionBlocks.Relative rel = relatives.get(i);
      if (!draft.regionPhrases.named(read, rel.name()).isEmpty()) {
        // A note about a row the table already has ("Remote: same as Atlanta" under a Remote row).
        continue;
      }
      Region of = RegionBlocks.of(rel, read);
      if (of == null) {
        findings.add(Finding.warning(path, rel.line(), "'" + rel.name() + "' is written relative to " + (rel.of()
            .isEmpty() ? "the guide's band ('" + rel.written() + "'), and the guide has " + read.size() + " bands, not one"
            : "'" + rel.of() + "', which names no one region of the pay table") + ": it is left out. Write its bands"));
        continue;
      }
      Region derived = rel.own() == null ? RegionBlocks.derive(rel, of, draft.saidOnceForEveryPlace(
          ReadingRules.Column.STOCK)) : withOwnParts(rel, of);
      if (derived == null) {
        continue;
      }
      findings.add(Finding.info(path, rel.line(), RegionBlocks.described(rel, of, derived)));
      out.add(Math.min(out.size(), relativeAt.get(i) + added), derived);
      added++;
    }
    return List.copyOf(out);
  }

  /**
   * "Chicago pays the same base as Austin, with equity of $12,000 to $20,000 a year and the same 10% bonus": Austin's
   * base with Chicago's own parts, read as any region's line is; null (its reasons findings) where they do not read.
   */
  private Region withOwnParts(RegionBlocks.Relative rel, Region of) {
    RegionProse.Cells cells = RegionProse.cells(rel.name(), RegionBlocks.ownBody(rel, of), rules, draft.figures);
    if (cells == null || !cells.cells().containsKey(ReadingRules.Column.BASE)) {
      findings.add(Finding.warning(path, rel.line(), "'" + rel.name() + "' is written as " + of.name() + "'s "
          + rel.part().name().toLowerCase(java.util.Locale.ROOT) + " with parts of its own the reader cannot read ('"
          + rel.own().strip() + "'): it is left out. Write its bands"));
      return null;
    }
    Region read = new RegionBands(draft.conventions, draft.figures, rules, findings)
        .read(rel.name(), rel.line(), cells.cells(), of.currency());
    return read == null ? null : new Region(read.name(), read.hq(), read.currency(), read.bands().derived(
        of.name() + "'s " + rel.part().name().toLowerCase(java.util.Locale.ROOT)), read.line());
  }

  /**
   * Whether a pay-table row writes its region relative to another in one cell and no money elsewhere ("| Remote (US) |
   * same as Atlanta, minus 5% on base | | | |"): kept to derive it once the table is read.
   */
  boolean relativeRow(PayTable.Row row, int regionColumn) {
    List<String> cells = row.cells();
    if (regionColumn < 0 || regionColumn >= cells.size()) {
      return false;
    }
    String said = null;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      if (i == regionColumn || cell.isEmpty() || rules.saysNoTarget(cell)) {
        continue;
      }
      if (said != null || !RegionBlocks.soundsRelative(cell)) {
        return false;
      }
      said = cell;
    }
    return said != null && relative(cells.get(regionColumn).replace("**", "").strip(), said, row.line());
  }

  /**
   * Keeps the places a paragraph's sentences move from the guide's one band ("San Jose adds a 12% location
   * differential to base"), to derive once the bands are read; how many there were.
   */
  int added(String text, int line) {
    List<RegionBlocks.Relative> added = RegionBlocks.added(text, line);
    if (added.isEmpty() && text.indexOf('%') >= 0 && (text.contains("adjust") || text.contains("loading")
        || text.contains("differential") || text.contains("factor"))) {
      java.util.regex.Matcher adjusted = RegionBlocks.ADJUSTED.matcher(text);
      while (adjusted.find()) {
        findings.add(Finding.warning(path, line, "'" + adjusted.group("name") + "' is moved from the band by '"
            + adjusted.group().strip() + "', which doesn't say up or down: it is left out. Write 'plus 10% on base'"
            + " or 'minus 10% on base'"));
      }
    }
    int kept = 0;
    for (RegionBlocks.Relative rel : added) {
      if (RegionBlocks.listed(rel) && !knownPlace(rel.name())) {
        // "Pay adjustments: Senior +10%, Staff +20%": a list's entry that is a level or another kind of adjustment
        // ("Merit", "Hot skills") is no place, and a band made for it would be served to anyone who names it.
        findings.add(Finding.warning(path, line, "'" + rel.written() + "' in '" + text.strip() + "' names no place the"
            + " reader knows, so no band is made for '" + rel.name() + "'; if it is a place, write its band in its own"
            + " line"));
        continue;
      }
      relatives.add(rel);
      relativeAt.add(draft.regionsSoFar().size() + 1);
      kept++;
    }
    return kept;
  }

  /**
   * Whether a differential list's entry is a place: not a level, and a place or city the rules know, a place read
   * already, or a place the guide gives a line of its own ("- Halifax: $110K total").
   */
  private boolean knownPlace(String name) {
    if (LevelRows.namesLevel(name)) {
      return false;
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT).strip();
    if (rules.usCity(lower) || rules.cityAbroad(lower) || Places.isPlaceWord(lower, draft.regionsSoFar())) {
      return true;
    }
    List<String> words = List.of(lower.split("[\\s.]+"));
    if (words.stream().allMatch(w -> w.isEmpty() || Places.isPlaceWord(w, draft.regionsSoFar()))) {
      return true;
    }
    for (String l : draft.text.split("\n")) {
      String t = l.replace("**", "").replace("__", "").replaceFirst("^[\\s>*+#\\d.)-]*", "");
      if (t.startsWith(name) && t.length() > name.length() && (t.charAt(name.length()) == ':'
          || t.startsWith(" (", name.length()) || t.startsWith(" —", name.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a labelled line writes a region relative to another ("**Remote** — same as Atlanta, minus 5%"). */
  boolean relativeLine(String text, int line) {
    boolean sameWord = text.contains("same") || text.contains("Same") || text.contains("itto");
    if (!sameWord && !RegionBlocks.soundsRelative(text)) {
      return false;
    }
    String[] labelled = RegionProse.labelled(text);
    if (labelled != null && !RegionBlocks.soundsRelative(text) && !sameAsBefore(labelled[1])
        && !(labelled[1].length() < 80 && labelled[1].contains("ame") && SAME_BUT.matcher(labelled[1].replace("**", "")).matches())) {
      return false;
    }
    if (labelled == null || rules.section(labelled[0]) != Section.NONE) {
      return false;
    }
    if (rules.namesPart(labelled[0])) {
      // "## Remote (US)" over "Base: same as Spokane.": the label is a part of the pay, the place is the heading's.
      SectionSeen current = draft.current;
      String place = current.title == null ? "" : current.title.replace("**", "").strip();
      return !place.isEmpty() && rules.section(place) == Section.NONE && !rules.namesPart(place)
          && relative(place, labelled[1], line);
    }
    return relative(labelled[0], labelled[1], line);
  }
}
