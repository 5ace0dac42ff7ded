package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads levers, numbered and worded, from list items, paragraphs, a term over its definition and table rows. */
final class LeverReader {

  /** A term on its line over its definition: "Relocation" then ": “Could the relocation…”". */
  private static final Pattern TERM_OVER_DEFINITION = Pattern.compile(
      "([^\\n:]{2,80})\\n[ \\t]*:[ \\t]+(\\S.*)", Pattern.DOTALL);
  /** A question and its answer: "Q: What are your salary expectations?" then "A: “I'm looking for…”". */
  private static final Pattern QUESTION_AND_ANSWER = Pattern.compile(
      "(?i)\\**Q\\**\\s*[:.]\\**\\s*([^\\n]{2,160})\\n[ \\t]*\\**A\\**\\s*[:.]\\**\\s*(\\S.*)", Pattern.DOTALL);
  private static final Pattern WORDING_HEADER = Pattern.compile("say|wording|script|quote|phrase|ask|line|words");
  /** Headers that only ever head wording: beside "| Ask | Say | When |" the wording is under Say, "Ask" titles it. */
  private static final Pattern SAY_HEADER = Pattern.compile("\\b(?:say|wording|script|quote|phrase|words)\\b");

  private final GuideDraft draft;
  private final String path;
  private final List<Finding> findings;
  private final List<Lever> levers;
  private final GuideFigures figures;

  LeverReader(GuideDraft draft) {
    this.draft = draft;
    this.path = draft.path;
    this.findings = draft.findings;
    this.levers = draft.levers;
    this.figures = draft.figures;
  }

  void lever(ListItem item) {
    int number = levers.size() + 1;
    if (item instanceof OrderedListItem) {
      String marker = MarkdownText.source(item.getOpeningMarker()).chars().filter(Character::isDigit)
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
        title.append(MarkdownText.plain(child));
      }
    }
    // "1. **Title**" then "> wording" on the next line: the quote follows the list, not inside it.
    if (quote == null && item.getNext() == null && item.getParent().getNext() instanceof BlockQuote q) {
      quote = q;
    }
    String wording = quote == null ? Quotes.quoted(title.toString()) : Quotes.unquote(MarkdownText.plain(quote));
    String t = quote == null && !wording.isEmpty() ? ItemTitles.inlineTitle(title.toString()) : title.toString();
    addLever(number, t.replace("**", "").strip(), wording, draft.line(item));
  }

  void addLever(int written, String title, String wording, int line) {
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

  /** A paragraph that is a lever: "**Title.** “wording”", or "The first lever is… Say “wording”". */
  void paragraphLever(Node node, String plain, int line) {
    if (severalLabelled(plain, line) || replies(MarkdownText.source(node.getChars()).strip(), line)) {
      return;
    }
    Matcher lead = ItemTitles.leadLabel(MarkdownText.source(node.getChars()).strip());
    String title = lead.matches() ? ItemTitles.labelledTitle(lead) : plain;
    Matcher n = ItemTitles.NUMBERED.matcher(title);
    int number = n.find() ? Integer.parseInt(n.group(1)) : levers.size() + 1;
    title = ItemTitles.inlineTitle(n.replaceFirst(""));
    List<String> sentences = NegotiateUp.sentences(title);
    addLever(number, sentences.size() > 1 ? ItemTitles.inlineTitle(sentences.get(0)) : title, Quotes.quoted(plain), line);
  }

  /**
   * A paragraph whose every line (two or more) quotes the other side, then answers with the candidate's words ("If
   * they say “…,” say “…”" over "When the recruiter says “…,” say “…”"): a lever per line, each its own reply; false,
   * adding none, where a line does otherwise.
   */
  boolean replies(String raw, int line) {
    List<String> lines = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() < 2 || !lines.stream().allMatch(LeverReader::reply)) {
      return false;
    }
    for (int k = 0; k < lines.size(); k++) {
      addLever(levers.size() + 1, ItemTitles.inlineTitle(lines.get(k)), Quotes.quoted(lines.get(k)), line + k);
    }
    return true;
  }

  /** Whether a line's first quote is theirs and a later one the candidate's: a reply to their words. */
  private static boolean reply(String line) {
    Quotes.Quote answer = Quotes.candidateQuote(line);
    return answer != null && answer.leadStart() > 0;
  }

  /**
   * "Exam support: “…”", "and a title review: “…”", "asking for an extra week of holiday (“…”)": a label, then the
   * quote it titles.
   */
  private static final Pattern LABELLED_QUOTE = Pattern.compile("(?:^|[.?!;]\\s+|\\s)(?:(?i:and|also|then)\\s+)?"
      + "(?:(?i:an?|the)\\s+)?(?<title>\\p{L}[\\p{L} '’-]{1,60}?)(?::\\s*|\\s*\\(\\s*)[\"“](?<quote>[^\"”]{5,})[\"”]");
  /** "A:" before an FAQ's answer. */
  private static final Pattern ANSWER_LABEL = Pattern.compile("^\\s*(?:A|Answer)\\s*:\\s*");

  /**
   * A paragraph of two levers or more, each a label and its quote ("A: Exam support: “…?” And a title review:
   * “…?”"): a lever each; false, adding none, where it holds fewer.
   */
  private boolean severalLabelled(String plain, int line) {
    Matcher m = LABELLED_QUOTE.matcher(ANSWER_LABEL.matcher(plain).replaceFirst(""));
    List<String[]> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(new String[] {m.group("title").strip(), m.group("quote").strip()});
    }
    if (found.size() < 2) {
      return false;
    }
    for (String[] lever : found) {
      addLever(levers.size() + 1, ItemTitles.inlineTitle(Character.toUpperCase(lever[0].charAt(0))
          + lever[0].substring(1)), lever[1], line);
    }
    return true;
  }

  /**
   * A lever written as a term over its definition ("Relocation" then ": “Could the relocation…”") or as a question
   * and its answer ("Q: What are your salary expectations?" then "A: “I'm looking for…”"): titled by the term or
   * the question, worded by the quote. Whether it is a lever is judged as any item is.
   */
  boolean termAndLever(String raw, int line) {
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
    String item = "**" + m.group(1).strip() + "**: " + MarkdownText.joinLines(m.group(2).strip());
    String wording = Quotes.quoted(item);
    SectionItems.Kind kind = wording.isEmpty() ? null : draft.item(item, null, line);
    if (kind != SectionItems.Kind.LEVER && (kind != SectionItems.Kind.HEADING
        || draft.current.kind != Section.LEVERS && draft.current.kind != Section.LEVERAGE)) {
      return false;
    }
    addLever(levers.size() + 1, ItemTitles.inlineTitle(m.group(1).strip()), wording, line);
    return true;
  }

  void leverTable(List<String> header, List<PayTable.Row> rows) {
    int wording = wordingColumn(header);
    int title = -1;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).toLowerCase(Locale.ROOT);
      if (i != wording && title < 0 && !h.strip().equals("#") && !h.strip().equals("no.") && !h.isBlank()) {
        title = i;
      }
    }
    for (PayTable.Row row : rows) {
      String t = title >= 0 ? row.cell(title) : "";
      String w = wording >= 0 ? row.cell(wording) : "";
      if (wording < 0) {
        w = row.cells().stream().map(Quotes::quoted).filter(q -> !q.isEmpty()).findFirst().orElse("");
      }
      addLever(levers.size() + 1, t.replace("**", "").strip(), Quotes.unquote(w.replace("**", "")), row.line());
    }
  }

  /** The column of a table that holds what to say (headed say, wording, script…), or -1. */
  static int wordingColumn(List<String> header) {
    for (Pattern words : List.of(SAY_HEADER, WORDING_HEADER)) {
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).toLowerCase(Locale.ROOT);
        // "If they say no", "Their reply": what the other side says, never the candidate's wording.
        if (words.matcher(h).find() && !THEIR_SIDE_HEADER.matcher(h).find()) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A column of what happens next, not of what to say: "If they say no", "When they push back", "Their reply". */
  private static final Pattern THEIR_SIDE_HEADER = Pattern.compile(
      "\\b(?:if|when|they|their|pushback|push\\s+back|response|reply|fallback|then)\\b");
}
