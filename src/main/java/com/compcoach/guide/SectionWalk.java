package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a guide's top-level blocks in order: finds its title, follows its sections by what their headings mean, and
 * hands each block to the class that reads it (a table, a paragraph, a list, a place's block); a heading or bold line
 * under levers, premiums or pay titles one item, completed by the text under it.
 */
final class SectionWalk {

  /** A heading that only says more of its section follows: "More levers", "Other levers", "Levers (continued)". */
  /** "2.1 ", "3.2.1. ": a section's number in a document's outline, a point inside it. */
  private static final Pattern OUTLINE = Pattern.compile("\\s*\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+");
  /** "Lever: Migration experience", "Lever — Competing process": a heading that labels one lever and titles it. */
  private static final Pattern LEVER_LABEL = Pattern.compile("(?i)lever\\s*(?::|\\s[—–-])\\s*(\\p{L}.{1,80})");
  /** The sections an outline's numbered heading may open by its words alone. */
  private static final java.util.Set<Section> OUTLINED_SECTIONS = java.util.EnumSet.of(Section.LEVERS, Section.TARGETS,
      Section.SOURCES, Section.PREMIUMS, Section.LEVERAGE);
  private static final Pattern MORE_OF_THE_SAME = Pattern.compile(
      "(?i)(?:(?:a\\s+few\\s+|some\\s+|two\\s+|three\\s+)?(?:more|other|additional|further|extra|also)\\s+)?"
          + "(?:levers?|scripts?|talking\\s+points|tactics|premiums?|targets?|sources?)"
          + "(?:\\s*\\((?:cont(?:inued|\\.)?|part\\s+\\d|ii)\\)|,?\\s+(?:cont(?:inued|\\.)?|part\\s+\\d|ii))?\\s*:?");
  private static final Pattern QUOTE_MARK = Pattern.compile("^>\\s*");
  /** An FAQ's "Q:" before its question. */
  private static final Pattern FAQ_LABEL = Pattern.compile("^Q\\s*[:.]\\s*");

  private final GuideDraft draft;
  private final ReadingRules rules;
  private final ParagraphFacts facts;
  private final TitleBlocks titles;
  private final RelativeRegions relatives;
  private final ProseRegions regions;
  private final LeverReader levers;
  private final PremiumReader premiums;
  private final BandTable bands;
  private final TableReader tables;
  private final ParagraphReader paragraphs;
  private final ListReader lists;
  private int lastHeadingLevel;

  SectionWalk(GuideDraft draft, GuideNames names, ParagraphFacts facts, PremiumReader premiums) {
    this.draft = draft;
    this.rules = draft.rules;
    this.facts = facts;
    this.premiums = premiums;
    this.titles = new TitleBlocks(rules, draft.figures);
    this.relatives = new RelativeRegions(draft);
    this.regions = new ProseRegions(draft, relatives);
    this.levers = new LeverReader(draft);
    this.bands = new BandTable(draft, names, relatives);
    this.tables = new TableReader(draft, bands, new ItemTable(draft, levers, premiums));
    ItemReaders readers = new ItemReaders(levers, premiums, regions, relatives);
    this.paragraphs = new ParagraphReader(draft, readers);
    this.lists = new ListReader(draft, readers);
  }

  /** Reads every block of the document into the draft. */
  void walk(Node document) {
    draft.openSection(Section.NONE, "", 1, 0);
    boolean levelTableSeen = false;
    boolean content = false;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      Node block = draft.titleHeading != null ? regions.regionBlock(node) : null;
      if (block != null) {
        node = block;
        continue;
      }
      Node tableLast = node instanceof ThematicBreak || node instanceof Paragraph ? dashRuledLast(node) : null;
      boolean listTable = tableLast == null && node instanceof Paragraph && node.getNext() instanceof ListBlock
          && node.getChars().startsWith(".. list-table::");
      if (tableLast != null || listTable) {
        // A Pandoc table (its rules breaks to the parser, its rows paragraphs, a last row over its frame a heading)
        // or a reStructuredText list-table (the directive, then its rows as a list of lists).
        Node first = listTable ? node.getNext() : node;
        tableLast = listTable ? node.getNext() : tableLast;
        List<TextTables.Line> rows = fromLineStart(node, first, tableLast,
            listTable ? TextTables::listTable : tables::textTable);
        if (rows.size() >= 2 && PayTable.Columns.of(rows.get(0).cells(), rules).isPayTable()) {
          levelTableSeen = tables.table(rows, node, levelTableSeen);
          node = tableLast;
          continue;
        }
      }
      if (node instanceof Heading heading) {
        String t = MarkdownText.source(heading.getText()).strip();
        // A frontmatter "title:" names the guide: a first heading naming a section ("What the role pays") is that
        // section, not the title.
        String frontTitle = Frontmatter.string(draft.front, "title");
        boolean titledAbove = frontTitle != null && rules.section(t) != Section.NONE;
        // ...unless it is the frontmatter's title again ("Comp guide" in both): then it is the title.
        if (draft.titleHeading == null && (!titledAbove && titles.isTitle(heading, t, content)
            || titledAbove && !content && t.equalsIgnoreCase(frontTitle))) {
          title(heading, t);
          continue;
        }
        if (faqAside(t, heading.getNext())) {
          node = aside(t, draft.line(heading), heading.getNext());
          continue;
        }
        heading(t, heading.getLevel(), draft.line(heading), lists.severalQuoted(heading.getNext()));
        lastHeadingLevel = heading.getLevel();
        continue;
      }
      String bold = node instanceof Paragraph ? titles.boldLine(node) : null;
      boolean opening = draft.titleHeading == null && !content && node instanceof Paragraph;
      if (opening && titleLine(node, bold)) {
        lastHeadingLevel = 1;
        content = true;
        continue;
      }
      if (draft.companyLine == null && draft.regions == null && node instanceof Paragraph) {
        draft.companyLine = TitleBlocks.companyLine(draft.plainOf(node));
        if (draft.companyLine == null) {
          // Line by line in the source: "**Company:** Ferrous Systems GmbH" over "**Last review:** 2026-09" is two
          // lines, which the plain text runs together.
          draft.companyLine = TitleBlocks.companyLine(MarkdownText.source(node.getChars()));
        }
      }
      if (opening && titles.plainTitle(node)) {
        // A guide pasted as plain text opens with its title as a line: "Acme Corp - Backend Engineer II - comp guide".
        draft.titleHeading = TitleBlocks.plainTitleText(node);
        lastHeadingLevel = 1;
        content = true;
        continue;
      }
      if (bold == null && node instanceof Paragraph && node.getNext() != null) {
        bold = titles.labelLine(node);
      }
      content |= !(node instanceof ThematicBreak);
      String plain = node instanceof ThematicBreak ? "" : draft.plainOf(node);
      if (bold != null) {
        facts.paragraph(plain, draft.current.kind);
        // A bold line stands where a heading one level below the last real heading would.
        if (faqAside(bold, node.getNext())) {
          node = aside(bold, draft.line(node), node.getNext());
          continue;
        }
        heading(bold, lastHeadingLevel + 1, draft.line(node), lists.severalQuoted(node.getNext()));
        continue;
      }
      if (!(node instanceof ThematicBreak)) {
        draft.current.text.append(plain).append('\n');
      }
      // Pipe rows after a page break with no header of their own carry the pay table on (else a wiki table's rows).
      List<TextTables.Line> textRows = node instanceof Paragraph && node.getChars().startsWith("|")
          ? tables.headerlessRows(node) : List.of();
      if (textRows.isEmpty() && node instanceof Paragraph) {
        textRows = tables.textTable(node);
      }
      Node asciiDocEnd = textRows.isEmpty() && node instanceof Paragraph ? asciiDocEnd(node) : null;
      if (asciiDocEnd != null) {
        // An AsciiDoc table whose blank lines between rows the parser took for paragraph breaks: read as one block.
        textRows = tables.textTable(node.getChars().getBaseSequence()
            .subSequence(node.getStartOffset(), asciiDocEnd.getEndOffset()).toString());
        if (textRows.size() >= 2) {
          levelTableSeen = tables.table(textRows, node, levelTableSeen);
          node = asciiDocEnd;
          continue;
        }
      }
      if (node instanceof TableBlock table) {
        levelTableSeen = tables.table(table, levelTableSeen);
      } else if (textRows.size() >= 2) {
        levelTableSeen = tables.table(textRows, node, levelTableSeen);
      } else if (node instanceof Paragraph) {
        facts.paragraph(plain, draft.current.kind);
        if ((plain.endsWith(":") && (node.getNext() instanceof ListBlock || node.getNext() instanceof Paragraph)
            || node.getNext() instanceof TableBlock) && (plain.indexOf('/') >= 0 || plain.indexOf('·') >= 0
            || plain.endsWith(":") && node.getNext() instanceof ListBlock) && draft.current.caption(plain)) {
          // "Each cell is base / RSUs per year / target bonus." over a table: the legend of its cells.
          // "Figures below are (base / annual LTI / STI target):" over a list or lines of places.
          // "The base salary range for this role is:" over a list of places with a bare range each.
          continue;
        }
        if (opensTargets(node, plain)) {
          draft.snippet(plain, draft.line(node), true);
        } else {
          paragraphs.read(node, plain);
        }
      } else if (node instanceof BlockQuote quote) {
        if (quote.getChildOfType(TableBlock.class) != null) {
          // A pay table quoted as a callout: read as a table, then the quote's other lines as a quote.
          levelTableSeen = tablesTakenOut(quote, levelTableSeen);
          plain = draft.plainOf(quote);
        }
        if (!plain.isBlank()) {
          quote(quote, plain);
        }
      } else if (node instanceof ListBlock list && !draft.partLists.contains(list)) {
        levelTableSeen = tablesInItems(list, levelTableSeen);
        lists.read(list);
      }
    }
    finish();
  }

  /** Each table directly inside a block (a list item, a quote) read as a table, then taken out of it. */
  private boolean tablesTakenOut(Node parent, boolean levelTableSeen) {
    for (Node c = parent.getFirstChild(); c != null; ) {
      Node next = c.getNext();
      if (c instanceof TableBlock table) {
        levelTableSeen = tables.table(table, levelTableSeen);
        table.unlink();
      }
      c = next;
    }
    return levelTableSeen;
  }

  /**
   * The rows a reader finds in the text from the start of the first block's first line to the end of the last, with
   * offsets from the start of the block the table is read at: columns lined up with spaces count from a line's start.
   */
  private static List<TextTables.Line> fromLineStart(Node block, Node first, Node last,
      java.util.function.Function<String, List<TextTables.Line>> reader) {
    com.vladsch.flexmark.util.sequence.BasedSequence base = block.getChars().getBaseSequence();
    int lineStart = base.lastIndexOf('\n', first.getStartOffset() - 1) + 1;
    int shift = lineStart - block.getStartOffset();
    return reader.apply(base.subSequence(lineStart, last.getEndOffset()).toString()).stream()
        .map(l -> new TextTables.Line(l.cells(), l.offset() + shift)).toList();
  }

  /**
   * The last block of a Pandoc table this block opens, or null: a header paragraph over a rule of dashes a column
   * ("--------  -------", a break to the parser) and the paragraph of rows under it; or, framed by lines of dashes,
   * a multiline table's rows up to its closing frame. A cheap look at the rule's inner spaces first.
   */
  private static Node dashRuledLast(Node node) {
    boolean framed = node instanceof ThematicBreak;
    Node header = framed ? node.getNext() : node;
    if (!(header instanceof Paragraph) || !(header.getNext() instanceof ThematicBreak rule)
        || !DASH_RULE.matcher(rule.getChars().toString().strip()).matches()) {
      return null;
    }
    if (!framed) {
      return rule.getNext() instanceof Paragraph rows ? rows : null;
    }
    for (Node n = rule.getNext(); n != null; n = n.getNext()) {
      if (n instanceof ThematicBreak || n instanceof Heading && n.getChars().toString().stripTrailing().endsWith("---")) {
        return n;
      }
      if (!(n instanceof Paragraph)) {
        return null;
      }
    }
    return null;
  }

  /** A Pandoc table's column rule: runs of dashes with spaces between. */
  private static final Pattern DASH_RULE = Pattern.compile("-{3,}(?: +-{3,})+");

  /**
   * The paragraph closing an AsciiDoc table ("|===") that this paragraph opens and does not close, or null: a cheap
   * look for the mark first, as most paragraphs hold none.
   */
  private static Node asciiDocEnd(Node node) {
    com.vladsch.flexmark.util.sequence.BasedSequence text = node.getChars();
    int open = text.indexOf("|===");
    if (open < 0 || text.indexOf("|===", open + 4) >= 0) {
      return null;
    }
    for (Node next = node.getNext(); next instanceof Paragraph; next = next.getNext()) {
      if (next.getChars().indexOf("|===") >= 0) {
        return next;
      }
    }
    return null;
  }

  /**
   * A table indented under a bullet ("- Bands for this role (SGD, per year):" over "  | Location | Base | … |") is
   * read as a table, then taken out of its item, so the bullets around it read as they would without it.
   */
  private boolean tablesInItems(ListBlock list, boolean levelTableSeen) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      levelTableSeen = tablesTakenOut(item, levelTableSeen);
    }
    return levelTableSeen;
  }

  /** The title heading, and the short line under it that may name the company. */
  private void title(Heading heading, String t) {
    if (titles.aboutTheGuideOver(t, heading.getNext())) {
      // "# Compensation guide" over "## Solventa Energy: Controls Engineer": the heading below names the guide.
      return;
    }
    if (draft.companyLine == null && titles.companyOver(t, heading.getNext())
        && (draft.path.indexOf('/') < 0 || Slugs.wordsIn(draft.path.substring(0, draft.path.indexOf('/'))).matcher(t)
        .find())) {
      // In a library the folder names the company: the heading must be it ("# Confidential" over the role is not).
      draft.companyLine = ExportMarks.undecorated(t).strip();
      return;
    }
    draft.titleHeading = titles.named(ExportMarks.oneSpaced(ExportMarks.undecorated(t)), heading.getNext());
    lastHeadingLevel = heading.getLevel();
    if (heading.getNext() instanceof Paragraph line && line.getLineCount() == 1 && line.getTextLength() < 100) {
      draft.subtitle = ExportMarks.undecorated(draft.plainOf(line)).strip();
    } else if (heading.getNext() instanceof Heading under && under.getLevel() > heading.getLevel()
        && under.getTextLength() < 100 && under.getText().toString().indexOf('·') > 0
        && rules.section(under.getText().toString()) == Section.NONE) {
      // A deck's title slide: "# Data Analyst offers" over "### Pennant Insurance · Talent team · Q1 2027".
      draft.subtitle = ExportMarks.undecorated(MarkdownText.source(under.getText())).strip();
    }
    facts.title(t);
  }

  /** Whether an opening paragraph is the title as a bold line or an email's subject; taken as the title if so. */
  private boolean titleLine(Node node, String bold) {
    // A bold first line over lines of its own ("Last updated: …" right below it) opens the paragraph.
    String lead = bold == null ? titles.firstLineBold(node) : bold;
    if (lead != null && (rules.section(lead) == Section.NONE || TitleBlocks.TITLE_WORDS.matcher(lead).find())) {
      // A guide that opens with a bold line instead of a heading: that line is its title.
      draft.titleHeading = lead;
      if (bold == null) {
        facts.paragraph(draft.plainOf(node), draft.current.kind);
      }
      return true;
    }
    // A guide pasted from an email: its subject line is the title, the other header lines are not read.
    String subject = titles.emailSubject(node);
    if (subject == null) {
      return false;
    }
    draft.titleHeading = subject;
    return true;
  }

  /** A block quote: targets, the wording of the lever a heading above titled, or text offered for targets. */
  private void quote(BlockQuote quote, String plain) {
    PendingItem pending = draft.pending;
    if (opensTargets(quote, plain)) {
      draft.snippet(plain, draft.line(quote), true);
    } else if (pending.title != null && draft.current.kind == Section.LEVERS && pending.wording == null
        && draft.item(plain, null, draft.line(quote)) != SectionItems.Kind.TARGET) {
      pending.wording = Quotes.unquote(plain);
    } else if (pending.title != null && draft.current.kind == Section.LEVERS && pending.wording == null) {
      // "> Aim for $268K in Seattle." under a lever's heading is a target, not that lever's wording.
      draft.snippet(plain, draft.line(quote), true);
      pending.target = true;
    } else if ((draft.current.kind == Section.NONE || draft.current.kind == Section.PAY)
        && regions.partPerPlace(plain, draft.line(quote))) {
      // A job posting quoted: "> The base salary range is $165,000–$210,000 in New York City; …".
      return;
    } else if (draft.current.kind == Section.PAY && draft.regions == null && draft.proseRegions.isEmpty()
        && quote.getFirstChild() instanceof Paragraph) {
      // "## Compensation at a glance" over "> Wilmington (main office) — $88k to $102k base, …" lines: the pay itself
      // set off as a callout, read as its paragraphs would be unquoted.
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph paragraph) {
          paragraphs.read(paragraph, draft.plainOf(paragraph));
        }
      }
    } else {
      draft.snippet(plain, draft.line(quote), draft.current.kind == Section.TARGETS);
    }
  }

  /** After the last block: the item still open, a table held, the frontmatter's title and bands, relative regions. */
  private void finish() {
    closePending();
    bands.finish();
    if (draft.titleHeading == null) {
      draft.titleHeading = Frontmatter.string(draft.front, "title");
    }
    if (draft.regions == null && draft.proseRegions.isEmpty()) {
      regions.frontmatterBands();
    }
    if (draft.regions == null && !draft.proseRegions.isEmpty()) {
      draft.companyWordsAsPlaces();
      draft.regions = LevelSections.keep(draft, List.copyOf(draft.proseRegions), new GuideNames(draft).role().title());
      // "Toronto is head office." under places written as lines or prose marks that place, as under a table.
      draft.regions = new ArrayList<>(HeadquartersSaid.marked(draft.regions, draft.text));
    }
    // "**Update, March 2026:** Denver moved to $130K–$150K base": the newer figure is the one in force.
    draft.regions = UpdateNotes.applied(draft, draft.regions);
    if (draft.regions != null && !relatives.isEmpty()) {
      draft.regions = relatives.withRelatives(draft.regions);
    }
    if (bands.baseAloneLine() > 0) {
      regions.partsInProseBeside(bands.baseAloneLine(), bands.partsLeftOut());
    }
    OptionsSaid.warn(draft, draft.regions);
  }

  /** A changelog entry's heading: "2026-01-15", "2026-01 (current)", "2025". */
  static final Pattern DATED = Pattern.compile("(?:\\*\\*)?((?:19|20)\\d\\d(?:-[01]\\d(?:-[0-3]\\d)?)?)(?:\\*\\*)?"
      + "(?:\\s*\\([^()]{1,20}\\))?\\s*");

  private void heading(String t, int level, int line, boolean overLevers) {
    // "### 2026-01-15" over what changed that day: the blocks under it are that entry's, up to a heading as high.
    Matcher dated = t.length() <= 40 && !t.isEmpty() && Character.isDigit(t.replace("*", "").charAt(0))
        ? DATED.matcher(t.strip()) : null;
    if (dated != null && dated.matches()) {
      draft.dated = dated.group(1);
      draft.datedLevel = level;
    } else if (draft.dated != null && level <= draft.datedLevel) {
      draft.dated = null;
    }
    Section kind = rules.section(t);
    if (kind == Section.CONTEXT && RegionProse.asksOfPlace(t)) {
      // "**Q: What about Calgary?**": a question of a place's pay, whose answer is that place's, not context.
      kind = Section.NONE;
    }
    SectionSeen current = draft.current;
    Matcher labelled = kind == Section.LEVERS ? LEVER_LABEL.matcher(t.replace("**", "").strip()) : null;
    if (labelled != null && labelled.matches()) {
      // "### Lever: Migration experience" over its quoted wording: one lever titled after the label, in a section of
      // levers opened for it where none is (s28); a heading as high after it ends the levers.
      closePending();
      if (current.kind != Section.LEVERS) {
        draft.openSection(Section.LEVERS, t, line, level);
      }
      PendingItem pending = draft.pending;
      pending.title = labelled.group(1).strip();
      pending.line = line;
      pending.number = draft.levers.size() + 1;
      return;
    }
    Matcher outline = OUTLINE.matcher(t.replace("**", ""));
    if (outline.lookingAt() && OUTLINED_SECTIONS.contains(kind)
        && MORE_OF_THE_SAME.matcher(t.replace("**", "").substring(outline.end()).strip()).matches()) {
      // "### 2.1 Levers" under "## 2. How to negotiate": the document's outline numbers its sections, so a number
      // with a point inside heads a section by its words, never a lever numbered 1 titled "Levers".
      closePending();
      draft.openSection(kind, t, line, level);
      return;
    }
    // "#### More levers" over a list of quoted levers, under "## Levers": a subsection of the same kind, not one
    // lever titled so ("### Equity lever" over its own notes stays one lever).
    boolean subsection = kind == current.kind && kind != Section.NONE && !ItemTitles.NUMBERED.matcher(t).find()
        && (overLevers || MORE_OF_THE_SAME.matcher(t.replace("**", "").strip()).matches());
    // Under pay, a heading that names pay again ("**What the role pays (2026)**" under "### Acme · comp guide") heads
    // the section anew; only one naming no section may be a place ("### Chicago").
    boolean item = !subsection && level > current.level && current.kind != Section.NONE
        && (kind == Section.NONE || kind == current.kind && kind != Section.PAY || current.kind == Section.LEVERS
            && ItemTitles.NUMBERED.matcher(t).find());
    closePending();
    if (item && (current.kind == Section.LEVERS || current.kind == Section.PREMIUMS
        || current.kind == Section.LEVERAGE || current.kind == Section.PAY)) {
      PendingItem pending = draft.pending;
      pending.title = t.replace("**", "").strip();
      pending.line = line;
      Matcher n = ItemTitles.NUMBERED.matcher(pending.title);
      pending.number = n.find() ? Integer.parseInt(n.group(1)) : draft.levers.size() + 1;
      if (current.kind == Section.LEVERS || current.kind == Section.LEVERAGE) {
        pending.title = ItemTitles.unlettered(n.replaceFirst("")).strip();
      } else if (current.kind == Section.PAY && outline.lookingAt()) {
        // "### 2.1 Perth, WA (HQ)" under "## 2. Remuneration": the outline's number is no part of the place.
        pending.title = t.replace("**", "").substring(outline.end()).strip();
      }
      return;
    }
    if (item) {
      if (current.kind == Section.TARGETS) {
        String place = t.replace("**", "").strip();
        current.placeHeading = draft.regionPhrases.named(draft.regionsSoFar(), place).size() == 1 ? place : null;
      }
      return;
    }
    draft.openSection(kind, t, line, level);
  }

  /** A lever, premium or region titled by a heading or bold line, completed by the text that followed it. */
  private void closePending() {
    PendingItem pending = draft.pending;
    if (pending.title == null) {
      return;
    }
    String title = pending.title;
    String text = pending.text.toString().strip();
    pending.title = null;
    pending.text.setLength(0);
    String wording = pending.wording;
    pending.wording = null;
    boolean target = pending.target;
    pending.target = false;
    if (target && wording == null && Quotes.quoted(text).isEmpty()) {
      // "### 3. Anchor high" over only "> Aim for $268K in Seattle": the heading titled a target, not a lever.
      return;
    }
    Section as = draft.current.kind;
    if (as == Section.LEVERS || as == Section.LEVERAGE || as == Section.PREMIUMS) {
      // A heading under levers or premiums titles one item; what follows it says which kind it is.
      SectionItems.Kind kind = draft.item("**" + title + "**: " + text, wording, pending.line);
      if (kind == SectionItems.Kind.TARGET) {
        draft.snippet(title + ": " + text, pending.line, true);
        return;
      }
      as = kind == SectionItems.Kind.HEADING ? as : kind.section();
    }
    switch (as) {
      case LEVERS -> levers.addLever(pending.number, ItemTitles.inlineTitle(title),
          wording != null ? wording : Quotes.quoted(text), pending.line);
      case LEVERAGE -> {
        if (wording != null || !Quotes.quoted(text).isEmpty()) {
          levers.addLever(pending.number, title, wording != null ? wording : Quotes.quoted(text), pending.line);
        } else {
          premiums.premium(title + ": " + text, pending.line);
        }
      }
      case PREMIUMS -> premiums.premium(title + ": " + text, pending.line);
      case PAY -> {
        // Under a pay table already read, "### Chicago" heads notes about that row, not a second row.
        RegionProse.Cells cells = draft.regions == null ? RegionProse.answer(title, text, rules, draft.figures) : null;
        cells = cells == null && draft.regions == null ? RegionProse.underHeading(title, text, rules, draft.figures)
            : cells;
        if (cells != null) {
          draft.region(cells, pending.line);
        } else if (draft.regions == null && title.length() <= 40 && rules.section(title) == Section.NONE
            && !draft.figures.inProse(text).isEmpty() && RegionProse.rangeLine(text) != null) {
          // "### Nashville (HQ)" over "Range: USD 98,000 - 121,000 total comp": figures, but no base to read (s28).
          draft.findings.add(Finding.warning(draft.path, pending.line, "'" + title + "' writes its range with no base "
              + "('" + RegionProse.rangeLine(text) + "'): left out; write its base ('Base: …')"));
        }
        regions.regionNotes(title, text, pending.line);
      }
      default -> { }
    }
  }

  /**
   * Whether a question heading (an FAQ's "Q: …?" or "**Q: …?**" line, made a heading) stands among levers as an aside:
   * the levers section is open and the answer under it writes no figure, so it opens no pay, targets or premiums.
   */
  private boolean faqAside(String t, Node next) {
    Section current = draft.current.kind;
    String q = t.replace("**", "").strip();
    return q.endsWith("?") && (current == Section.LEVERS || current == Section.LEVERAGE)
        && (next instanceof Paragraph || next instanceof BlockQuote)
        && draft.figures.inProse(draft.plainOf(next)).isEmpty()
        && rules.section(q) != Section.SOURCES && rules.section(q) != Section.TARGETS;
  }

  /**
   * An FAQ's question among levers with its answer, the block under it: a lever titled by the question where the
   * answer quotes wording, else nothing ("A: Move to the sign-on lever below." is advice); the answer is returned so
   * the walk goes on after it, the levers section still open.
   */
  private Node aside(String question, int line, Node answer) {
    closePending();
    String title = FAQ_LABEL.matcher(question.replace("**", "").strip()).replaceFirst("");
    String text = draft.plainOf(answer);
    draft.current.text.append(title).append('\n').append(text).append('\n');
    String wording = Quotes.quoted(text);
    // Under levers, a lever is "no news" (HEADING) to the judge; a quote of what the other side says is none.
    SectionItems.Kind kind = wording.isEmpty() ? null : draft.item("**" + title + "**: " + text, null, line);
    if (kind == SectionItems.Kind.LEVER || kind == SectionItems.Kind.HEADING) {
      levers.addLever(draft.levers.size() + 1, title, wording, line);
    }
    return answer;
  }

  /** Whether a block opens with Negotiate Up or a bold label about targets ("**Where to aim:**"). */
  private boolean opensTargets(Node node, String plain) {
    if (NegotiateUp.opens(plain)) {
      return true;
    }
    Matcher m = ItemTitles.leadLabel(QUOTE_MARK.matcher(MarkdownText.source(node.getChars()).strip()).replaceFirst(""));
    return m.matches() && m.group(1).length() < 60 && rules.section(m.group(1)) == Section.TARGETS;
  }
}
