package com.compcoach.guide;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The company and role a guide is for: from its frontmatter, its title and the lines near it, or its file's path. */
final class GuideNames {

  /** A title's tail of commentary: after a dash or colon, words in lower case ("— what we've learned"). */
  /** A parenthesised aside in a role's name and the space before it: "Data Analyst (L4)". */
  private static final Pattern ROLE_ASIDE = Pattern.compile("\\s*\\(.*?\\)");
  /** What is left of "Acme's Data Analyst" once the company is cut out: "'s ". */
  private static final Pattern POSSESSIVE_LEAD = Pattern.compile("^['’]s\\s+");
  private static final Pattern COMMENT_TAIL = Pattern.compile("(?:\\s+[—–-]\\s+|:\\s+)\\p{Ll}.*$");
  /** "Prepared for the Ironbark Mutual recruiting team", "Written by Acme's talent team": the company inside. */
  private static final Pattern PREPARED_FOR = Pattern.compile("(?i)(?:prepared|written|compiled|put\\s+together|made|maintained)"
      + "\\s+(?:for|by)\\s+(?:the\\s+)?(\\p{Lu}.*?)(?:['’]s)?\\s+(?:recruiting|recruitment|talent(?:\\s+acquisition)?|hiring|people"
      + "|hr|comp(?:ensation)?|total\\s+rewards)\\s+(?:team|partners?|org|group)\\W*");
  /**
   * An aside after the company's name that describes it: "(remote-first)", "(Series B)", "(YC W24)", or the markets
   * the guide covers, "(UK & Ireland)", "(EMEA)", or what the page is, "(FAQ)", "(internal)", "— FAQ".
   */
  private static final Pattern COMPANY_ASIDE = Pattern.compile(
      "\\s*\\((?=\\p{Ll}|(?i:series\\s|seed|pre-seed|yc\\s|stealth|nasdaq|nyse|(?:uk|us|usa|eu|emea|apac|amer|latam|europe"
          + "|north\\s+america|canada|ireland|germany|france|india|australia|global|faq|internal|draft|confidential)\\b))"
          + "[^()]*\\)\\s*$"
          // "Fjällgren — FAQ": what the page is, after a dash.
          + "|\\s+[—–-]\\s+(?i:faqs?|q&a|wiki|internal|draft|notes)\\s*$");
  /**
   * Words about the guide opening its title: "Comp guide - Data Scientist, Acme", "Offer Review Deck: …", "Guía de
   * compensación: …", "Recruiter checklist: …", "🧾 Recruiter cheat sheet — …".
   */
  private static final Pattern TITLE_HEAD = Pattern.compile(
      // "🧾 Recruiter cheat sheet — …", ":moneybag: Comp canvas — …": an emoji (or Slack's code for one) before the words.
      // "2026-11-18 Comp sync — …": a meeting's date and name.
      // "[COMP-412] Pay guidance: …": a ticket's key before its summary.
      "(?i)^\\s*(?:\\[[a-z][a-z0-9]*-\\d+\\]\\s*)?(?:(?:[^\\p{L}\\p{N}\\s]{1,4}|:[a-z0-9_+-]{2,30}:)\\s*)?(?:\\d{4}-\\d{2}-\\d{2}\\s+)?(?:(?:(?:global|comp(?:ensation)?|salary|pay|offer|negotiation|review|hiring"
          + "|recruiter|recruiting|recruiters'|meeting|committee)\\s+)*(?:guide|guidance|playbook|handbook|notes|"
          + "cheat[ -]?sheet|checklist|runbook|minutes|memo|canvas|sync|deck|slides|one-pager|briefing|outline)|gu[ií]a\\s+de\\s+(?:compensaci[oó]n|salarios|negociaci[oó]n|remunera[çc][ãa]o|remuneraci[oó]n)|verg[üu]tungsleitfaden|"
          + "gehaltsleitfaden|(?:guide|grille)\\s+de\\s+r[ée]mun[ée]ration|grille\\s+salariale|what\\s+(?:we|you(?:'ll|’ll|\\s+will)?)\\s+(?:pay|earn)|"
          + "what\\s+the\\s+role\\s+pays)\\s*(?:for\\s+|para\\s+|f[üu]r\\s+)?[:—–|-]\\s+(?=\\S)");
  /** A name then a description of it: "Ramp, a fintech headquartered in …", "Brex, the card company, …". */
  private static final Pattern DESCRIBES_ANOTHER = Pattern.compile(",\\s+(?:an?|the)\\s+\\p{Ll}");
  /**
   * The name and what it is, and nothing more: "Harbor & Pine, a credit union in Richmond, Virginia" is the company
   * itself. A line that goes on ("…, pays engineers in this band", "…, competes with us") or leads up to the name
   * ("About the company: Brex, …") says it of some other company.
   */
  private static final Pattern DESCRIBES_ITSELF = Pattern.compile("^[*_]*(?<name>\\p{Lu}[^,:;.|]*?)[*_]*,\\s+(?:an?|the)\\s+"
      + "\\p{Ll}[^,:;.|]*?(?:,\\s*\\p{Lu}[^,:;.|]*?)*[.]?[*_]*$");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[—–·•-]\\s|:\\s|,\\s|\\s/\\s|\\s\\(");
  /** " at Acme", " @ Acme", and the same word in German, French, Italian and Dutch titles ("bei", "chez", "presso", "bij"). */
  private static final Pattern COMPANY_AT = Pattern.compile("(?i)\\s(?:at|@|bei|chez|presso|bij)\\s+(.+)$");
  /** "(m/w/d)", "(w/m/d)", "(m/f/d)", "(f/m/x)", "(all genders)": a job ad's gender mark, no part of role or company. */
  private static final Pattern GENDER_MARK = Pattern.compile(
      "(?i)\\s*\\((?:[mwfdx]\\s*/\\s*[mwfdx](?:\\s*/\\s*[mwfdx])?|all\\s+genders|gn\\*?)\\)");
  private static final Pattern TRIM_SEPARATORS = Pattern.compile("^[\\s:—–|,·•-]+|[\\s:—–|,(·•-]+$");

  /** "(CAD)", "(in EUR)", "(USD, annual)" closing a title: the figures' currency, no part of the role. */
  private static final Pattern CURRENCY_IN_BRACKETS = Pattern.compile(
      "\\s*\\((?:in\\s+)?(?:USD|CAD|EUR|GBP|AUD|NZD|CHF|SGD|INR|JPY|SEK|NOK|DKK|PLN|BRL|MXN|HKD|ZAR|AED|US\\$|C\\$|A\\$|[$£€¥₹])(?:\\s*[,;]\\s*[^()]{1,20})?\\)\\s*$");

  private final GuideDraft draft;
  private final String path;
  private final ReadingRules rules;

  GuideNames(GuideDraft draft) {
    this.draft = draft;
    this.path = draft.path;
    this.rules = draft.rules;
  }

  Company company() {
    String slug = path.contains("/") ? path.substring(0, path.indexOf('/')) : null;
    String fmSlug = Frontmatter.string(draft.front, "company");
    if (slug == null) {
      slug = fmSlug != null ? Slugs.slugify(fmSlug) : null;
    }
    String name = first("company_display", "company_name", "organization", "organisation", "org", "employer");
    if (name == null && fmSlug != null && !fmSlug.equals(Slugs.slugify(fmSlug))) {
      name = fmSlug;
    }
    if (name == null) {
      // "**Company:** Tidewater Outdoor Co." says the company outright, whatever the title's halves hold.
      name = draft.companyLine;
    }
    if (name == null && draft.titleHeading != null) {
      name = companyInTitle(slug);
      if ((name == null || name.isEmpty()) && draft.companyLine != null) {
        // A title naming only the role, and a line of its own naming the company: "Company: Harbor & Pine".
        name = draft.companyLine;
      }
      Matcher itself = draft.subtitle == null ? null : DESCRIBES_ITSELF.matcher(draft.subtitle.strip());
      if (name == null && itself != null && itself.matches() && !rules.namesRole(itself.group("name"))) {
        // "Harbor & Pine, a credit union in Richmond, Virginia": the name before what it is.
        name = itself.group("name").strip();
      } else if (name == null && draft.subtitle != null && !DESCRIBES_ANOTHER.matcher(draft.subtitle).find()) {
        // A title naming only the role, with the company on the line under it; never a sentence saying what some
        // company is ("Ramp, a fintech headquartered in New York, pays …"): it may be a client or a competitor.
        String line = COMMENT_TAIL.matcher(TitleBlocks.TITLE_TAIL.matcher(draft.subtitle).replaceFirst("").strip())
            .replaceFirst("");
        String[] halves = halves(line);
        name = halves != null && !rules.namesRole(halves[1]) ? halves[1] : null;
        String field = FIELDS_LEAD.matcher(draft.subtitle).lookingAt() ? line.replaceAll("^[_*\\s]+|[\\s·•|_*]+$", "") : "";
        if (name == null && !field.isEmpty() && field.indexOf('·') < 0 && rules.namesRole(draft.titleHeading)
            && !rules.namesRole(field) && Character.isUpperCase(field.charAt(0)) && field.split("\\s+").length <= 5) {
          // "_Orchard Lane Health · compensation notes for recruiters · last updated …_" under a title naming only
          // the role: the first of the line's fields, before the words about the page, is the company.
          name = field;
        } else if (name == null && field.indexOf('·') > 0 && rules.namesRole(draft.titleHeading)) {
          // "### Pennant Insurance · Talent team · Q1 2027" under a deck's title naming only the role: the first field
          // is the company where it holds a word companies' names end with (a line of places names none).
          String lead = field.substring(0, field.indexOf('·')).strip();
          name = !lead.isEmpty() && Character.isUpperCase(lead.charAt(0)) && rules.namesCompany(lead)
              && !rules.namesRole(lead) && lead.split("\\s+").length <= 5 ? lead : null;
        }
        Matcher forTeam = name == null ? PREPARED_FOR.matcher(draft.subtitle.split("[,·|—–]")[0].replace("_", "")
            .replace("*", "").strip()) : null;
        name = forTeam != null && forTeam.matches() ? forTeam.group(1) : name;
      }
      // "*Pinecrest Insurance · Total Rewards one-pager*": the line's emphasis marks are no part of the name.
      name = name == null ? null : name.replaceAll("^[_*\\s]+|[_*\\s]+$", "");
      // "Larkspur Labs (remote-first)": an aside in lower case after the name describes the company.
      name = name == null ? null : COMPANY_ASIDE.matcher(name).replaceFirst("");
      // "Maple & Quill Insurance (CAD)": the figures' currency closing the title, no part of the company's name.
      name = name == null ? null : CURRENCY_IN_BRACKETS.matcher(name).replaceFirst("");
      // "Prepared for the Ironbark Mutual recruiting team": the company the page was written for, not the words.
      Matcher forTeam = name == null ? null : PREPARED_FOR.matcher(name);
      name = forTeam != null && forTeam.matches() ? forTeam.group(1) : name;
    }
    if (name == null && draft.titleHeading == null && slug == null) {
      name = signedBy();
    }
    if (slug == null) {
      slug = name != null ? Slugs.slugify(name) : "unknown";
    }
    if (name == null || name.isEmpty()) {
      name = Slugs.words(slug);
    }
    return new Company(slug, name);
  }

  /** A line of fields split by middle dots or bars whose first field is followed by words about the page. */
  private static final Pattern FIELDS_LEAD = Pattern.compile("^[^·|•\\d]{2,60}?\\s[·|•]\\s");

  /** Words naming a page's pay scale rather than a company: "UK pay bands", "2026 salary ranges". */
  private static final Pattern PAY_SCALE = Pattern.compile(
      "(?i)\\b(?:pay|salary|salaries|comp(?:ensation)?|remuneration)\\s+(?:bands?|ranges?|scales?|grids?|levels?)\\b");

  /** The company as the title writes it: after a bar, after " at ", or the slug's words found in it. */
  private String companyInTitle(String slug) {
    String t = TITLE_HEAD.matcher(draft.titleHeading.replace("**", "")).replaceFirst("");
    if (t.contains("|")) {
      String[] bar = barParts(t);
      return bar != null ? bar[1]
          : TitleBlocks.TITLE_TAIL.matcher(t.substring(t.indexOf('|') + 1)).replaceFirst("").strip();
    }
    String bare = GENDER_MARK.matcher(COMMENT_TAIL.matcher(TitleBlocks.TITLE_TAIL.matcher(t).replaceFirst("").strip())
        .replaceFirst("")).replaceAll("");
    Matcher at = COMPANY_AT.matcher(bare);
    if (at.find()) {
      return at.group(1).strip();
    }
    String[] halves = halves(bare);
    if (halves != null && TitlePlace.isOffice(halves[1])) {
      // "Staff Accountant — Omaha office": the half is the guide's place; the company is named elsewhere.
      return null;
    }
    if (halves != null) {
      Matcher about = PAY_SCALE.matcher(halves[1]);
      if (!about.find()) {
        return halves[1];
      }
      // "Product Designer – UK pay bands": the half names the page's pay scale, not a company; the words before it
      // name the company only where the library's folder does ("– Acme pay bands" under acme/).
      String before = halves[1].substring(0, about.start()).strip();
      Matcher named = slug == null || before.isEmpty() ? null : Slugs.wordsIn(slug).matcher(before);
      return named != null && named.find() ? named.group().strip() : null;
    }
    if (slug != null) {
      Matcher m = Slugs.wordsIn(slug).matcher(bare);
      if (m.find()) {
        return m.group().strip();
      }
    }
    return null;
  }

  /** "for the Staff Data Engineer role": a role named in capitals in a sentence. */
  private static final Pattern ROLE_NAMED = Pattern.compile(
      "\\b[Ff]or\\s+(?:the|our|this)\\s+((?:\\p{Lu}[\\p{L}/&-]*\\s+){0,5}\\p{Lu}[\\p{L}/&-]*)\\s+(?:role|position|opening)\\b");
  /** A sign-off that opens an email's last lines: "Thanks,", "Best,", "Cheers", "Kind regards,". */
  private static final Pattern SIGN_OFF = Pattern.compile(
      "(?im)^(?:thanks|thank you|best|cheers|regards|kind regards|best regards|many thanks)[,!.]?\\s*$");
  /** "Head of Data, Tulpenveld Logistics", "Marieke · Head of Data · Tulpenveld": the signature's last part. */
  private static final Pattern SIGNATURE_PARTS = Pattern.compile("\\s*(?:,|·|\\||\\s[—–-]\\s|\\sat\\s)\\s*");

  /** The company an email's signature names after its sender's title, or null. */
  private String signedBy() {
    Matcher off = SIGN_OFF.matcher(draft.text);
    int from = -1;
    while (off.find()) {
      from = off.end();
    }
    if (from < 0 || draft.text.length() - from > 300) {
      return null;
    }
    String[] lines = draft.text.substring(from).strip().split("\\R");
    for (int i = lines.length - 1; i >= 0; i--) {
      String[] parts = SIGNATURE_PARTS.split(lines[i].strip());
      String last = parts[parts.length - 1].strip();
      if (parts.length >= 2 && rules.namesRole(parts[parts.length - 2]) && !last.isEmpty()
          && Character.isUpperCase(last.charAt(0)) && last.chars().noneMatch(Character::isDigit)) {
        return last;
      }
    }
    return null;
  }

  /** "… pay", "… compensation", "… salary bands" closing a role's name in a title. */
  private static final java.util.regex.Pattern PAY_AFTER_ROLE = java.util.regex.Pattern.compile(
      "(?i)\\s+(?:pay|comp|compensation|salary|salaries|pay\\s+bands|salary\\s+bands|bands|package|packages"
      // "# Data Analyst offers": a deck's title about the role's offers.
      + "|offers|offer\\s+bands|offer\\s+ranges)$");

  Role role() {
    String file = path.substring(path.lastIndexOf('/') + 1);
    if (file.regionMatches(true, file.length() - 3, ".md", 0, 3)) {
      file = file.substring(0, file.length() - 3);
    }
    String slug = Slugs.slugify(file);
    String title = first("role_display", "role_title", "position", "job_title", "job");
    String fmRole = Frontmatter.string(draft.front, "role");
    if (title == null && fmRole != null && !fmRole.equals(Slugs.slugify(fmRole))) {
      title = fmRole;
    }
    if (title == null && draft.titleHeading != null) {
      title = roleInTitle();
      // "Data Engineer pay at Fernhill Analytics": words about the pay after the role are not the role.
      String bare = title == null ? null : PAY_AFTER_ROLE.matcher(title).replaceFirst("");
      title = bare != null && !bare.equals(title) && rules.namesRole(bare) ? bare : title;
      // "Backend Developer (CAD)": the brackets say the guide's currency, not the role.
      title = title == null ? null : CURRENCY_IN_BRACKETS.matcher(title).replaceFirst("");
      title = title == null ? null : withoutPlaces(title);
      title = title == null ? null : asked(title);
    }
    if (title == null && draft.titleHeading == null) {
      // An email pasted with no subject: "For the Staff Data Engineer role we're paying …".
      Matcher named = ROLE_NAMED.matcher(draft.text.substring(0, Math.min(draft.text.length(), 1500)));
      title = named.find() && rules.namesRole(named.group(1)) ? named.group(1) : null;
    }
    if (title == null || title.isEmpty()) {
      title = Slugs.words(slug);
    }
    return new Role(slug, title);
  }

  /** "What Senior PMs Make", "How much does a Data Engineer earn?": a blog's title asking what the role pays. */
  private static final Pattern ROLE_ASKED = Pattern.compile("(?i)^\\s*(?:what|how\\s+much)\\s+(?:do(?:es)?\\s+)?"
      + "(?:an?\\s+|the\\s+)?(.+?)\\s+(?:make|makes|earn|earns|get\\s+paid|gets\\s+paid|are\\s+paid|is\\s+paid|"
      + "take\\s+home)\\s*\\??$");

  /** The role a title asking what it pays names, one of them ("Senior PMs" is a Senior PM); the title otherwise. */
  private String asked(String title) {
    Matcher m = ROLE_ASKED.matcher(title);
    if (!m.matches()) {
      return title;
    }
    String role = m.group(1).strip();
    if (role.length() > 2 && role.endsWith("s") && !role.endsWith("ss")) {
      String one = role.substring(0, role.length() - 1);
      if (rules.namesRole(one)) {
        return one;
      }
    }
    return rules.namesRole(role) ? role : title;
  }

  /** " · London & Manchester" closing a title: the part after its last separator, when it names places. */
  private static final Pattern LAST_PART = Pattern.compile("\\s(?:[·•|—–-]|/)\\s(?!.*\\s(?:[·•|—–-]|/)\\s)(.+)$");
  private static final Pattern PLACE_JOINS = Pattern.compile("\\s*(?:,|&|\\band\\b|/|\\+)\\s*");

  /**
   * "Backend Engineer (Senior) · London & Manchester": a title's last part that names only the guide's places says
   * where the role is hired, not what it is.
   */
  private String withoutPlaces(String title) {
    Matcher last = LAST_PART.matcher(title);
    if (draft.regions == null || draft.regions.isEmpty() || !last.find()) {
      return title;
    }
    for (String piece : PLACE_JOINS.split(last.group(1).strip())) {
      String p = piece.strip().toLowerCase(Locale.ROOT);
      if (p.isEmpty() || draft.regions.stream().noneMatch(r -> r.name().toLowerCase(Locale.ROOT).startsWith(p))) {
        return title;
      }
    }
    String head = title.substring(0, last.start()).strip();
    return head.isEmpty() ? title : head;
  }

  /** Whether a heading names this guide's role as its frontmatter or file name gives it ("Senior Data Analyst"). */
  boolean namesRole(String heading) {
    for (Object role : new Object[] {draft.front.get("role_display"), draft.front.get("role"),
        path.substring(path.lastIndexOf('/') + 1).replace(".md", "")}) {
      String r = role == null ? "" : ROLE_ASIDE.matcher(role.toString().replace('-', ' ')).replaceAll("").strip();
      if (r.length() >= 3 && LevelRows.names(heading, r)) {
        return true;
      }
    }
    return false;
  }

  List<String> roleWords() {
    return List.of(String.join(" ", draft.titleHeading == null ? "" : draft.titleHeading, String.valueOf(draft.front.get("role")),
        String.valueOf(draft.front.get("role_display")), String.valueOf(draft.front.get("title"))),
        path.substring(path.lastIndexOf('/') + 1));
  }

  /** The role as the title writes it, without the company and words such as "negotiation guide". */
  private String roleInTitle() {
    String t = TITLE_HEAD.matcher(draft.titleHeading.replace("**", "").replace("__", "")).replaceFirst("");
    if (t.contains("|")) {
      String[] bar = barParts(t);
      return bar != null ? bar[0] : t.substring(0, t.indexOf('|')).strip();
    }
    String bare = GENDER_MARK.matcher(COMMENT_TAIL.matcher(TitleBlocks.TITLE_TAIL.matcher(t).replaceFirst("").strip())
        .replaceFirst("")).replaceAll("");
    Matcher at = COMPANY_AT.matcher(bare);
    String[] halves = halves(bare);
    if (at.find()) {
      bare = bare.substring(0, at.start()).strip();
    } else if (halves != null && !(draft.companyLine != null && bare.strip().endsWith("(" + halves[1] + ")")
        && !sameCompany(halves[1], draft.companyLine))) {
      // "Customer Success Manager (Mid-Market)" under "**Company:** Lumenfield Software": the brackets name no company
      // when a line of its own names another, so they stay with the role.
      bare = halves[0];
    } else if (halves != null) {
      bare = bare.strip();
    } else {
      String company = company().name();
      String slugCompany = path.contains("/") ? path.substring(0, path.indexOf('/')) : Slugs.slugify(company);
      for (Pattern p : List.of(Pattern.compile(Pattern.quote(company), Pattern.CASE_INSENSITIVE),
          Slugs.wordsIn(slugCompany))) {
        Matcher m = p.matcher(bare);
        if (m.find()) {
          bare = (bare.substring(0, m.start()) + " " + bare.substring(m.end())).strip();
          break;
        }
      }
      bare = POSSESSIVE_LEAD.matcher(bare).replaceFirst("");
    }
    return TRIM_SEPARATORS.matcher(bare).replaceAll("").strip();
  }

  /** Whether a title's half names the company a line names: the same words, or the first of them ("Lumenfield"). */
  private static boolean sameCompany(String half, String named) {
    String a = Slugs.slugify(half);
    String b = Slugs.slugify(named);
    String first = b.contains("-") ? b.substring(0, b.indexOf('-')) : b;
    return !a.isEmpty() && (a.equals(b) || b.startsWith(a + "-") || a.startsWith(b) || a.equals(first)
        || a.startsWith(first + "-"));
  }

  /**
   * A title whose parts stand between bars, in any order: "Tallgrass Energy | Field Engineer | comp notes (2026)"
   * gives {role, company} by which part names a role, the guide's own words left out; null where that is not plain.
   */
  private String[] barParts(String title) {
    List<String> parts = new java.util.ArrayList<>();
    for (String part : title.split("\\|")) {
      String p = TitleBlocks.TITLE_TAIL.matcher(part.strip()).replaceFirst("").strip();
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (parts.size() != 2) {
      return null;
    }
    boolean first = rules.namesRole(parts.get(0));
    boolean second = rules.namesRole(parts.get(1));
    if (first == second) {
      return null;
    }
    return first ? new String[] {parts.get(0), parts.get(1)} : new String[] {parts.get(1), parts.get(0)};
  }

  /** The first of these frontmatter keys that holds a value, or null. */
  private String first(String... keys) {
    for (String key : keys) {
      String v = Frontmatter.string(draft.front, key);
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
      boolean neither = !aRole;
      aRole = rules.namesCompany(b) && !rules.namesCompany(a);
      bRole = rules.namesCompany(a) && !rules.namesCompany(b);
      String dash = title.substring(m[0], m[1]).strip();
      if (neither && aRole == bRole && (dash.equals("—") || dash.equals("–"))) {
        // "Museum Conservator — Ravensworth Trust": with no word to settle it, a title spaced by a dash is written
        // role first, as guides are (the role's words are the file's; the company's the folder's).
        aRole = true;
      }
    }
    if (aRole == bRole || a.isEmpty() || b.isEmpty()) {
      return null;
    }
    if (title.substring(m[0], m[1]).strip().equals("(") && LevelRows.namesLevel(b)) {
      // "Backend Engineer (L4)", "Data Engineer (Senior)": the role's level in its brackets, never a company.
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
}
