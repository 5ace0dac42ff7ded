package com.compcoach.guide;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.compcoach.guide.ReadingRules.Section;
import com.compcoach.money.Currencies;
import com.compcoach.money.DecimalMark;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one guide's text into a {@link Guide} and lint findings. Pure and thread-safe: the markdown parser is
 * built once; the pay table is found by its header (base and total columns), sections by what their headings
 * mean, so headings may vary and sections may move or be missing.
 */
public final class GuideReader {

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  /** A line that starts with its own label: "Sources: …", "**Data sources:** …". */
  private static final Pattern SOURCES_LABEL = Pattern.compile("^\\**([\\p{L} ]{3,25}?)\\**\\s*:\\s*\\**\\s*(\\S.*)$",
      Pattern.DOTALL);
  private static final Pattern LEAD_LABEL = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*:?\\s*(.*)$", Pattern.DOTALL);
  /** "*Renewal lever:* …": a lead in single asterisks, as Slack and Confluence write bold. */
  private static final Pattern SINGLE_STAR_LEAD = Pattern.compile("\\*(?![*\\s])([^*\\n]{1,80}?)(?<!\\s)\\*(?!\\*)");
  /** Emphasis marks left at a title's ends: "*Renewal lever:*". */
  private static final Pattern EMPHASIS_ENDS = Pattern.compile("^[*_]+|[*_]+$");
  private static final Pattern DEFINITION_BREAK = Pattern.compile(
      "\\s*\\n\\s*(?=(?:\\*\\*)?\\p{L}[\\p{L} ()/-]{0,30}(?:\\*\\*)?:)");
  private static final Pattern QUOTE_MARK = Pattern.compile("^>\\s*");
  private static final Pattern NOTE = Pattern.compile("(?i)^note\\s*:\\s*");
  private static final Pattern GUIDE_SUFFIX = Pattern.compile("(?i)\\s*(global\\s+)?(negotiation\\s+)?guide\\s*$");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  /** Slug words a role's name writes in capitals: levels (ii, iv, ic4, l5) and the usual acronyms. */
  private static final Pattern UPPER_WORDS = Pattern.compile(
      "(?:i{1,3}|iv|vi{0,3}|ix|x|ic\\d{1,2}|l\\d{1,2}|e\\d{1,2}|p\\d{1,2}|ml|ai|sre|qa|ux|ui|it|hr|api|vp|"
          + "cto|cfo|seo|bi|etl|gis|erp|sap|crm|ar|vr|nlp|llm)");
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4}-q[1-4])");
  private static final Pattern QUALITY = Pattern.compile(":\\s*([a-z]+)");
  /** "Notes", "brief", "primer" name a guide only after a word about pay: "compensation notes", "salary brief". */
  private static final String PAY_NOTES =
      "(comp(?:ensation)?|salary|pay|offer|negotiation|remuneration|reward)\\s+"
          + "(notes?|brief|briefing|primer|overview|cheat ?sheet|sheet)";
  private static final Pattern TITLE_WORDS = Pattern.compile(
      "(?i)\\b(guide|playbook|handbook|negotiation guide|comp guide|cheat ?sheet|" + PAY_NOTES + ")\\b");
  private static final Pattern TITLE_TAIL = Pattern.compile(
      // "Saltmarsh Games (2026 guide)": the words about the guide may open a parenthesis, which goes with them.
      "(?i)[\\s:—–|-]*(?:\\([^()]{0,30}?)?\\b((global\\s+|comp(?:ensation)?\\s+|salary\\s+|pay\\s+|offer\\s+)?(negotiation\\s+)?"
          + "(guide|playbook|handbook|cheat ?sheet)|" + PAY_NOTES + ")\\b.*$");
  /** A title's tail of commentary: after a dash or colon, words in lower case ("— what we've learned"). */
  private static final Pattern COMMENT_TAIL = Pattern.compile("(?:\\s+[—–-]\\s+|:\\s+)\\p{Ll}.*$");
  /** Locales whose decimal mark is a comma, as a frontmatter number_format or locale may name them. */
  private static final Pattern COMMA_LOCALE = Pattern.compile(
      "(?i)(de|fr|es|it|nl|pt|pl|da|sv|nb|nn|no|fi|cs|sk|tr|ru|id|ro|hu|el|hr|sl|bg|uk)([-_][a-z]{2})?");
  /** A cell whose every figure groups thousands with points and nothing else: "78.000 – 95.000 €", "€ 52.000". */
  private static final Pattern POINT_GROUPED_CELL = Pattern.compile(
      "[^\\d,]*\\d{1,3}(?:\\.\\d{3})+(?:[^\\d,kKmM]+\\d{1,3}(?:\\.\\d{3})+)?[^\\d,kKmM]*");
  /** An aside after the company's name that describes it: "(remote-first)", "(Series B)", "(YC W24)". */
  private static final Pattern COMPANY_ASIDE = Pattern.compile(
      "\\s*\\((?=\\p{Ll}|(?i:series\\s|seed|pre-seed|yc\\s|stealth|nasdaq|nyse))[^()]*\\)\\s*$");
  /** Words about the guide opening its title: "Comp guide - Data Scientist, Acme", "Guía de compensación: …". */
  private static final Pattern TITLE_HEAD = Pattern.compile(
      "(?i)^\\s*(?:(?:(?:global|comp(?:ensation)?|salary|pay|offer|negotiation)\\s+)*(?:guide|playbook|handbook|notes|"
          + "cheat ?sheet)|gu[ií]a\\s+de\\s+(?:compensaci[oó]n|salarios|negociaci[oó]n)|verg[üu]tungsleitfaden|"
          + "gehaltsleitfaden|guide\\s+de\\s+r[ée]mun[ée]ration)\\s*(?:for\\s+|para\\s+|f[üu]r\\s+)?[:—–|-]\\s+(?=\\S)");
  /** The line of a pasted email or a note that names the company: "Company: Harbor & Pine Outfitters". */
  private static final Pattern COMPANY_LINE = Pattern.compile(
      "(?i)^\\s*(?:company|employer|organi[sz]ation|empresa|unternehmen|firma|entreprise)\\s*:\\s*([^\\n:]{2,60}?)\\s*$");
  /** The subject line of a pasted email, which names the guide: "Subject: Comp guide - Data Scientist, Acme". */
  private static final Pattern SUBJECT_LINE = Pattern.compile(
      "(?im)^\\s*subject\\s*:\\s*(?:(?:re|fwd?|aw|wg)\\s*:\\s*)*(\\S[^\\n]{2,120}?)\\s*$");
  /** A term on its line over its definition: "Relocation" then ": “Could the relocation…”". */
  private static final Pattern TERM_OVER_DEFINITION = Pattern.compile(
      "([^\\n:]{2,80})\\n[ \\t]*:[ \\t]+(\\S.*)", Pattern.DOTALL);
  /** A question and its answer: "Q: What are your salary expectations?" then "A: “I'm looking for…”". */
  private static final Pattern QUESTION_AND_ANSWER = Pattern.compile(
      "(?i)\\**Q\\**\\s*[:.]\\**\\s*([^\\n]{2,160})\\n[ \\t]*\\**A\\**\\s*[:.]\\**\\s*(\\S.*)", Pattern.DOTALL);
  /** Lines that each open on a label: "Base: $170K to $200K" then "Total cash: $170K to $200K". */
  private static final Pattern LABEL_LINES = Pattern.compile(
      "(?:[ \\t]*(?:\\*\\*)?\\p{L}[\\p{L} ()/-]{0,30}(?:\\*\\*)?[ \\t]*:[^\\n]*(?:\\n|$))+");
  /** A place's name with its currency code after it: "London (GBP)", "Berlin (in EUR)". */
  private static final Pattern NAME_AND_CODE = Pattern.compile("(.*\\S)\\s*\\((?:in\\s+)?([A-Z]{3})\\)\\s*");
  /** Words that say a part of the pay holds in every region: "everywhere", "in every location", "across all". */
  private static final Pattern EVERYWHERE = Pattern.compile(
      "(?i)\\b(?:everywhere|(?:in|at|for|across)\\s+(?:every|each|all)\\s+(?:the\\s+)?(?:locations?|offices?|cit(?:y|ies)"
          + "|regions?|sites?|markets?|hubs?|places?)|in\\s+all\\s+(?:of\\s+)?(?:our\\s+|the\\s+)?(?:locations|offices|regions))\\b");
  /** Pay paid once or on top, which no band column holds: "a $10K sign-on bonus everywhere". */
  private static final Pattern ONE_OFF = Pattern.compile(
      "(?i)\\b(?:sign[- ]?on|signing|joining|relocation|relo|refresh\\w*|retention|referral|stipend|allowance)");
  /** A year in a heading: "2026 bands", "Pay (2024)". */
  private static final Pattern HEADING_YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
  /** The header lines an email paste opens with. */
  private static final Pattern EMAIL_HEADER = Pattern.compile("(?i)^(?:from|to|subject|date|cc|sent)\\s*:");
  /** A verb that introduces a lever's wording at the end of its title: "Portfolio depth. Say", "— try". */
  private static final Pattern SAY_BEFORE_QUOTE = Pattern.compile(
      "(?i)(?:[.:;,—–-]\\s*|\\s+)(?:say|try|ask|write|use|try saying|you say|say something like|something like"
          + "|for example|e\\.g\\.)\\s*$");
  /** A heading that only says more of its section follows: "More levers", "Other levers", "Levers (continued)". */
  private static final Pattern MORE_OF_THE_SAME = Pattern.compile(
      "(?i)(?:(?:a\\s+few\\s+|some\\s+|two\\s+|three\\s+)?(?:more|other|additional|further|extra|also)\\s+)?"
          + "(?:levers?|scripts?|talking\\s+points|tactics|premiums?|targets?|sources?)"
          + "(?:\\s*\\((?:cont(?:inued|\\.)?|part\\s+\\d|ii)\\)|,?\\s+(?:cont(?:inued|\\.)?|part\\s+\\d|ii))?\\s*:?");
  private static final Pattern POINT_THOUSANDS = Pattern.compile("\\d\\.\\d{3}(?!\\d)");
  private static final Pattern HOURS_BY_WEEKS = Pattern.compile(
      "(?i)\\b(\\d{2})\\s*(?:paid\\s+|working\\s+)?(?:hours|hrs|h)(?:\\s*(?:a|per|/)\\s*week)?\\s*[×x*]\\s*(\\d{2})\\s*weeks");
  private static final Pattern HOURS_A_YEAR = Pattern.compile(
      "(?i)\\b(\\d,?\\d{3})\\s*(?:paid\\s+|working\\s+|billable\\s+)?(?:hours|hrs)\\b");
  /** "220 billable days a year": a qualifier or "a year" says the days are a year's work, not a notice period. */
  private static final Pattern DAYS_A_YEAR = Pattern.compile(
      "(?i)\\b(\\d{3})\\s+(billable\\s+|working\\s+|paid\\s+|chargeable\\s+|invoiced\\s+|work\\s+)?days?"
          + "(\\s+(?:a|per|each|in\\s+a)\\s+year|\\s*/\\s*y(?:ea)?r)?");
  private static final Pattern LEVER_WORD = Pattern.compile("(?i)\\blevers?\\b");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[—–·•-]\\s|:\\s|,\\s|\\s/\\s|\\s\\(");
  private static final Pattern COMPANY_AT = Pattern.compile("(?i)\\s(?:at|@)\\s+(.+)$");
  private static final Pattern TRIM_SEPARATORS = Pattern.compile("^[\\s:—–|,·•-]+|[\\s:—–|,(·•-]+$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:lever\\s*)?#?(\\d{1,2})\\s*[.):—–-]?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BOLD_LINE = Pattern.compile("^(?:\\*\\*|__)([^*_\\n]{2,100}?)(?:\\*\\*|__)\\s*:?\\s*$");
  private static final Pattern WORDING_HEADER = Pattern.compile("say|wording|script|quote|phrase|ask|line|words");
  /** The verb that ends a premium's subject: "Engine internals experience is worth…" → "Engine internals experience". */
  private static final Pattern PREMIUM_VERB = Pattern.compile(
      "(?i)\\s(?:is|are|adds?|pays?|earns?|gets?|brings?|commands?|means?)\\b");
  private static final Pattern ARTICLE = Pattern.compile("^(?i:an?|the)(?:\\s+|$)");
  private static final Pattern PREMIUM_FOR = Pattern.compile("(?i)\\bfor\\s+([^,.;:()]{3,60})");
  /** What stands between a premium's percent and the band it is of: "more", "on top of", "of the", "of". */
  private static final Pattern PERCENT_OF = Pattern.compile(
      "(?i)^\\s*(?:(?:more|extra|higher|above|uplift|premium|bump)\\s+)?(?:(?:on\\s+top\\s+of|of|on|over)\\s+)"
          + "(?:(?:the|your|their)\\s+)?");
  // Wording in double quotes, or in single quotes (British) that close the text: "– 'I'd take 28 days' holiday.'"
  // (an apostrophe inside, as in "days'", is no close, since words follow it).
  /** What may stand before the other side's name in a lead without titling anything: "If the", "When your". */
  private static final Pattern CONDITION_ONLY = Pattern.compile(
      "(?i)(?:(?:if|when|whenever|once|should|after|the|a|an|your|their|and)\\b\\s*)*");
  private static final Pattern QUOTED = Pattern.compile("[“\"„«「『]([^”\"“»」』]{12,})[”\"“»」』]"
      + "|(?<![\\p{L}\\p{N}])['‘](\\p{L}[^\\n]{10,}?)['’](?=[\\s.,;!?)*_]*$)");

  private final Parser parser;
  private final Frontmatter frontmatter = new Frontmatter();
  private final ReadingRules rules = ReadingRules.standard();
  private final RegionPhrases regionPhrases = new RegionPhrases();
  private final Clock clock;

  /** A reader that judges review dates against today in UTC. */
  public GuideReader() {
    this(Clock.systemUTC());
  }

  /** A reader that judges review dates against the given clock. */
  public GuideReader(Clock clock) {
    this.clock = clock;
    this.parser = markdownParser();
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
    return new Read(path, text.startsWith("\uFEFF") ? text.substring(1) : text).run();
  }

  /** The state of one read; discarded afterwards. */
  private final class Read {
    private final String path;
    private final String text;
    private final LineIndex lines;
    private final List<Finding> findings = new ArrayList<>();
    private Map<String, Object> front = Map.of();

    private String titleHeading;
    /** The first line that speaks of OTE, for the error when no base or pay mix says how to split it; or 0. */
    private int oteLine;
    /** The company named on a line of its own ("Company: …"), or null. */
    private String companyLine;
    /** A short line right under a title heading ("Fjord Mobility GmbH — Vergütungsleitfaden 2026"), or null. */
    private String subtitle;
    private boolean signature;
    private final List<String> dna = new ArrayList<>();
    private List<Region> regions;
    private int payTableLine;
    private LevelMapping levelMapping = LevelMapping.NONE;
    private final List<Premium> premiums = new ArrayList<>();
    private final List<Lever> levers = new ArrayList<>();
    private final List<String> negotiateUp = new ArrayList<>();
    private final List<Integer> negotiateUpOffsets = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> architectureText = new ArrayList<>();
    private final Map<String, String> textFreshness = new HashMap<>();

    Read(String path, String text) {
      this.path = path;
      this.text = text;
      this.lines = new LineIndex(text);
    }

    GuideReading run() {
      Frontmatter.Split split = Frontmatter.split(text);
      if (split.unclosed()) {
        findings.add(Finding.error(path, 1, "frontmatter opens with --- but never closes"));
      }
      Frontmatter.Loaded loaded = frontmatter.load(split);
      if (loaded.error() != null) {
        findings.add(Finding.error(path, loaded.errorLine(), loaded.error()));
      }
      front = loaded.values();
      int bodyStart = split.unclosed() ? 0 : split.bodyStart();
      Node document = parser.parse(QuoteDepth.capped(LetteredItems.numbered(ExportMarks.blanked(text.substring(bodyStart)))));
      walk(document, bodyStart);
      if (regions == null && totalsOnlyLine > 0) {
        findings.add(Finding.error(path, totalsOnlyLine, "the pay table gives totals only: the coach plans a"
            + " counter from each region's base band and asks the rest on top of it, and a total alone cannot say how"
            + " much of it is base. Add a Base column with each region's base range (and Stock and Bonus where paid);"
            + " the totals can stay. For a sales OTE, a Pay mix column (50/50, 60/40) says the base instead"));
      } else if (regions == null && oteLine > 0 && conventions.payMix() == null) {
        findings.add(Finding.error(path, oteLine, "the pay is given as OTE (on-target earnings) with no base and no"
            + " pay mix: the coach plans a counter from the base, so say how the OTE splits. Write the mix once ('Pay"
            + " is 60/40 base to variable', 'half base, half commission'), after each OTE ('OTE $180K–$220K"
            + " (60/40)'), as a Pay mix column, or give the base"));
      } else if (regions == null && !matrixRefused) {
        findings.add(Finding.error(path, titleHeading != null ? 1 + bodyLine(bodyStart) : 1,
            "no pay table: no table has a header naming a base column and a total column"));
      } else if (regions.isEmpty() && !hasError()) {
        findings.add(Finding.error(path, payTableLine, "the pay table has no readable region rows"));
      }
      if (regions != null) {
        compareWithFrontmatter();
        for (Region r : regions) {
          if (LowHighColumns.namesARange(r.name())) {
            // A column of ranges read as a row: "Low" and "High" are no places, and their figures are no one's band.
            findings.add(Finding.error(path, r.line(), "a pay-table region is named '" + r.name() + "', a word for"
                + " a range or one end of it, not a place: write each region as a row, or head its table with the place"));
          }
        }
      }
      if (monthlyLine > 0 && regions != null && !regions.isEmpty()
          && findings.stream().noneMatch(f -> f.message().contains("is written per month"))) {
        // Never a silent × 12 from a sentence: a header or a cell must say which figures are monthly.
        findings.add(Finding.warning(path, monthlyLine, "this line says pay is per month, but no pay-table header or"
            + " cell does: the figures are read as yearly. Write the period in the header ('Base / month') to read"
            + " them as monthly"));
      }
      List<Target> targets = targets();
      if (levers.isEmpty()) {
        findings.add(Finding.warning(path, 1, "no levers: the guide has no numbered negotiation levers"));
      }
      List<String> allSources = sources.isEmpty() ? strings(Frontmatter.list(front, "data_sources")) : sources;
      if (allSources.isEmpty()) {
        findings.add(Finding.warning(path, 1, "no sources: the guide names no evidence or data sources"));
      }
      Freshness freshness = freshness();
      LocalDate today = LocalDate.now(clock);
      if (freshness.nextReviewDue() != null && freshness.nextReviewDue().isBefore(today)) {
        findings.add(Finding.warning(path, lineOf("next_review_due", "next review"), "review date passed: next review was due "
            + freshness.nextReviewDue() + " (today is " + today + ")"));
      }
      Guide guide = hasError() ? null : new Guide(path, company(), role(), signature || isSignatureType(), dnaTags(),
          regions, levelMapping, premiumsWithAmounts(), levers, targets, ArchitectureText.read(architectureText), allSources,
          freshness, baseTargets);
      return new GuideReading(path, guide, findings);
    }

    private boolean hasError() {
      for (Finding f : findings) {
        if (f.isError()) {
          return true;
        }
      }
      return false;
    }

    /** The line of the first of these labels in the file, or 1. */
    private int lineOf(String... labels) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (String label : labels) {
        int at = lower.indexOf(label);
        if (at >= 0) {
          return lines.line(at);
        }
      }
      return 1;
    }

    private int bodyLine(int bodyStart) {
      return lines.line(bodyStart) - 1;
    }

    private int line(int bodyStart, Node node) {
      return lines.line(bodyStart + node.getStartOffset());
    }

    /** A section as the walk found it: what its heading says, and what it yielded, for the "never silent" check. */
    private final class SectionSeen {
      final Section kind;
      final String title;
      final int line;
      final int level;
      final StringBuilder text = new StringBuilder();
      final List<NegotiateUp.Snippet> snippets = new ArrayList<>();
      final java.util.Set<SectionItems.Kind> moved = java.util.EnumSet.noneOf(SectionItems.Kind.class);
      final int yieldsBefore;

      /** Whether a pay table shown for comparison stood in this section: it gives nothing on purpose. */
      boolean heldComparison;

      /** The unit a targets heading gives figures that write none ("Targets ($000)"), worked out once; else 1. */
      private long unit = -1;

      long unit() {
        if (unit < 0) {
          unit = kind == Section.TARGETS ? RegionBands.HeaderUnit.of(title).scale() : 1;
          unit = unit == 1 && conventions.thousands() ? 1000 : unit;
        }
        return unit;
      }

      /** The components a pay heading lists in order ("Bands (base / stock / bonus)"), worked out once. */
      private List<ReadingRules.Column> legend;

      List<ReadingRules.Column> legend() {
        if (legend == null) {
          legend = kind == Section.PAY ? RegionProse.legend(title, rules) : List.of();
        }
        return legend;
      }

      SectionSeen(Section kind, String title, int line, int level) {
        this.kind = kind;
        this.title = title;
        this.line = line;
        this.level = level;
        this.yieldsBefore = yields();
      }
    }

    private int yields() {
      return (regions == null ? 0 : regions.size()) + proseRegions.size() + levers.size() + premiums.size()
          + (levelMapping == LevelMapping.NONE ? 0 : 1) + sources.size() + architectureText.size();
    }

    private final List<SectionSeen> sections = new ArrayList<>();
    private SectionSeen current;
    private int lastHeadingLevel;
    private Conventions conventions;
    private GuideFigures figures;
    private SectionItems items;
    private final List<Region> proseRegions = new ArrayList<>();
    /** A lever, premium or region whose title came from a heading or bold line, waiting for its text. */
    private String pendingTitle;
    private int pendingLine;
    private int pendingNumber;
    private final StringBuilder pendingText = new StringBuilder();
    private String pendingWording;
    /** Whether a block quote under the pending heading was read as targets. */
    private boolean pendingTarget;

    /** A pay table shown for comparison (last cycle's), kept in case no other pay table is written. */
    private record ComparisonTable(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, int line,
        String where) {}

    private ComparisonTable comparisonTable;
    /** The section whose table was read as the band. */
    private SectionSeen paySection;
    /** The line of a table of regions with a total column and no base column, or 0. */
    private int totalsOnlyLine;
    /** Whether the line right above the table being read says it is for comparison. */
    private boolean captionForComparison;

    /** A paragraph saying the guide's pay is per month ("All pay below is monthly"), or null. */
    private Node monthlyStatement;
    private int monthlyLine;

    /** The plain text of the top-level blocks, kept from the conventions pass for the walk that reads them again. */
    private final Map<Node, String> plainTexts = new IdentityHashMap<>();

    private String plainOf(Node block) {
      return plainTexts.computeIfAbsent(block, GuideReader::plain);
    }

    private void walk(Node document, int bodyStart) {
      conventions = conventions(document, bodyStart);
      monthlyLine = monthlyStatement == null ? 0 : line(bodyStart, monthlyStatement);
      figures = new GuideFigures(conventions.decimal(), conventions.payMix());
      items = new SectionItems(rules, figures, regionPhrases);
      current = new SectionSeen(Section.NONE, "", 1, 0);
      sections.add(current);
      boolean levelTableSeen = false;
      boolean content = false;
      for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
        Node block = titleHeading != null ? regionBlock(node, bodyStart) : null;
        if (block != null) {
          node = block;
          continue;
        }
        if (node instanceof Heading heading) {
          String t = source(heading.getText()).strip();
          if (titleHeading == null && isTitle(heading, t, content)) {
            if (aboutTheGuideOver(t, heading.getNext())) {
              // "# Compensation guide" over "## Solventa Energy: Controls Engineer": the heading below names the guide.
              continue;
            }
            titleHeading = ExportMarks.oneSpaced(ExportMarks.undecorated(t));
            lastHeadingLevel = heading.getLevel();
            if (heading.getNext() instanceof Paragraph line && line.getLineCount() == 1 && line.getTextLength() < 100) {
              subtitle = ExportMarks.undecorated(plainOf(line)).strip();
            }
            if (t.toLowerCase(Locale.ROOT).contains("signature role")) {
              signature = true;
            }
            continue;
          }
          heading(t, heading.getLevel(), line(bodyStart, heading), severalQuoted(heading.getNext()));
          lastHeadingLevel = heading.getLevel();
          continue;
        }
        String bold = node instanceof Paragraph ? boldLine(node) : null;
        // A bold first line over lines of its own ("Last updated: …" right below it) opens the paragraph.
        String lead = bold == null && titleHeading == null && !content && node instanceof Paragraph
            ? firstLineBold(node) : bold;
        if (titleHeading == null && !content && lead != null
            && (rules.section(lead) == Section.NONE || TITLE_WORDS.matcher(lead).find())) {
          // A guide that opens with a bold line instead of a heading: that line is its title.
          titleHeading = lead;
          lastHeadingLevel = 1;
          content = true;
          if (bold == null) {
            paragraph(plainOf(node), current.kind);
          }
          continue;
        }
        String subject = titleHeading == null && !content && node instanceof Paragraph ? emailSubject(node) : null;
        if (subject != null) {
          // A guide pasted from an email: its subject line is the title, the other header lines are not read.
          titleHeading = subject;
          lastHeadingLevel = 1;
          content = true;
          continue;
        }
        if (companyLine == null && regions == null && node instanceof Paragraph) {
          companyLine = companyLine(plainOf(node));
        }
        if (titleHeading == null && !content && node instanceof Paragraph && plainTitle(node)) {
          // A guide pasted as plain text opens with its title as a line: "Acme Corp - Backend Engineer II - comp guide".
          titleHeading = source(node.getChars()).strip();
          lastHeadingLevel = 1;
          content = true;
          continue;
        }
        content |= !(node instanceof ThematicBreak);
        String plain = node instanceof ThematicBreak ? "" : plainOf(node);
        if (bold != null) {
          paragraph(plain, current.kind);
          // A bold line stands where a heading one level below the last real heading would.
          heading(bold, lastHeadingLevel + 1, line(bodyStart, node), severalQuoted(node.getNext()));
          continue;
        }
        if (!(node instanceof ThematicBreak)) {
          current.text.append(plain).append('\n');
        }
        List<TextTables.Line> textRows = node instanceof Paragraph ? textTable(node) : List.of();
        if (node instanceof TableBlock table) {
          levelTableSeen = table(table, bodyStart, levelTableSeen);
        } else if (textRows.size() >= 2) {
          levelTableSeen = table(textRows, bodyStart + node.getStartOffset(), levelTableSeen);
        } else if (node instanceof Paragraph) {
          paragraph(plain, current.kind);
          if (opensTargets(node, plain)) {
            snippet(plain, line(bodyStart, node), true);
          } else {
            prose(node, plain, bodyStart);
          }
        } else if (node instanceof BlockQuote quote) {
          if (opensTargets(quote, plain)) {
            snippet(plain, line(bodyStart, quote), true);
          } else if (pendingTitle != null && current.kind == Section.LEVERS && pendingWording == null
              && item(plain, null, line(bodyStart, quote)) != SectionItems.Kind.TARGET) {
            pendingWording = unquote(plain);
          } else if (pendingTitle != null && current.kind == Section.LEVERS && pendingWording == null) {
            // "> Aim for $268K in Seattle." under a lever's heading is a target, not that lever's wording.
            snippet(plain, line(bodyStart, quote), true);
            pendingTarget = true;
          } else {
            snippet(plain, line(bodyStart, quote), current.kind == Section.TARGETS);
          }
        } else if (node instanceof ListBlock list) {
          list(list, bodyStart);
        }
      }
      closePending();
      if (regions == null && heldMatrix != null) {
        // Levels across, no table by level after it: the band is the one component the table gives.
        List<String> header = LevelMatrix.header(heldMatrix);
        PayTable.Columns columns = PayTable.Columns.of(header, rules);
        if (columns.isPayTable()) {
          payTable(header, columns, heldMatrix.rows(), heldMatrix.line());
        } else {
          totalsOnlyLine = heldMatrix.line();
        }
      }
      if (regions == null && proseRegions.isEmpty() && comparisonTable != null) {
        // The only pay table written says it is for comparison: it is still the guide's only band, said aloud.
        findings.add(Finding.warning(path, comparisonTable.line(), "the only pay table is shown for comparison ("
            + comparisonTable.where() + " says so): read as the band"));
        payTable(comparisonTable.header(), comparisonTable.columns(), comparisonTable.rows(), comparisonTable.line());
      }
      if (titleHeading == null) {
        titleHeading = Frontmatter.string(front, "title");
      }
      if (regions == null && proseRegions.isEmpty()) {
        frontmatterBands();
      }
      if (regions == null && !proseRegions.isEmpty()) {
        regions = List.copyOf(proseRegions);
      }
      if (regions != null && !relatives.isEmpty()) {
        regions = withRelatives(regions);
      }
      if (baseAloneLine > 0) {
        partsInProseBesideBaseAlone();
      }
    }

    /**
     * Never a silent 0: a pay table of base alone (its total the base) in a guide whose prose gives stock or a bonus a
     * figure under a pay or untitled heading, not said to hold everywhere, is warned about with the sentence.
     */
    private void partsInProseBesideBaseAlone() {
      for (SectionSeen section : sections) {
        if (section.kind != Section.PAY && section.kind != Section.NONE) {
          continue;
        }
        for (String block : section.text.toString().split("\n")) {
          // The blocks of prose only: a table's text is what was read.
          if (block.indexOf('|') < 0 && partInProse(block)) {
            return;
          }
        }
      }
    }

    /** Whether a block of prose gives stock or a bonus a figure not said to hold everywhere; warned about once. */
    private boolean partInProse(String block) {
      for (String sentence : NegotiateUp.sentences(block)) {
        if (figures.inProse(sentence).isEmpty() || EVERYWHERE.matcher(sentence).find()
            || ONE_OFF.matcher(sentence).find()) {
          continue;
        }
        Map<ReadingRules.Column, RegionBands.Cell> parts = RegionProse.parts(sentence, rules, figures);
        if (parts.containsKey(ReadingRules.Column.STOCK) || parts.containsKey(ReadingRules.Column.BONUS)) {
          findings.add(Finding.warning(path, baseAloneLine, "the pay table at line " + baseAloneLine + " gives base"
              + " alone, so stock and bonus read 0 and the total is the base, but the guide says '"
              + sentence.strip() + "': add Stock and Bonus columns, or say it holds 'in every location'"));
          return true;
        }
      }
      return false;
    }

    /** Bands written only in the frontmatter's YAML, read as regions written in prose are; its targets too. */
    private void frontmatterBands() {
      List<FrontmatterBands.Row> rows = FrontmatterBands.rows(front);
      for (FrontmatterBands.Row row : rows) {
        RegionProse.Cells cells = RegionProse.cells(row.name(), row.line(), rules, figures);
        if (cells != null) {
          region(new RegionProse.Cells(cells.name(), cells.cells(), cells.hq() || row.hq()), lineOf(row.name()
              .toLowerCase(Locale.ROOT)));
        }
      }
      if (!proseRegions.isEmpty()) {
        findings.add(Finding.info(path, lineOf("compensation:", "bands:", "pay:", "regions:"), "the bands are read"
            + " from the frontmatter: the guide has no pay table"));
        for (String sentence : FrontmatterBands.targets(front)) {
          current.snippets.add(new NegotiateUp.Snippet(sentence, 1, true, 1));
        }
      }
    }

    /**
     * A place on a line of its own (a heading, a bold line, "Chicago —", a definition list's term) over the
     * components of its pay, read as that region; returns the last node it took, or null when the block is not one.
     */
    private Node regionBlock(Node node, int bodyStart) {
      if (current.kind != Section.PAY && current.kind != Section.NONE
          || !(node instanceof Heading) && !(node instanceof Paragraph)) {
        return null;
      }
      String name;
      if (node instanceof Heading heading) {
        name = ExportMarks.undecorated(source(heading.getText()).strip()).replace("**", "").strip();
        if (current.kind == Section.NONE && regions == null && heading.getNext() instanceof Paragraph lines
            && rules.section(name) == Section.NONE) {
          // "### San Francisco, CA (HQ)" over "Base: …" and "Total cash: …" lines, under no pay heading.
          Node read = headingOverLines(name, lines, bodyStart);
          if (read != null) {
            return read;
          }
        }
      } else {
        String raw = source(node.getChars()).strip();
        // Only a paragraph with a line opening on ":" may be a definition list; only one over a list a place line.
        String[] definition = regions == null && raw.contains("\n:") ? RegionBlocks.definition(raw) : null;
        if (definition != null) {
          RegionProse.Cells cells = RegionProse.cells(definition[0], definition[1], rules, figures);
          if (cells == null) {
            return null;
          }
          region(cells, line(bodyStart, node));
          return node;
        }
        name = node.getNext() instanceof ListBlock ? RegionBlocks.placeLine(raw) : null;
      }
      if (name == null || name.isEmpty() || !(node.getNext() instanceof ListBlock list)
          || rules.section(name) != Section.NONE) {
        return null;
      }
      StringBuilder body = new StringBuilder();
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem li) {
          body.append(itemText(li).replace("**", "")).append("; ");
        }
      }
      int at = line(bodyStart, node);
      if (regions == null) {
        RegionProse.Cells cells = RegionProse.cells(name, body.toString(), rules, figures);
        if (cells == null) {
          return null;
        }
        region(cells, at);
      } else if (relative(name, body.toString(), at)) {
        return list;
      } else {
        return null;
      }
      regionNotes(name, body.toString(), at);
      // "💡 Aim for $192K total." under a region's bullets (a Notion toggle's callout): that region's target.
      if (list.getNext() instanceof Paragraph aim && !(aim.getNext() instanceof ListBlock)) {
        String plain = plain(aim);
        if (rules.saysTarget(plain) || rules.deniesTarget(plain)) {
          regionNotes(name, plain, line(bodyStart, aim));
          return aim;
        }
      }
      return list;
    }

    /**
     * The rows with a currency code written after each place's name ("London (GBP)") moved to a cell of its own at
     * the end, the name without it; null unless every row writes one.
     */
    private List<PayTable.Row> currencyInNames(List<PayTable.Row> rows, int region) {
      List<PayTable.Row> out = new ArrayList<>();
      for (PayTable.Row row : rows) {
        Matcher m = NAME_AND_CODE.matcher(cellAt(row, region));
        if (!m.matches() || !Currencies.standard().isCode(m.group(2))) {
          return null;
        }
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(region, m.group(1).strip());
        cells.add(m.group(2));
        out.add(new PayTable.Row(List.copyOf(cells), row.line()));
      }
      return out.isEmpty() ? null : out;
    }

    /** A sentence that says a part of the pay is the same in every region, and its line. */
    private record Said(String text, int line) {}

    /** The line of a pay table of base alone (no stock, bonus or total column), or 0. */
    private int baseAloneLine;

    /** Sentences that say a part of the pay is the same everywhere ("a 5% bonus target everywhere"). */
    private final List<Said> everywhere = new ArrayList<>();

    /** A table of levels across and places down, held until a table by level gives the rest; null when none. */
    private LevelMatrix.Held heldMatrix;
    /** Whether a table of levels across was refused with its own error (no second "no pay table" then). */
    private boolean matrixRefused;

    /** A table with levels across the top: the column of the guide's level, held; an error where it cannot say. */
    private void levelMatrix(List<String> header, int region, List<Integer> levels, List<PayTable.Row> rows,
        int line) {
      List<String> names = levels.stream().map(i -> header.get(i).strip()).toList();
      int level = LevelMatrix.chosen(header, levels, roleWords());
      // The words nearest over the table say which pay it is: its section's, else an earlier one's.
      String component = null;
      for (int i = sections.size() - 1; i >= 0 && component == null; i--) {
        component = LevelMatrix.component(sections.get(i).title + " " + sections.get(i).text);
      }
      matrixRefused = true;
      if (level < 0) {
        findings.add(Finding.error(path, line, "the pay table at line " + line + " gives pay by level across the top ("
            + String.join(", ", names) + ") and the title names none of them, or several: name the one level this"
            + " guide is for in its title, as in 'Senior Engineer (" + names.get(0) + ")'"));
        return;
      }
      if (component == null) {
        findings.add(Finding.error(path, line, "the pay table at line " + line + " gives pay by level across the top ("
            + String.join(", ", names) + ") but no words say which pay it is: write above it 'Base salary by level"
            + " and office' (or total pay), or give this guide's level as a pay table with Base, Stock, Bonus and"
            + " Total columns"));
        return;
      }
      List<PayTable.Row> kept = new ArrayList<>();
      for (PayTable.Row row : rows) {
        kept.add(new PayTable.Row(List.of(cellAt(row, region), cellAt(row, level)), row.line()));
      }
      matrixRefused = false;
      heldMatrix = new LevelMatrix.Held(header.get(region), component, header.get(level).strip(), kept, line);
      findings.add(Finding.info(path, line, "the pay table gives " + component.toLowerCase(Locale.ROOT) + " by level"
          + " across the top (" + String.join(", ", names) + "): read the " + header.get(level).strip() + " column, the"
          + " level the title names"));
    }

    /** A place's heading over lines that each label a component: that region, read as its bullets would be. */
    private Node headingOverLines(String name, Paragraph lines, int bodyStart) {
      String raw = source(lines.getChars()).strip();
      if (raw.indexOf('\n') < 0 || !LABEL_LINES.matcher(raw).matches()) {
        return null;
      }
      RegionProse.Cells cells = RegionProse.cells(name, clauses(raw), rules, figures);
      if (cells == null) {
        return null;
      }
      region(cells, line(bodyStart, lines.getPrevious()));
      return lines;
    }

    /** Regions written relative to another ("Remote: same as Atlanta, minus 5% on base"), in order of writing. */
    private final List<RegionBlocks.Relative> relatives = new ArrayList<>();
    private final List<Integer> relativeAt = new ArrayList<>();

    /** Whether a text under a place's name writes that region relative to another; kept to derive it at the end. */
    private boolean relative(String name, String body, int line) {
      if (!RegionBlocks.soundsRelative(body)) {
        return false;
      }
      RegionBlocks.Relative rel = RegionBlocks.relative(name, body, line);
      if (rel == null) {
        findings.add(Finding.warning(path, line, "'" + name + "' is written relative to another region in words"
            + " the reader cannot work out ('" + body.strip() + "'): it is left out. Write its bands, or 'same as"
            + " <place>, minus 5% on base'"));
        return true;
      }
      relatives.add(rel);
      relativeAt.add(regions != null ? regions.size() : proseRegions.size());
      return true;
    }

    /** The regions with each relative one derived from the region it names, where it was written. */
    private List<Region> withRelatives(List<Region> read) {
      List<Region> out = new ArrayList<>(read);
      int added = 0;
      for (int i = 0; i < relatives.size(); i++) {
        RegionBlocks.Relative rel = relatives.get(i);
        if (!regionPhrases.named(read, rel.name()).isEmpty()) {
          // A note about a row the table already has ("Remote: same as Atlanta" under a Remote row).
          continue;
        }
        Region of = RegionBlocks.of(rel, read);
        if (of == null) {
          findings.add(Finding.warning(path, rel.line(), "'" + rel.name() + "' is written relative to '" + rel.of()
              + "', which names no one region of the pay table: it is left out. Write its bands"));
          continue;
        }
        Region derived = RegionBlocks.derive(rel, of);
        findings.add(Finding.info(path, rel.line(), RegionBlocks.described(rel, of, derived)));
        out.add(Math.min(out.size(), relativeAt.get(i) + added), derived);
        added++;
      }
      return List.copyOf(out);
    }

    /** Whether a block opens with Negotiate Up or a bold label about targets ("**Where to aim:**"). */
    private boolean opensTargets(Node node, String plain) {
      if (NegotiateUp.opens(plain)) {
        return true;
      }
      Matcher m = leadLabel(QUOTE_MARK.matcher(source(node.getChars()).strip()).replaceFirst(""));
      return m.matches() && m.group(1).length() < 60 && rules.section(m.group(1)) == Section.TARGETS;
    }

    /** The year a heading names ("2026 bands"), or 0. */
    private static int year(String heading) {
      Matcher m = HEADING_YEAR.matcher(heading);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Whether a title only says it is a guide ("Compensation guide") and a heading naming no section follows. */
    private boolean aboutTheGuideOver(String title, Node next) {
      // The heading below must name a role: "## Denver (HQ)" under "# Negotiation guide" is a region, not the title.
      return next instanceof Heading h && TITLE_TAIL.matcher(title).replaceFirst("").isBlank()
          && rules.section(source(h.getText()).strip()) == Section.NONE && rules.namesRole(source(h.getText()));
    }

    /** The subject of an email paste's header lines ("From: …", "Subject: …"), or null. */
    private String emailSubject(Node node) {
      String raw = source(node.getChars()).strip();
      if (!EMAIL_HEADER.matcher(raw).lookingAt()) {
        return null;
      }
      Matcher m = SUBJECT_LINE.matcher(raw);
      return m.find() ? m.group(1) : null;
    }

    /** The company a line of its own names ("Company: Harbor & Pine Outfitters"), or null. */
    private static String companyLine(String plain) {
      if (plain.indexOf(':') < 0) {
        return null;
      }
      for (String line : plain.split("\n")) {
        Matcher m = COMPANY_LINE.matcher(line.replace("**", ""));
        if (m.matches()) {
          return m.group(1);
        }
      }
      return null;
    }

    /** The first heading is the title unless it is a section's (no title: "## Pay bands" opens the guide). */
    private boolean isTitle(Heading heading, String t, boolean content) {
      if (content && heading.getLevel() > 1) {
        return false;
      }
      if (heading.getLevel() == 1 || TITLE_WORDS.matcher(t).find() || t.contains("|")) {
        return true;
      }
      return rules.section(t) == Section.NONE || !sameLevelFollows(heading);
    }

    private boolean sameLevelFollows(Heading heading) {
      for (Node n = heading.getNext(); n != null; n = n.getNext()) {
        if (n instanceof Heading h) {
          return h.getLevel() <= heading.getLevel();
        }
      }
      return false;
    }

    /** Whether a block is a list of two items or more that each quote wording: several levers, not one's notes. */
    private boolean severalQuoted(Node block) {
      if (!(block instanceof ListBlock list)) {
        return false;
      }
      int quoting = 0;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem li && (quoteOf(li) != null || !quoted(itemText(li)).isEmpty())) {
          quoting++;
        }
      }
      return quoting >= 2;
    }

    private void heading(String t, int level, int line, boolean overLevers) {
      Section kind = rules.section(t);
      // "#### More levers" over a list of quoted levers, under "## Levers": a subsection of the same kind, not one
      // lever titled so ("### Equity lever" over its own notes stays one lever).
      boolean subsection = kind == current.kind && kind != Section.NONE && !NUMBERED.matcher(t).find()
          && (overLevers || MORE_OF_THE_SAME.matcher(t.replace("**", "").strip()).matches());
      // Under pay, a heading that names pay again ("**What the role pays (2026)**" under "### Acme · comp guide") heads
      // the section anew; only one naming no section may be a place ("### Chicago").
      boolean item = !subsection && level > current.level && current.kind != Section.NONE
          && (kind == Section.NONE || kind == current.kind && kind != Section.PAY || current.kind == Section.LEVERS
              && NUMBERED.matcher(t).find());
      closePending();
      if (item && (current.kind == Section.LEVERS || current.kind == Section.PREMIUMS
          || current.kind == Section.LEVERAGE || current.kind == Section.PAY)) {
        pendingTitle = t.replace("**", "").strip();
        pendingLine = line;
        Matcher n = NUMBERED.matcher(pendingTitle);
        pendingNumber = n.find() ? Integer.parseInt(n.group(1)) : levers.size() + 1;
        if (current.kind == Section.LEVERS || current.kind == Section.LEVERAGE) {
          pendingTitle = n.replaceFirst("").strip();
        }
        return;
      }
      if (item) {
        return;
      }
      current = new SectionSeen(kind, t, line, level);
      sections.add(current);
    }

    /**
     * Whether a guide's first paragraph is its title written as a plain line: one short line, no figure, not a label
     * (no closing colon), and split into company and role by a dash or saying it is a guide.
     */
    private boolean plainTitle(Node node) {
      String raw = source(node.getChars()).strip();
      if (raw.length() > 100 || raw.indexOf('\n') >= 0 || raw.endsWith(":") || !figures.inProse(raw).isEmpty()) {
        return false;
      }
      if (TITLE_WORDS.matcher(raw).find()) {
        return true;
      }
      // Split by a dash, it is the title only where no heading follows to be one ("DRAFT - do not share" over "# …").
      boolean dashed = raw.contains(" - ") || raw.contains(" – ") || raw.contains(" — ");
      for (Node next = node.getNext(); dashed && next != null; next = next.getNext()) {
        if (next instanceof Heading) {
          return false;
        }
      }
      return dashed;
    }

    /** The text of a paragraph's first line where that line is only bold text, or null. */
    private String firstLineBold(Node node) {
      String raw = source(node.getChars()).strip();
      int end = raw.indexOf('\n');
      Matcher m = BOLD_LINE.matcher(end < 0 ? raw : raw.substring(0, end).strip());
      return end > 0 && m.matches() ? m.group(1).strip() : null;
    }

    /** The text of a paragraph that is only a bold line ("**Pay bands**", "**Levers:**"), or null. */
    private String boldLine(Node node) {
      String raw = source(node.getChars()).strip();
      Matcher m = BOLD_LINE.matcher(raw);
      if (!m.matches()) {
        return null;
      }
      return m.group(1).strip();
    }

    /** A lever, premium or region titled by a heading or bold line, completed by the text that followed it. */
    private void closePending() {
      if (pendingTitle == null) {
        return;
      }
      String title = pendingTitle;
      String text = pendingText.toString().strip();
      pendingTitle = null;
      pendingText.setLength(0);
      String wording = pendingWording;
      pendingWording = null;
      boolean target = pendingTarget;
      pendingTarget = false;
      if (target && wording == null && quoted(text).isEmpty()) {
        // "### 3. Anchor high" over only "> Aim for $268K in Seattle": the heading titled a target, not a lever.
        return;
      }
      Section as = current.kind;
      if (as == Section.LEVERS || as == Section.LEVERAGE || as == Section.PREMIUMS) {
        // A heading under levers or premiums titles one item; what follows it says which kind it is.
        SectionItems.Kind kind = item("**" + title + "**: " + text, wording, pendingLine);
        if (kind == SectionItems.Kind.TARGET) {
          snippet(title + ": " + text, pendingLine, true);
          return;
        }
        as = kind == SectionItems.Kind.HEADING ? as : kind.section();
      }
      switch (as) {
        case LEVERS -> addLever(pendingNumber, inlineTitle(title), wording != null ? wording : quoted(text), pendingLine);
        case LEVERAGE -> {
          if (wording != null || !quoted(text).isEmpty()) {
            addLever(pendingNumber, title, wording != null ? wording : quoted(text), pendingLine);
          } else {
            premium(title + ": " + text, pendingLine);
          }
        }
        case PREMIUMS -> premium(title + ": " + text, pendingLine);
        case PAY -> {
          // Under a pay table already read, "### Chicago" heads notes about that row, not a second row.
          RegionProse.Cells cells = regions == null ? RegionProse.cells(title, text, rules, figures) : null;
          if (cells != null) {
            region(cells, pendingLine);
          }
          regionNotes(title, text, pendingLine);
        }
        default -> { }
      }
    }

    /**
     * "Aim for: $138,000" under a region's heading is that region's target; so is "Target £205K total." in its notes,
     * sentence by sentence.
     */
    private void regionNotes(String title, String text, int line) {
      for (String piece : text.split(";")) {
        for (String sentence : NegotiateUp.sentences(piece)) {
          if (rules.saysTarget(sentence)) {
            // The short name: "For Charlotte, NC (HQ): …" would name every row in NC.
            snippet("For " + Region.shortName(title) + ": " + sentence.strip(), line, false);
          }
        }
      }
    }

    private void region(RegionProse.Cells cells, int line) {
      Region r = new RegionBands(conventions, figures, rules, findings).read(cells.name(), line, cells.cells(), null);
      if (r != null && cells.hq() && !r.hq()) {
        r = new Region(r.name(), true, r.currency(), r.bands(), r.line());
      }
      if (r != null) {
        proseRegions.add(r);
      }
    }

    /** A paragraph or item that may be a region's line, or text for a pending heading item. */
    private void prose(Node node, String plain, int bodyStart) {
      if (pendingTitle != null) {
        // "Base: …" then "Stock: …" on the next line: each line is its own clause, as if ";" ended it.
        String text = current.kind == Section.PAY
            ? clauses(source(node.getChars()).strip()) : plain;
        pendingText.append(text).append("; ");
        return;
      }
      int at = line(bodyStart, node);
      if ((current.kind == Section.PAY || current.kind == Section.NONE) && relativeLine(plain, at)) {
        return;
      }
      if (node instanceof Paragraph && termAndLever(source(node.getChars()).strip(), at)) {
        return;
      }
      switch (item(joinLines(source(node.getChars()).strip()), null, at)) {
        case LEVER -> {
          paragraphLever(node, plain, at);
          return;
        }
        case TARGET -> {
          snippet(plain, at, wholeItemIsTarget(plain));
          return;
        }
        case PREMIUM -> {
          premiumSentences(plain, at);
          return;
        }
        case THEIRS -> {
          return;
        }
        default -> { }
      }
      int colon = plain.indexOf(':');
      Matcher label = colon > 0 && colon < 32 ? SOURCES_LABEL.matcher(plain) : null;
      if (node instanceof Paragraph && label != null && label.matches()
          && rules.names(Section.SOURCES, label.group(1))) {
        // "Sources: levels.fyi (n=31), two recruiter calls": sources written as a labelled line, under any heading.
        sources.add(label.group(2).strip());
        return;
      }
      if (current.kind == Section.PREMIUMS && node instanceof Paragraph) {
        // Premiums written as sentences rather than bullets ("On-call adds $6K a year."): each sentence with a
        // figure is one, read as a bullet holding it would be.
        for (String sentence : NegotiateUp.sentences(plain)) {
          if (!figures.inProse(sentence).isEmpty()) {
            premiumSentence(sentence, at);
          }
        }
        return;
      }
      if (current.kind == Section.LEVERS && node instanceof Paragraph) {
        String wording = quoted(plain);
        Matcher lead = leadLabel(source(node.getChars()).strip());
        if (lead.matches()) {
          Matcher n = NUMBERED.matcher(labelledTitle(lead));
          int number = n.find() ? Integer.parseInt(n.group(1)) : levers.size() + 1;
          addLever(number, inlineTitle(n.replaceFirst("")), wording, line(bodyStart, node));
        }
        return;
      }
      Matcher leverLead = leadLabel(source(node.getChars()).strip());
      if (node instanceof Paragraph && leverLead.matches() && LEVER_WORD.matcher(leverLead.group(1)).find()) {
        addLever(levers.size() + 1, inlineTitle(labelledTitle(leverLead)), quoted(plain), line(bodyStart, node));
        return;
      }
      if (current.kind == Section.TARGETS) {
        // "Boston: 220k" over "Philadelphia: 195k": each line its own clause, not "220k Philadelphia".
        String raw = source(node.getChars()).strip();
        snippet(raw.indexOf('\n') > 0 && LABEL_LINES.matcher(raw).matches()
            ? clauses(raw) : plain, line(bodyStart, node), true);
        return;
      }
      if (current.kind == Section.SOURCES) {
        // Sources written as a sentence rather than a list: the paragraph is the source.
        sources.add(plain);
        return;
      }
      if ((current.kind == Section.PAY || current.kind == Section.NONE) && regions == null
          && regionPerLine(node, bodyStart)) {
        return;
      }
      if (current.kind == Section.PAY || current.kind == Section.NONE) {
        String raw = source(node.getChars()).strip();
        int firstEnd = raw.indexOf('\n');
        // "Boston (HQ):" over "base: 150-180k" and "total: 185-228k" lines (a config pasted): each line a clause.
        boolean placeOverLines = firstEnd > 0 && raw.charAt(firstEnd - 1) == ':'
            && LABEL_LINES.matcher(raw.substring(firstEnd + 1)).matches();
        String text = placeOverLines
            ? raw.substring(0, firstEnd + 1) + " " + clauses(raw.substring(firstEnd + 1).strip()) : joinLines(raw);
        RegionProse.Cells cells = RegionProse.read(text, rules, figures);
        if (cells != null && regions == null) {
          region(cells, line(bodyStart, node));
          return;
        }
        snippet(plain, line(bodyStart, node), false);
      }
    }

    /**
     * A paragraph whose lines are a region each ("Pay (USD):" over "NYC: base 170-210k, …" and "Boston: base …", as an
     * email pastes them): each line read as its own region, the lines that hold none (a label) passed over. True when
     * two or more lines were regions; otherwise nothing is taken and the paragraph is read whole.
     */
    private boolean regionPerLine(Node node, int bodyStart) {
      String source = source(node.getChars()).strip();
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
      int first = line(bodyStart, node);
      for (int i = 0; i < rows.length; i++) {
        RegionProse.Cells cells = rows[i].isBlank() ? null : RegionProse.read(rows[i].strip(), rules, figures);
        if (cells != null) {
          read.add(cells);
          at.add(first + i);
        }
      }
      if (read.size() < 2) {
        return false;
      }
      for (int i = 0; i < read.size(); i++) {
        region(read.get(i), at.get(i));
      }
      return true;
    }

    /**
     * Whether a pay-table row writes its region relative to another in one cell and no money elsewhere ("| Remote (US) |
     * same as Atlanta, minus 5% on base | | | |"): kept to derive it once the table is read.
     */
    private boolean relativeRow(PayTable.Row row, int regionColumn) {
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

    /** Whether a labelled line writes a region relative to another ("**Remote** — same as Atlanta, minus 5%"). */
    private boolean relativeLine(String text, int line) {
      if (!RegionBlocks.soundsRelative(text)) {
        return false;
      }
      String[] labelled = RegionProse.labelled(text);
      return labelled != null && rules.section(labelled[0]) == Section.NONE
          && relative(labelled[0], labelled[1], line);
    }

    /**
     * A lever written as a term over its definition ("Relocation" then ": “Could the relocation…”") or as a question
     * and its answer ("Q: What are your salary expectations?" then "A: “I'm looking for…”"): titled by the term or
     * the question, worded by the quote. Whether it is a lever is judged as any item is.
     */
    private boolean termAndLever(String raw, int line) {
      if (raw.indexOf('\n') < 0 || raw.indexOf(':') < 0) {
        return false;
      }
      Matcher m = TERM_OVER_DEFINITION.matcher(raw);
      if (!m.matches()) {
        m = QUESTION_AND_ANSWER.matcher(raw);
        if (!m.matches()) {
          return false;
        }
      }
      String item = "**" + m.group(1).strip() + "**: " + joinLines(m.group(2).strip());
      String wording = quoted(item);
      SectionItems.Kind kind = wording.isEmpty() ? null : item(item, null, line);
      if (kind != SectionItems.Kind.LEVER && (kind != SectionItems.Kind.HEADING
          || current.kind != Section.LEVERS && current.kind != Section.LEVERAGE)) {
        return false;
      }
      addLever(levers.size() + 1, inlineTitle(m.group(1).strip()), wording, line);
      return true;
    }

    /** A paragraph that is a lever: "**Title.** “wording”", or "The first lever is… Say “wording”". */
    private void paragraphLever(Node node, String plain, int line) {
      Matcher lead = leadLabel(source(node.getChars()).strip());
      String title = lead.matches() ? labelledTitle(lead) : plain;
      Matcher n = NUMBERED.matcher(title);
      int number = n.find() ? Integer.parseInt(n.group(1)) : levers.size() + 1;
      title = inlineTitle(n.replaceFirst(""));
      List<String> sentences = NegotiateUp.sentences(title);
      addLever(number, sentences.size() > 1 ? inlineTitle(sentences.get(0)) : title, quoted(plain), line);
    }

    /**
     * A lever's title from its bold lead: the lead itself, or where the lead only says what follows is a lever
     * ("**Lever:** On-call load" over "**Script:** …"), the rest of its line.
     */
    private String labelledTitle(Matcher lead) {
      String label = lead.group(1).replace(":", "").strip();
      if (!LEVER_WORD.matcher(label).replaceFirst("").replaceAll("[\\s#\\d.]", "").isEmpty()) {
        return lead.group(1);
      }
      String rest = lead.group(2).strip();
      int end = rest.indexOf('\n');
      String first = (end < 0 ? rest : rest.substring(0, end)).strip();
      return first.isEmpty() || first.startsWith("**") ? lead.group(1) : first;
    }

    /** Each sentence of a paragraph that says an amount is paid on top, as a premium titled by its subject. */
    private void premiumSentences(String plain, int line) {
      for (String sentence : NegotiateUp.sentences(plain)) {
        if (items.saysAmountOnTop(sentence)) {
          premiumSentence(sentence, line);
        }
      }
    }

    /** A sentence holding a premium, titled by its subject ("On-call engineers get $6K a year" is "On-call engineers"). */
    private void premiumSentence(String sentence, int line) {
      String subject = sentence.substring(0, figures.inProse(sentence).get(0).start());
      Matcher verb = PREMIUM_VERB.matcher(subject);
      subject = ARTICLE.matcher((verb.find() ? subject.substring(0, verb.start()) : subject).strip()).replaceFirst("");
      if (subject.isEmpty()) {
        // "A 7% premium for candidates with accessibility specialism, any office": titled by whom it is for.
        Matcher whom = PREMIUM_FOR.matcher(sentence);
        subject = whom.find() ? whom.group(1).strip() : "";
      }
      premium("**" + (subject.isEmpty() ? sentence.strip() : subject) + "**: " + sentence.strip(), line);
    }

    /**
     * Whether every sentence of an item judged a target is read for targets. Under a pay heading or none, only its
     * sentences with a target phrase are, as they always were there ("Aim for $198K in Boston. Boston offers come in
     * near $170K."); elsewhere, and where no phrase is written ("**Seattle**: $268K"), the whole item is.
     */
    private boolean wholeItemIsTarget(String text) {
      return current.kind != Section.PAY && current.kind != Section.NONE || !rules.saysTarget(text);
    }

    private void snippet(String text, int line, boolean targetsContext) {
      current.snippets.add(new NegotiateUp.Snippet(text, line, targetsContext, current.unit()));
    }

    /** What an item of the current section holds; an item its heading does not name is said once, as info. */
    private SectionItems.Kind item(String text, String wording, int line) {
      SectionItems.Kind kind = items.of(text, wording, current.kind, regions != null ? regions : proseRegions);
      if (kind == SectionItems.Kind.THEIRS) {
        String quote = wording != null ? wording : quoted(text);
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

    private boolean table(TableBlock table, int bodyStart, boolean levelTableSeen) {
      // A short line right above the table may say it is for comparison: "*Last year's bands, for reference:*".
      captionForComparison = table.getPrevious() instanceof Paragraph caption && caption.getTextLength() < 120
          && rules.forComparison(plain(caption));
      try {
        return table(header(table), body(table, bodyStart), line(bodyStart, table), levelTableSeen);
      } finally {
        captionForComparison = false;
      }
    }

    /**
     * The rows of a paragraph that is an HTML table or a fenced block of aligned columns whose header names pay
     * columns (the parser reads both as paragraphs), or an empty list.
     */
    private List<TextTables.Line> textTable(Node node) {
      String block = source(node.getChars());
      List<TextTables.Line> html = TextTables.html(block);
      if (!html.isEmpty()) {
        return html;
      }
      List<TextTables.Line> wiki = TextTables.wiki(block);
      if (!wiki.isEmpty()) {
        return wiki;
      }
      List<TextTables.Line> aligned = TextTables.fenced(block);
      if (aligned.isEmpty()) {
        // A sheet pasted with tabs between its cells.
        aligned = TextTables.tabbed(block);
      }
      // Aligned text is a table only where its header names pay columns; other code blocks are examples.
      return !aligned.isEmpty() && PayTable.Columns.of(aligned.get(0).cells(), rules).isPayTable() ? aligned : List.of();
    }

    private boolean table(List<TextTables.Line> lines, int blockStart, boolean levelTableSeen) {
      List<PayTable.Row> rows = new ArrayList<>();
      for (TextTables.Line l : lines.subList(1, lines.size())) {
        rows.add(new PayTable.Row(l.cells(), this.lines.line(blockStart + l.offset())));
      }
      return table(lines.get(0).cells(), rows, this.lines.line(blockStart + lines.get(0).offset()), levelTableSeen);
    }

    private boolean table(List<String> header, List<PayTable.Row> rows, int tableLine, boolean levelTableSeen) {
      LowHighColumns.Merged merged = LowHighColumns.of(header, rows);
      if (merged != null) {
        header = merged.header();
        rows = merged.rows();
      }
      if (regions == null && pendingTitle != null && current.kind == Section.PAY && header.size() == 2
          && PayTable.sideways(header, rows, rules)) {
        // "### London" over a Component | Range table: that region's cells, read as its "Base: …" lines would be.
        for (PayTable.Row row : rows) {
          if (row.cells().size() == 2) {
            pendingText.append(row.cells().get(0)).append(": ").append(row.cells().get(1)).append("; ");
          }
        }
        return levelTableSeen;
      }
      if (regions == null && pendingTitle == null && current.kind == Section.NONE && header.size() == 2
          && PayTable.sideways(header, rows, rules)) {
        // "## New York (HQ)" over a Component | Low | High table: the heading names the region its cells are for.
        StringBuilder text = new StringBuilder();
        for (PayTable.Row row : rows) {
          if (row.cells().size() == 2) {
            text.append(row.cells().get(0)).append(": ").append(row.cells().get(1)).append("; ");
          }
        }
        RegionProse.Cells cells = RegionProse.cells(current.title, text.toString(), rules, figures);
        if (cells != null) {
          region(cells, tableLine);
          return levelTableSeen;
        }
      }
      List<String> longHeader = new ArrayList<>();
      List<PayTable.Row> wide = regions == null ? LongTables.turned(header, rows, rules, longHeader) : null;
      if (wide != null) {
        header = longHeader;
        rows = wide;
      }
      if (regions == null && PayTable.sideways(header, rows, rules)) {
        List<String> turned = new ArrayList<>();
        rows = PayTable.turn(header, rows, turned);
        header = turned;
      }
      if (regions != null && current.kind == Section.TARGETS && placesAcross(header)) {
        // "| | Austin | Denver |" over "| Aim for | $225K | $220K |": targets with their places across the top.
        List<String> turned = new ArrayList<>();
        rows = PayTable.turn(header, rows, turned);
        header = turned;
      }
      PayTable.Columns columns = PayTable.Columns.of(header, rules);
      if (regions == null && columns.isPayTable() && columns.currency() < 0) {
        // "| London (GBP) |": the code after each place's name is its row's currency, as a Currency column says.
        List<PayTable.Row> named = currencyInNames(rows, columns.region());
        if (named != null) {
          header = new ArrayList<>(header);
          header.add("Currency");
          rows = named;
          columns = PayTable.Columns.of(header, rules);
        }
      }
      boolean comparison = current.kind == Section.CONTEXT && rules.forComparison(current.title);
      if (regions == null && columns.isPayTable() && (comparison || captionForComparison)) {
        // Last cycle's table, offers made before: not the band while another pay table may follow.
        if (comparisonTable == null) {
          comparisonTable = new ComparisonTable(header, columns, rows, tableLine,
              comparison ? "its heading '" + current.title + "'" : "the line above it");
        }
        current.heldComparison = true;
        findings.add(Finding.info(path, tableLine, "the table at line " + tableLine + " is shown for comparison ("
            + (comparison ? "its heading '" + current.title + "'" : "the line above it") + " says so): not read as the"
            + " band"));
        return levelTableSeen;
      }
      if (regions == null && heldMatrix == null && !columns.isPayTable()) {
        List<Integer> levels = LevelMatrix.levels(header, columns.region());
        if (!levels.isEmpty()) {
          levelMatrix(header, columns.region(), levels, rows, tableLine);
          return levelTableSeen;
        }
      }
      if (regions == null && heldMatrix != null && !header.isEmpty()
          && rules.column(header.get(0)) == ReadingRules.Column.LEVEL) {
        // "| Level | Stock (per year) | Bonus |" under a table of base by level and office: the rest of the level's pay.
        List<String> byLevel = new ArrayList<>();
        List<PayTable.Row> atLevel = LevelMatrix.withLevelRow(heldMatrix, header, rows, byLevel);
        if (atLevel != null) {
          payTable(byLevel, PayTable.Columns.of(byLevel, rules), atLevel, heldMatrix.line());
          paySection = current;
          heldMatrix = null;
          return levelTableSeen;
        }
      }
      if (regions == null && columns.isPayTable()) {
        payTable(header, columns, rows, tableLine);
        paySection = current;
        return levelTableSeen;
      }
      if (regions != null && columns.isPayTable() && paySection != null && current != paySection
          && current.kind != Section.CONTEXT && namesRole(current.title) && !namesRole(paySection.title)) {
        // "## Data Analyst (IC2)" then "## Senior Data Analyst (IC3)", each over its table, in a guide for the
        // Senior role: the table under the heading naming the role is the band, and the other's targets go with it.
        findings.add(Finding.info(path, tableLine, "the pay table under '" + current.title + "' is for this guide's"
            + " role: read instead of the one at line " + payTableLine));
        paySection.snippets.clear();
        regions = null;
        payTable(header, columns, rows, tableLine);
        paySection = current;
        return levelTableSeen;
      }
      if (regions != null && columns.isPayTable() && paySection != null && current != paySection
          && current.kind != Section.CONTEXT && year(current.title) > year(paySection.title)
          && year(paySection.title) > 0) {
        // "## 2024 bands" then "## 2026 bands": the later year's table is the band, the older one is history.
        findings.add(Finding.info(path, tableLine, "the pay table under '" + current.title + "' is a later year's"
            + " than the one at line " + payTableLine + " ('" + paySection.title + "'): read instead"));
        paySection.snippets.clear();
        regions = null;
        payTable(header, columns, rows, tableLine);
        paySection = current;
        return levelTableSeen;
      }
      if (regions == null && totalsOnlyLine == 0 && columns.base() < 0 && columns.total() >= 0
          && columns.total() != columns.region() && columns.target() < 0 && current.kind != Section.TARGETS) {
        // "| Studio | Total compensation |": a pay table without a base, said as such if no pay table follows.
        totalsOnlyLine = tableLine;
      }
      boolean targetsTable = current.kind == Section.TARGETS || columns.target() >= 0 && columns.base() < 0;
      boolean itemsTable = current.kind == Section.LEVERS || current.kind == Section.LEVERAGE
          || current.kind == Section.PREMIUMS;
      if (!targetsTable && !itemsTable && !levelTableSeen && (current.kind == Section.LEVELS
          || !header.isEmpty() && header.get(0).toLowerCase(Locale.ROOT).contains("level"))) {
        levelMapping = new LevelMapping(header, rows.stream().map(PayTable.Row::cells).toList(), "");
        return true;
      }
      int target = columns.target() >= 0 ? columns.target() : lastMoneyColumn(rows);
      int wording = wordingColumn(header);
      boolean leverage = anyQuoted(rows);
      // Under a heading that says nothing of it, a table's own header may: "Skill | Premium", "Move | What to say".
      Section headerKind = rules.section(String.join(" | ", header));
      headerKind = headerKind == Section.LEVERS || headerKind == Section.PREMIUMS ? headerKind : current.kind;
      List<PayTable.Row> leverRows = new ArrayList<>();
      for (PayTable.Row row : rows) {
        if (row.cells().isEmpty()) {
          continue;
        }
        // Each row by what it holds; the heading (and a target column) say what a row that holds nothing plain is.
        // A row reads as an item titled by its first cell: "**Kafka**: $10K–$18K", "**Boston target**: Aim for …".
        String text = "**" + row.cells().get(0).replace("**", "") + "**: "
            + String.join(" | ", row.cells().subList(1, row.cells().size()));
        SectionItems.Kind kind = item(text, wording >= 0 ? cellAt(row, wording) : null, row.line());
        Section as = kind != SectionItems.Kind.HEADING ? kind.section() : targetsTable ? Section.TARGETS
            : current.kind == Section.LEVERAGE ? (leverage ? Section.LEVERS : Section.PREMIUMS)
            : current.kind == Section.NONE || current.kind == Section.PAY ? headerKind : current.kind;
        String first = cellAt(row, columns.region() >= 0 ? columns.region() : 0);
        switch (as) {
          case LEVERS -> leverRows.add(row);
          case TARGETS -> {
            if (kind == SectionItems.Kind.TARGET) {
              tableTarget(first, String.join(" ", row.cells().subList(1, row.cells().size())), row.line());
            } else if (target >= 0 && !first.isEmpty()) {
              tableTarget(first, cellAt(row, target), row.line());
            }
          }
          case PREMIUMS -> premium("**" + row.cells().get(0) + "**: "
              + String.join(" ", row.cells().subList(1, row.cells().size())), row.line());
          default -> { }
        }
      }
      if (!leverRows.isEmpty()) {
        leverTable(header, leverRows);
      }
      return levelTableSeen;
    }

    /** Whether a header names a pay-table place in every cell after its first (two at least), and none in its first. */
    private boolean placesAcross(List<String> header) {
      if (header.size() < 3 || !regionPhrases.named(regions, header.get(0)).isEmpty()) {
        return false;
      }
      for (String cell : header.subList(1, header.size())) {
        if (regionPhrases.named(regions, cell.replace("**", "")).size() != 1) {
          return false;
        }
      }
      return true;
    }

    /** The pay table: its regions (of the guide's level), and targets written in a target column. */
    private void payTable(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, int tableLine) {
      payTableLine = tableLine;
      if ((columns.stock() < 0 || columns.bonus() < 0) && !everywhere.isEmpty()) {
        // "| Location | Base |" and "Equity is $8K–$12K a year in every location": a part said once for every row.
        List<String> wider = new ArrayList<>(header);
        List<List<String>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(new ArrayList<>(r.cells())));
        for (Said said : everywhere) {
          Map<ReadingRules.Column, RegionBands.Cell> parts = RegionProse.parts(said.text(), rules, figures);
          for (ReadingRules.Column part : List.of(ReadingRules.Column.STOCK, ReadingRules.Column.BONUS)) {
            int at = part == ReadingRules.Column.STOCK ? columns.stock() : columns.bonus();
            if (at >= 0 || !parts.containsKey(part) || wider.contains(part.name())) {
              continue;
            }
            String text = parts.get(part).text();
            for (List<String> row : cells) {
              while (row.size() < wider.size()) {
                row.add("");
              }
              row.add(text);
            }
            wider.add(part.name());
            findings.add(Finding.info(path, said.line(), part.name().toLowerCase(Locale.ROOT) + " is written once for"
                + " every region ('" + text + "'): read for each row of the pay table at line " + tableLine));
          }
        }
        if (wider.size() > header.size()) {
          List<PayTable.Row> widened = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) {
            widened.add(new PayTable.Row(List.copyOf(cells.get(i)), rows.get(i).line()));
          }
          header = wider;
          rows = widened;
          columns = PayTable.Columns.of(header, rules);
        }
      }
      LevelRows.Chosen level = LevelRows.of(path, header, rows, columns.region(), roleWords(), rules);
      findings.addAll(level.findings());
      List<PayTable.Row> written = new ArrayList<>();
      List<Integer> relativeRows = new ArrayList<>();
      for (PayTable.Row row : level.rows()) {
        int before = relatives.size();
        if (!relativeRow(row, columns.region())) {
          written.add(row);
        } else if (relatives.size() > before) {
          relativeRows.add(written.size());
        }
      }
      baseAloneLine = columns.stock() < 0 && columns.bonus() < 0 && columns.total() < 0 ? tableLine : 0;
      PayTable.Result result = PayTable.read(conventions, figures, rules, header, columns, written, tableLine);
      regions = new ArrayList<>(result.regions());
      // A row written relative to another stands where it was written, among the rows read before it.
      for (int i = relativeAt.size() - relativeRows.size(), k = 0; k < relativeRows.size(); i++, k++) {
        relativeAt.set(i, Math.min(relativeRows.get(k), regions.size()));
      }
      if (!proseRegions.isEmpty()) {
        proseRegions.clear();
      }
      findings.addAll(result.findings());
      result.targets().forEach((region, cell) -> tableTarget(region, cell.text(), cell.line()));
    }

    private void tableTarget(String region, String cell, int line) {
      String text = cell.strip().isEmpty() ? "—" : cell.strip();
      snippet(region.replace("**", "") + ": " + text, line, true);
    }

    private int lastMoneyColumn(List<PayTable.Row> rows) {
      int best = -1;
      for (PayTable.Row row : rows) {
        for (int i = 1; i < row.cells().size(); i++) {
          if (!figures.inProse(row.cells().get(i)).isEmpty()) {
            best = Math.max(best, i);
          }
        }
      }
      return best;
    }

    private boolean anyQuoted(List<PayTable.Row> rows) {
      return rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> !quoted(c).isEmpty()));
    }

    /** The column of a table that holds what to say (headed say, wording, script…), or -1. */
    private int wordingColumn(List<String> header) {
      for (int i = 0; i < header.size(); i++) {
        if (WORDING_HEADER.matcher(header.get(i).toLowerCase(Locale.ROOT)).find()) {
          return i;
        }
      }
      return -1;
    }

    private void leverTable(List<String> header, List<PayTable.Row> rows) {
      int wording = wordingColumn(header);
      int title = -1;
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).toLowerCase(Locale.ROOT);
        if (i != wording && title < 0 && !h.strip().equals("#") && !h.strip().equals("no.") && !h.isBlank()) {
          title = i;
        }
      }
      for (PayTable.Row row : rows) {
        String t = title >= 0 ? cellAt(row, title) : "";
        String w = wording >= 0 ? cellAt(row, wording) : "";
        if (wording < 0) {
          w = row.cells().stream().map(GuideReader::quotedText).filter(q -> !q.isEmpty()).findFirst().orElse("");
        }
        addLever(levers.size() + 1, t.replace("**", "").strip(), unquote(w.replace("**", "")), row.line());
      }
    }

    private String cellAt(PayTable.Row row, int i) {
      return i >= 0 && i < row.cells().size() ? row.cells().get(i).strip() : "";
    }

    private void paragraph(String plain, Section section) {
      // Upper-casing at most halves a text's length (a surrogate pair to one char): longer paragraphs cannot match.
      if (plain.length() <= 2 * "SIGNATURE ROLE".length() && plain.toUpperCase(Locale.ROOT).equals("SIGNATURE ROLE")) {
        signature = true;
      }
      String lower = plain.toLowerCase(Locale.ROOT);
      if (lower.startsWith("negotiation dna")) {
        Matcher m = CODE_SPAN.matcher(plain);
        while (m.find()) {
          dna.add(m.group(1).strip());
        }
      }
      if (section == Section.LEVELS && lower.startsWith("note")
          && levelMapping != LevelMapping.NONE && levelMapping.note().isEmpty()) {
        levelMapping = new LevelMapping(levelMapping.header(), levelMapping.rows(),
            NOTE.matcher(plain).replaceFirst(""));
      }
      if (section == Section.ARCHITECTURE) {
        architectureText.add(plain);
      }
      freshnessIn(lower);
    }

    private void freshnessIn(String lower) {
      remember(lower, "last updated", "last_updated", DATE);
      remember(lower, "next review", "next_review_due", DATE);
      remember(lower, "data quarter", "salary_data_quarter", QUARTER);
      remember(lower, "data quality", "data_quality", QUALITY);
    }

    private void remember(String lower, String label, String key, Pattern value) {
      int at = lower.indexOf(label);
      if (at < 0 || textFreshness.containsKey(key)) {
        return;
      }
      Matcher m = value.matcher(lower.substring(at, Math.min(lower.length(), at + label.length() + 24)));
      if (m.find()) {
        textFreshness.put(key, key.equals("salary_data_quarter") ? m.group(1).toUpperCase(Locale.ROOT) : m.group(1));
      }
    }

    private void list(ListBlock list, int bodyStart) {
      Section listSection = current.kind;
      if (pendingTitle != null) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem li) {
            String raw = itemText(li);
            if (pendingWording == null && !quoted(raw).isEmpty()) {
              pendingWording = quoted(raw);
            }
            pendingText.append(raw.replace("**", "")).append("; ");
          }
        }
        return;
      }
      if ((listSection == Section.PAY || listSection == Section.NONE) && regions == null
          && componentFirst(list, line(bodyStart, list))) {
        return;
      }
      boolean leverage = listSection == Section.LEVERAGE && listQuotes(list);
      if (listSection == Section.LEVERS && list instanceof BulletList && !listQuotes(list) && amountsInEvery(list)) {
        // Bullets of amounts with no wording to say, under a heading about levers, are premiums.
        listSection = Section.PREMIUMS;
      }
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem li)) {
          continue;
        }
        Section section = listSection;
        String raw = itemText(li);
        int line = line(bodyStart, li);
        Node quote = quoteOf(li);
        if ((listSection == Section.PAY || listSection == Section.NONE) && relativeLine(raw, line)) {
          continue;
        }
        SectionItems.Kind kind = item(raw, quote == null ? null : unquote(plain(quote)), line);
        if (kind != SectionItems.Kind.HEADING) {
          section = kind.section();
        }
        switch (section) {
          case LEVERS -> lever(li, bodyStart);
          case LEVERAGE -> {
            // Each item by what it holds: quoted wording is a lever, an amount without any is a premium.
            if (quote != null || !quoted(raw).isEmpty() || leverage && !amountIn(raw)) {
              lever(li, bodyStart);
            } else {
              premium(raw, line);
            }
          }
          case PREMIUMS -> premium(raw, line);
          case SOURCES -> {
            String source = raw.replace("**", "").strip();
            if (!source.isEmpty()) {
              sources.add(source);
            }
          }
          case TARGETS -> snippet(joinLines(raw).replace("**", ""), line,
              kind != SectionItems.Kind.TARGET || wholeItemIsTarget(raw));
          case PAY, NONE -> {
            RegionProse.Cells cells = RegionProse.read(RegionProse.inLegendOrder(raw, current.legend()), rules,
                figures);
            if (cells != null && regions == null) {
              region(cells, line);
            } else {
              snippet(raw.replace("**", ""), line, false);
            }
          }
          default -> { }
        }
      }
    }

    /**
     * A list by component, each figure followed by its place ("**Base:** $135K–$165K (Denver HQ) · $145K–$178K
     * (Seattle)", "**Bonus:** 8% of base everywhere"), read as a region per place; false, reading nothing, when the
     * list is not one.
     */
    private boolean componentFirst(ListBlock list, int at) {
      Map<String, StringBuilder> byPlace = new java.util.LinkedHashMap<>();
      StringBuilder everywhere = new StringBuilder();
      int items = 0;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem li)) {
          continue;
        }
        String[] labelled = RegionProse.labelled(itemText(li));
        ReadingRules.Column kind = labelled == null ? null : rules.column(labelled[0]);
        if (kind != ReadingRules.Column.BASE && kind != ReadingRules.Column.STOCK && kind != ReadingRules.Column.BONUS
            && kind != ReadingRules.Column.TOTAL) {
          return false;
        }
        items++;
        String word = kind.name().toLowerCase(Locale.ROOT);
        Map<String, String> placed = RegionProse.placedFigures(labelled[1]);
        if (placed.isEmpty()) {
          everywhere.append(word).append(' ').append(labelled[1].strip()).append("; ");
        }
        placed.forEach((place, figure) -> byPlace.computeIfAbsent(place, p -> new StringBuilder())
            .append(word).append(' ').append(figure).append("; "));
      }
      if (items < 2 || byPlace.size() < 2) {
        return false;
      }
      List<RegionProse.Cells> read = new ArrayList<>();
      for (Map.Entry<String, StringBuilder> e : byPlace.entrySet()) {
        RegionProse.Cells cells = RegionProse.cells(e.getKey(), e.getValue().toString() + everywhere, rules, figures);
        if (cells == null) {
          return false;
        }
        read.add(cells);
      }
      read.forEach(cells -> region(cells, at));
      return true;
    }

    private boolean amountsInEvery(ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem li && !amountIn(itemText(li))) {
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
          && figures.inProse(itemText(item)).isEmpty() ? q : null;
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
          if (!quoted(itemText(li)).isEmpty()) {
            return true;
          }
        }
      }
      return list.getNext() instanceof BlockQuote;
    }

    private void premium(String text, int line) {
      // "🔐 **Security clearance**: …": the emoji before its title is decoration.
      String raw = ExportMarks.undecorated(text);
      Matcher m = leadLabel(raw);
      String title = m.matches() ? m.group(1).strip() : raw;
      String body = m.matches() ? m.group(2).strip() : raw;
      int colon = raw.indexOf(": ");
      if (!m.matches() && colon > 0 && colon <= 60
          && figures.inProse(raw.substring(0, colon)).isEmpty()) {
        // "Guidewire experience: $6K–$10K more base": the words before the colon are its title.
        title = raw.substring(0, colon).strip();
        body = raw.substring(colon + 2).strip();
      }
      // The first range written low–high is the premium; a lone figure ("a $196B bank") is only context.
      Range amount = null;
      Range first = null;
      boolean ambiguous = false;
      for (Figures.Figure scanned : figures.scan(body)) {
        if (scanned.range() == null || !scanned.looksLikeMoney()) {
          continue;
        }
        // "+$4–$6/hr" in a guide that states its paid hours a year: a year's worth, as the bands are.
        Figures.Figure f = conventions.paidTime().yearly(scanned, body.substring(scanned.end()), rules);
        if (first == null) {
          first = f.range();
          ambiguous = f.ambiguous() && !conventions.formatDeclared();
        }
        if (f.low() < f.high()) {
          amount = f.range();
          ambiguous = f.ambiguous() && !conventions.formatDeclared();
          break;
        }
      }
      if (amount == null) {
        amount = first;
      }
      if (amount == null) {
        Figures.Figure percent = figures.inProse(body).stream().filter(Figures.Figure::percent)
            .findFirst().orElse(null);
        if (percent != null && percent.range() != null && percent.high() > 0) {
          // "Remote roles pay 5% more": kept as written; its amount is worked out from a band once the table is read.
          premiums.add(new Premium(title, body, null, percent.range(), percentOf(body.substring(percent.end())),
              null, line));
          return;
        }
        findings.add(Finding.warning(path, line, "premium '" + title + "' names no amount; left out"));
        return;
      }
      if (ambiguous || amount.high() < RegionBands.SMALLEST_YEARLY) {
        // "€10.000–€16.000" reads as €10–€16: left out rather than shown; the rest of the guide still serves.
        findings.add(Finding.warning(path, line, "premium '" + title + "' reads as " + amount.low() + "–"
            + amount.high() + ", too small for a yearly amount; left out. Write thousands with a comma or K, as in"
            + " 10,000 or 10K (a point is a decimal point)"));
        return;
      }
      premiums.add(new Premium(title, body, amount, line));
    }

    /** The band a premium's percent is of: the one named right after it ("of total comp", "on TC"), else base. */
    private Component percentOf(String after) {
      String t = PERCENT_OF.matcher(after).replaceFirst("");
      ReadingRules.Column named = rules.componentAtStart(t);
      return named == ReadingRules.Column.TOTAL ? Component.TOTAL : named == ReadingRules.Column.STOCK
          ? Component.STOCK : named == ReadingRules.Column.BONUS ? Component.BONUS : Component.BASE;
    }

    /** Each premium written as a percent, with its amount derived from the HQ region's band and an info line. */
    private List<Premium> premiumsWithAmounts() {
      if (regions == null || regions.isEmpty()) {
        return premiums;
      }
      Region hq = regions.stream().filter(Region::hq).findFirst().orElse(regions.get(0));
      List<Premium> out = new ArrayList<>();
      for (Premium p : premiums) {
        if (p.amount() != null) {
          out.add(p);
          continue;
        }
        // "Remote roles pay 5% more" beside a Remote row is of Remote's band; a percent naming no region, of each
        // region's own when shown, and of the HQ's in the model.
        List<Region> named = regionPhrases.named(regions, p.title() + " " + p.text());
        Premium forRegion = new Premium(p.title(), p.text(), null, p.percent(), p.of(),
            named.size() == 1 ? named.get(0).name() : null, p.line());
        Region on = forRegion.on(hq, regions);
        Range amount = forRegion.amountFor(on.bands());
        findings.add(Finding.info(path, p.line(), "premium '" + p.title() + "' is " + p.percentWritten()
            + ": read as " + Money.compact(amount, on.currency()) + " on the " + p.of().label() + " of " + on.name()
            + (forRegion.region() != null ? " (derived)" : " (derived; each region's own " + p.of().label()
                + " gives its own)")));
        out.add(new Premium(p.title(), p.text(), amount, p.percent(), p.of(), forRegion.region(), p.line()));
      }
      return out;
    }

    private void lever(ListItem item, int bodyStart) {
      int number = levers.size() + 1;
      if (item instanceof OrderedListItem) {
        String marker = source(item.getOpeningMarker()).chars().filter(Character::isDigit)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!marker.isEmpty()) {
          number = Integer.parseInt(marker);
        }
      }
      Node quote = null;
      StringBuilder title = new StringBuilder();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof BlockQuote) {
          quote = child;
        } else if (child instanceof Paragraph && title.length() == 0) {
          title.append(plain(child));
        }
      }
      // "1. **Title**" then "> wording" on the next line: the quote follows the list, not inside it.
      if (quote == null && item.getNext() == null && item.getParent().getNext() instanceof BlockQuote q) {
        quote = q;
      }
      String wording = quote == null ? quoted(title.toString()) : unquote(plain(quote));
      String t = quote == null && !wording.isEmpty() ? inlineTitle(title.toString()) : title.toString();
      addLever(number, t.replace("**", "").strip(), wording, line(bodyStart, item));
    }

    private void addLever(int written, String title, String wording, int line) {
      // Levers from several lists or sections may each start at 1; a thread asks for "lever 2", so numbers stay unique.
      int number = levers.stream().anyMatch(l -> l.number() == written)
          ? levers.stream().mapToInt(Lever::number).max().orElse(0) + 1 : written;
      if (wording.isEmpty()) {
        findings.add(Finding.warning(path, line, "lever " + number + " has no quoted wording"));
      }
      List<LeverAmount> amounts = new ArrayList<>();
      for (LeverAmount a : LeverAmounts.of(wording, figures)) {
        if (!a.percent() && a.refersTo() != LeverAmount.Reference.OTHER
            && a.amount().high() < RegionBands.SMALLEST_YEARLY) {
          // "€20.000" reads as €20; restated per region it would become nonsense, so it stays as written.
          findings.add(Finding.warning(path, line, "lever " + number + ": '" + a.written() + "' reads as "
              + a.amount().high() + ", too small for a yearly amount; quoted as written, not restated per region."
              + " Write thousands with a comma or K, as in 20,000 or 20K"));
        } else {
          amounts.add(a);
        }
      }
      levers.add(new Lever(number, title, wording, amounts, line));
    }

    /** What a guide declares about its figures: the decimal mark and the currency of unmarked figures. */
    private Conventions conventions(Node document, int bodyStart) {
      boolean continental = false;
      String currency = null;
      for (Object v : front.values()) {
        if (v instanceof String str && rules.declaresContinental(str)) {
          continental = true;
        }
      }
      String frontFormat = Frontmatter.string(front, "number_format");
      if (frontFormat == null) {
        frontFormat = Frontmatter.string(front, "locale");
      }
      if (frontFormat != null && (frontFormat.toLowerCase(Locale.ROOT).contains("comma")
          || rules.declaresContinental(frontFormat) || COMMA_LOCALE.matcher(frontFormat).matches())) {
        continental = true;
      }
      int vesting = 0;
      boolean thousands = false;
      int hours = 0;
      int days = 0;
      SharePrice sharePrice = null;
      TableBlock pointGrouped = null;
      // A sales guide may state its pay mix once for every OTE; only a guide that speaks of OTE is looked at.
      boolean ote = PayMix.spokenOf(text);
      String payMix = null;
      for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
        if (!continental && pointGrouped == null && node instanceof TableBlock table && pointGroupedBase(table)) {
          pointGrouped = table;
        }
        if (currency == null && node instanceof Heading heading) {
          // "## Pay bands (USD, annual)": a heading may state the currency of the figures under it.
          String text = plainOf(heading);
          currency = rules.statesCurrency(text) && Figures.inProse(text).isEmpty()
              ? rules.statedCurrency(text).orElse(null) : null;
        }
        if (node instanceof Paragraph || node instanceof BlockQuote) {
          String plain = plainOf(node);
          continental |= rules.declaresContinental(plain);
          if (hours == 0 && plain.contains("hour")) {
            hours = hoursPerYear(plain);
          }
          if (days == 0 && plain.contains("days")) {
            days = daysPerYear(plain);
          }
          if (sharePrice == null && plain.contains("share")) {
            sharePrice = SharePrice.in(plain).orElse(null);
          }
          if ((plain.contains("every") || plain.contains(" all ")) && !Figures.inProse(plain).isEmpty()) {
            for (String sentence : NegotiateUp.sentences(plain)) {
              if (EVERYWHERE.matcher(sentence).find() && !ONE_OFF.matcher(sentence).find()) {
                everywhere.add(new Said(sentence, line(bodyStart, node)));
              }
            }
          }
          if (ote && payMix == null) {
            payMix = PayMix.stated(plain);
            oteLine = oteLine == 0 && PayMix.spokenOf(plain) ? line(bodyStart, node) : oteLine;
          }
          // Most paragraphs say nothing of thousands: the phrases are looked for only where the word or "000" is.
          if (!thousands && (plain.contains("housand") || plain.contains("000") || plain.contains(" in k"))
              && rules.statesThousands(plain) && Figures.inProse(plain).isEmpty()) {
            thousands = true;
            findings.add(Finding.info(path, line(bodyStart, node), "this line says the figures are in thousands:"
                + " a pay figure or target written without K and under 1,000 is read as thousands"));
          }
          // Whether the paragraph states a currency at all, asked once for the monthly statement and the currency.
          boolean statesCurrency = (monthlyStatement == null || currency == null) && rules.statesCurrency(plain);
          // Says the guide's pay is per month ("All pay below is monthly"): a month's words and a currency's.
          if (monthlyStatement == null && statesCurrency && rules.saysPerMonth(plain)) {
            monthlyStatement = node;
          }
          if (vesting == 0 && rules.saysGrant(plain)) {
            vesting = ReadingRules.years(plain);
          }
          // Most paragraphs state no currency: their sentences are not split out and scanned one by one.
          if (currency == null && statesCurrency) {
            for (String sentence : NegotiateUp.sentences(plain)) {
              // A sentence that states a currency and writes no figure; the cheap test first.
              if (currency == null) {
                String stated = rules.statedCurrency(sentence).orElse(null);
                currency = stated != null && Figures.inProse(sentence).isEmpty() ? stated : null;
              }
            }
          }
        }
      }
      Map<String, String> rowCurrencies = new HashMap<>();
      for (Object o : Frontmatter.list(front, "compensation")) {
        if (o instanceof Map<?, ?> m && m.get("region") != null && m.get("currency") != null) {
          rowCurrencies.put(m.get("region").toString().strip(),
              m.get("currency").toString().strip().toUpperCase(Locale.ROOT));
        }
      }
      String guideCurrency = Frontmatter.string(front, "currency");
      if (guideCurrency != null) {
        currency = guideCurrency.toUpperCase(Locale.ROOT);
      }
      if (!continental && pointGrouped != null) {
        // Every base written "78.000 – 95.000 €" is, read the English way, under a euro's worth of thousand a year:
        // the table declares its own format.
        continental = true;
        findings.add(Finding.info(path, line(bodyStart, pointGrouped), "every base in this pay table is written with"
            + " a point between thousands ('78.000'), which read the English way is under 1,000 a year: the guide's"
            + " figures are read with a point as the thousands separator and a comma as the decimal mark"));
      }
      return new Conventions(path, continental ? DecimalMark.COMMA : DecimalMark.POINT, continental, currency,
          rowCurrencies, vesting, hours, days, sharePrice, thousands, payMix);
    }

    /** The paid hours a year a text states ("2,080 paid hours", "40 hours × 52 weeks"), or 0. */
    private static int hoursPerYear(String text) {
      Matcher week = HOURS_BY_WEEKS.matcher(text);
      if (week.find()) {
        return Integer.parseInt(week.group(1)) * Integer.parseInt(week.group(2));
      }
      Matcher year = HOURS_A_YEAR.matcher(text);
      while (year.find()) {
        int h = Integer.parseInt(year.group(1).replace(",", ""));
        if (h >= 1_000 && h <= 3_000) {
          return h;
        }
      }
      return 0;
    }

    /** The billable days a year a text states ("220 billable days a year", "220 working days"), or 0. */
    private static int daysPerYear(String text) {
      Matcher m = DAYS_A_YEAR.matcher(text);
      while (m.find()) {
        int d = Integer.parseInt(m.group(1));
        if (d >= 100 && d <= 366 && (m.group(2) != null || m.group(3) != null)) {
          return d;
        }
      }
      return 0;
    }

    /** Whether a table names a base column and every row writes its base with points grouping thousands only. */
    private boolean pointGroupedBase(TableBlock table) {
      if (!POINT_THOUSANDS.matcher(source(table.getChars())).find()) {
        return false;
      }
      List<String> header = header(table);
      int base = -1;
      for (int i = 0; i < header.size() && base < 0; i++) {
        if (rules.column(header.get(i)) == ReadingRules.Column.BASE) {
          base = i;
        }
      }
      if (base < 0) {
        return false;
      }
      int rows = 0;
      for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
        if (!(part instanceof TableBody)) {
          continue;
        }
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          if (row instanceof TableRow r) {
            List<String> cells = cells(r);
            if (base >= cells.size() || !POINT_GROUPED_CELL.matcher(cells.get(base)).matches()) {
              return false;
            }
            rows++;
          }
        }
      }
      return rows >= 2;
    }

    /** The Negotiate-Up aims written for base alone; set by {@link #targets()}. */
    private List<BaseTarget> baseTargets = List.of();

    private List<Target> targets() {
      if (regions == null || regions.isEmpty()) {
        return List.of();
      }
      List<NegotiateUp.Snippet> all = new ArrayList<>();
      sections.forEach(s -> all.addAll(s.snippets));
      NegotiateUp.Result result = NegotiateUp.read(path, all, regions, regionPhrases.of(regions), rules,
          figures, conventions.paidTime());
      boolean rowsLeftOut = hasError();
      for (Finding f : result.findings()) {
        // A row left out for its own error is not also a target "matching no row".
        if (!(rowsLeftOut && f.message().contains("matches no row"))) {
          findings.add(f);
        }
      }
      silentSections(result);
      baseTargets = result.baseTargets();
      if (result.targets().isEmpty() && baseTargets.isEmpty()) {
        for (NegotiateUp.Snippet sn : all) {
          List<Region> named = regionPhrases.named(regions, sn.text());
          if (sn.targetsContext() && !named.isEmpty() && result.noTarget().isEmpty()) {
            findings.add(Finding.warning(path, sn.line(), "Negotiate-Up names " + named.get(0).name()
                + " but gives no target figure for any region; write 'In " + Places.shortName(named.get(0))
                + ", aim for …' with a total"));
            break;
          }
        }
      }
      if (!result.targets().isEmpty() || !baseTargets.isEmpty()) {
        int line = result.targets().isEmpty() ? baseTargets.get(0).line() : result.targets().get(0).line();
        for (Region r : regions) {
          // A base aim is that region's aim: shown and used for base, no warning.
          if (result.targets().stream().noneMatch(t -> t.region().equals(r.name()))
              && baseTargets.stream().noneMatch(t -> t.region().equals(r.name()))
              && !result.noTarget().contains(r.name())) {
            findings.add(Finding.warning(path, line, "Negotiate-Up gives no target for " + r.name()
                + "; write one, or '—' to say there is none"));
          }
        }
      }
      return result.targets();
    }

    /** A section that names pay-table places and money but gave nothing is a warning, never silence. */
    private void silentSections(NegotiateUp.Result result) {
      for (int i = 0; i < sections.size(); i++) {
        SectionSeen s = sections.get(i);
        int after = i + 1 < sections.size() ? sections.get(i + 1).yieldsBefore : yields();
        boolean yieldedTargets = s.snippets.stream().anyMatch(sn -> !result.yieldedNothing().contains(sn));
        if (s.kind == Section.LEVERS || s.kind == Section.SOURCES || s.kind == Section.LEVELS
            || s.kind == Section.ARCHITECTURE || s.title.isEmpty() || after > s.yieldsBefore || yieldedTargets
            || s.kind == Section.CONTEXT && rules.forComparison(s.title) || s.heldComparison) {
          // A section that says its figures are for comparison gives nothing on purpose.
          continue;
        }
        String text = s.text.toString();
        boolean money = figures.inProse(text).stream()
            .anyMatch(f -> !f.percent() && f.high() >= RegionBands.SMALLEST_YEARLY);
        if (money && !regionPhrases.named(regions, text).isEmpty()) {
          findings.add(Finding.warning(path, s.line, "section '" + s.title + "' names places and money but the"
              + " reader took nothing from it; write targets as 'In Denver, aim for $300K' or a table of region and"
              + " target, bands as a pay table"));
        }
      }
    }

    private void compareWithFrontmatter() {
      List<Object> rows = Frontmatter.list(front, "compensation");
      for (Object o : rows) {
        if (!(o instanceof Map<?, ?> raw)) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fm = (Map<String, Object>) raw;
        String name = Frontmatter.string(fm, "region");
        if (name == null) {
          continue;
        }
        Region region = regions.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst()
            .orElseGet(() -> Places.one(regions, name).orElse(null));
        if (region == null) {
          findings.add(Finding.error(path, payTableLine, "frontmatter region '" + name
              + "' has no row in the pay table"));
          continue;
        }
        agree(fm, region, "base", "base", region.bands().base());
        agree(fm, region, "stock", "stock", region.bands().stock());
        agree(fm, region, "bonus", "bonus", region.bands().bonus());
        agree(fm, region, fm.containsKey("total_comp_low") ? "total_comp" : "total", "total",
            region.bands().total());
        String currency = Frontmatter.string(fm, "currency");
        if (currency != null && !currency.equalsIgnoreCase(region.currency())) {
          findings.add(Finding.error(path, region.line(), "frontmatter and table disagree on the currency of "
              + region.name() + ": frontmatter says " + currency + ", table says " + region.currency()));
        }
      }
    }

    private void agree(Map<String, Object> fm, Region region, String key, String label, Range table) {
      check(fm, region, key + "_low", label + " low", table.low());
      check(fm, region, key + "_high", label + " high", table.high());
    }

    private void check(Map<String, Object> fm, Region region, String key, String label, long table) {
      Long declared = Frontmatter.number(fm, key);
      if (declared != null && declared != table) {
        findings.add(Finding.error(path, region.line(), "frontmatter and table disagree on " + region.name() + " "
            + label + ": frontmatter " + key + " says " + declared + ", the table says "
            + new Money(table, region.currency()).compact() + " (" + table + ")"));
      }
    }

    private List<PayTable.Row> body(TableBlock table, int bodyStart) {
      List<PayTable.Row> rows = new ArrayList<>();
      for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof TableBody body) {
          for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
            if (r instanceof TableRow row) {
              rows.add(new PayTable.Row(cells(row), lines.line(bodyStart + row.getStartOffset())));
            }
          }
        }
      }
      return rows;
    }

    private Company company() {
      String slug = path.contains("/") ? path.substring(0, path.indexOf('/')) : null;
      String fmSlug = Frontmatter.string(front, "company");
      if (slug == null) {
        slug = fmSlug != null ? slugify(fmSlug) : null;
      }
      String name = first("company_display", "company_name", "organization", "organisation", "org", "employer");
      if (name == null && fmSlug != null && !fmSlug.equals(slugify(fmSlug))) {
        name = fmSlug;
      }
      if (name == null && titleHeading == null) {
        name = companyLine;
      }
      if (name == null && titleHeading != null) {
        name = companyInTitle(slug);
        if ((name == null || name.isEmpty()) && companyLine != null) {
          // A title naming only the role, and a line of its own naming the company: "Company: Harbor & Pine".
          name = companyLine;
        }
        if (name == null && subtitle != null) {
          // A title naming only the role, with the company on the line under it.
          String[] halves = halves(COMMENT_TAIL.matcher(TITLE_TAIL.matcher(subtitle).replaceFirst("").strip())
              .replaceFirst(""));
          name = halves != null && !rules.namesRole(halves[1]) ? halves[1] : null;
        }
        // "Larkspur Labs (remote-first)": an aside in lower case after the name describes the company.
        name = name == null ? null : COMPANY_ASIDE.matcher(name).replaceFirst("");
      }
      if (slug == null) {
        slug = name != null ? slugify(name) : "unknown";
      }
      if (name == null || name.isEmpty()) {
        name = words(slug);
      }
      return new Company(slug, name);
    }

    /** The company as the title writes it: after a bar, after " at ", or the slug's words found in it. */
    private String companyInTitle(String slug) {
      String t = TITLE_HEAD.matcher(titleHeading.replace("**", "")).replaceFirst("");
      if (t.contains("|")) {
        return TITLE_TAIL.matcher(t.substring(t.indexOf('|') + 1)).replaceFirst("").strip();
      }
      String bare = COMMENT_TAIL.matcher(TITLE_TAIL.matcher(t).replaceFirst("").strip()).replaceFirst("");
      Matcher at = COMPANY_AT.matcher(bare);
      if (at.find()) {
        return at.group(1).strip();
      }
      String[] halves = halves(bare);
      if (halves != null) {
        return halves[1];
      }
      if (slug != null) {
        Matcher m = slugWords(slug).matcher(bare);
        if (m.find()) {
          return m.group().strip();
        }
      }
      return null;
    }

    private Role role() {
      String file = path.substring(path.lastIndexOf('/') + 1);
      if (file.regionMatches(true, file.length() - 3, ".md", 0, 3)) {
        file = file.substring(0, file.length() - 3);
      }
      String slug = slugify(file);
      String title = first("role_display", "role_title", "position", "job_title", "job");
      String fmRole = Frontmatter.string(front, "role");
      if (title == null && fmRole != null && !fmRole.equals(slugify(fmRole))) {
        title = fmRole;
      }
      if (title == null && titleHeading != null) {
        title = roleInTitle();
      }
      if (title == null || title.isEmpty()) {
        title = words(slug);
      }
      return new Role(slug, title);
    }

    /** Whether a heading names this guide's role as its frontmatter or file name gives it ("Senior Data Analyst"). */
    private boolean namesRole(String heading) {
      for (Object role : new Object[] {front.get("role_display"), front.get("role"),
          path.substring(path.lastIndexOf('/') + 1).replace(".md", "")}) {
        String r = role == null ? "" : role.toString().replace('-', ' ').replaceAll("\\s*\\(.*?\\)", "").strip();
        if (r.length() >= 3 && LevelRows.names(heading, r)) {
          return true;
        }
      }
      return false;
    }

    private List<String> roleWords() {
      return List.of(String.join(" ", titleHeading == null ? "" : titleHeading, String.valueOf(front.get("role")),
          String.valueOf(front.get("role_display")), String.valueOf(front.get("title"))),
          path.substring(path.lastIndexOf('/') + 1));
    }

    /** The role as the title writes it, without the company and words such as "negotiation guide". */
    private String roleInTitle() {
      String t = TITLE_HEAD.matcher(titleHeading.replace("**", "").replace("__", "")).replaceFirst("");
      if (t.contains("|")) {
        return t.substring(0, t.indexOf('|')).strip();
      }
      String bare = COMMENT_TAIL.matcher(TITLE_TAIL.matcher(t).replaceFirst("").strip()).replaceFirst("");
      Matcher at = COMPANY_AT.matcher(bare);
      String[] halves = halves(bare);
      if (at.find()) {
        bare = bare.substring(0, at.start()).strip();
      } else if (halves != null) {
        bare = halves[0];
      } else {
        String company = company().name();
        String slugCompany = path.contains("/") ? path.substring(0, path.indexOf('/')) : slugify(company);
        for (Pattern p : List.of(Pattern.compile(Pattern.quote(company), Pattern.CASE_INSENSITIVE),
            slugWords(slugCompany))) {
          Matcher m = p.matcher(bare);
          if (m.find()) {
            bare = (bare.substring(0, m.start()) + " " + bare.substring(m.end())).strip();
            break;
          }
        }
        bare = bare.replaceAll("^['’]s\\s+", "");
      }
      return TRIM_SEPARATORS.matcher(bare).replaceAll("").strip();
    }

    /** The first of these frontmatter keys that holds a value, or null. */
    private String first(String... keys) {
      for (String key : keys) {
        String v = Frontmatter.string(front, key);
        if (v != null) {
          return v;
        }
      }
      return null;
    }

    /** A title cut at its separator into {role, company} by which half names a role; null when it cannot be. */
    private String[] halves(String title) {
      int[] m = separator(title);
      if (m == null) {
        return null;
      }
      String a = title.substring(0, m[0]).strip();
      String b = title.substring(m[1]).strip();
      // A stray ")" goes; a role's own "(L5)" stays.
      while (b.endsWith(")") && b.chars().filter(c -> c == ')').count() > b.chars().filter(c -> c == '(').count()) {
        b = b.substring(0, b.length() - 1).strip();
      }
      boolean aRole = rules.namesRole(a);
      boolean bRole = rules.namesRole(b);
      if (aRole == bRole) {
        // Neither or both name a role: a company word ("Re", "Inc", "Bank") settles it.
        aRole = rules.namesCompany(b) && !rules.namesCompany(a);
        bRole = rules.namesCompany(a) && !rules.namesCompany(b);
      }
      if (aRole == bRole || a.isEmpty() || b.isEmpty()) {
        return null;
      }
      return aRole ? new String[] {a, b} : new String[] {b, a};
    }

    /**
     * Where a title splits: the first separator outside parentheses other than " (" ("Mobile Engineer (iOS) —
     * Fernwood Bank" splits at the dash), else the first one ("Data Engineer (Acme Corp)"); null when none.
     */
    private static int[] separator(String title) {
      Matcher m = TITLE_SEPARATOR.matcher(title);
      int[] first = null;
      int[] outside = null;
      while (m.find()) {
        int[] at = {m.start(), m.end()};
        first = first == null ? at : first;
        if (!m.group().equals(" (") && depth(title, m.start()) == 0) {
          if (m.group().strip().equals("—") || m.group().strip().equals("–")) {
            // "Account Executive, Mid-Market — Pinecrest Software": a dash parts more than a comma.
            return at;
          }
          outside = outside == null ? at : outside;
        }
      }
      return outside != null ? outside : first;
    }

    private static int depth(String text, int end) {
      int depth = 0;
      for (int i = 0; i < end; i++) {
        char c = text.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      return depth;
    }

    private boolean isSignatureType() {
      String type = Frontmatter.string(front, "role_type");
      return type != null && type.toLowerCase(Locale.ROOT).contains("signature");
    }

    private List<String> dnaTags() {
      if (!dna.isEmpty()) {
        return dna;
      }
      String summary = Frontmatter.string(front, "negotiation_dna_summary");
      List<String> out = new ArrayList<>();
      if (summary != null) {
        Matcher m = CODE_SPAN.matcher(summary);
        while (m.find()) {
          out.add(m.group(1).strip());
        }
      }
      return out;
    }

    private Freshness freshness() {
      LocalDate updated = Frontmatter.date(front, "last_updated");
      LocalDate review = Frontmatter.date(front, "next_review_due");
      String quarter = Frontmatter.string(front, "salary_data_quarter");
      String quality = Frontmatter.string(front, "data_quality");
      if (updated == null && textFreshness.containsKey("last_updated")) {
        updated = Frontmatter.isoDate(textFreshness.get("last_updated"));
      }
      if (review == null && textFreshness.containsKey("next_review_due")) {
        review = Frontmatter.isoDate(textFreshness.get("next_review_due"));
      }
      if (quarter == null) {
        quarter = textFreshness.get("salary_data_quarter");
      }
      if (quality == null) {
        quality = textFreshness.get("data_quality");
      }
      return new Freshness(updated, quarter, review, quality);
    }
  }

  private static List<String> header(TableBlock table) {
    for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
        return cells(row);
      }
    }
    return List.of();
  }

  private static List<String> cells(TableRow row) {
    List<String> out = new ArrayList<>();
    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableCell cell) {
        out.add(ExportMarks.oneSpaced(source(cell.getText()).strip()));
      }
    }
    return out;
  }

  /** A node's text as written, without block-quote markers or emphasis marks; line breaks become spaces. */
  static String plain(Node node) {
    return plainText(source(node.getChars()));
  }

  /** Lines that each open on a label ("Base: …" over "Stock: …") as one text, each line its own clause. */
  private static String clauses(String lines) {
    return plainText(DEFINITION_BREAK.matcher(lines).replaceAll("; "));
  }

  /** Markdown source as one plain line: lines joined by a space, quote marks and emphasis marks dropped. */
  static String plainText(String source) {
    char[] chars = source.toCharArray();
    StringBuilder out = new StringBuilder(chars.length);
    int n = chars.length;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && chars[end] != '\n') {
        end++;
      }
      int a = start;
      int b = end;
      while (a < b && (Character.isWhitespace(chars[a]) || chars[a] == '>')) {
        a++;
      }
      while (b > a && Character.isWhitespace(chars[b - 1])) {
        b--;
      }
      if (a < b) {
        if (out.length() > 0) {
          out.append(' ');
        }
        for (int i = a; i < b; i++) {
          char c = chars[i];
          // Emphasis marks go: "**Title**" reads as "Title".
          if ((c == '*' || c == '_') && i + 1 < b && chars[i + 1] == c) {
            i++;
            continue;
          }
          out.append(c);
        }
      }
      start = end + 1;
    }
    return out.toString().strip();
  }

  private static String itemText(ListItem item) {
    StringBuilder out = new StringBuilder();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(joinLines(source(child.getChars())).strip());
    }
    return out.toString().strip();
  }

  /** Every run of whitespace that holds a line break becomes one space (the regex {@code \s*\n\s*} to " "). */
  private static String joinLines(String s) {
    if (s.indexOf('\n') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!LeverAmounts.isSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      boolean lineBreak = false;
      while (end < n && LeverAmounts.isSpace(s.charAt(end))) {
        lineBreak |= s.charAt(end) == '\n';
        end++;
      }
      if (lineBreak) {
        out.append(' ');
      } else {
        out.append(s, i, end);
      }
      i = end;
    }
    return out.toString();
  }


  /**
   * A node's text as a String. Cut from the parsed text in one copy where the sequence is a plain slice of it:
   * flexmark's own toString copies character by character through several layers, which costs more than reading
   * the guide when the JIT has not compiled it yet.
   */
  static String source(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
      return base.substring(chars.getStartOffset(), chars.getEndOffset());
    }
    return chars.toString();
  }

  /** The wording a text quotes ("I'd like…" in straight or curly quotes), or "". */
  private static String quoted(String text) {
    return quotedText(text);
  }

  static String quotedText(String text) {
    Quote q = candidateQuote(text);
    return q == null ? "" : q.words();
  }

  /** A quote in a text: where its lead starts (the end of the quote before it), where it starts, its words. */
  record Quote(int leadStart, int start, String words) {}

  /**
   * The candidate's quote: the first whose lead does not say the other side says it ("Recruiter: “Our band tops
   * out at $200K.” You: “I'd need $215K.”" gives the answer); the first when every quote is theirs; null when the
   * text quotes nothing.
   */
  static Quote candidateQuote(String text) {
    Matcher m = QUOTED.matcher(text);
    Quote first = null;
    int leadStart = 0;
    while (m.find()) {
      Quote q = new Quote(leadStart, m.start(), (m.group(1) != null ? m.group(1) : m.group(2)).strip());
      first = first == null ? q : first;
      if (!ReadingRules.standard().saysTheirs(text.substring(leadStart, m.start()))) {
        return q;
      }
      leadStart = m.end();
    }
    return first;
  }

  /**
   * A lever's title without the wording that follows it inline: "Anchor high — “I'd like…”" → "Anchor high";
   * "**Band ceiling** — Recruiters say: “…” Reply: “…”" → "Band ceiling"; with nothing before the other side's
   * words, "Reply to “Our band tops out at $200K.”".
   */
  private static String inlineTitle(String text) {
    Matcher first = QUOTED.matcher(text);
    int q = first.find() ? first.start() : -1;
    String t = q > 0 ? text.substring(0, q) : text;
    Quote answer = q >= 0 ? candidateQuote(text) : null;
    if (answer != null && answer.start() > q) {
      // The first quote is the other side's: the title is what stands before the speaker.
      int speaker = ReadingRules.standard().theirLeadStart(t);
      t = speaker >= 0 ? t.substring(0, speaker) : t;
    }
    t = trimmedTitle(t);
    if (answer != null && answer.start() > q && CONDITION_ONLY.matcher(t).matches()) {
      String theirs = quotedText(text.substring(0, answer.leadStart()));
      t = "Reply to “" + (theirs.length() > 60 ? theirs.substring(0, 60) + "…" : theirs) + "”";
    }
    return t;
  }

  /** A lead label, bold with two asterisks or (Slack, Confluence) with one: "*Renewal lever:* “…”". */
  private static Matcher leadLabel(String text) {
    Matcher single = SINGLE_STAR_LEAD.matcher(text);
    return LEAD_LABEL.matcher(single.lookingAt() ? "**" + single.group(1) + "**" + text.substring(single.end()) : text);
  }

  private static String trimmedTitle(String text) {
    String t = trimmedEnd(EMPHASIS_ENDS.matcher(ExportMarks.undecorated(text.replace("**", "")).strip()).replaceAll(""));
    t = EMPHASIS_ENDS.matcher(t).replaceAll("").strip();
    // "**Portfolio depth.** Say “…”": the verb that introduces the wording is no part of the title.
    Matcher say = SAY_BEFORE_QUOTE.matcher(t);
    return say.find() && say.start() > 0 ? trimmedEnd(t.substring(0, say.start())) : t;
  }

  private static String trimmedEnd(String text) {
    String t = text;
    while (!t.isEmpty() && ":—–-.".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  static int indexOfQuote(String text) {
    Quote q = candidateQuote(text);
    return q == null ? -1 : q.start();
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”")
        || t.startsWith("‘") && t.endsWith("’") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  private static List<String> strings(List<Object> list) {
    return list.stream().filter(o -> o != null).map(o -> o.toString().strip()).filter(s -> !s.isEmpty()).toList();
  }

  /** The words of a slug as a pattern that finds them in a title, separators free: "acme-corp" finds "Acme Corp". */
  private static Pattern slugWords(String slug) {
    StringBuilder p = new StringBuilder("(?i)(?<![\\p{L}\\p{N}])");
    String[] words = slug.split("-");
    for (int i = 0; i < words.length; i++) {
      p.append(i > 0 ? "[\\s\\p{P}]*" : "").append(Pattern.quote(words[i]));
    }
    return Pattern.compile(p.append("(?![\\p{L}\\p{N}])").toString());
  }

  static String slugify(String s) {
    String slug = NOT_SLUG.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
    int from = slug.startsWith("-") ? 1 : 0;
    int to = slug.endsWith("-") && slug.length() > from ? slug.length() - 1 : slug.length();
    return slug.substring(from, Math.max(from, to));
  }

  private static String words(String slug) {
    StringBuilder out = new StringBuilder();
    for (String w : slug.split("-")) {
      if (!w.isEmpty()) {
        out.append(out.length() > 0 ? " " : "");
        // "backend-engineer-ii" is Backend Engineer II, "ml-ops-sre" ML Ops SRE: a level or an acronym stays upper.
        out.append(UPPER_WORDS.matcher(w).matches() ? w.toUpperCase(Locale.ROOT)
            : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
    }
    return out.toString();
  }
}
