package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions written outside a pay table: a place over the lines or bullets of its pay, a line or bullet per region, a
 * list by component, the frontmatter's YAML; and the prose that gives a part of the pay beside a table of base alone.
 */
final class ProseRegions {

  /** Lines that each open on a label: "Base: $170K to $200K" then "Total cash: $170K to $200K". */
  static final Pattern LABEL_LINES = Pattern.compile(
      "(?:[ \\t]*(?:\\*\\*)?\\p{L}[\\p{L} ()/-]{0,30}(?:\\*\\*)?[ \\t]*:[^\\n]*(?:\\n|$))+");

  /** A line that is a sentence: a verb inside it and a point at its end. */
  private static final Pattern SENTENCE = Pattern.compile("\\s(?:is|are|was|were|has|have)\\s.*\\.$");

  private final GuideDraft draft;
  private final String path;
  private final List<Finding> findings;
  private final ReadingRules rules;
  private final GuideFigures figures;
  private final RelativeRegions relatives;

  ProseRegions(GuideDraft draft, RelativeRegions relatives) {
    this.draft = draft;
    this.path = draft.path;
    this.findings = draft.findings;
    this.rules = draft.rules;
    this.figures = draft.figures;
    this.relatives = relatives;
  }

  /**
   * A place on a line of its own (a heading, a bold line, "Chicago —", a definition list's term) over the
   * components of its pay, read as that region; returns the last node it took, or null when the block is not one.
   */
  /** "Slide 3 — ", "Page 2: ": a deck's or a document's numbered part opening a heading. */
  private static final java.util.regex.Pattern SLIDE_LABEL = java.util.regex.Pattern.compile(
      "(?i)^(?:slide|page|part|section|tab)\\s+\\d{1,3}\\s*[:.—–-]\\s+");

  Node regionBlock(Node node) {
    if (node instanceof Heading question && draft.regions == null && question.getNext() instanceof Paragraph answer
        && draft.current.kind != Section.LEVERS && question.getText().length() > 0
        && question.getText().charAt(question.getText().length() - 1) == '?') {
      // An FAQ's heading "## What does a Product Designer make in Stockholm?" over its answer: that place's pay,
      // whatever the question before it was about.
      String asked = MarkdownText.source(question.getText()).strip().replace("**", "");
      String place = RegionProse.placeAsked(asked);
      List<String> each = place != null && Places.grouped(place).size() >= 2
          ? RegionProse.eachPlace(draft.plainOf(answer), rules, figures) : List.of();
      if (!each.isEmpty()) {
        // "What about Baton Rouge and Tulsa?" over "Baton Rouge is $55,000 to $64,000 base and Tulsa is $52,000 to
        // $61,000 base.": each place its own figures, never the first place's for both.
        draft.openSection(Section.PAY, asked, draft.line(question), question.getLevel());
        each.forEach(p -> draft.region(RegionProse.read(p, rules, figures), draft.line(question)));
        return answer;
      }
      RegionProse.Cells cells = RegionProse.asksOfPlace(asked)
          ? RegionProse.answer(asked, draft.plainOf(answer), rules, figures) : null;
      if (cells != null) {
        draft.openSection(Section.PAY, asked, draft.line(question), question.getLevel());
        draft.region(cells, draft.line(question));
        return answer;
      }
    }
    if (draft.current.kind != Section.PAY && draft.current.kind != Section.NONE
        || !(node instanceof Heading) && !(node instanceof Paragraph)) {
      return null;
    }
    String name;
    if (node instanceof Heading heading) {
      name = ExportMarks.undecorated(MarkdownText.source(heading.getText()).strip()).replace("**", "").strip();
      // "## Slide 3 — Toronto (HQ)": a deck's slide number is no part of the place.
      name = name.length() > 6 && Character.isDigit(name.charAt(name.indexOf(' ') + 1))
          ? SLIDE_LABEL.matcher(name).replaceFirst("") : name;
      if (draft.current.kind == Section.NONE && draft.regions == null && heading.getNext() instanceof Paragraph
          && name.indexOf(' ') > 0) {
        name = placeBesidePayLabel(name);
      }
      if (namesASection(name) || !name.isEmpty() && Character.isDigit(name.charAt(0))
          && SectionWalk.DATED.matcher(name).matches()) {
        // "### 2026-01-15": a changelog entry's date heads what changed that day, never a place.
        return null;
      }
      if (draft.current.kind == Section.NONE && draft.regions == null && heading.getNext() instanceof Paragraph lines
          && rules.section(name) == Section.NONE) {
        // "### San Francisco, CA (HQ)" over "Base: …" and "Total cash: …" lines, under no pay heading.
        Node read = headingOverLines(name, lines);
        if (read == null) {
          read = headingOverProse(name, lines);
        }
        if (read != null) {
          return read;
        }
      }
    } else {
      String raw = MarkdownText.source(node).strip();
      // Only a paragraph with a line opening on ":" may be a definition list; only one over a list a place line.
      String[] definition = draft.regions == null && raw.contains("\n:") ? RegionBlocks.definition(raw, rules) : null;
      if (definition != null) {
        RegionProse.Cells cells = RegionProse.cells(definition[0], definition[1], rules, figures);
        if (cells == null) {
          return null;
        }
        draft.region(cells, draft.line(node));
        return node;
      }
      if (draft.regions == null && raw.indexOf('\n') > 0) {
        Node read = placesOverLevelLines(node, raw);
        if (read == null) {
          read = placeOverLines(node, raw);
        }
        if (read != null) {
          return read;
        }
      }
      name = node.getNext() instanceof ListBlock ? RegionBlocks.placeLine(raw, rules) : null;
    }
    if (name == null || name.isEmpty() || !(node.getNext() instanceof ListBlock list)
        || rules.section(name) != Section.NONE || placeLines(list, rules, figures) >= 2
        // "Figures are USD, per year.", "Our only office is Lincoln, Nebraska." over a list: a sentence, no place.
        || SENTENCE.matcher(name).find() || rules.statedCurrency(name).isPresent()) {
      // "### United States (USD)" over "- Boston (HQ): 140–168k base" lines groups places; it is no place itself.
      return null;
    }
    StringBuilder body = new StringBuilder();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem li) {
        body.append(MarkdownText.itemText(li).replace("**", "")).append("; ");
      }
    }
    int at = draft.line(node);
    if (draft.regions == null) {
      RegionProse.Cells cells = RegionProse.cells(name, body.toString(), rules, figures);
      if (cells == null) {
        return null;
      }
      draft.region(cells, at);
    } else if (relatives.relative(name, body.toString(), at)) {
      return list;
    } else {
      return null;
    }
    regionNotes(name, body.toString(), at);
    // "💡 Aim for $192K total." under a region's bullets (a Notion toggle's callout): that region's target.
    if (list.getNext() instanceof Paragraph aim && !(aim.getNext() instanceof ListBlock)) {
      String plain = MarkdownText.plain(aim);
      if (rules.saysTarget(plain) || rules.deniesTarget(plain)) {
        regionNotes(name, plain, draft.line(aim));
        return aim;
      }
    }
    return list;
  }

  /** How many items of a list are each a place's line of pay ("Boston (HQ): 140–168k base"). */
  static int placeLines(ListBlock list, ReadingRules rules, GuideFigures figures) {
    int lines = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem li && RegionProse.read(RegionProse.placeFirst(MarkdownText.itemText(li)), rules,
          figures) != null) {
        lines++;
      }
    }
    return lines;
  }

  /** How many items of a list are each a place's line giving its base, with no aim in it. */
  static int basePayLines(ListBlock list, ReadingRules rules, GuideFigures figures) {
    int lines = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String text = item instanceof ListItem li ? MarkdownText.itemText(li) : null;
      RegionProse.Cells cells = text == null || rules.saysTarget(text) ? null
          : RegionProse.read(RegionProse.placeFirst(text), rules, figures);
      if (cells != null && cells.cells().containsKey(ReadingRules.Column.BASE) && (cells.cells().size() > 1
          || figures.scan(cells.cells().get(ReadingRules.Column.BASE).text()).stream().anyMatch(f -> f.high() > f.low()))) {
        // "Denver → $185K" under "🎯 aim for": one figure and no part named is the aim the heading says, not a base.
        lines++;
      }
    }
    return lines;
  }

  /** What opens a section's name, never a place's: "Where to push", "How hard to push", "Tips for London". */
  private static final Pattern SECTION_OPENING = Pattern.compile("(?iu)^(?:where|how|what|when|why|which|who|should|"
      + "do|don't|don’t|your|our|my|before|after|about|tips?|notes?|more)\\b");
  /**
   * Small words a place's name may hold in lower case: "Bay area", "Isle of Man", "Frankfurt am Main", "Remote – US
   * only", "Leeds office".
   */
  private static final Pattern PLACE_SMALL_WORD = Pattern.compile(
      "(?u)of|de|la|le|les|du|del|della|da|do|dos|das|am|an|upon|on|sur|and|the|y|et|und|st|area|metro|region|bay|"
          + "only|office|offices|hub|campus|city|cities|remote|hybrid|onsite|on-site|based|hq|in|within|world|rest|"
          + "locations?|other|us|eu|uk");
  private static final Pattern WORD = Pattern.compile("(?u)\\p{L}[\\p{L}'’.-]*");

  /** Where an aside after a place's name starts: "Boston, where HQ is", "Austin — our HQ". */
  private static final Pattern ASIDE_MARK = Pattern.compile(",|\\s[—–-]\\s");
  /** A parenthesised part with none inside it: "(HQ)", "(2026)". */
  private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");

  /**
   * Whether a heading is a section's name rather than a place's, though no rule names its section: it opens as a
   * question or an aside does ("Where to push"), or holds a word in lower case beside a capitalised one ("Where to
   * push" again, "Negotiating tips") that no place's name holds. All lower case ("## austin") says nothing.
   */
  static boolean namesASection(String heading) {
    String outside = (heading.indexOf('(') < 0 ? heading : PARENTHESISED.matcher(heading).replaceAll(" ")).strip();
    if (SECTION_OPENING.matcher(outside).lookingAt()) {
      return true;
    }
    // "Boston, where HQ is", "Austin — our HQ": an aside after the place's name describes the place.
    Matcher aside = ASIDE_MARK.matcher(outside);
    if (aside.find() && aside.start() > 0) {
      outside = outside.substring(0, aside.start());
    }
    boolean upper = false;
    boolean lower = false;
    Matcher w = WORD.matcher(outside);
    while (w.find()) {
      String word = w.group();
      if (Character.isUpperCase(word.charAt(0))) {
        upper = true;
      } else if (!PLACE_SMALL_WORD.matcher(word).matches()) {
        lower = true;
      }
    }
    return upper && lower;
  }

  /** A place's heading over lines that each label a component: that region, read as its bullets would be. */
  private Node headingOverLines(String name, Paragraph lines) {
    String raw = MarkdownText.source(lines.getChars()).strip();
    int colon = raw.indexOf(':');
    // "## Pittsburgh (HQ)" over "Base: $98K–$114K" alone: one line, labelled base, is that place's pay too.
    boolean baseLine = raw.indexOf('\n') < 0 && colon > 0 && colon < 30
        && rules.column(raw.substring(0, colon).replace("*", "").strip()) == ReadingRules.Column.BASE;
    if (raw.indexOf('\n') < 0 && !baseLine || !LABEL_LINES.matcher(raw).matches()) {
      return null;
    }
    String clauses = MarkdownText.clauses(raw);
    RegionProse.Cells cells = RegionProse.underHeading(name, clauses, rules, figures);
    if (cells == null) {
      return null;
    }
    draft.region(cells, draft.line(lines.getPrevious()));
    // "**What to ask for:** £72,000 all in" among the place's lines: that place's target.
    regionNotes(name, clauses, draft.line(lines));
    return lines;
  }

  /**
   * A paragraph of places each alone on a line over lines that each open on a level ("Boston" over "  L2: 115-135k
   * base, …" and "  L3: …"): each place's lines read as one line per level, so only the level the guide is for is
   * that place's pay, and where the title names none, the guide is refused saying so. Null where the paragraph is
   * not all such lines, or no place has two levels.
   */
  private Node placesOverLevelLines(Node node, String raw) {
    String[] rows = raw.split("\\R");
    if (rows.length < 3 || !LevelSegments.opensOnLevel(rows[1].strip())) {
      return null;
    }
    List<String[]> places = new ArrayList<>();
    for (String row : rows) {
      String line = MarkdownText.plainText(row).strip();
      if (LevelSegments.opensOnLevel(line) && !places.isEmpty()) {
        String[] place = places.get(places.size() - 1);
        place[1] = place[1] + line + "; ";
        continue;
      }
      String name = RegionBlocks.placeLine(line, rules);
      if (name == null || name.isEmpty() || rules.section(name) != Section.NONE) {
        return null;
      }
      places.add(new String[] {name, ""});
    }
    if (places.stream().anyMatch(place -> place[1].isEmpty())) {
      return null;
    }
    for (String[] place : places) {
      RegionProse.Cells cells = RegionProse.cells(place[0], place[1], rules, figures);
      if (cells != null) {
        draft.region(cells, draft.line(node));
      }
    }
    return node;
  }

  /**
   * A paragraph whose first line is a place alone (bold, italic or plain) and whose other lines each open on a part
   * or an aim, with or without a colon, as a Slack canvas writes them ("*Boston (HQ)*" over "Base $145K – $170K",
   * "Equity $25K – $35K / yr", "Bonus 12%", "Target: $225K total"): that place's region and its aim. Null otherwise.
   */
  private Node placeOverLines(Node node, String raw) {
    String[] rows = raw.split("\\R");
    if (rows.length < 3) {
      return null;
    }
    String first = rows[0].strip();
    if (first.length() > 2 && (first.charAt(0) == '*' || first.charAt(0) == '_')
        && first.charAt(first.length() - 1) == first.charAt(0) && first.charAt(1) != first.charAt(0)) {
      // Single-asterisk emphasis, as Slack bolds: "*Boston (HQ)*".
      first = first.substring(1, first.length() - 1);
    }
    String name = RegionBlocks.placeLine(first, rules);
    if (name == null || name.isEmpty() || rules.section(name) != Section.NONE) {
      return null;
    }
    StringBuilder body = new StringBuilder();
    for (int i = 1; i < rows.length; i++) {
      String row = MarkdownText.plainText(rows[i]).strip();
      if (rules.componentAtStart(row) == null && !rules.saysTarget(row)) {
        return null;
      }
      body.append(row).append("; ");
    }
    RegionProse.Cells cells = RegionProse.cells(name, body.toString(), rules, figures);
    if (cells == null) {
      return null;
    }
    draft.region(cells, draft.line(node));
    regionNotes(name, body.toString(), draft.line(node));
    return node;
  }

  /**
   * "## Austin" over "Base pay for this role in Austin runs $92K to $110K. Expect a 10% bonus…": a place's heading
   * over prose, read as that region: a short heading (three words at most), or a longer one the prose names again.
   * Section headings ("## Negotiating", "## Overview") are sections by the rules and never come here.
   */
  /** Where a sentence of places parts: "…; $158,000–$200,000 in Seattle; and $140,000…", "…, and …". */
  // A figure may open on its currency's letters: "…, HK$110,000 in Hong Kong", "… and S$20,000 in Singapore".
  static final Pattern PLACE_PIECES = Pattern.compile("\\s*;\\s*(?:and\\s+)?|,\\s+(?:and\\s+)?(?=\\p{Lu}{0,3}[\\p{Sc}\\d])"
      + "|\\s+and\\s+(?=\\p{Lu}{0,3}[\\p{Sc}\\d])");
  /** "$158,000–$200,000 in Seattle", "$140K to $178K for Colorado": a figure, then its place. */
  static final Pattern FIGURE_IN_PLACE = Pattern.compile(
      "(.*\\d.*?)\\s+(?:in|for|at)\\s+(?:the\\s+)?((?:\\p{Lu}|r(?=emote\\b))[\\p{L}.'’ ()-]{1,40}?"
      // "in Kansas City, MO (headquarters)": a state's code after the city is part of the place's name.
      + "(?:,\\s\\p{Lu}{2}(?:\\s\\([\\p{L} ]{2,30}\\))?)?)[.;,]?");
  /** ", and from $104,000": the "from" of a range in words, after the comma that parts it from the place before. */
  private static final Pattern FROM_AFTER_COMMA = Pattern.compile("(,\\s+(?:and\\s+)?)from\\s+(?=[\\p{Sc}\\d])");
  /** ", where we're headquartered", ", our HQ": an aside after a place saying it is headquarters ({@code hq_words}). */
  private static final Pattern HQ_ASIDE = Pattern.compile(
      "(?i),\\s+(?:where\\s+(?:we(?:'re|’re|\\s+are)|the\\s+company\\s+is)\\s+headquartered|(?:our|the)\\s+(?:"
          + ReadingRules.standard().hqWords() + "))\\s*[.,;]?\\s*$");
  /** "(that's our HQ)", "(our headquarters)", "(which is the HQ)": an aside in brackets saying a place is headquarters. */
  static final Pattern HQ_IN_BRACKETS = Pattern.compile("(?i)\\s*\\((?:(?:that['’]s|that\\s+is|which\\s+is|it['’]s)"
      + "\\s+)?(?:our|the)\\s+(?:" + ReadingRules.standard().hqWords() + ")\\)\\s*$");
  /** What ends a heading's first word of a place: "Denver, CO", "Austin (HQ)". */
  private static final Pattern PLACE_END = Pattern.compile("[\\s,(]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern OWN_LABEL = Pattern.compile("[^\\d$€£\\n]{1,40}?\\s*(?:[—–:]|\\s-)\\s");
  private static final Pattern LABEL_DASH = Pattern.compile("\\s+[—–-]\\s+|:\\s+");
  private static final Pattern LABEL_END = Pattern.compile("\\s*(?:[—–:]|\\s-)\\s$");

  /**
   * "Compensation snapshot — Pittsburgh", "Pittsburgh: pay": a heading that labels the pay under it and names one
   * place beside the label is that place's; any other heading is returned as written.
   */
  private String placeBesidePayLabel(String name) {
    String[] parts = LABEL_DASH.split(name, 2);
    if (parts.length != 2 || name.chars().anyMatch(Character::isDigit)) {
      return name;
    }
    if (rules.section(parts[0]) == Section.PAY && rules.section(parts[1]) == Section.NONE) {
      return parts[1].strip();
    }
    return rules.section(parts[1]) == Section.PAY && rules.section(parts[0]) == Section.NONE ? parts[0].strip() : name;
  }

  private Node headingOverProse(String name, Paragraph prose) {
    String raw = MarkdownText.source(prose.getChars()).strip();
    String place = PLACE_END.split(name, 2)[0];
    // A short heading with no figure of its own over the paragraph is a place's too: "## Denver" over "Base pay runs…".
    // Not where the paragraph opens on a place of its own ("**Seattle, WA (HQ)** — Base of…" under "## Packages").
    // "Base: $98K–$114K." opens on a part of the pay, not on a place of its own.
    Matcher own = OWN_LABEL.matcher(raw);
    // "## Spokane (opening 2027)": an aside's year is no figure of the heading's.
    String unbracketed = name.indexOf('(') < 0 ? name : PARENTHESISED.matcher(name).replaceAll(" ").strip();
    boolean placeLike = WHITESPACE.split(name).length <= 3 && unbracketed.chars().noneMatch(Character::isDigit)
        && !raw.startsWith("**")
        && !(own.lookingAt() && !rules.namesPart(LABEL_END.matcher(own.group()).replaceFirst("")));
    if (place.length() < 3 || raw.chars().noneMatch(Character::isDigit)
        || !placeLike && !raw.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT))) {
      return null;
    }
    RegionProse.Cells cells = RegionProse.cells(name, MarkdownText.clauses(raw), rules, figures);
    if (cells == null) {
      return null;
    }
    draft.region(cells, draft.line(prose.getPrevious()));
    return prose;
  }

  /**
   * "Aim for: $138,000" under a region's heading is that region's target; so is "Target £205K total." in its notes,
   * sentence by sentence.
   */
  void regionNotes(String title, String text, int line) {
    for (String piece : text.split(";")) {
      for (String sentence : NegotiateUp.sentences(piece)) {
        if (rules.saysTarget(sentence)) {
          // The short name: "For Charlotte, NC (HQ): …" would name every row in NC.
          draft.snippet("For " + Region.shortName(title) + ": " + sentence.strip(), line, false);
        }
      }
    }
  }

  /**
   * A paragraph whose lines are a region each ("Pay (USD):" over "NYC: base 170-210k, …" and "Boston: base …", as an
   * email pastes them): each line read as its own region, the lines that hold none (a label) passed over. True when
   * two or more lines were regions; otherwise nothing is taken and the paragraph is read whole.
   */
  boolean regionPerLine(Node node) {
    String source = MarkdownText.source(node).strip();
    if (source.indexOf('\n') < 0) {
      return false;
    }
    String[] rows = source.split("\\R");
    // Read line by line only where two lines or more hold a figure's digit: most paragraphs are prose, read whole.
    if (java.util.Arrays.stream(rows).filter(r -> r.chars().anyMatch(Character::isDigit)).limit(2).count() < 2) {
      return false;
    }
    List<RegionProse.Cells> read = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    List<Integer> unread = new ArrayList<>();
    int first = draft.line(node);
    for (int i = 0; i < rows.length; i++) {
      // A caption's legend ("(base / equity / bonus):") labels the figures of each line in its order.
      RegionProse.Cells cells = rows[i].isBlank() ? null
          : RegionProse.read(RegionProse.inLegendOrder(rows[i].strip(), draft.current.legend()), rules, figures);
      if (cells != null) {
        read.add(cells);
        at.add(first + i);
      } else if (!rows[i].isBlank()) {
        unread.add(i);
      }
    }
    if (read.size() < 2) {
      return false;
    }
    for (int i = 0; i < read.size(); i++) {
      draft.region(read.get(i), at.get(i));
    }
    for (int i : unread) {
      // "**Remote.** Paid on the Spokane range." under two places' lines: a place written as another, else no word.
      relatives.relativeLine(rows[i].strip(), first + i);
    }
    return true;
  }

  /**
   * A list by component, each figure followed by its place ("**Base:** $135K–$165K (Denver HQ) · $145K–$178K
   * (Seattle)", "**Bonus:** 8% of base everywhere"), read as a region per place; false, reading nothing, when the
   * list is not one.
   */
  boolean componentFirst(ListBlock list, int at) {
    List<String> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem li) {
        items.add(MarkdownText.itemText(li));
      }
    }
    return componentFirst(items, at);
  }

  /** The same written as a paragraph's lines ("**Base:** Austin (HQ) $150K–$180K; Denver …" over "**Bonus:** …"). */
  boolean componentFirst(Paragraph lines, int at) {
    String raw = MarkdownText.source(lines.getChars()).strip();
    return raw.indexOf('\n') > 0 && componentFirst(List.of(raw.split("\\R")), at);
  }

  private boolean componentFirst(List<String> texts, int at) {
    Map<String, StringBuilder> byPlace = new LinkedHashMap<>();
    Map<ReadingRules.Column, String> everywhere = new java.util.EnumMap<>(ReadingRules.Column.class);
    int items = 0;
    for (String text : texts) {
      String[] labelled = RegionProse.labelled(text);
      ReadingRules.Column kind = labelled == null ? null : rules.column(labelled[0]);
      if (kind != ReadingRules.Column.BASE && kind != ReadingRules.Column.STOCK && kind != ReadingRules.Column.BONUS
          && kind != ReadingRules.Column.TOTAL) {
        return false;
      }
      items++;
      String word = kind.name().toLowerCase(Locale.ROOT);
      Map<String, String> placed = RegionProse.placedFigures(labelled[1]);
      if (placed.isEmpty()) {
        everywhere.putIfAbsent(kind, labelled[1].strip());
      }
      placed.forEach((place, figure) -> byPlace.computeIfAbsent(samePlace(byPlace, place), p -> new StringBuilder())
          .append(NONE.matcher(figure).matches() ? "no " + word : word + " " + figure).append("; "));
    }
    if (items < 2 || byPlace.size() < 2
        || byPlace.keySet().stream().anyMatch(p -> LEVEL_NAME.matcher(p).matches() || rules.namesRole(p))) {
      // "**Base:** Senior $150K–$180K; Staff $180K–$220K": levels, not places.
      return false;
    }
    Map<String, String> lines = new LinkedHashMap<>();
    byPlace.forEach((place, line) -> lines.put(place, line.toString()));
    return regionsPerPlace(lines, EverywhereParts.asLine(everywhere), at);
  }

  private static final Pattern NONE = Pattern.compile("(?i)none|nil|n/a|no\\s+\\p{L}+");
  /** A level's name where a place would stand: "Senior", "Staff", "L5", "IC4", "Level 3", "Grade B". */
  private static final Pattern LEVEL_NAME = Pattern.compile("(?i)(?:junior|mid(?:-level)?|senior|staff|principal|lead"
      + "|distinguished|associate|entry(?:-level)?|intern|\\p{Lu}{1,3}\\s?\\d{1,2}|level\\s+\\w+|grade\\s+\\w+|band\\s+\\w+)");

  /** The place as an earlier line named it ("Austin" for "Austin (HQ)"), else as written. */
  private static String samePlace(Map<String, StringBuilder> byPlace, String place) {
    for (String known : byPlace.keySet()) {
      if (known.equalsIgnoreCase(place) || Region.shortName(known).equalsIgnoreCase(Region.shortName(place))) {
        return known;
      }
    }
    return place;
  }

  /**
   * A region per place from its line and the parts every place shares after it; all of them or, where any place's
   * line is not a region's, none.
   */
  private boolean regionsPerPlace(Map<String, String> lines, String shared, int at) {
    return regionsPerPlace(lines, java.util.Set.of(), shared, at);
  }

  /** As above, the places an aside says are headquarters marked so. */
  private boolean regionsPerPlace(Map<String, String> lines, java.util.Set<String> headquarters, String shared,
      int at) {
    List<RegionProse.Cells> read = new ArrayList<>();
    for (Map.Entry<String, String> e : lines.entrySet()) {
      RegionProse.Cells cells = RegionProse.cells(e.getKey(), e.getValue() + shared, rules, figures);
      if (cells == null) {
        return false;
      }
      boolean hq = headquarters.stream().anyMatch(p -> p.equalsIgnoreCase(e.getKey()));
      read.add(hq ? new RegionProse.Cells(cells.name(), cells.cells(), true) : cells);
    }
    read.forEach(cells -> draft.region(cells, at));
    return true;
  }

  /**
   * One part's band per place in one sentence, as a job posting writes it ("The base salary range for this role is
   * $165,000–$210,000 in New York City; $158,000–$200,000 in Seattle; and $140,000–$178,000 in Colorado"): a region
   * per place, with the parts the guide says once for every place; false, reading nothing, when the text is not one.
   */
  boolean partPerPlace(String text, int at) {
    if (draft.regions != null || !draft.proseRegions.isEmpty()
        || text.indexOf(" in ") < 0 && text.indexOf(" for ") < 0 && text.indexOf(" at ") < 0) {
      return false;
    }
    for (String written : NegotiateUp.sentences(text)) {
      // "$140,000, $132,000 and $125,000 in A, B and C respectively": a clause per place.
      String sentence = written.contains("respectively") ? NegotiateUp.respectively(written) : written;
      List<Figures.Figure> all = figures.scan(sentence);
      // "Push your base to $175K in Austin and $160K in Denver": aims, never a band.
      if (all.size() < 2 || aims(sentence)) {
        continue;
      }
      String lead = sentence.substring(0, all.get(0).start());
      Map.Entry<ReadingRules.Column, Integer> label = rules.lastComponentBefore(lead, lead.length());
      if (label == null) {
        // "Harbor Health pays this role $96K–$114K base in Boston, …": the part named right after the first figure.
        Matcher prep = PREPOSITION.matcher(sentence).region(all.get(0).end(), Math.min(sentence.length(),
            all.get(0).end() + 25));
        label = prep.find() ? rules.lastComponentBefore(sentence.substring(all.get(0).end(), prep.start()),
            prep.start() - all.get(0).end()) : null;
      }
      if (label == null || !EnumSet.range(ReadingRules.Column.BASE, ReadingRules.Column.TOTAL).contains(label.getKey())) {
        continue;
      }
      Map<String, String> byPlace = new LinkedHashMap<>();
      java.util.Set<String> headquarters = new java.util.HashSet<>();
      // "… and from $104,000 to $121,000 in Atlanta": a range's "from" after the first parts no place's piece.
      String[] pieces = PLACE_PIECES.split(FROM_AFTER_COMMA.matcher(sentence.substring(all.get(0).start()).strip())
          .replaceAll("$1"));
      String tail = "";
      for (int i = 0; i < pieces.length; i++) {
        Matcher m = FIGURE_IN_PLACE.matcher(pieces[i].strip());
        Matcher after = TAIL.matcher(pieces[i]);
        Matcher hq = HQ_ASIDE.matcher(pieces[i]);
        if (!m.matches() && hq.find()) {
          // "$96,000 to $112,000 in Nashville, where we're headquartered": the aside marks the place, no figure's.
          m = FIGURE_IN_PLACE.matcher(pieces[i].substring(0, hq.start()).strip());
          if (m.matches()) {
            headquarters.add(m.group(2).strip());
          }
        }
        if (!m.matches() && i == pieces.length - 1 && after.find()) {
          // "… and $86K–$101K in Remote, with a 5% bonus target and no equity": the tail is said of every place.
          tail = pieces[i].substring(after.end()).strip() + "; ";
          m = FIGURE_IN_PLACE.matcher(pieces[i].substring(0, after.start()).strip());
        }
        if (!m.matches()) {
          byPlace.clear();
          break;
        }
        // "… for remote": people write remote as a word; the region is named as a place is.
        String place = m.group(2).strip();
        Matcher ourHq = HQ_IN_BRACKETS.matcher(place);
        if (ourHq.find()) {
          // "in Amsterdam (that's our HQ)": the aside marks the place, and is no part of its name.
          place = place.substring(0, ourHq.start()).strip();
          headquarters.add(place);
        }
        byPlace.put(Character.toUpperCase(place.charAt(0)) + place.substring(1), m.group(1).strip());
      }
      if (byPlace.size() < 2) {
        continue;
      }
      EnumSet<ReadingRules.Column> lacking = EnumSet.of(ReadingRules.Column.STOCK, ReadingRules.Column.BONUS);
      lacking.remove(label.getKey());
      String word = label.getKey().name().toLowerCase(Locale.ROOT);
      // "equity is €15k a year in Amsterdam and £13k a year in London" in a sentence said of everyone: each place's.
      Map<String, String> own = EverywhereParts.perPlace(draft, lacking, byPlace.keySet());
      byPlace.replaceAll((place, figure) -> word + " " + figure + "; " + own.getOrDefault(place, ""));
      return regionsPerPlace(byPlace, headquarters, tail + EverywhereParts.asLine(EverywhereParts.of(draft, lacking,
          "each place of line " + at)), at);
    }
    return false;
  }

  /** "a 5% bonus target", "target bonus 10%", "on-target": the bonus's target, no aim of the candidate's. */
  static final Pattern BONUS_TARGET = Pattern.compile(
      "(?i)\\b(?:target\\s+bonus|bonus\\s+target|on[- ]target|\\d+\\s?%\\s+target)\\b");

  /** Whether a sentence says what to aim for ("Push your base to $175K in Austin"), a bonus's target aside. */
  private boolean aims(String sentence) {
    return rules.saysTarget(BONUS_TARGET.matcher(sentence).replaceAll(" "));
  }

  private static final Pattern PREPOSITION = Pattern.compile("\\s(?:in|for|at)\\s");
  /** Where a list of places ends and words said of them all begin: ", with a 5% bonus…", ", plus …". */
  private static final Pattern TAIL = Pattern.compile(",\\s+(?=(?:with|plus|always|all|each|every|and\\s+(?:a|an|no)"
      + ")\\b)");

  /** Where a sentence of places parts into a clause each: ", ", ", and ", "; " (never a thousands comma). */
  private static final Pattern CLAUSES = Pattern.compile("\\s*[,;]\\s+(?:and\\s+|but\\s+|while\\s+)?");
  /**
   * "For London we're paying £62–75k basic", "Manchester is about £55–66k", "Edinburgh is the same as Manchester": a
   * clause that opens on its place and a verb, then the place's pay (or the place it is the same as).
   */
  private static final Pattern PLACE_CLAUSE = Pattern.compile(
      "^(?:(?:For|In|At)\\s+)?(?<place>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}(?:\\s*\\([^()]{1,30}\\))?),?"
          + "\\s+(?:(?:we|they)(?:['’]re|\\s+are)?\\s+(?:paying|pay|offering|offer)|pays|is\\s+paid|is|are|gets|get"
          + "|runs|sits|comes\\s+in\\s+at|goes\\s+for)\\s+(?:(?:about|around|roughly|approximately|nearly|~)\\s*)?"
          + "(?<rest>.+)$");

  /**
   * A sentence naming several places, each in a clause of its own with a verb ("For London we're paying £62–75k
   * basic, Manchester is about £55–66k, and Edinburgh is the same as Manchester"): a region per place, a place "the
   * same as" another derived from it; false, reading nothing, unless two clauses or more are places with pay.
   */
  boolean placePerClause(String text, int at) {
    if (draft.regions != null || !draft.proseRegions.isEmpty()) {
      return false;
    }
    for (String sentence : NegotiateUp.sentences(text)) {
      if (figures.inProse(sentence).size() < 2 || aims(sentence)) {
        continue;
      }
      List<RegionProse.Cells> read = new ArrayList<>();
      List<String[]> same = new ArrayList<>();
      for (String clause : CLAUSES.split(TRAILING_POINT.matcher(sentence.strip()).replaceFirst(""))) {
        Matcher m = PLACE_CLAUSE.matcher(clause.strip());
        if (!m.matches() || NOT_A_PLACE.matcher(m.group("place")).lookingAt()) {
          continue;
        }
        String rest = m.group("rest");
        RegionProse.Cells cells = rest.chars().anyMatch(Character::isDigit)
            ? RegionProse.cells(m.group("place"), rest, rules, figures) : null;
        if (cells != null) {
          read.add(cells);
        } else if (RegionBlocks.soundsRelative(rest)) {
          same.add(new String[] {m.group("place"), rest});
        }
      }
      if (read.size() < 2) {
        continue;
      }
      read.forEach(cells -> draft.region(cells, at));
      same.forEach(place -> relatives.relative(place[0], place[1], at));
      return true;
    }
    return false;
  }

  /** "…, and Memphis matches Louisville.", "Tacoma is the same as Seattle.": a place whose pay is another place's. */
  private static final Pattern MATCHES_PLACE = Pattern.compile("(?:^|[.;,]\\s+(?:and\\s+|while\\s+)?)"
      + "(?<place>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s+(?:matches|mirrors|is\\s+(?:the\\s+)?same\\s+as"
      + "|pays\\s+the\\s+same\\s+as)\\s+(?<other>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s*(?=[.;,]|$)");

  /**
   * After a paragraph's places were read one by one ("Louisville is a bit lower at $98,000–$116,000, and Memphis
   * matches Louisville."): each place it says pays as another is derived from that one, as "Memphis: same as
   * Louisville" is; without this it was dropped with no word.
   */
  void placesMatching(String text, int at) {
    if (!text.contains(" matches ") && !text.contains(" mirrors ") && !text.contains(" same")) {
      return;
    }
    Matcher m = MATCHES_PLACE.matcher(text);
    while (m.find()) {
      if (!NOT_A_PLACE.matcher(m.group("place")).lookingAt() && RelativeRegions.readsAsPlace(m.group("place"), rules)) {
        relatives.relative(m.group("place"), RegionProse.SAME_AS + m.group("other"), at);
      }
    }
    Matcher same = SAME_AS_BEFORE.matcher(text);
    while (same.find()) {
      String place = same.group("place");
      String before = placeReadBefore(text, same.start("place"));
      if (!NOT_A_PLACE.matcher(place).lookingAt() && before != null && !before.equalsIgnoreCase(place)
          // "Medical is the same.", "Hybrid is the same.": a benefit or a way of working, never a place.
          && RelativeRegions.readsAsPlace(place, rules)) {
        relatives.relative(place, RegionProse.SAME_AS + before, at);
      }
    }
  }

  /**
   * "In Nashville, base runs 150 to 175k; Atlanta is the same.", "…, and Tampa pays the same": a place whose pay is
   * the place's written just before it; without this it was dropped with no word.
   */
  private static final Pattern SAME_AS_BEFORE = Pattern.compile("(?:^|[.;,]\\s+(?:and\\s+|while\\s+)?)"
      + "(?<place>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})(?:\\s+is|\\s+pays|['’]s)\\s+(?:exactly\\s+|just\\s+)?"
      + "the\\s+same(?:\\s+too)?\\s*(?=[.;,]|$)");

  /**
   * The name of the region read so far whose name is written last before {@code end} in the text, else the region
   * read last; null where none was read.
   */
  private String placeReadBefore(String text, int end) {
    String head = text.substring(0, end);
    String found = null;
    int foundAt = -1;
    List<Region> before = draft.regionsSoFar();
    for (Region r : before) {
      int i = head.lastIndexOf(r.name());
      if (i > foundAt) {
        found = r.name();
        foundAt = i;
      }
    }
    // "Atlanta pays the same." in a paragraph of its own: the place written last before it.
    return found != null || before.isEmpty() ? found : before.get(before.size() - 1).name();
  }

  /** "Toronto (HQ; base CA$118K–CA$140K, RSUs CA$20K a year)": a place, then its pay in brackets, a marker first. */
  private static final Pattern PLACE_WITH_PAY = Pattern.compile("(?<place>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)"
      + "{0,2})\\s*\\((?:(?<hq>HQ|headquarters|head office)\\s*[;,:–—-]\\s*)?(?<pay>[^()]*\\d[^()]*)\\)");
  /** What says a clause after the places holds for each of them: "all with an 8% bonus", "each with …", "both …". */
  private static final Pattern FOR_EACH = Pattern.compile("(?i)\\b(?:all|each|every|both|everywhere)\\b");

  /**
   * One sentence naming each place with its pay in brackets ("We hire in Toronto (HQ; base …, RSUs …), Montréal
   * (base …) and Calgary (base …), all with an 8% annual bonus"): a region per place, a closing clause said for
   * all of them added to each; false, reading nothing, unless two places or more give pay.
   */
  boolean placesInBrackets(String text, int at) {
    if (draft.regions != null || !draft.proseRegions.isEmpty() || text.indexOf('(') < 0
        || text.indexOf('(', text.indexOf('(') + 1) < 0) {
      return false;
    }
    for (String sentence : NegotiateUp.sentences(text)) {
      Matcher m = PLACE_WITH_PAY.matcher(sentence);
      List<String[]> places = new ArrayList<>();
      int last = 0;
      while (m.find()) {
        if (NOT_A_PLACE.matcher(m.group("place")).lookingAt()) {
          continue;
        }
        String name = m.group("place") + (m.group("hq") != null ? " (" + m.group("hq") + ")" : "");
        places.add(new String[] {name, m.group("pay")});
        last = m.end();
      }
      if (places.size() < 2) {
        continue;
      }
      String tail = TRAILING_POINT.matcher(sentence.substring(last).strip()).replaceFirst("");
      boolean forEach = FOR_EACH.matcher(tail).find() && tail.chars().anyMatch(Character::isDigit);
      List<RegionProse.Cells> read = new ArrayList<>();
      for (String[] place : places) {
        RegionProse.Cells cells = RegionProse.cells(place[0], forEach ? place[1] + "; " + tail : place[1], rules,
            figures);
        if (cells != null && cells.cells().containsKey(ReadingRules.Column.BASE)) {
          read.add(cells);
        }
      }
      if (read.size() < 2) {
        continue;
      }
      read.forEach(cells -> draft.region(cells, at));
      return true;
    }
    return false;
  }

  private static final Pattern TRAILING_POINT = Pattern.compile("[.!]$");
  /** Words that open a clause but name no place: "We pay", "The bonus is", "Everyone is". */
  private static final Pattern NOT_A_PLACE = Pattern.compile(
      "(?i)(?:the|we|our|everyone|everybody|it|they|this|that|each|every|all|most|no|some|you|there|here|bonus|equity"
          + "|stock|base|salary|pay|pto|vacation|benefits|process|schedule|policy|title|leave|relocation|sign-?on"
          + "|signing|commission|ote|rsus?|options|equity|everything|it|this"
          // "Senior is $150K–$180K base, Staff is …": a level of the ladder, never a place.
          + "|staff|senior|sr|principal|lead|junior|jr|associate|mid|entry|intern|new\\s+grad|l\\d{1,2}|ic\\d{1,2}|e\\d"
          + "|level|grade|band|tier)\\b");

  /** Bands written only in the frontmatter's YAML, read as regions written in prose are; its targets too. */
  void frontmatterBands() {
    List<FrontmatterBands.Row> rows = FrontmatterBands.rows(draft.front);
    for (FrontmatterBands.Row row : rows) {
      RegionProse.Cells cells = RegionProse.cells(row.name(), row.line(), rules, figures);
      if (cells != null) {
        draft.region(new RegionProse.Cells(cells.name(), cells.cells(), cells.hq() || row.hq()), draft.lineOf(row.name()
            .toLowerCase(Locale.ROOT)));
      }
    }
    if (!draft.proseRegions.isEmpty()) {
      findings.add(Finding.info(path, draft.lineOf("compensation:", "bands:", "pay:", "draft.regions:"), "the bands are read"
          + " from the frontmatter: the guide has no pay table"));
      for (String sentence : FrontmatterBands.targets(draft.front)) {
        draft.current.snippets.add(new NegotiateUp.Snippet(sentence, 1, true, 1));
      }
    }
  }

  /**
   * Never a silent 0: a pay table of base alone (its total the base) in a guide whose prose gives stock or a bonus a
   * figure under a pay or untitled heading, not said to hold everywhere, is warned about with the sentence.
   */
  void partsInProseBeside(int baseAloneLine, java.util.Set<ReadingRules.Column> leftOut) {
    java.util.Set<ReadingRules.Column> unsaid = EnumSet.noneOf(ReadingRules.Column.class);
    unsaid.addAll(leftOut);
    for (SectionSeen section : draft.sections) {
      if (section.kind != Section.PAY && section.kind != Section.NONE) {
        continue;
      }
      for (String block : section.text.toString().split("\n")) {
        // The blocks of prose only: a table's text is what was read.
        if (block.indexOf('|') < 0) {
          partInProse(block, baseAloneLine, leftOut, unsaid);
        }
        if (unsaid.isEmpty()) {
          return;
        }
      }
    }
  }

  /**
   * Whether a figure of a sentence has the part as the last pay word before it, across a clause the part's own
   * reading stops at ("Each office has a bonus pool; Denver's target is 8%."): the part is given a figure somewhere.
   */
  private boolean namedBeforeAFigure(String sentence, ReadingRules.Column part) {
    ReadingRules.Labels labels = rules.labels(sentence);
    for (Figures.Figure f : figures.inProse(sentence)) {
      Map.Entry<ReadingRules.Column, Integer> named = labels.lastBefore(f.start());
      if (named != null && named.getKey() == part) {
        return true;
      }
    }
    return false;
  }

  /**
   * Warns of each left-out part a block of prose gives a figure, not said to hold everywhere, once a part: the part is
   * taken out of {@code unsaid}.
   */
  private void partInProse(String block, int baseAloneLine, java.util.Set<ReadingRules.Column> leftOut,
      java.util.Set<ReadingRules.Column> unsaid) {
    for (String sentence : NegotiateUp.sentences(block)) {
      if (figures.inProse(sentence).isEmpty() || ConventionsReader.ONE_OFF.matcher(sentence).find()) {
        continue;
      }
      boolean everywhere = ConventionsReader.EVERYWHERE.matcher(sentence).find();
      Map<ReadingRules.Column, RegionBands.Cell> parts = RegionProse.parts(sentence, rules, figures);
      List<String> zero = new ArrayList<>();
      for (ReadingRules.Column part : List.of(ReadingRules.Column.STOCK, ReadingRules.Column.BONUS)) {
        // "Each office has a bonus pool; Denver's target is 8%.": said of every office, but its figure is one
        // office's, across a clause the part's own reading stops at: still read by no row.
        boolean given = parts.containsKey(part) ? !everywhere : namedBeforeAFigure(sentence, part);
        if (part == ReadingRules.Column.BONUS && given) {
          // "a profit-sharing contribution of 4% of salary to your 401(k)": retirement money, no bonus to add.
          given = figures.inProse(sentence).stream()
              .anyMatch(f -> !rules.saysRetirement(ConventionsReader.clauseAround(sentence, f.start())));
        }
        if (unsaid.contains(part) && given) {
          zero.add(part.name().toLowerCase(Locale.ROOT));
          unsaid.remove(part);
        }
      }
      if (!zero.isEmpty()) {
        String named = String.join(" and ", zero);
        findings.add(Finding.warning(path, baseAloneLine, "the pay table at line " + baseAloneLine + " gives no "
            + named + ", so " + named + " read 0" + (leftOut.size() == 2 ? " and the total is the base" : "")
            + ", but the guide says '" + sentence.strip() + "': add " + (zero.size() == 2 ? "Stock and Bonus columns"
            : "a " + Character.toUpperCase(named.charAt(0)) + named.substring(1) + " column")
            + ", or say it holds 'in every location'"));
      }
    }
  }
}
