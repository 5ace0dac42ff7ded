package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import com.compcoach.money.DecimalMark;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges what one item of a section holds (a bullet, a paragraph, a table row) by its own words and figures; the
 * section's heading is only the prior. A target bullet under "How to push" is a target, quoted wording under "Words
 * that work" is a lever, an amount "on top" under "Leverage" is a premium (issue #12: a heading does not decide a
 * section's kind by one word).
 */
final class SectionItems {

  /** What an item plainly holds, or {@link #HEADING} when nothing in it outweighs its heading. */
  enum Kind {
    LEVER(Section.LEVERS), TARGET(Section.TARGETS), PREMIUM(Section.PREMIUMS), HEADING(Section.NONE),
    /** A quote of what the other side says ("Recruiters often say: 'I can't go above $200K'"): nothing to read. */
    THEIRS(Section.CONTEXT);

    private final Section section;

    Kind(Section section) {
      this.section = section;
    }

    /** The section kind an item of this kind belongs to. */
    Section section() {
      return section;
    }
  }

  /** Headings whose items are judged; sources, levels, architecture and context keep what their heading says. */
  private static final Set<Section> JUDGED =
      Set.of(Section.PAY, Section.LEVERS, Section.PREMIUMS, Section.TARGETS, Section.LEVERAGE, Section.NONE);

  /** What ends a clause between a component's name and its figure. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;.:,—–]|\\band\\b");
  /** What ends an item's lead: "Seattle: …", "Seattle — …", "Seattle → …". */
  private static final List<String> LEAD_ENDS = List.of(": ", " — ", " – ", " → ", " -> ");
  private static final Pattern LEVER_WORD = Pattern.compile("(?i)\\blevers?\\b");

  private final ReadingRules rules;
  private final GuideFigures figures;
  private final RegionPhrases places;

  SectionItems(ReadingRules rules, DecimalMark decimal) {
    this(rules, new GuideFigures(decimal), new RegionPhrases());
  }

  /**
   * Items of one guide, read with its figures (each text scanned once for every reader of it) and the reader's
   * regions' phrases.
   */
  SectionItems(ReadingRules rules, GuideFigures figures, RegionPhrases places) {
    this.rules = rules;
    this.figures = figures;
    this.places = places;
  }

  /**
   * What an item holds.
   *
   * @param text    the item's text, emphasis marks and all
   * @param wording quoted wording that goes with the item (a block quote in or after it), or null
   * @param heading what the item's heading says its section holds
   * @param places  the pay-table regions known so far (empty before the pay table)
   */
  Kind of(String text, String wording, Section heading, List<Region> places) {
    if (!JUDGED.contains(heading)) {
      return Kind.HEADING;
    }
    Kind kind = judge(text, wording, heading, places);
    // LEVERAGE holds levers or premiums by its items already; an item of the heading's own kind is no news.
    return kind.section() == heading || heading == Section.LEVERAGE && kind != Kind.TARGET && kind != Kind.THEIRS
        ? Kind.HEADING : kind;
  }

  private Kind judge(String text, String wording, Section heading, List<Region> places) {
    Quotes.Quote inline = wording != null ? null : Quotes.candidateQuote(text);
    String quote = wording != null ? wording : inline == null ? "" : inline.words();
    // The lead since the quote before: "Recruiter: “…” You: “I'd need $215K.”" is the candidate's answer.
    if (!quote.isEmpty() && rules.saysTheirs(inline != null ? text.substring(inline.leadStart(), inline.start())
        : text)) {
      return Kind.THEIRS;
    }
    if (isWording(quote) && (!figures.inProse(quote).isEmpty() || leverWord(text) || noMoney(text))) {
      // The candidate's own words with a figure, or with nothing else to read in the item ("**Title** — 'Would you
      // consider leveling this at Senior?'"): wording to use, whatever the heading guessed.
      return Kind.LEVER;
    }
    if (leverWord(lead(text))) {
      // "**Lever: notice period.** …": its author calls it a lever, whatever figures it asks for.
      return Kind.LEVER;
    }
    if (saysPlaceHasNoTarget(text, places)) {
      // "| Raleigh-Durham | — |" beside target rows: that place's "no target", read with them.
      return Kind.TARGET;
    }
    List<Figures.Figure> figures = this.figures.inProse(text);
    List<Figures.Figure> money = figures.stream()
        .filter(f -> !f.percent() && f.high() >= RegionBands.SMALLEST_YEARLY).toList();
    if (money.isEmpty()) {
      // "**Kafka**: +10% on base" among levers says a premium: a percent of base, its amount derived from the band.
      return (heading == Section.LEVERS || heading == Section.NONE) && !lead(text).isEmpty()
          && figures.stream().anyMatch(Figures.Figure::percent) && rules.saysPremium(text) && !paysLine(text)
          ? Kind.PREMIUM : Kind.HEADING;
    }
    if (paysLine(text)) {
      return Kind.HEADING;
    }
    boolean range = money.stream().anyMatch(f -> f.low() < f.high());
    // "We hire in two hubs. In Atlanta, base … with an annual equity grant worth $20,000 to $30,000 …": a sentence
    // that is a place's pay is that place's, whatever premium word it holds; "Raleigh runs about 5% lower on base
    // ($142,500 to $169,100)" is a place written relative to another.
    if ((range || ON_TOP.matcher(text).find()) && NegotiateUp.sentences(text).stream().anyMatch(s -> saysAmountOnTop(s) && !paysLine(s)
        && RegionBlocks.added(s, 0).isEmpty()) && !namesTier(text, money, places)) {
      return Kind.PREMIUM;
    }
    String lead = lead(text);
    if (isWording(quote) && !lead.isEmpty() && this.places.named(places, lead).isEmpty() && !rules.saysTarget(lead)) {
      // "**Sign-on bonus** — one-time, up to $25K. “Would you consider…”" under "Things you can ask for": a titled
      // item with the candidate's words is a lever; its figure is the title's note, not an aim.
      return Kind.LEVER;
    }
    List<Region> namedHere = this.places.named(places, text);
    boolean named = !namedHere.isEmpty();
    // The item's labels found once for all its figures.
    ReadingRules.Labels labels = rules.labels(text);
    boolean total = money.stream().anyMatch(f -> !labelled(text, labels, f));
    // "In Manchester, aim for £68k base": a base is an aim too where the text says it aims.
    boolean aim = total || money.stream().anyMatch(f -> labelledBase(text, labels, f));
    if (named && aim && rules.saysTarget(text)) {
      return Kind.TARGET;
    }
    boolean placeLead = !this.places.named(places, lead).isEmpty();
    // "Chicago $268K, Dallas $236K": two places, each with a figure of its own, is a list of targets.
    boolean placesWithFigures = namedHere.size() >= 2
        && money.stream().filter(f -> !labelled(text, labels, f)).count() >= 2;
    if ((placeLead || placesWithFigures) && total && (heading == Section.LEVERS || heading == Section.NONE)) {
      // Among levers (or under a heading no rule names), "**Seattle**: $268K total" is that place's target.
      return Kind.TARGET;
    }
    if (range && (heading == Section.LEVERS || heading == Section.TARGETS) && !lead.isEmpty() && !named
        && (wording == null || wording.isBlank()) && !rules.saysTarget(text)) {
      // "**Kafka**: $10K–$18K" among levers or targets: a titled amount, nothing to say, no place, no ask.
      return Kind.PREMIUM;
    }
    return Kind.HEADING;
  }

  /**
   * Whether an item whose words say "premium" is a place or tier named so: "- Premium: base $110,000–$124,000" (a
   * base is never an amount on top) or "- Premium: $128,000" under Negotiate Up beside a tier read as "Premium".
   */
  private boolean namesTier(String text, List<Figures.Figure> money, List<Region> places) {
    String lead = lead(text);
    if (!lead.isEmpty() && !this.places.named(places, lead).isEmpty()) {
      return true;
    }
    ReadingRules.Labels labels = rules.labels(text);
    return money.stream().anyMatch(f -> labelledBase(text, labels, f));
  }

  /** Whether a figure is labelled base, right after it ("£68k base") or right before it in its clause. */
  private boolean labelledBase(String text, ReadingRules.Labels labels, Figures.Figure figure) {
    ReadingRules.Column after = rules.componentAtStart(text.substring(figure.end()).stripLeading());
    Map.Entry<ReadingRules.Column, Integer> before = labels.lastBefore(figure.start());
    return after == ReadingRules.Column.BASE || after == null && before != null
        && before.getKey() == ReadingRules.Column.BASE
        && !CLAUSE_BREAK.matcher(text.substring(before.getValue(), figure.start())).find();
  }

  /**
   * Whether a figure is one of the band's parts, not a total to aim for: base, stock or bonus named right before it
   * in its clause ("RSUs of $40K–$50K") or right after it ("$185K base").
   */
  private boolean labelled(String text, ReadingRules.Labels labels, Figures.Figure figure) {
    Map.Entry<ReadingRules.Column, Integer> before = labels.lastBefore(figure.start());
    if (before != null && before.getKey() != ReadingRules.Column.TOTAL
        && !CLAUSE_BREAK.matcher(text.substring(before.getValue(), figure.start())).find()) {
      return true;
    }
    ReadingRules.Column after = rules.componentAtStart(text.substring(figure.end()).stripLeading());
    return after != null && after != ReadingRules.Column.TOTAL;
  }

  /** Whether one sentence holds both a range of money and a premium word ("worth an extra $8,000 to $12,000"). */
  boolean saysAmountOnTop(String sentence) {
    // "AED 42,000 to 50,000 per month all-in (basic + housing + transport)": what a figure is made of, in brackets,
    // pays nothing on top of it.
    String said = sentence.indexOf('(') >= 0 && sentence.indexOf('+') >= 0 ? MADE_OF.matcher(sentence).replaceAll("")
        : sentence;
    if (!rules.saysPremium(said) || OFFER_GAIN.matcher(said).find()) {
      return false;
    }
    List<Figures.Figure> money = figures.inProse(sentence).stream()
        .filter(f -> !f.percent() && f.high() >= RegionBands.SMALLEST_YEARLY).toList();
    // "Night supervisors get a shift premium of $3,000 a year on top", "Each exam pass adds £1,500 to base": one
    // amount, in words that can only mean paid on top, and no aim.
    return money.stream().anyMatch(f -> f.low() < f.high())
        || money.size() == 1 && ON_TOP.matcher(said).find() && !rules.saysTarget(said) && !namesPartBefore(sentence,
        money.get(0));
  }

  /** "Virtual shares are granted on top: €12,000 a year": stock or a bonus named before the figure is pay, not extra. */
  private boolean namesPartBefore(String sentence, Figures.Figure figure) {
    Map.Entry<ReadingRules.Column, Integer> before = rules.labels(sentence).lastBefore(figure.start());
    if (before != null && (before.getKey() == ReadingRules.Column.STOCK || before.getKey() == ReadingRules.Column.BONUS)) {
      return true;
    }
    // "an extra $3,000 bonus on top of base", "an extra $1,000 signing payment": the part or a one-off named after it.
    String after = sentence.substring(Math.min(sentence.length(), figure.end()));
    return PART_AFTER.matcher(after).lookingAt();
  }

  /** A bonus, stock or a payment made once, named right after the figure. */
  private static final Pattern PART_AFTER = Pattern.compile("(?i)\\s*(?:[\\w-]+\\s+){0,2}?(?:bonus|bonuses|rsus?|stock"
      + "|equity|shares|options|sign-?on|signing|joining|welcome|one-?off|one-?time|relocation)\\b");

  /** Words that say an amount is paid on top of the band, whatever else the sentence holds. */
  private static final Pattern ON_TOP = Pattern.compile("(?i)\\b(?:premium|on\\s+top|an\\s+extra|allowance|stipend"
      + "|uplift)\\b|\\badds?\\s[^.;]{0,30}\\bto\\s+(?:the\\s+)?(?:base|salary|pay)\\b");

  /**
   * "usually get €2,000 to €3,000 more than the first offer": what negotiating tends to add to an offer, not a premium
   * paid on top of the band for a skill.
   */
  private static final Pattern OFFER_GAIN = Pattern.compile(
      "(?i)\\b(?:more\\s+than|above|over|on\\s+top\\s+of)\\s+(?:the|their|our|its|an?)\\s+"
          + "(?:(?:first|initial|opening|original|written|verbal)\\s+)?offer\\b");

  /** "(basic + housing + transport)": the parts a figure is made of, in brackets. */
  private static final java.util.regex.Pattern MADE_OF = java.util.regex.Pattern.compile(
      "\\([^()\\d]*\\+[^()\\d]*\\)");

  /** Whether an item is a pay-table place and a mark that it has no target ("Raleigh-Durham | —", "Remote: n/a"). */
  private boolean saysPlaceHasNoTarget(String text, List<Region> places) {
    List<Region> named = this.places.named(places, text);
    if (named.size() != 1) {
      return false;
    }
    String name = named.get(0).name();
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
    if (at < 0) {
      return false;
    }
    String rest = (text.substring(0, at) + text.substring(at + name.length())).replaceAll("[|:*\\s]+", " ").strip();
    return !rest.isEmpty() && rules.saysNoTarget(rest);
  }

  /** Whether an item holds no yearly amount at all, quoted or not. */
  private boolean noMoney(String text) {
    return figures.inProse(text).stream().noneMatch(f -> !f.percent() && f.high() >= RegionBands.SMALLEST_YEARLY);
  }

  /** Whether quoted words read as what a person says: "I'd like…", "Could we…". */
  private boolean isWording(String quote) {
    return !quote.isEmpty() && rules.saysSpeech(quote);
  }

  /** A region's pay line ("Denver: base $140K–$175K, total $180K–$230K"): two components or more, labelled. */
  private boolean paysLine(String text) {
    RegionProse.Cells cells = RegionProse.read(text, rules, figures);
    return cells != null && cells.cells().size() >= 2;
  }

  /** An item's lead: its bold opening, or the words before its first colon or dash; "" when it has none. */
  private static String lead(String text) {
    String t = text.strip();
    if (t.startsWith("**")) {
      int end = t.indexOf("**", 2);
      return end > 0 ? t.substring(2, end) : "";
    }
    int end = -1;
    for (String mark : LEAD_ENDS) {
      int at = t.indexOf(mark);
      if (at > 0 && (end < 0 || at < end)) {
        end = at;
      }
    }
    return end > 0 && end <= 60 ? t.substring(0, end) : "";
  }

  private static boolean leverWord(String text) {
    return LEVER_WORD.matcher(text).find();
  }
}
