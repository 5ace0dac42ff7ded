package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which of a guide's opening blocks is its title: a heading, a bold line, an email's subject, a plain line. */
final class TitleBlocks {

  /** "Notes", "brief", "primer" name a guide only after a word about pay: "compensation notes", "salary brief". */
  static final String PAY_NOTES =
      "(comp(?:ensation)?|salary|pay|offer|negotiation|remuneration|reward|recruiter|recruiting)\\s+"
          + "(notes?|brief|briefing|primer|overview|cheat ?sheet|sheet|memo|memorandum|guidance)";
  static final Pattern TITLE_WORDS = Pattern.compile(
      "(?i)\\b(guide|playbook|handbook|negotiation guide|comp guide|cheat ?sheet|" + PAY_NOTES + ")\\b");
  static final Pattern TITLE_TAIL = Pattern.compile(
      // "Saltmarsh Games (2026 guide)": the words about the guide may open a parenthesis, which goes with them.
      "(?i)[\\s:—–|-]*(?:\\([^()]{0,30}?)?\\b((global\\s+|comp(?:ensation)?\\s+|salary\\s+|pay\\s+|offer\\s+)?(negotiation\\s+)?"
          // "— FAQ for candidates", "(Q&A)": a page of questions about the role.
          + "(guide|playbook|handbook|cheat ?sheet|faqs?|q\\s?&\\s?a)|" + PAY_NOTES + ")\\b.*$");
  /** The line of a pasted email or a note that names the company: "Company: Harbor & Pine Outfitters". */
  private static final Pattern COMPANY_LINE = Pattern.compile(
      "(?i)^\\s*(?:company|employer|organi[sz]ation|empresa|unternehmen|firma|entreprise)\\s*:\\s*([^\\n:·|•;]{2,60}?)\\s*"
          // "**Company:** Lumenfield Software · **Updated:** Nov 2026": other fields after a separator on the line.
          + "(?:$|[·|•;]\\s*\\S.*$|\\s[—–]\\s.*$)");
  /** The subject line of a pasted email, which names the guide: "Subject: Comp guide - Data Scientist, Acme". */
  private static final Pattern SUBJECT_LINE = Pattern.compile(
      "(?im)^\\s*subject\\s*:\\s*(?:(?:re|fwd?|aw|wg)\\s*:\\s*)*(\\S[^\\n]{2,120}?)\\s*$");
  /** The header lines an email paste opens with. */
  private static final Pattern EMAIL_HEADER = Pattern.compile("(?i)^(?:from|to|subject|date|cc|sent)\\s*:");
  /** A memo's subject line under its header lines: "Re: Senior Data Engineer offers, Q4 2026". */
  private static final Pattern RE_LINE = Pattern.compile("(?im)^\\s*(?:re|subject)\\s*:\\s*(\\S[^\\n]{2,120}?)\\s*$");
  /** What follows a role in a memo's subject: "offers, Q4 2026", "pay guidance for 2027". */
  private static final Pattern SUBJECT_TAIL = Pattern.compile(
      "(?i)(?:\\s+(?:offers?|pay|comp(?:ensation)?|salary|bands?|guidance|pay guidance|hiring|ranges?))*"
          + "(?:\\s*,?\\s+(?:for\\s+)?(?:Q[1-4]|H[12]|FY\\s?\\d{2,4}|20\\d\\d)\\b.*)?$");
  /** A title asking what a role pays: "What does a Product Designer at Brightwater make? (2026 edition)". */
  private static final Pattern ASKED = Pattern.compile(
      "(?i)^(?:what|how much)\\s+(?:does|do|will|would|can|did)\\s+(?:an?\\s+|the\\s+)?(.+?)\\s+(?:at|@)\\s+(.+?)\\s+"
          + "(?:make|makes|earn|earns|get paid|pay|take home)\\b.*$");
  private static final Pattern BOLD_LINE = Pattern.compile("^(?:\\*\\*|__)([^*_\\n]{2,100}?)(?:\\*\\*|__)\\s*:?\\s*$");

  private final ReadingRules rules;
  private final GuideFigures figures;

  TitleBlocks(ReadingRules rules, GuideFigures figures) {
    this.rules = rules;
    this.figures = figures;
  }

  /** The first heading is the title unless it is a section's (no title: "## Pay bands" opens the guide). */
  boolean isTitle(Heading heading, String t, boolean content) {
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

  /** Whether a title only says it is a guide ("Compensation guide") and a heading naming no section follows. */
  boolean aboutTheGuideOver(String title, Node next) {
    // The heading below must name a role: "## Denver (HQ)" under "# Negotiation guide" is a region, not the title.
    // "# Confidential", "# Offer prep — internal": a page's own words over the role's heading are no title (s28).
    return next instanceof Heading h && (TITLE_TAIL.matcher(title).replaceFirst("").isBlank()
        || DOCUMENT_WORDS.matcher(title).replaceAll("").replaceAll("[\\p{P}\\s]", "").isEmpty())
        && rules.section(MarkdownText.source(h.getText()).strip()) == Section.NONE && rules.namesRole(MarkdownText.source(h.getText()));
  }

  /** Words a page's own heading is made of, never a company's: "# Confidential", "# Offer Prep", "# Recruiting Team". */
  private static final Pattern DOCUMENT_WORDS = Pattern.compile("(?i)\\b(?:confidential|internal|private|draft|offer|"
      + "offers|prep|recruiting|recruiter|team|talent|hr|people|notes|guide|playbook|handbook|memo|overview|summary|"
      + "cheat|comp|compensation|pay|salary|salaries|only|for|use|do\\s+not|wiki|page|home|index|contents|faq)\\b");

  /**
   * A company's name alone as the title over the role's heading ("Meridian Health Partners" over "Clinical Data Analyst
   * II — compensation cheat sheet", s28): the heading below is the title, this one the company.
   */
  boolean companyOver(String title, Node next) {
    return next instanceof Heading h && title.length() <= 60 && !DOCUMENT_WORDS.matcher(title).find() && TITLE_TAIL.matcher(title).replaceFirst("").equals(title)
        && !rules.namesRole(title) && rules.section(title) == Section.NONE && title.chars().noneMatch(Character::isDigit)
        && namesRoleFirst(MarkdownText.source(h.getText()).strip());
  }

  /** Whether a heading opens on a role, whatever it says of itself after a dash or colon ("… — comp cheat sheet"). */
  private boolean namesRoleFirst(String heading) {
    String head = heading.split("\\s[—–-]\\s|:\\s", 2)[0];
    return rules.namesRole(head) && rules.section(head) == Section.NONE;
  }

  /**
   * A title as the company and role it names: a question ("What does a Product Designer at Brightwater make?") as
   * "Product Designer at Brightwater"; a memo's title that names no role ("Quarry Health — Compensation memo") with
   * its subject line under it ("Re: Senior Data Engineer offers, Q4 2026") as "Senior Data Engineer — Quarry Health".
   */
  String named(String title, Node next) {
    Matcher asked = ASKED.matcher(title);
    if (asked.matches()) {
      return asked.group(1).strip() + " at " + asked.group(2).strip();
    }
    String bare = TITLE_TAIL.matcher(title).replaceFirst("").strip();
    if (bare.equals(title) || rules.namesRole(bare) || next == null) {
      return title;
    }
    String raw = MarkdownText.source(next.getChars()).strip();
    Matcher re = EMAIL_HEADER.matcher(raw).lookingAt() || raw.regionMatches(true, 0, "re", 0, 2)
        ? RE_LINE.matcher(raw) : null;
    if (re == null || !re.find()) {
      return title;
    }
    String role = SUBJECT_TAIL.matcher(re.group(1)).replaceFirst("").strip();
    return rules.namesRole(role) ? role + " — " + bare : title;
  }

  /** The subject of an email paste's header lines ("From: …", "Subject: …"), or null. */
  String emailSubject(Node node) {
    String raw = MarkdownText.source(node.getChars()).strip();
    Matcher m = EMAIL_HEADER.matcher(raw).lookingAt() ? SUBJECT_LINE.matcher(raw) : null;
    return m != null && m.find() ? subjectNames(m.group(1)) : null;
  }

  /** A part of a subject between dashes or colons: "comp talking points", "Store Manager req's (Q3)". */
  private static final Pattern SUBJECT_PARTS = Pattern.compile("\\s+[-–—]\\s+|:\\s+");
  /** What a recruiter's subject adds after a role: "req's", "reqs (Q3)", "(FY27)", "openings". */
  private static final Pattern REQ_TAIL = Pattern.compile("(?i)(?:\\s+(?:req['’]?s|reqs?|requisitions?|openings?))?"
      + "(?:\\s*\\((?:Q[1-4]|H[12]|FY\\s?\\d{2,4}|20\\d\\d)[^()]*\\))?\\s*$");

  /**
   * The names in an email's subject: a part written all in lower case ("comp talking points", "quick q on pay")
   * is the email's topic, never a company, where another part names something; a req's tail ("req's (Q3)") goes.
   */
  static String subjectNames(String subject) {
    String[] parts = SUBJECT_PARTS.split(subject);
    List<String> named = new java.util.ArrayList<>();
    for (String part : parts) {
      if (part.chars().anyMatch(Character::isUpperCase)) {
        named.add(REQ_TAIL.matcher(part).replaceFirst("").strip());
      }
    }
    return named.isEmpty() || named.size() == parts.length && named.equals(List.of(parts)) ? subject
        : String.join(" - ", named);
  }

  /** The company a line of its own names ("Company: Harbor & Pine Outfitters"), or null. */
  static String companyLine(String plain) {
    if (plain.indexOf(':') < 0) {
      return plain.contains(" / ") ? breadcrumbCompany(plain) : null;
    }
    for (String line : plain.split("\n")) {
      Matcher m = COMPANY_LINE.matcher(line.replace("**", "").replace("__", ""));
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** A wiki page's breadcrumb, "Arcwell Freight / Talent Acquisition / Comp guides", of two to five short parts. */
  private static final Pattern BREADCRUMB = Pattern.compile("^\\s*(\\p{Lu}[^/\\d\\n]{1,40}?)(?:\\s/\\s[^/\\d\\n]{1,40}){1,4}\\s*$");
  /** The line under a wiki page's breadcrumb: "Created by Priya Nair, last updated Nov 18, 2026 by Sam Okafor". */
  private static final Pattern PAGE_HISTORY = Pattern.compile("(?i)^\\s*(?:created\\s+by|last\\s+(?:updated|modified|edited))\\b");

  /**
   * The company a Confluence page's breadcrumb opens on, where the page's history line follows it (the space is the
   * company's); null otherwise.
   */
  private static String breadcrumbCompany(String plain) {
    String[] lines = plain.split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      Matcher crumb = BREADCRUMB.matcher(lines[i]);
      if (crumb.matches() && PAGE_HISTORY.matcher(lines[i + 1]).find()) {
        return crumb.group(1).strip();
      }
    }
    return null;
  }

  /**
   * Whether a guide's first paragraph is its title written as a plain line: one short line, no figure, not a label
   * (no closing colon), and split into company and role by a dash or saying it is a guide.
   */
  boolean plainTitle(Node node) {
    String raw = plainTitleText(node);
    if (raw == null || raw.length() > 200 || raw.endsWith(":") || !figures.inProse(raw).isEmpty()) {
      return false;
    }
    if (TITLE_WORDS.matcher(raw).find()) {
      return true;
    }
    // Split by a dash, it is the title only where no heading follows to be one ("DRAFT - do not share" over "# …");
    // a plain-text export's section headings ("## Pay by location", made of "1. Pay by location") are no title.
    boolean dashed = raw.contains(" - ") || raw.contains(" – ") || raw.contains(" — ");
    for (Node next = node.getNext(); dashed && next != null; next = next.getNext()) {
      if (next instanceof Heading h && h.getLevel() == 1) {
        return false;
      }
    }
    return dashed;
  }

  /**
   * A plain title's text: its one line, or two short lines as a letterhead writes them ("Ardent Health Partners" over
   * "Registered Nurse (ICU) — offer guidance for recruiters") joined by a dash, as one line would write them; null
   * for more lines.
   */
  static String plainTitleText(Node node) {
    String raw = MarkdownText.source(node.getChars()).strip();
    int end = raw.indexOf('\n');
    if (end < 0) {
      return raw.length() > 100 ? null : raw;
    }
    String first = raw.substring(0, end).strip();
    String second = raw.substring(end + 1).strip();
    int third = second.indexOf('\n');
    if (third > 0 && second.indexOf('\n', third + 1) < 0 && BYLINE.matcher(second.substring(third + 1).strip()).lookingAt()) {
      // "Prepared by Talent Acquisition, February 2026" under a letterhead's two lines: who wrote it, no title.
      second = second.substring(0, third).strip();
    }
    return second.indexOf('\n') >= 0 || first.length() > 60 || second.length() > 100 || first.endsWith(":")
        || first.contains(" - ") || first.contains(" — ") || first.contains(" – ") || !TITLE_WORDS.matcher(second).find()
        ? null : first + " — " + second;
  }

  /** A letterhead's third line saying who wrote it or when: "Prepared by Talent Acquisition, February 2026". */
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)(?:prepared|written|compiled|maintained|owned)\\s+by\\b|(?:last\\s+)?updated\\b|confidential\\b|version\\b|rev\\.?\\s");

  /** The text of a paragraph's first line where that line is only bold text, or null. */
  String firstLineBold(Node node) {
    String raw = MarkdownText.source(node.getChars()).strip();
    int end = raw.indexOf('\n');
    Matcher m = BOLD_LINE.matcher(end < 0 ? raw : raw.substring(0, end).strip());
    return end > 0 && m.matches() ? m.group(1).strip() : null;
  }

  /** The text of a paragraph that is only a bold line ("**Pay bands**", "**Levers:**"), or null. */
  /** "Negotiate-Up", "Levers:": a short plain line of words, nothing else in its paragraph. */
  private static final Pattern LABEL_LINE = Pattern.compile("^(\\p{L}[\\p{L} &/'’-]{1,38}?)\\s*:?\\s*$");

  /**
   * A paragraph that is only a section's name in plain text ("Negotiate-Up" over a quote of targets, "Levers" over a
   * list), as notes written without markdown headings say it; null for anything else.
   */
  String labelLine(Node node) {
    Matcher m = LABEL_LINE.matcher(MarkdownText.source(node.getChars()).strip());
    if (!m.matches()) {
      return null;
    }
    String label = m.group(1).strip();
    for (ReadingRules.Section kind : new ReadingRules.Section[] {ReadingRules.Section.TARGETS,
        ReadingRules.Section.LEVERS, ReadingRules.Section.PREMIUMS, ReadingRules.Section.SOURCES}) {
      if (rules.names(kind, label)) {
        return label;
      }
    }
    return null;
  }

  String boldLine(Node node) {
    String raw = MarkdownText.source(node.getChars()).strip();
    Matcher m = BOLD_LINE.matcher(raw);
    if (!m.matches()) {
      return null;
    }
    return m.group(1).strip();
  }
}
