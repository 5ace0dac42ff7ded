package com.compcoach.guide;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
  private static final Pattern LEAD_LABEL = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*:?\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern NOTE = Pattern.compile("(?i)^note\\s*:\\s*");
  private static final Pattern GUIDE_SUFFIX = Pattern.compile("(?i)\\s*(global\\s+)?(negotiation\\s+)?guide\\s*$");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4}-q[1-4])");
  private static final Pattern QUALITY = Pattern.compile(":\\s*([a-z]+)");

  private final Parser parser;
  private final Frontmatter frontmatter = new Frontmatter();
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
      Node document = parser.parse(text.substring(bodyStart));
      walk(document, bodyStart);
      if (regions == null) {
        findings.add(Finding.error(path, titleHeading != null ? 1 + bodyLine(bodyStart) : 1,
            "no pay table: no table has a header naming a base column and a total column"));
      } else if (regions.isEmpty() && !hasError()) {
        findings.add(Finding.error(path, payTableLine, "the pay table has no readable region rows"));
      }
      if (regions != null) {
        compareWithFrontmatter();
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
          regions, levelMapping, premiums, levers, targets, ArchitectureText.read(architectureText), allSources,
          freshness);
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

    private void walk(Node document, int bodyStart) {
      String section = "";
      boolean levelTableSeen = false;
      for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof Heading heading) {
          String t = source(heading.getText()).strip();
          if (titleHeading == null) {
            titleHeading = t;
            if (t.toLowerCase(Locale.ROOT).contains("signature role")) {
              signature = true;
            }
          } else {
            section = t.toLowerCase(Locale.ROOT);
          }
        } else if (node instanceof TableBlock table) {
          List<String> header = header(table);
          PayTable.Columns columns = PayTable.Columns.of(header);
          if (regions == null && columns.isPayTable()) {
            payTableLine = line(bodyStart, table);
            PayTable.Result result = PayTable.read(path, columns, body(table, bodyStart), frontCurrencies());
            regions = result.regions();
            findings.addAll(result.findings());
          } else if (!levelTableSeen && (section.contains("level")
              || !header.isEmpty() && header.get(0).toLowerCase(Locale.ROOT).contains("level"))) {
            levelTableSeen = true;
            List<List<String>> rows = body(table, bodyStart).stream().map(PayTable.Row::cells).toList();
            levelMapping = new LevelMapping(header, rows, "");
          }
        } else if (node instanceof Paragraph) {
          paragraph(plain(node), section);
        } else if (node instanceof BlockQuote quote) {
          String plain = plain(quote);
          if (NegotiateUp.opens(plain)) {
            negotiateUp.add(plain);
            negotiateUpOffsets.add(bodyStart + quote.getStartOffset());
          }
        } else if (node instanceof ListBlock list) {
          list(list, section, bodyStart);
        }
      }
    }

    private void paragraph(String plain, String section) {
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
      if (section.contains("level") && lower.startsWith("note")
          && levelMapping != LevelMapping.NONE && levelMapping.note().isEmpty()) {
        levelMapping = new LevelMapping(levelMapping.header(), levelMapping.rows(),
            NOTE.matcher(plain).replaceFirst(""));
      }
      if (section.contains("architecture") || section.contains("package")) {
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

    private void list(ListBlock list, String section, int bodyStart) {
      if (section.contains("lever") && !(list instanceof BulletList)) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof OrderedListItem o) {
            lever(o, bodyStart);
          }
        }
        return;
      }
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem li)) {
          continue;
        }
        String raw = itemText(li);
        if (section.contains("premium")) {
          premium(raw, line(bodyStart, li));
        } else if (section.contains("source") || section.contains("evidence") || section.contains("reference")) {
          String source = raw.replace("**", "").strip();
          if (!source.isEmpty()) {
            sources.add(source);
          }
        } else if (section.contains("lever")) {
          lever(li, bodyStart);
        }
      }
    }

    private void premium(String raw, int line) {
      Matcher m = LEAD_LABEL.matcher(raw);
      String title = m.matches() ? m.group(1).strip() : raw;
      String body = m.matches() ? m.group(2).strip() : raw;
      // The first range written low–high is the premium; a lone figure ("a $196B bank") is only context.
      Range amount = null;
      Range first = null;
      for (Figures.Figure f : Figures.inProse(body)) {
        if (f.percent() || f.range() == null) {
          continue;
        }
        if (first == null) {
          first = f.range();
        }
        if (f.low() < f.high()) {
          amount = f.range();
          break;
        }
      }
      if (amount == null) {
        amount = first;
      }
      if (amount == null) {
        findings.add(Finding.warning(path, line, "premium '" + title + "' names no amount; left out"));
        return;
      }
      if (amount.high() < PayTable.SMALLEST_YEARLY) {
        // "€10.000–€16.000" reads as €10–€16: left out rather than shown; the rest of the guide still serves.
        findings.add(Finding.warning(path, line, "premium '" + title + "' reads as " + amount.low() + "–"
            + amount.high() + ", too small for a yearly amount; left out. Write thousands with a comma or K, as in"
            + " 10,000 or 10K (a point is a decimal point)"));
        return;
      }
      premiums.add(new Premium(title, body, amount, line));
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
      String wording = quote == null ? "" : unquote(plain(quote));
      int line = line(bodyStart, item);
      if (wording.isEmpty()) {
        findings.add(Finding.warning(path, line, "lever " + number + " has no quoted wording"));
      }
      List<LeverAmount> amounts = new ArrayList<>();
      for (LeverAmount a : LeverAmounts.of(wording)) {
        if (!a.percent() && a.refersTo() != LeverAmount.Reference.OTHER
            && a.amount().high() < PayTable.SMALLEST_YEARLY) {
          // "€20.000" reads as €20; restated per region it would become nonsense, so it stays as written.
          findings.add(Finding.warning(path, line, "lever " + number + ": '" + a.written() + "' reads as "
              + a.amount().high() + ", too small for a yearly amount; quoted as written, not restated per region."
              + " Write thousands with a comma or K, as in 20,000 or 20K"));
        } else {
          amounts.add(a);
        }
      }
      levers.add(new Lever(number, title.toString().replace("**", "").strip(), wording, amounts, line));
    }

    private List<Target> targets() {
      if (regions == null || regions.isEmpty()) {
        return List.of();
      }
      List<Target> out = new ArrayList<>();
      List<List<List<String>>> phrases = negotiateUp.isEmpty() ? List.of() : regionPhrases.of(regions);
      for (int i = 0; i < negotiateUp.size(); i++) {
        int offset = negotiateUpOffsets.get(i);
        int blockLine = lines.line(offset);
        String raw = text.substring(offset, Math.min(text.length(), nextBlankLine(offset)));
        NegotiateUp.Result result = NegotiateUp.read(path, negotiateUp.get(i), piece -> {
          String head = piece.length() > 12 ? piece.substring(0, 12) : piece;
          int at = raw.indexOf(head);
          return at < 0 ? blockLine : lines.line(offset + at);
        }, regions, phrases);
        for (Target t : result.targets()) {
          if (out.stream().noneMatch(o -> o.region().equals(t.region()))) {
            out.add(t);
          }
        }
        findings.addAll(result.findings());
      }
      return out;
    }

    private int nextBlankLine(int from) {
      int at = text.indexOf("\n\n", from);
      return at < 0 ? text.length() : at;
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

    private Map<String, String> frontCurrencies() {
      Map<String, String> out = new HashMap<>();
      String guideCurrency = Frontmatter.string(front, "currency");
      for (Object o : Frontmatter.list(front, "compensation")) {
        if (o instanceof Map<?, ?> m && m.get("region") != null && m.get("currency") != null) {
          out.put(m.get("region").toString().strip(), m.get("currency").toString().strip().toUpperCase(Locale.ROOT));
        }
      }
      if (guideCurrency != null) {
        // A guide-wide currency key stands for every row the compensation list does not name.
        return new java.util.AbstractMap<>() {
          @Override
          public String get(Object key) {
            return out.getOrDefault(key, guideCurrency.toUpperCase(Locale.ROOT));
          }

          @Override
          public java.util.Set<Entry<String, String>> entrySet() {
            return out.entrySet();
          }
        };
      }
      return out;
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
      String name = Frontmatter.string(front, "company_display");
      if (name == null && titleHeading != null && titleHeading.contains("|")) {
        name = GUIDE_SUFFIX.matcher(titleHeading.substring(titleHeading.indexOf('|') + 1)).replaceFirst("").strip();
      }
      if (slug == null) {
        slug = name != null ? slugify(name) : "unknown";
      }
      if (name == null || name.isEmpty()) {
        name = words(slug);
      }
      return new Company(slug, name);
    }

    private Role role() {
      String file = path.substring(path.lastIndexOf('/') + 1);
      if (file.regionMatches(true, file.length() - 3, ".md", 0, 3)) {
        file = file.substring(0, file.length() - 3);
      }
      String slug = slugify(file);
      String title = Frontmatter.string(front, "role_display");
      if (title == null && titleHeading != null) {
        title = (titleHeading.contains("|") ? titleHeading.substring(0, titleHeading.indexOf('|')) : titleHeading)
            .replace("**", "").strip();
      }
      if (title == null || title.isEmpty()) {
        title = words(slug);
      }
      return new Role(slug, title);
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
        out.add(source(cell.getText()).strip());
      }
    }
    return out;
  }

  /** A node's text as written, without block-quote markers or emphasis marks; line breaks become spaces. */
  static String plain(Node node) {
    char[] chars = source(node.getChars()).toCharArray();
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
      if (!isRegexSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      boolean lineBreak = false;
      while (end < n && isRegexSpace(s.charAt(end))) {
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

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  private static List<String> strings(List<Object> list) {
    return list.stream().filter(o -> o != null).map(o -> o.toString().strip()).filter(s -> !s.isEmpty()).toList();
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
        out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return out.toString();
  }
}
