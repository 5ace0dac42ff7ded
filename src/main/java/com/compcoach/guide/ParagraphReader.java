package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a paragraph (or a block quote) by what it holds and the section it stands in: a lever, a target, a premium,
 * sources, a region's line, or text for the item a heading above it titled.
 */
final class ParagraphReader {

  /** A line that starts with its own label: "Sources: …", "**Data sources:** …". */
  private static final Pattern SOURCES_LABEL = Pattern.compile("^\\**([\\p{L} ]{3,25}?)\\**\\s*:\\s*\\**\\s*(\\S.*)$",
      Pattern.DOTALL);

  private final GuideDraft draft;
  private final ReadingRules rules;
  private final GuideFigures figures;
  private final ItemReaders readers;

  /** "Location: Leeds (office-based, hybrid 3 days)", "Office: Denver, CO": one place named for the whole guide. */
  private static final java.util.regex.Pattern LOCATION_LINE = java.util.regex.Pattern.compile(
      "(?i:location|office|based\\s+in|work\\s+location|site)\\s*:\\s*(\\p{Lu}[\\p{L}.'’ -]{1,30}?(?:,\\s*\\p{Lu}{2})?)"
          + "\\s*(?:\\([^()]{0,60}\\))?\\s*\\.?");
  /** "Based in Omaha.", "This role is based in our Omaha office.": the guide's one place said as a sentence. */
  private static final java.util.regex.Pattern BASED_IN = java.util.regex.Pattern.compile(
      "(?:(?i:this|the)\\s+(?i:role|position|job)\\s+is\\s+)?(?i:based)\\s+in\\s+(?i:our\\s+|the\\s+)?"
          + "(\\p{Lu}[\\p{L}.'’ -]{1,30}?(?:,\\s*\\p{Lu}{2})?)(?:\\s+(?i:office|site|plant|campus|branch|studio))?\\s*\\.?");

  /** Words that make a paragraph's pay someone else's: the market's, a survey's, competitors'. */
  private static final java.util.regex.Pattern MARKET = java.util.regex.Pattern.compile(
      "(?i)\\b(?:market|benchmark|survey|industry|competitors?|peers|median|elsewhere|other\\s+(?:firms|companies|employers))\\b");

  /** "Asheville ........ $84,000", "Roanoke .......... —": a line opening on a name and ending on its aim or its none. */
  private static final Pattern AIM_LINE = Pattern.compile("\\**\\p{Lu}[^\\n]*?(?:\\d(?:[kKmM]|\\s*\\p{Sc}|\\s*[A-Z]{3})?"
      + "(?:\\s+(?i:total|tc|all-in))?|[—–-]|(?i:n/a|none|tbd))\\s*");

  ParagraphReader(GuideDraft draft, ItemReaders readers) {
    this.draft = draft;
    this.rules = draft.rules;
    this.figures = draft.figures;
    this.readers = readers;
  }

  /**
   * Whether every line of a paragraph opens on a name and ends on its aim ("Asheville ........ $84,000" over
   * "Greenville ....... $77,000"): each line its own clause, never "$84,000 Greenville" read as Greenville's aim.
   */
  private static boolean aimPerLine(String raw) {
    for (String line : raw.split("\n")) {
      if (!AIM_LINE.matcher(line.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The lines of a paragraph of aims, each its own clause. */
  private static String aimClauses(String raw) {
    return MarkdownText.plainText(raw.strip().replace("\n", "; "));
  }

  /**
   * An FAQ's answer about a place: under its question ("**Q: And in Montréal?**" as a heading or bold line), or with
   * the question as its first line; null where it is not one.
   */
  private RegionProse.Cells answer(String raw, String text) {
    int firstEnd = raw.indexOf('\n');
    String first = firstEnd > 0 ? raw.substring(0, firstEnd).replace("**", "").strip() : "";
    if (first.endsWith("?")) {
      return RegionProse.answer(first, MarkdownText.joinLines(raw.substring(firstEnd + 1)), rules, figures);
    }
    String title = draft.current.title;
    return title.endsWith("?") ? RegionProse.answer(title, text, rules, figures) : null;
  }

  /**
   * A paragraph opening with a bold label that ends in a point ("**Remote, Washington State.** Paid on the Spokane
   * range."), its label as one with a colon; the plain text loses the bold that marks where the label ends. Else "".
   */
  private static String boldLabel(Node node) {
    String raw = MarkdownText.source(node).strip();
    int close = raw.startsWith("**") ? raw.indexOf("**", 2) : -1;
    return close > 3 && raw.charAt(close - 1) == '.' ? raw.substring(2, close - 1) + ":" + raw.substring(close + 2) : "";
  }

  /**
   * "Sources: levels.fyi (n=31), two recruiter calls": sources written as a labelled line, under any heading and after
   * a lever's heading too (never its text); the sources, else null.
   */
  private String labelledSources(Node node, String plain) {
    int colon = plain.indexOf(':');
    Matcher label = colon > 0 && colon < 32 && node instanceof Paragraph ? SOURCES_LABEL.matcher(plain) : null;
    return label != null && label.matches() && rules.names(Section.SOURCES, label.group(1))
        ? label.group(2).strip() : null;
  }

  /** A paragraph or item that may be a region's line, or text for a pending heading item. */
  void read(Node node, String plain) {
    SectionSeen current = draft.current;
    if (draft.pending.title != null && labelledSources(node, plain) == null) {
      // "Base: …" then "Stock: …" on the next line: each line is its own clause, as if ";" ended it.
      String text = current.kind == Section.PAY
          ? MarkdownText.clauses(MarkdownText.source(node).strip()) : plain;
      draft.pending.text.append(text).append("; ");
      return;
    }
    int at = draft.line(node);
    if ((current.kind == Section.PAY || current.kind == Section.NONE)
        && (readers.relatives().relativeLine(plain, at) || plain.length() < 200 && node instanceof Paragraph
        && readers.relatives().relativeLine(boldLabel(node), at))) {
      return;
    }
    int added = current.kind == Section.PAY || current.kind == Section.NONE ? readers.relatives().added(plain, at) : 0;
    if (added > 0 && added == NegotiateUp.sentences(plain).size()) {
      // "San Jose adds a 12% location differential to base." on its own: nothing more to read in it.
      return;
    }
    String raw = MarkdownText.source(node).strip();
    if (node instanceof Paragraph && readers.levers().termAndLever(raw, at)) {
      return;
    }
    // A paragraph's bands per place are looked for here, once: a paragraph they are not in is never looked at again.
    boolean perPlaceLooked = node instanceof Paragraph && (current.kind == Section.PAY || current.kind == Section.NONE)
        && draft.regions == null;
    if (perPlaceLooked && readers.regions().partPerPlace(plain, at)) {
      // A job posting's bands per place ("… $150,000–$180,000 in Denver; …") with its other sentences ("This role is
      // eligible for a 10% annual target bonus.", "Individual pay is determined by … location."): the bands, read
      // before those sentences make the paragraph an aim's or a premium's.
      return;
    }
    switch (draft.item(MarkdownText.joinLines(raw), null, at)) {
      case LEVER -> {
        readers.levers().paragraphLever(node, plain, at);
        return;
      }
      case TARGET -> {
        draft.snippet(raw.indexOf('\n') > 0 && aimPerLine(raw) ? aimClauses(raw) : plain, at,
            draft.wholeItemIsTarget(plain));
        return;
      }
      case PREMIUM -> {
        readers.premiums().premiumSentences(plain, at);
        return;
      }
      case THEIRS -> {
        return;
      }
      default -> { }
    }
    int colon = plain.indexOf(':');
    Matcher located = colon > 0 && colon < 16 && node instanceof Paragraph && draft.regions == null
        ? LOCATION_LINE.matcher(plain) : null;
    if (located != null && located.matches()) {
      // "**Location:** Leeds (office-based, hybrid 3 days)": the guide's one place, for pay written with none.
      draft.location = located.group(1).strip();
      return;
    }
    Matcher based = draft.regions == null && draft.location == null && plain.length() < 80 && plain.contains("ased in")
        && node instanceof Paragraph ? BASED_IN.matcher(plain.strip()) : null;
    if (based != null && based.matches()) {
      // "Based in Omaha." over "**Pay:** base …": the one place said in prose is the guide's place.
      draft.location = based.group(1).strip();
      return;
    }
    String sources = labelledSources(node, plain);
    if (sources != null) {
      draft.sources.add(sources);
      return;
    }
    if (current.kind == Section.PREMIUMS && node instanceof Paragraph) {
      // Premiums written as sentences rather than bullets ("On-call adds $6K a year."): each sentence with a
      // figure is one, read as a bullet holding it would be.
      for (String sentence : NegotiateUp.sentences(plain)) {
        if (!figures.inProse(sentence).isEmpty()) {
          readers.premiums().premiumClauses(sentence, at);
        }
      }
      return;
    }
    if (current.kind == Section.LEVERS && node instanceof Paragraph) {
      if (readers.levers().replies(raw, at)) {
        return;
      }
      List<String> lines = raw.lines().map(String::strip).toList();
      // "**Sign-on.** Ask: “…”" over "**Start date.** Ask: “…”" with no blank line between: a lever per line, each
      // with its own wording ("**Lever:** On-call load" over "**Script:** “…”" is one lever).
      boolean linePerLever = lines.size() > 1 && lines.stream()
          .allMatch(l -> ItemTitles.leadLabel(l).matches() && !Quotes.quoted(l).isEmpty());
      for (int k = 0; k < (linePerLever ? lines.size() : 1); k++) {
        String text = linePerLever ? lines.get(k) : raw;
        Matcher lead = ItemTitles.leadLabel(text);
        String wording = Quotes.quoted(linePerLever ? text : plain);
        // "**Step 4 — Close.** Get it in writing…" after a playbook's levers: the next step, no lever.
        if (lead.matches() && !(wording.isEmpty() && RegionProse.STEP_LEAD.matcher(text).lookingAt())) {
          Matcher n = ItemTitles.NUMBERED.matcher(ItemTitles.labelledTitle(lead));
          int number = n.find() ? Integer.parseInt(n.group(1)) : draft.levers.size() + 1;
          readers.levers().addLever(number, ItemTitles.inlineTitle(ItemTitles.unlettered(n.replaceFirst(""))),
              wording, at + k);
        }
      }
      return;
    }
    Matcher leverLead = ItemTitles.leadLabel(raw);
    if (node instanceof Paragraph && leverLead.matches() && ItemTitles.LEVER_WORD.matcher(leverLead.group(1)).find()) {
      readers.levers().addLever(draft.levers.size() + 1, ItemTitles.inlineTitle(ItemTitles.labelledTitle(leverLead)),
          Quotes.quoted(plain), at);
      return;
    }
    if (current.kind == Section.TARGETS) {
      // "Boston: 220k" over "Philadelphia: 195k": each line its own clause, not "220k Philadelphia".
      boolean lines = raw.indexOf('\n') > 0;
      draft.snippet(lines && ProseRegions.LABEL_LINES.matcher(raw).matches() ? MarkdownText.clauses(raw)
          : lines && aimPerLine(raw) ? aimClauses(raw) : plain, at, true);
      return;
    }
    if (current.kind == Section.SOURCES) {
      // Sources written as a sentence rather than a list: the paragraph is the source.
      draft.sources.add(plain);
      return;
    }
    if ((current.kind == Section.PAY || current.kind == Section.NONE) && draft.regions == null
        && (readers.regions().regionPerLine(node) || !perPlaceLooked && readers.regions().partPerPlace(plain, at)
            || readers.regions().placePerClause(plain, at) || readers.regions().placesInBrackets(plain, at)
            || node instanceof Paragraph lines && readers.regions().componentFirst(lines, at))) {
      return;
    }
    if (current.kind == Section.PAY || current.kind == Section.NONE) {
      int firstEnd = raw.indexOf('\n');
      // "Boston (HQ):" over "base: 150-180k" and "total: 185-228k" lines (a config pasted): each line a clause.
      boolean placeOverLines = firstEnd > 0 && raw.charAt(firstEnd - 1) == ':'
          && ProseRegions.LABEL_LINES.matcher(raw.substring(firstEnd + 1)).matches();
      String text = placeOverLines
          ? raw.substring(0, firstEnd + 1) + " " + MarkdownText.clauses(raw.substring(firstEnd + 1).strip())
          : MarkdownText.joinLines(raw);
      String[] summary = RegionProse.labelled(text);
      if (summary != null && RegionProse.sumsUp(summary[0])) {
        // "**TL;DR:** London £78–95K base, …; aim for £125K (London)": the details below give the bands; only its
        // aims are read, never its bands as aims.
        for (String piece : summary[1].split(";")) {
          if (rules.saysTarget(piece)) {
            draft.snippet(piece.strip(), at, false);
          }
        }
        return;
      }
      List<String> places = draft.regions == null ? RegionProse.eachPlace(text, rules, figures) : List.of();
      if (!places.isEmpty()) {
        places.forEach(place -> draft.region(RegionProse.read(place, rules, figures), at));
        readers.regions().placesMatching(text, at);
        return;
      }
      RegionProse.Cells cells = draft.regions == null ? answer(raw, text) : null;
      cells = cells != null ? cells : RegionProse.read(text, rules, figures);
      if (cells == null && draft.regions == null) {
        // "Orchard Pay hires in two hubs. In Atlanta, base …": opening sentences with no figure say nothing of pay.
        String paid = RegionProse.fromFirstFigure(text);
        cells = paid == null ? null : RegionProse.read(paid, rules, figures);
      }
      // "# Staff Accountant — Omaha office": the title's one office, where no "Location:" line names the place.
      String location = draft.location != null ? draft.location : TitlePlace.of(draft.titleHeading);
      if (cells == null && draft.regions == null && location != null && draft.proseRegions.isEmpty()
          && !MARKET.matcher(text).find()) {
        // "Starting salary is £38,000–£42,000 per annum …" under "Location: Leeds": that place's pay; never "the
        // market rate for graduates is …", what others pay.
        cells = RegionProse.read("In " + location + ", " + text, rules, figures);
      }
      if (cells != null && draft.regions == null) {
        draft.region(cells, at);
        // "In Nashville, base runs 150 to 175k; Atlanta is the same.": the place said to pay as this one.
        readers.regions().placesMatching(text, at);
        return;
      }
      if (draft.regions == null) {
        // "Atlanta pays the same." in a paragraph of its own.
        readers.regions().placesMatching(text, at);
      }
      draft.snippet(plain, at, false);
    }
  }
}
