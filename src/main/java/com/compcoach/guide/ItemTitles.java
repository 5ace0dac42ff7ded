package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title of a lever or premium: its bold lead, its number, the words before its quoted wording. */
final class ItemTitles {

  /** A number opening a title: "3.", "#2", "Lever 4 —". */
  static final Pattern NUMBERED = Pattern.compile("^\\s*(?:lever\\s*)?#?(\\d{1,2})\\s*[.):—–-]?\\s*",
      Pattern.CASE_INSENSITIVE);
  /** A letter opening a title as an outline letters its items: "a) ", "(b) ", "c. ". */
  private static final Pattern LETTERED = Pattern.compile("^\\s*(?:\\(?[a-h]\\)|[a-h]\\.)\\s+");
  static final Pattern LEVER_WORD = Pattern.compile("(?i)\\blevers?\\b");
  private static final Pattern LEAD_LABEL = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*:?\\s*(.*)$", Pattern.DOTALL);
  /** "*Renewal lever:* …": a lead in single asterisks, as Slack and Confluence write bold. */
  private static final Pattern SINGLE_STAR_LEAD = Pattern.compile("\\*(?![*\\s])([^*\\n]{1,80}?)(?<!\\s)\\*(?!\\*)");
  /** Emphasis marks left at a title's ends: "*Renewal lever:*". */
  private static final Pattern EMPHASIS_ENDS = Pattern.compile("^[*_]+|[*_]+$");
  /** A verb that introduces a lever's wording at the end of its title: "Portfolio depth. Say", "— try". */
  private static final Pattern SAY_BEFORE_QUOTE = Pattern.compile(
      "(?i)(?:[.:;,—–-]\\s*|\\s+)(?:say|try|ask|write|use|try saying|you say|say something like|something like"
          + "|for example|e\\.g\\.|(?:suggested |sample )?(?:wording|script|phrasing))\\s*:?\\s*$");
  /** What may stand before the other side's name in a lead without titling anything: "If the", "When your". */
  private static final Pattern CONDITION_ONLY = Pattern.compile(
      "(?i)(?:(?:if|when|whenever|once|should|after|the|a|an|your|their|and)\\b\\s*)*");

  private ItemTitles() {}

  /** A title without the letter an outline gives it: "a) Bonus guarantee" → "Bonus guarantee". */
  static String unlettered(String title) {
    return LETTERED.matcher(title).replaceFirst("");
  }

  /** A lead label, bold with two asterisks or (Slack, Confluence) with one: "*Renewal lever:* “…”". */
  static Matcher leadLabel(String text) {
    Matcher single = SINGLE_STAR_LEAD.matcher(text);
    return LEAD_LABEL.matcher(single.lookingAt() ? "**" + single.group(1) + "**" + text.substring(single.end()) : text);
  }

  /**
   * A lever's title from its bold lead: the lead itself, or where the lead only says what follows is a lever
   * ("**Lever:** On-call load" over "**Script:** …"), the rest of its line.
   */
  /** Whether a character is a lever's numbering or space ("Lever #2."), as "[\\s#\\d.]" matches it. */
  private static boolean numbering(int c) {
    return c == '#' || c == '.' || c >= '0' && c <= '9' || c == ' ' || c >= '\t' && c <= '\r';
  }

  static String labelledTitle(Matcher lead) {
    String label = lead.group(1).replace(":", "").strip();
    if (!LEVER_WORD.matcher(label).replaceFirst("").chars().allMatch(ItemTitles::numbering)) {
      return lead.group(1);
    }
    String rest = lead.group(2).strip();
    int end = rest.indexOf('\n');
    String first = (end < 0 ? rest : rest.substring(0, end)).strip();
    return first.isEmpty() || first.startsWith("**") ? lead.group(1) : first;
  }

  /**
   * A lever's title without the wording that follows it inline: "Anchor high — “I'd like…”" → "Anchor high";
   * "**Band ceiling** — Recruiters say: “…” Reply: “…”" → "Band ceiling"; with nothing before the other side's
   * words, "Reply to “Our band tops out at $200K.”".
   */
  static String inlineTitle(String text) {
    Matcher first = Quotes.QUOTED.matcher(text);
    int q = first.find() ? first.start() : -1;
    String t = q > 0 ? text.substring(0, q) : text;
    Quotes.Quote answer = q >= 0 ? Quotes.candidateQuote(text) : null;
    if (answer != null && answer.start() > q) {
      // The first quote is the other side's: the title is what stands before the speaker.
      int speaker = ReadingRules.standard().theirLeadStart(t);
      t = speaker >= 0 ? t.substring(0, speaker) : t;
    }
    t = trimmedTitle(t);
    if (answer != null && answer.start() > q && CONDITION_ONLY.matcher(t).matches()) {
      String theirs = Quotes.quoted(text.substring(0, answer.leadStart()));
      t = "Reply to “" + (theirs.length() > 60 ? theirs.substring(0, 60) + "…" : theirs) + "”";
    }
    return t;
  }

  private static String trimmedTitle(String text) {
    // "*Extra holiday* — …": single-star emphasis anywhere in the title is a mark, not a character of it.
    String unstarred = SINGLE_STAR_LEAD.matcher(text.replace("**", "")).replaceAll("$1");
    String t = trimmedEnd(EMPHASIS_ENDS.matcher(ExportMarks.undecorated(unstarred).strip()).replaceAll(""));
    t = EMPHASIS_ENDS.matcher(t).replaceAll("").strip();
    // "**Portfolio depth.** Say “…”": the verb that introduces the wording is no part of the title.
    Matcher say = SAY_BEFORE_QUOTE.matcher(t);
    return say.find() && say.start() > 0 ? trimmedEnd(t.substring(0, say.start())) : t;
  }

  private static String trimmedEnd(String text) {
    String t = text;
    while (!t.isEmpty() && ":;,—–-.([".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
