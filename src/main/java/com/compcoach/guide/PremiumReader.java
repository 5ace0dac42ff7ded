package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads premiums (amounts paid on top for a skill or a duty) from items and sentences, and their amounts. */
final class PremiumReader {

  /** The verb that ends a premium's subject: "Engine internals experience is worth…" → "Engine internals experience". */
  private static final Pattern PREMIUM_VERB = Pattern.compile(
      "(?i)\\s(?:is|are|adds?|pays?|earns?|gets?|brings?|commands?|means?)\\b");
  /** Where a sentence of premiums parts: ", and ", "; ". */
  private static final Pattern PREMIUM_CLAUSES = Pattern.compile(",\\s+and\\s+|;\\s+");
  private static final Pattern ARTICLE = Pattern.compile("^(?i:an?|the)(?:\\s+|$)");
  private static final Pattern PREMIUM_FOR = Pattern.compile("(?i)\\bfor\\s+([^,.;:()]{3,60})");
  /** What stands between a premium's percent and the band it is of: "more", "on top of", "of the", "of". */
  private static final Pattern PERCENT_OF = Pattern.compile(
      "(?i)^\\s*(?:(?:more|extra|higher|above|uplift|premium|bump)\\s+)?(?:(?:on\\s+top\\s+of|of|on|over)\\s+)"
          + "(?:(?:the|your|their)\\s+)?");

  private final GuideDraft draft;
  private final String path;
  private final List<Finding> findings;
  private final List<Premium> premiums;
  private final ReadingRules rules;
  private final GuideFigures figures;

  PremiumReader(GuideDraft draft) {
    this.draft = draft;
    this.path = draft.path;
    this.findings = draft.findings;
    this.premiums = draft.premiums;
    this.rules = draft.rules;
    this.figures = draft.figures;
  }


  void premium(String text, int line) {
    // "🔐 **Security clearance**: …": the emoji before its title is decoration.
    String raw = ExportMarks.undecorated(text);
    Matcher m = ItemTitles.leadLabel(raw);
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
    boolean monthly = false;
    for (Figures.Figure scanned : figures.scan(body)) {
      if (scanned.range() == null || !scanned.looksLikeMoney()) {
        continue;
      }
      // "+$4–$6/hr" in a guide that states its paid hours a year: a year's worth, as the bands are.
      Figures.Figure f = draft.conventions.paidTime().yearly(scanned, body.substring(scanned.end()), rules);
      if (rules.perMonthAtStart(body.substring(scanned.end()))) {
        // "On-call | €300 / month": an allowance paid each month of the year, twelve times that a year.
        f = f.perYear(12);
        monthly = true;
      }
      if (first == null) {
        first = f.range();
        ambiguous = f.ambiguous() && !draft.conventions.formatDeclared();
      }
      if (f.low() < f.high()) {
        amount = f.range();
        ambiguous = f.ambiguous() && !draft.conventions.formatDeclared();
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
    // A stipend written per month is small by nature ("£60 per month" is £720 a year): only a year's is checked.
    if (ambiguous || !monthly && amount.high() < RegionBands.SMALLEST_YEARLY) {
      // "€10.000–€16.000" reads as €10–€16: left out rather than shown; the rest of the guide still serves.
      findings.add(Finding.warning(path, line, "premium '" + title + "' reads as " + amount.low() + "–"
          + amount.high() + ", too small for a yearly amount; left out. Write thousands with a comma or K, as in"
          + " 10,000 or 10K (a point is a decimal point)"));
      return;
    }
    if (monthly) {
      findings.add(Finding.info(path, line, "premium '" + title + "' is written per month: read as twelve times that"
          + " a year, " + amount.low() + "–" + amount.high()));
    }
    premiums.add(new Premium(title, body, amount, line));
  }

  /** Each sentence of a paragraph that says an amount is paid on top, as a premium titled by its subject. */
  void premiumSentences(String plain, int line) {
    for (String sentence : NegotiateUp.sentences(plain)) {
      if (draft.items.saysAmountOnTop(sentence)) {
        premiumClauses(sentence, line);
      }
    }
  }

  /** A sentence holding one premium, or one a clause ({@link #clauses}). */
  void premiumClauses(String sentence, int line) {
    clauses(sentence).forEach(clause -> premiumSentence(clause, line));
  }

  /** A clause's subject that points back at the premium before it: "it", "this", "the premium", "that amount". */
  private static final Pattern RESTATES = Pattern.compile("(?i)\\s*(?:and\\s+)?(?:it|this|that|which|"
      + "(?:the|this|that)\\s+(?:premium|differential|allowance|amount|uplift|figure|payment|stipend|bonus|extra))\\s*");

  /**
   * "Night shifts add A$4,500 a year, and a critical-care certificate adds A$3,000 a year to base": two premiums, a
   * clause each, where every clause has its own subject, verb and one amount; else the sentence whole.
   */
  private List<String> clauses(String sentence) {
    if (sentence.indexOf(", and ") < 0 && sentence.indexOf("; ") < 0) {
      return List.of(sentence);
    }
    List<String> out = new ArrayList<>();
    for (String clause : PREMIUM_CLAUSES.split(sentence)) {
      List<Figures.Figure> money = figures.inProse(clause).stream().filter(f -> !f.percent()).toList();
      Matcher verb = PREMIUM_VERB.matcher(clause);
      if (money.size() != 1 || !verb.find() || verb.start() == 0 || verb.start() > money.get(0).start()) {
        return List.of(sentence);
      }
      if (!out.isEmpty() && RESTATES.matcher(clause.substring(0, verb.start())).matches()) {
        // "…, and it is paid out as $500 a month", "; the premium is $10K at the midpoint": the same premium again.
        return List.of(sentence);
      }
      out.add(clause.strip());
    }
    return out;
  }

  /** A sentence holding a premium, titled by its subject ("On-call engineers get $6K a year" is "On-call engineers"). */
  void premiumSentence(String sentence, int line) {
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

  /** The band a premium's percent is of: the one named right after it ("of total comp", "on TC"), else base. */
  private Component percentOf(String after) {
    String t = PERCENT_OF.matcher(after).replaceFirst("");
    ReadingRules.Column named = rules.componentAtStart(t);
    return named == ReadingRules.Column.TOTAL ? Component.TOTAL : named == ReadingRules.Column.STOCK
        ? Component.STOCK : named == ReadingRules.Column.BONUS ? Component.BONUS : Component.BASE;
  }

  /** Each premium written as a percent, with its amount derived from the HQ region's band and an info line. */
  List<Premium> withAmounts() {
    if (draft.regions == null || draft.regions.isEmpty()) {
      return premiums;
    }
    Region hq = draft.regions.stream().filter(Region::hq).findFirst().orElse(draft.regions.get(0));
    List<Premium> out = new ArrayList<>();
    for (Premium p : premiums) {
      if (p.amount() != null) {
        out.add(p);
        continue;
      }
      // "Remote roles pay 5% more" beside a Remote row is of Remote's band; a percent naming no region, of each
      // region's own when shown, and of the HQ's in the model.
      List<Region> named = draft.regionPhrases.named(draft.regions, p.title() + " " + p.text());
      Premium forRegion = new Premium(p.title(), p.text(), null, p.percent(), p.of(),
          named.size() == 1 ? named.get(0).name() : null, p.line());
      Region on = forRegion.on(hq, draft.regions);
      Range amount = forRegion.amountFor(on.bands());
      findings.add(Finding.info(path, p.line(), "premium '" + p.title() + "' is " + p.percentWritten()
          + ": read as " + Money.compact(amount, on.currency()) + " on the " + p.of().label() + " of " + on.name()
          + (forRegion.region() != null ? " (derived)" : " (derived; each region's own " + p.of().label()
              + " gives its own)")));
      out.add(new Premium(p.title(), p.text(), amount, p.percent(), p.of(), forRegion.region(), p.line()));
    }
    return out;
  }
}
