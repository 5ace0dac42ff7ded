package com.compcoach.guide;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the guide's approval rules ("Offers above the midpoint need VP approval.", "Anything over $180K goes to the
 * comp committee."): a sentence that names both a line an offer passes and who signs off past it. Only lines holding
 * a word of approval are tried, found by a plain search of the text, so a guide without one costs a few scans.
 */
final class ApprovalRules {

  /** The words a rule is written with; only the lines holding one are read. */
  private static final List<String> HINTS = List.of("pprov", "ommittee", "ign-off", "ign off");

  /** Markdown marks and a list's bullet, which the sentence is read without. */
  private static final Pattern MARKS = Pattern.compile("[*_`]|^\\s*(?:[-+>]|\\d+[.)])\\s+");

  /** Where a sentence ends inside a line. */
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})");

  /** A pipe table's delimiter row, under its header. */
  private static final Pattern DELIMITER = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?");

  /** An approvals table's column of who signs off: "Approver", "Who approves", "Signed off by". */
  // "Who to ask" is who the candidate asks, not who signs off; a "Notes" cell's "Needs VP approval" is then read.
  private static final Pattern WHO = Pattern.compile("(?i)\\bapprover|^\\W*who\\W*$|\\bwho\\s+(?:approves|signs|okays"
      + "|(?:can|must|has to|needs to)\\s+(?:approve|sign))\\b|\\b(?:signed off|approved) by\\b");

  /** A band's mark a row may name, so a row with one that is not read is said. */
  private static final Pattern MARK_WORD = Pattern.compile("(?i)\\b(?:mid-?point|midpoint|top|max(?:imum)?|band)\\b");

  private static final String PAST = "\\b(?:above|over|past|exceeding|exceeds?|beyond|more than|greater than"
      + "|higher than|in excess of)\\s+";
  private static final String BAND = "(?:(?:pay|salary|comp)\\s+)?(?:band|range)";

  /** A band's midpoint or top as the line: "above the midpoint", "over the top of the band", "past band max". */
  private static final Pattern MARK = Pattern.compile(PAST + "(?:the\\s+)?(?:(?:base|total)\\s+)?(?:" + BAND
      + "(?:'s|’s)?\\s+)?(midpoint|mid-point|mid point|middle|top|maximum|max|ceiling)\\b|" + PAST + "(?:the\\s+)?"
      + "(?:(?:base|total)\\s+)?" + BAND + "\\b(?!\\s*(?:'s|’s)?\\s*(?:mid|middle))", Pattern.CASE_INSENSITIVE);

  /** One amount as the line: "$180K", "£150,000", "200k", "USD 250,000". */
  private static final Pattern AMOUNT = Pattern.compile(PAST + "(?:a\\s+)?(?:(?:base|total)\\s+(?:of\\s+)?)?"
      + "(?:([$£€])\\s?|(usd|cad|gbp|eur|aud)\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(k|m)?(?![\\w%])"
      + "(?!\\s*(?:years?|yrs?|months?|percent|people|hires|reports))", Pattern.CASE_INSENSITIVE);

  private static final String NAME = "([\\p{L}&/' -]{1,40}?)";
  private static final String NAME_END = "(?=\\s*(?:[.;,:)]|$|\\b(?:before|first|for|and|or|sign-?off)\\b))";

  /** Who signs off: "need VP approval", "goes to the comp committee", "approved by the CFO", "VP approval is needed". */
  private static final List<Pattern> APPROVER = List.of(
      Pattern.compile("\\b(?:needs?|requires?|required|requiring|must get|must have)\\s+(?:an?\\s+|the\\s+)?"
          + "(?:written\\s+|explicit\\s+|extra\\s+|additional\\s+)?" + NAME + "\\s+(?:approval|sign-?off|sign off)\\b",
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(?:approval|sign-?off|sign off)\\s+(?:from|by)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+|your\\s+)?"
          + NAME + NAME_END, Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(?:go|goes|going|escalates?|escalated|routed|routes?|is sent|are sent|referred)\\s+(?:up\\s+)?"
          + "to\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?" + NAME + NAME_END, Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(?:approved|signed off|okayed)\\s+by\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?" + NAME + NAME_END,
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*(?:the\\s+)?" + NAME + "\\s+(?:approval|sign-?off|sign off)\\s+(?:is\\s+|are\\s+)?"
          + "(?:required|needed|necessary)\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(?:needs?|requires?|required|requiring)\\s+(?:an?\\s+)?(approval|sign-?off)\\b",
          Pattern.CASE_INSENSITIVE));

  private static final Pattern TOTAL = Pattern.compile("\\b(?:total|tc|ote|package|packages)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BASE = Pattern.compile("\\b(?:base|salary|salaries)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGN_ON = Pattern.compile("\\b(?:sign[- ]?on|signing|joining)\\b",
      Pattern.CASE_INSENSITIVE);

  private ApprovalRules() {}

  /** The rules the guide writes, in its order; a rule whose part cannot be told is a warning, never a guess. */
  static List<ApprovalRule> read(GuideDraft draft, List<Region> regions) {
    if (regions == null || regions.isEmpty()) {
      return List.of();
    }
    String text = draft.text;
    Set<Integer> lines = new LinkedHashSet<>();
    for (String hint : HINTS) {
      for (int at = text.indexOf(hint, draft.bodyStart); at >= 0; at = text.indexOf(hint, at + hint.length())) {
        lines.add(draft.lines.line(at));
      }
    }
    List<ApprovalRule> rules = new ArrayList<>();
    Set<Integer> tableRows = new java.util.HashSet<>();
    for (int line : lines.stream().sorted().toList()) {
      if (tableRows.contains(line)) {
        continue;
      }
      int start = draft.lines.start(line);
      int end = text.indexOf('\n', start);
      String raw = text.substring(start, end < 0 ? text.length() : end);
      if (raw.strip().startsWith("|")) {
        // "| When the offer is | Approval |" over "| Above midpoint | VP |": each row is a rule, its line in one cell
        // and who signs off in the other; the word of approval may be in the header alone, or in a row.
        int header = line;
        while (header > 1 && lineText(draft, header - 1).strip().startsWith("|")) {
          header--;
        }
        int headerEnd = text.indexOf('\n', draft.lines.start(header));
        if (headerEnd >= 0 && DELIMITER.matcher(nextLine(text, headerEnd)).matches()) {
          Set<Integer> read = table(draft, regions, lineText(draft, header), headerEnd + 1, header, rules);
          // A table with no column of who signs off (a pay table's Notes cell "Base above $130K needs VP approval",
          // "| Item | Rule |") has its row read as a sentence, as any line naming an approval is.
          if (read != null) {
            tableRows.addAll(read);
            continue;
          }
        }
      }
      String source = MARKS.matcher(raw).replaceAll("").strip();
      for (String sentence : SENTENCE.split(source)) {
        ApprovalRule rule = rule(draft, regions, sentence.strip(), line);
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    return List.copyOf(rules);
  }

  /**
   * The rules an approvals table's rows write, added to {@code rules}; the lines of its rows are returned so no row is
   * read again as a sentence, or null where no column says who signs off. A row naming who signs off and a figure or
   * a band's mark but no line read is a warning.
   */
  private static Set<Integer> table(GuideDraft draft, List<Region> regions, String headerRow, int from, int headerLine,
      List<ApprovalRule> rules) {
    List<String> header = cells(headerRow);
    int who = -1;
    for (int i = 0; i < header.size() && who < 0; i++) {
      if (WHO.matcher(header.get(i)).find()) {
        who = i;
      }
    }
    for (int i = 0; i < header.size() && who < 0; i++) {
      if (HINTS.stream().anyMatch(header.get(i)::contains)) {
        who = i;
      }
    }
    if (who < 0) {
      return null;
    }
    Set<Integer> read = new java.util.HashSet<>();
    String text = draft.text;
    int at = text.indexOf('\n', from);
    // The delimiter row is skipped; each following line that opens with a pipe is a row.
    for (int start = at < 0 ? text.length() : at + 1, line = headerLine + 2; start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      String row = text.substring(start, end < 0 ? text.length() : end);
      if (!row.strip().startsWith("|")) {
        break;
      }
      read.add(line);
      List<String> cells = cells(row);
      if (who < cells.size()) {
        String whoCell = MARKS.matcher(cells.get(who)).replaceAll("").strip();
        StringBuilder when = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
          if (i != who && !cells.get(i).isBlank()) {
            when.append(when.length() == 0 ? "" : " ").append(MARKS.matcher(cells.get(i)).replaceAll("").strip());
          }
        }
        String approver = approver(whoCell);
        approver = approver == null || approver.isEmpty() ? whoCell : approver;
        if (approver.chars().anyMatch(Character::isLetter) && when.length() > 0) {
          String written = row.strip().replaceAll("^\\|\\s*|\\s*\\|$", "");
          ApprovalRule rule = rule(draft, regions, when.toString(), approver, written, line);
          if (rule != null) {
            rules.add(rule);
          } else if (when.chars().anyMatch(Character::isDigit) || MARK_WORD.matcher(when).find()) {
            draft.findings.add(Finding.warning(draft.path, line, "an approvals table row is not read ('" + written
                + "'): write its line as 'above the midpoint', 'over the top of the band' or 'over $180K total'"));
          }
        }
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return read;
  }

  private static String lineText(GuideDraft draft, int line) {
    int start = draft.lines.start(line);
    int end = draft.text.indexOf('\n', start);
    return draft.text.substring(start, end < 0 ? draft.text.length() : end);
  }

  private static String nextLine(String text, int end) {
    int next = text.indexOf('\n', end + 1);
    return text.substring(end + 1, next < 0 ? text.length() : next).strip();
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(inner.startsWith("|") ? 1 : 0, inner.endsWith("|") && inner.length() > 1
        ? inner.length() - 1 : inner.length());
    List<String> out = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      out.add(cell.strip());
    }
    return out;
  }

  private static ApprovalRule rule(GuideDraft draft, List<Region> regions, String sentence, int line) {
    String approver = approver(sentence);
    if (approver == null) {
      return null;
    }
    return rule(draft, regions, sentence, approver, sentence, line);
  }

  /** The rule {@code sentence} writes for {@code approver}; {@code written} is kept as the guide's words. */
  private static ApprovalRule rule(GuideDraft draft, List<Region> regions, String sentence, String approver,
      String written, int line) {
    Matcher mark = MARK.matcher(sentence);
    Matcher amount = AMOUNT.matcher(sentence);
    boolean marked = mark.find();
    boolean figured = amount.find();
    if (!marked && !figured) {
      return null;
    }
    Component part = SIGN_ON.matcher(sentence).find() ? Component.SIGN_ON
        : TOTAL.matcher(sentence).find() ? Component.TOTAL : BASE.matcher(sentence).find() ? Component.BASE : null;
    if (marked && (!figured || mark.start() < amount.start())) {
      if (part == Component.SIGN_ON) {
        return null;
      }
      String word = mark.group(1) == null ? "top" : mark.group(1).toLowerCase(Locale.ROOT);
      ApprovalRule.Mark at = word.startsWith("mid") || word.equals("middle") ? ApprovalRule.Mark.MIDPOINT
          : ApprovalRule.Mark.TOP;
      return new ApprovalRule(approver, part == null ? Component.BASE : part, at, null, null, written, line);
    }
    double said = Double.parseDouble(amount.group(3).replace(",", ""));
    String unit = amount.group(4) == null ? "" : amount.group(4).toLowerCase(Locale.ROOT);
    long value = Math.round(unit.equals("k") ? said * 1_000 : unit.equals("m") ? said * 1_000_000
        : said < 1_000 ? said * 1_000 : said);
    if (value < 1_000) {
      return null;
    }
    String code = amount.group(2) != null ? amount.group(2).toUpperCase(Locale.ROOT)
        : "£".equals(amount.group(1)) ? "GBP" : "€".equals(amount.group(1)) ? "EUR" : null;
    if (part == null) {
      part = partOf(value, code, regions);
      if (part == null) {
        draft.findings.add(Finding.warning(draft.path, line, "an approval line names no part ('" + written + "'): "
            + "its figure could be a base or a year's total here, so it is not read; write 'base' or 'total comp'"));
        return null;
      }
    }
    return new ApprovalRule(approver, part, ApprovalRule.Mark.AMOUNT, value, code, written, line);
  }

  /**
   * The part a bare amount is on: the base where it is under every place's total band (a total that low would be no
   * year this role pays), the total where it is well past every base band's top; else null, asked.
   */
  private static Component partOf(long value, String code, List<Region> regions) {
    List<Region> same = regions.stream().filter(r -> code == null || code.equals(r.currency())).toList();
    if (same.isEmpty()) {
      return null;
    }
    if (same.stream().allMatch(r -> value < r.bands().total().low())) {
      return Component.BASE;
    }
    if (same.stream().allMatch(r -> value * 4 > r.bands().base().high() * 5)) {
      return Component.TOTAL;
    }
    return null;
  }

  /** Who signs off, as the sentence names them; "" where it says approval is needed but not whose; null for none. */
  private static String approver(String sentence) {
    for (int i = 0; i < APPROVER.size(); i++) {
      Matcher m = APPROVER.get(i).matcher(sentence);
      if (m.find()) {
        String who = m.group(1).strip();
        if (i == APPROVER.size() - 1) {
          return "";
        }
        if (who.isEmpty() || who.split("\\s+").length > 5) {
          continue;
        }
        return who;
      }
    }
    return null;
  }
}
