package com.compcoach.guide;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads one guide's text into a {@link Guide} and lint findings. Pure and thread-safe: the markdown parser is
 * built once, on the first read; the pay table is found by its header (base and total columns), sections by what
 * their headings mean, so headings may vary and sections may move or be missing.
 */
public final class GuideReader {

  /** What reading takes besides the text: the markdown and YAML parsers, the rules, the places' phrases. */
  private record Tools(Parser parser, Frontmatter frontmatter, ReadingRules rules, RegionPhrases regionPhrases) {}

  private final Clock clock;
  /**
   * Made on the first read, not with the reader: a restart over an unchanged library reads no guide, and loading
   * flexmark, snakeyaml and the rules took a third of a second of its time to the first answer.
   */
  private volatile Tools tools;

  /** A reader that judges review dates against today in UTC. */
  public GuideReader() {
    this(Clock.systemUTC());
  }

  /** A reader that judges review dates against the given clock. */
  public GuideReader(Clock clock) {
    this.clock = clock;
  }

  private Tools tools() {
    Tools made = tools;
    if (made == null) {
      synchronized (this) {
        made = tools;
        if (made == null) {
          made = new Tools(markdownParser(), new Frontmatter(), ReadingRules.standard(), new RegionPhrases());
          tools = made;
        }
      }
    }
    return made;
  }

  /** The markdown parser every reader uses; also what the load benchmark's parsing floor runs. */
  static Parser markdownParser() {
    MutableDataSet options = new MutableDataSet();
    // The tables extension's reading of tables, set up to be made once per parser (see PipeTables).
    options.set(Parser.EXTENSIONS, List.of(new PipeTables()));
    // "|--|--|" is a table to GitHub and to the people who write guides there.
    options.set(com.vladsch.flexmark.ext.tables.TablesExtension.MIN_SEPARATOR_DASHES, 1);
    // Guides are prose, tables, lists and quotes. Raw HTML and code blocks would swallow text a writer meant as
    // prose ("<!channel>" at a line start, an indented quote, a line of backticks), and "[company]: …" is
    // wording, not a link target. Every block parser left out is also one less tried on every line.
    options.set(Parser.HTML_BLOCK_PARSER, false);
    options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
    options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
    options.set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
    return Parser.builder(options).customInlineParserFactory(SourceTextInlines::new).build();
  }

  /**
   * Reads a guide.
   *
   * @param path the file's path relative to the library root, "company/role.md"; gives the slugs and names the
   *             file in findings
   * @param text the whole file
   */
  public GuideReading read(String path, String text) {
    Tools t = tools();
    GuideDraft draft = new GuideDraft(path, text.startsWith("\uFEFF") ? text.substring(1) : text, t.rules(),
        t.regionPhrases());
    Node document = parse(draft, t);
    draft.conventions(new ConventionsReader(draft).read(document));
    GuideNames names = new GuideNames(draft);
    ParagraphFacts facts = new ParagraphFacts(draft);
    PremiumReader premiums = new PremiumReader(draft);
    new SectionWalk(draft, names, facts, premiums).walk(document);
    new BandChecks(draft).check();
    String speaker = PastedChat.firstSpeaker(draft.text);
    if (speaker != null && !draft.hasError()) {
      // Places may read from its lines, but who said what, and what "remote is Denver numbers" answers, may not.
      draft.findings.add(Finding.error(path, draft.lineOf(speaker.toLowerCase(java.util.Locale.ROOT)), "a pasted chat ('" + speaker + "' over each "
          + "message), not a guide: its replies answer each other, so nothing is served from it; write its bands as a "
          + "table or a line per place ('Denver: base $140K–$162K, bonus 10%, RSUs $30K a year')"));
    }
    GuideTargets aims = new GuideTargets(draft);
    List<Target> targets = aims.read();
    List<Finding> findings = draft.findings;
    if (draft.levers.isEmpty()) {
      findings.add(Finding.warning(path, 1, "no levers: the guide has no numbered negotiation levers"));
    }
    List<String> sources = draft.sources.isEmpty() ? strings(Frontmatter.list(draft.front, "data_sources"))
        : draft.sources;
    if (sources.isEmpty()) {
      findings.add(Finding.warning(path, 1, "no sources: the guide names no evidence or data sources"));
    }
    Freshness freshness = facts.freshness();
    LocalDate today = LocalDate.now(clock);
    if (freshness.nextReviewDue() != null && freshness.nextReviewDue().isBefore(today)) {
      findings.add(Finding.warning(path, draft.lineOf("next_review_due", "next review"), "review date passed: next"
          + " review was due " + freshness.nextReviewDue() + " (today is " + today + ")"));
    }
    Guide guide = draft.hasError() ? null : new Guide(path, names.company(), names.role(), facts.signature(),
        facts.dnaTags(), draft.regions, draft.levelMapping, premiums.withAmounts(), draft.levers, targets,
        ArchitectureText.read(draft.architectureText), sources, freshness, aims.baseTargets(),
        ApprovalRules.read(draft, draft.regions), TierLists.read(draft, draft.regions));
    return new GuideReading(path, guide, findings);
  }

  /** The frontmatter loaded into the draft (its errors as findings), and the markdown body parsed. */
  private static Node parse(GuideDraft draft, Tools tools) {
    Frontmatter.Split split = Frontmatter.split(draft.text);
    if (split.unclosed()) {
      // TOML's frontmatter opens with "+++": the error names the fence the file wrote.
      String fence = draft.text.startsWith("+++") ? "+++" : "---";
      draft.findings.add(Finding.error(draft.path, 1, "frontmatter opens with " + fence + " but never closes"));
    }
    Frontmatter.Loaded loaded = tools.frontmatter().load(split);
    if (loaded.error() != null) {
      draft.findings.add(Finding.error(draft.path, loaded.errorLine(), loaded.error()));
    }
    draft.front = loaded.values();
    draft.bodyStart = split.unclosed() ? 0 : split.bodyStart();
    return tools.parser().parse(QuoteDepth.capped(LazyLabels.apart(FaqQuestions.apart(LetteredItems.numbered(
        OutlineHeadings.headed(SpelledAmounts.inDigits(ExportMarks.blanked(NotionBlocks.plain(
            draft.text.substring(draft.bodyStart))))))))));
  }

  private static List<String> strings(List<Object> list) {
    return list.stream().filter(o -> o != null).map(o -> o.toString().strip()).filter(s -> !s.isEmpty()).toList();
  }
}
