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
    for (int line : lines.stream().sorted().toList()) {
      int start = draft.lines.start(line);
      int end = text.indexOf('\n', start);
      String source = MARKS.matcher(text.substring(start, end < 0 ? text.length() : end)).replaceAll("").strip();
      for (String sentence : SENTENCE.split(source)) {
        ApprovalRule rule = rule(draft, regions, sentence.strip(), line);
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    return List.copyOf(rules);
  }

  private static ApprovalRule rule(GuideDraft draft, List<Region> regions, String sentence, int line) {
    String approver = approver(sentence);
    if (approver == null) {
      return null;
    }
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
      return new ApprovalRule(approver, part == null ? Component.BASE : part, at, null, null, sentence, line);
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
        draft.findings.add(Finding.warning(draft.path, line, "an approval line names no part ('" + sentence + "'): "
            + "its figure could be a base or a year's total here, so it is not read; write 'base' or 'total comp'"));
        return null;
      }
    }
    return new ApprovalRule(approver, part, ApprovalRule.Mark.AMOUNT, value, code, sentence, line);
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
