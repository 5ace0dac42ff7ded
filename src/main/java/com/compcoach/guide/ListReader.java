package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list item by item, each by what it holds and the section it stands in: levers, premiums, sources, targets,
 * regions; or the whole list as the text of the item a heading above it titled.
 */
final class ListReader {

  private final GuideDraft draft;
  private final ReadingRules rules;
  private final GuideFigures figures;
  private final ItemReaders readers;

  ListReader(GuideDraft draft, ItemReaders readers) {
    this.draft = draft;
    this.rules = draft.rules;
    this.figures = draft.figures;
    this.readers = readers;
  }

  void read(ListBlock list) {
    SectionSeen current = draft.current;
    Section listSection = current.kind;
    if (draft.pending.title != null && listSection == Section.PAY && draft.regions == null
        && ProseRegions.placeLines(list, rules, figures) >= 2) {
      // "### United States (USD)" over "- Boston (HQ): 140–168k base" lines: the heading groups places, it is none.
      draft.pending.title = null;
      draft.pending.text.setLength(0);
    }
    if (draft.pending.title != null) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem li) {
          String raw = MarkdownText.itemText(li);
          if (draft.pending.wording == null && !Quotes.quoted(raw).isEmpty()) {
            draft.pending.wording = Quotes.quoted(raw);
          }
          draft.pending.text.append(raw.replace("**", "")).append("; ");
        }
      }
      return;
    }
    if (listSection == Section.TARGETS && draft.regions == null && draft.proseRegions.isEmpty()
        && ProseRegions.basePayLines(list, rules, figures) >= 2) {
      // "## Before you negotiate" over "1. Charlotte (HQ): base $78,000–$92,000, bonus 5%": a place's band, before
      // any band is read, is pay whatever the heading says; no aim is read from a base.
      listSection = Section.NONE;
    }
    if ((listSection == Section.PAY || listSection == Section.NONE) && draft.regions == null
        && readers.regions().componentFirst(list, draft.line(list))) {
      return;
    }
    boolean leverage = listSection == Section.LEVERAGE && listQuotes(list);
    if (listSection == Section.LEVERS && list instanceof BulletList && !listQuotes(list) && amountsInEvery(list)) {
      // Bullets of amounts with no wording to say, under a heading about levers, are premiums.
      listSection = Section.PREMIUMS;
    }
    int regionsBefore = draft.proseRegions.size();
    List<String[]> unread = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem li)) {
        continue;
      }
      Section section = listSection;
      ListBlock under = listSection == Section.PAY || listSection == Section.NONE ? itemsUnder(li) : null;
      if (under != null) {
        // "2. Check the band:" over "- Cambridge: base …" items, "Levers recruiters can use:" over quoted ones: a
        // lead-in over items is none of them; each item under it is read as itself.
        read(under);
        continue;
      }
      String raw = listSection == Section.PAY || listSection == Section.NONE ? placeOverItems(li) : null;
      raw = raw != null ? raw : MarkdownText.itemText(li);
      if (listSection == Section.PAY || listSection == Section.NONE) {
        raw = placeSentenceAsLabel(raw);
      }
      int line = draft.line(li);
      Node quote = quoteOf(li);
      if ((listSection == Section.PAY || listSection == Section.NONE)
          && readers.relatives().relativeLine(raw, line)) {
        continue;
      }
      SectionItems.Kind kind = draft.item(raw, quote == null ? null : Quotes.unquote(MarkdownText.plain(quote)),
          line);
      if (kind != SectionItems.Kind.HEADING) {
        section = kind.section();
      }
      switch (section) {
        case LEVERS -> readers.levers().lever(li);
        case LEVERAGE -> {
          // Each item by what it holds: quoted wording is a lever, an amount without any is a premium.
          if (quote != null || !Quotes.quoted(raw).isEmpty() || leverage && !amountIn(raw)) {
            readers.levers().lever(li);
          } else {
            readers.premiums().premium(raw, line);
          }
        }
        case PREMIUMS -> readers.premiums().premium(raw, line);
        case SOURCES -> {
          String source = raw.replace("**", "").strip();
          if (!source.isEmpty()) {
            draft.sources.add(source);
          }
        }
        // "$172K total · Atlanta": the figure first, its place after, read as "Atlanta: $172K total".
        case TARGETS -> draft.snippet(RegionProse.placeFirst(MarkdownText.joinLines(raw).replace("**", "")), line,
            kind != SectionItems.Kind.TARGET || draft.wholeItemIsTarget(raw));
        case PAY, NONE -> {
          if (draft.dated != null) {
            // "Raised Nashville (HQ) to base $150K–$178K, …", "Added Remote (US): base …" in a changelog entry.
            String changed = changedLine(raw.replace("**", ""));
            if (changed == null && CHANGE_WORD.matcher(raw).find() && placeWithPay(raw)) {
              // "Denver's pay went up to …": a change the entry states in words not read here; its band may be
              // the older entry's, so the user is told, never served that in silence.
              draft.findings.add(Finding.warning(draft.path, line, "'" + raw.replace("**", "").strip() + "' in the"
                  + " entry of " + draft.dated + " states a change the reader cannot read; write it as 'Raised Denver"
                  + " to base …' or 'Denver: base …'"));
            }
            raw = changed != null ? changed : raw;
          }
          RegionProse.Cells cells = RegionProse.read(RegionProse.inLegendOrder(raw, current.legend()), rules,
              figures);
          if (cells != null && draft.regions == null) {
            draft.region(cells, line);
          } else {
            draft.snippet(raw.replace("**", ""), line, false);
            if (draft.regions == null && placeWithPay(raw)) {
              unread.add(new String[] {raw, Integer.toString(line)});
            }
          }
        }
        default -> { }
      }
    }
    if (draft.proseRegions.size() > regionsBefore) {
      // Some items of the list read as places and these, written alike, did not: never dropped in silence.
      for (String[] item : unread) {
        draft.findings.add(Finding.warning(draft.path, Integer.parseInt(item[1]), "'" + item[0].replace("**", "")
            .strip() + "' reads as a place with its pay, but the reader took no band from it, while other items of"
            + " its list are regions; write it as they are written, or with its parts named ('base …, bonus …')"));
      }
    }
  }

  /**
   * "Spokane, WA. Salary band 71,000–84,000 USD; annual incentive 7%.": an item opening on its place as a sentence of
   * its own, then its pay, read as "Spokane, WA: Salary band …" as a labelled item is (it was dropped in silence while
   * the list's first item, "Boise, ID — headquarters. …", was read). Not "St. Louis": a place is four letters or more.
   */
  private static String placeSentenceAsLabel(String raw) {
    if (raw.indexOf(". ") < 0) {
      return raw;
    }
    Matcher m = PLACE_SENTENCE.matcher(raw);
    return m.lookingAt() && m.group(1).length() >= 4 ? m.group(1) + ": " + raw.substring(m.end()) : raw;
  }

  /** A place of up to four capitalised words and its state's code, then a full stop, then a sentence with a figure. */
  private static final Pattern PLACE_SENTENCE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}"
      + "(?:,\\s*\\p{Lu}{2})?)\\.\\s+(?=\\p{Lu}[^\\n]*\\d)");

  /** Whether an item opens on a label that names no part of the pay and gives a figure a year's pay could be. */
  private boolean placeWithPay(String raw) {
    String[] labelled = RegionProse.labelled(raw);
    // The place's short name: "Denver (HQ)" is a place, though "HQ" alone names a column people add.
    String shortName = labelled == null ? null : Region.shortName(labelled[0]);
    ReadingRules.Column named = labelled == null ? null : rules.column(shortName);
    // "Remote (US)": the column people add beside a place, but a place of its own when it labels pay.
    boolean remote = named == ReadingRules.Column.IGNORED && shortName.replace("*", "").strip()
        .equalsIgnoreCase("remote");
    if (named != ReadingRules.Column.UNKNOWN && named != ReadingRules.Column.REGION && !remote
        || ConventionsReader.ONE_OFF.matcher(labelled[0]).find() || RegionProse.PERK.matcher(labelled[0]).find()) {
      return false;
    }
    return figures.scan(labelled[1]).stream().anyMatch(f -> !f.percent() && f.high() >= 10_000 || f.ambiguous());
  }

  /**
   * The list under an item whose own line ends in a colon, where two of its items or more are places with pay (read
   * only while no band is), or each quotes wording.
   */
  private ListBlock itemsUnder(ListItem li) {
    Node first = li.getFirstChild();
    if (first == null || !(first.getNext() instanceof ListBlock sub) || first.getNext().getNext() != null) {
      return null;
    }
    String own = MarkdownText.source(first.getChars()).replace("*", "").strip();
    if (!own.endsWith(":")) {
      // "- **Netherlands** (EUR)" over "  - Leiden (HQ): base €68K–€82K, …" lines: a country grouping its places,
      // no place itself, where every item under it is a place with its pay and its own line writes no figure.
      return draft.regions == null && own.length() <= 60 && own.chars().noneMatch(Character::isDigit)
          && ProseRegions.placeLines(sub, rules, figures) == items(sub) ? sub : null;
    }
    return draft.regions == null && ProseRegions.placeLines(sub, rules, figures) >= 2 || listQuotes(sub) ? sub : null;
  }

  /** Words that say a changelog line changes a band: "raised", "went up". */
  private static final java.util.regex.Pattern CHANGE_WORD = java.util.regex.Pattern.compile(
      "(?i)\\b(?:raised|increased|bumped|lowered|reduced|cut|updated|moved|changed|adjusted|went\\s+(?:up|down)|"
          + "rose|dropped)\\b");

  /** A part or the band written after a changelog line's place ("base", "band"), and the old figure "from" it. */
  private static String changedPart(String group) {
    return "(?:\\s+(?<" + group + ">base(?:\\s+salary)?|salary|pay|band|bands|range|ranges))?"
        + "(?:\\s+from\\s+[^;]{1,40}?)?";
  }

  /**
   * A changelog line's verb and its place: "Raised Denver to", "Raised the Denver band to", "Raised Denver base from
   * $136K–$162K to", "Denver raised to", "Added Remote (US):". The part a place's name is followed by ("base") is the
   * new figure's; the old figure after "from" is history, not the band.
   */
  private static final java.util.regex.Pattern CHANGED = java.util.regex.Pattern.compile(
      "^\\s*(?:(?:Raised|Increased|Bumped|Lowered|Reduced|Cut|Updated|Moved|Changed|Adjusted|Set)\\s+(?:the\\s+)?"
          + "(?<place>\\p{Lu}[^:;$]{0,50}?)" + changedPart("part") + "\\s+to\\s+"
          + "|(?<place3>\\p{Lu}[^:;$]{0,50}?)" + changedPart("part3") + "\\s+(?:was\\s+|is\\s+)?"
          + "(?:raised|increased|bumped|lowered|reduced|cut|updated|moved|changed|adjusted|set)\\s+to\\s+"
          + "|(?:Added|New)\\s+(?<place2>\\p{Lu}[^:;]{0,50}?)\\s*:\\s*)");

  /** The line's own new text for a changelog line: "Denver: base $145K–$172K, …", or null where it is no change. */
  static String changedLine(String raw) {
    java.util.regex.Matcher changed = CHANGED.matcher(raw);
    if (!changed.lookingAt()) {
      return null;
    }
    String place = changed.group("place") != null ? changed.group("place")
        : changed.group("place3") != null ? changed.group("place3") : changed.group("place2");
    String part = changed.group("part") != null ? changed.group("part") : changed.group("part3");
    part = part == null ? null : part.toLowerCase(java.util.Locale.ROOT);
    // "Raised Denver base from … to $145K–$172K": the figure is base's; "the Denver band to base …" names its parts.
    boolean namesPart = part != null && !part.startsWith("band") && !part.startsWith("range");
    return place + ": " + (namesPart ? part + " " : "") + raw.substring(changed.end());
  }

  private static int items(ListBlock list) {
    int n = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      n += item instanceof ListItem ? 1 : 0;
    }
    return n;
  }

  /**
   * An item that is a place over items of its own ("- **San Francisco (HQ)**" over "  - Base: $165K–$190K", "  -
   * Options: …"), as one region's line: "San Francisco (HQ): Base: $165K–$190K; Options: …"; null for any other item.
   */
  private String placeOverItems(ListItem li) {
    Node first = li.getFirstChild();
    if (first == null || !(first.getNext() instanceof ListBlock sub) || first.getNext().getNext() != null) {
      return null;
    }
    String place = RegionBlocks.placeLine(MarkdownText.source(first.getChars()).strip(), rules);
    if (place == null || place.isEmpty()) {
      return null;
    }
    StringBuilder body = new StringBuilder(place).append(": ");
    for (Node item = sub.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem part) {
        body.append(MarkdownText.itemText(part).replace("**", "")).append("; ");
      }
    }
    return body.toString();
  }

  /** Whether a block is a list of two items or more that each quote wording: several levers, not one's notes. */
  boolean severalQuoted(Node block) {
    if (!(block instanceof ListBlock list)) {
      return false;
    }
    int quoting = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem li && (quoteOf(li) != null || !Quotes.quoted(MarkdownText.itemText(li)).isEmpty())) {
        quoting++;
      }
    }
    return quoting >= 2;
  }

  private boolean amountsInEvery(ListBlock list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem li && !amountIn(MarkdownText.itemText(li))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text holds an amount written as a range of money, as a premium's is. */
  private boolean amountIn(String text) {
    return figures.inProse(text).stream().anyMatch(f -> !f.percent() && f.low() < f.high());
  }

  /** The block quote that holds an item's wording: inside it, or right after its list when it is the last. */
  private Node quoteOf(ListItem item) {
    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof BlockQuote) {
        return c;
      }
    }
    // "1. **Title**" then "> wording": only a title with no figure of its own waits for a quote after its list.
    return item.getNext() == null && item.getParent().getNext() instanceof BlockQuote q
        && figures.inProse(MarkdownText.itemText(item)).isEmpty() ? q : null;
  }

  /** Whether a list's items carry quoted wording (levers) rather than amounts (premiums). */
  private boolean listQuotes(ListBlock list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem li) {
        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof BlockQuote) {
            return true;
          }
        }
        if (!Quotes.quoted(MarkdownText.itemText(li)).isEmpty()) {
          return true;
        }
      }
    }
    return list.getNext() instanceof BlockQuote;
  }
}
