package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Negotiate-Up targets wherever a guide writes them: a "Negotiate Up Strategy" block quote, sentences and
 * bullets under a heading about negotiating ("aim for", "shoot for", "the goal is"…), or a target table's cells.
 * A clause that names a pay-table place gives it the first money figure after it that is not in parentheses (a
 * market reference) and not labelled base, stock or bonus. "—" or "n/a" after a place says it has no target.
 */
final class NegotiateUp {

  /**
   * A piece of text that may give targets, its file line, whether its place says it holds targets, and the unit its
   * heading gives figures that write none ("Targets ($000)" over "Houston — 180"), else 1.
   */
  record Snippet(String text, int line, boolean targetsContext, long unit) {

    /** A snippet whose figures say their own size. */
    Snippet(String text, int line, boolean targetsContext) {
      this(text, line, targetsContext, 1);
    }
  }

  /**
   * What the snippets gave: total targets, base aims, places marked as having none, findings, and the snippets that
   * gave nothing.
   */
  record Result(List<Target> targets, List<BaseTarget> baseTargets, Set<String> noTarget, List<Finding> findings,
      List<Snippet> yieldedNothing) {}

  /** What an elliptical clause may hold besides its places and figures. */
  private static final Pattern FILLER = Pattern.compile("(?i)[\\s,:;.!()—–~-]*(?:(?:and|or|in|for|at|about|around"
      + "|roughly|approximately|approx|c|the|it's|its|is|then|while|whereas|near)\\b[\\s,:;.!()—–~-]*)*");
  /** "base" right after a figure: its own label. */
  private static final Pattern BASE_AFTER = Pattern.compile("(?i)^\\s*base\\b");
  /** A figure a clause may give as a target, and whether it is labelled base ("$250K base", "base to 240k"). */
  private record Candidate(Figures.Figure figure, boolean base, boolean labelled) {}

  private static final Pattern PLACE = Pattern.compile(
      "^(?:In|For|At|Within)\\s+(?<place>.+?)(?:\\s+roles?\\b|,|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPENING = Pattern.compile("(?i)^\\W*negotiat(?:e|ing)\\W+up(?:\\W+strategy)?\\W*");
  // Words between a figure and its place may carry points or a slash: "£66,000 p.a. in London", "$70/hr in Austin". A place said of the reader
  // may be lowercase: "$178K if you are remote", "$150K if you're based in Leeds". A place may follow its figure
  // with no word between ("$268K Chicago / $236K Dallas"); the place stops before the next figure or slash, but for a slash
  // between two places ("~90k in Columbus/Cincy" names both; "$150K in Austin/yr" one).
  private static final Pattern FOLLOWING_PLACE = Pattern.compile(
      // Not past "and": in "in Berlin auf €110K und in Zürich auf CHF 160K" the figure is the place's before it.
      "^\\s*(?:(?:(?!(?:and|und|y|et|e|og|och|en)\\s)/?\\p{L}[\\p{L}.-]*\\s+){0,3}?"
          // "$192K for remote": a place is capitalised, except "remote", which people write as a word ("$200K if
          // remote" too: "if" before a place is only ever said of remote).
          + "(?:(?:in|for|at|à|en|au|pour|für|bei|a|ad|per)\\s+(?=(?:the\\s+)?(?:\\p{Lu}|remote\\b))|if\\s+(?=remote\\b)"
          // "$92K nationally": the national band's place, said as an adverb.
          + "|(?:are|you['’]re|working|based)\\s+(?:in\\s+)?)|(?=\\p{Lu}|remote\\b|nationally\\b|nationwide\\b))((?:the\\s+)?\\p{L}(?:[^,;.\\d\\p{Sc}/]|/(?=\\p{Lu})"
          // "in St. Louis", "for Ft. Worth": the point of a place's abbreviation is no end of the place.
          + "|(?<=\\b(?:St|Ft|Mt))\\.){0,40})");

  /** "in Pittsburgh", "for Boise, ID": a place named right after a target's figure with its preposition. */
  private static final Pattern PLACE_AFTER = Pattern.compile(
      "\\s*(?:in|for|at)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})");
  /** Capitalised words after "in" that name no place: "in Year 1", "in Total", "in Q1", "in RSUs". */
  private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile(
      "(?:Year|Years|Total|TC|Base|Q[1-4]|H[12]|RSUs?|Stock|Equity|Bonus|Cash|USD|EUR|GBP|CAD|AUD|Sign|Signing|The|This|"
          + "Your|Their|Our|January|February|March|April|May|June|July|August|September|October|November|December)\\b");

  /** "in the other two", "for the rest", "everywhere else": the places a sentence has not named yet. */
  private static final Pattern THE_OTHERS = Pattern.compile("(?i)\\s*(?:(?:total|tc|all[- ]in)\\s+)?(?:(?:in|for|at|across)"
      + "\\s+(?:the\\s+|all\\s+(?:the\\s+)?)?(?:other\\s+(?:two|three|four|five|offices|places|locations|cities|sites|hubs)"
      + "|others|rest)|everywhere\\s+else|elsewhere)\\b");
  // Compiled once: these run on every clause and parenthesis a target may be in.
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");
  private static final Pattern PUNCTUATION_AND_SPACE = Pattern.compile("[\\p{Punct}\\s]+");
  private static final Pattern LABEL_MARKS = Pattern.compile("[\\s*_~,.:]+");

  private NegotiateUp() {}

  /** Whether a block quote's text is a Negotiate-Up block. */
  static boolean opens(String plain) {
    int i = 0;
    while (i < plain.length() && !Character.isLetter(plain.charAt(i))) {
      i++;
    }
    return plain.regionMatches(true, i, "negotiate up", 0, 12) || plain.regionMatches(true, i, "negotiate-up", 0, 12);
  }

  static Result read(String path, List<Snippet> snippets, List<Region> regions, List<List<List<String>>> phrases,
      ReadingRules rules, GuideFigures figures, PaidTime paidTime) {
    List<Target> targets = new ArrayList<>();
    List<BaseTarget> bases = new ArrayList<>();
    Set<String> none = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    List<Snippet> nothing = new ArrayList<>();
    for (Snippet snippet : snippets) {
      int before = targets.size() + bases.size() + none.size() + findings.size();
      String body = OPENING.matcher(snippet.text()).replaceFirst("");
      if (!snippet.targetsContext() && !rules.saysTarget(body)) {
        // Most snippets aim at nothing: a sentence is the body cut at spaces, so it says a target only where the
        // body does, and the body is asked once instead of cut into sentences and each asked.
        nothing.add(snippet);
        continue;
      }
      boolean aimed = false;
      int basesBefore = bases.size();
      int targetsBefore = targets.size();
      List<Doubt> doubts = new ArrayList<>();
      List<Leaning> leanings = new ArrayList<>();
      List<String> said = sentences(body);
      for (int i = 0; i < said.size(); i++) {
        String sentence = said.get(i);
        // "Aim for $155K in Hartford. For Remote we don't have enough data.": after an aim, a place said to have none.
        if (snippet.targetsContext() || rules.saysTarget(sentence) || aimed && rules.deniesTarget(sentence)) {
          aimed = true;
          while (i + 1 < said.size() && GOES_ON_FOR_PLACE.matcher(said.get(i + 1)).lookingAt()
              && !rules.saysTarget(said.get(i + 1))) {
            // "… close at ~$172K base in Nashville. For remote, ~$165K.": the aim goes on for one more place, in
            // the words (and the part) of the sentence before.
            sentence = sentence.strip().replaceFirst("[.!]$", "") + "; " + said.get(++i).strip();
          }
          sentence(path, openTargetParentheses(sentence.strip(), regions, phrases, rules, figures), snippet.line(),
              snippet.unit(), regions, phrases, rules, figures,
              new Found(targets, bases, none, findings, paidTime, doubts, leanings));
        }
      }
      if (!leanings.isEmpty() && telling(targets.subList(targetsBefore, targets.size()), regions) > doubts.size()) {
        // "push for $176K in Austin and $165K in Denver", where $165K can only be Denver's total: the aims of one line
        // are of one kind, so Austin's is a total too.
        for (Leaning l : leanings) {
          bases.remove(l.base());
          findings.set(findings.indexOf(l.info()), Finding.info(path, l.base().line(), "the target '" + l.figure()
              + "' for " + l.base().region() + " fits its base band, but the other aims beside it are totals: read as a"
              + " total"));
          targets.add(new Target(l.base().region(), l.base().written(), l.base().base(), l.base().line()));
        }
      }
      if (!doubts.isEmpty() && bases.size() > basesBefore && targets.size() - targetsBefore == doubts.size()) {
        // "Houston: aim for $158K. Denver: $154K. Calgary: CA$172K.": where the other aims of the same lines are all
        // base aims, a figure that fits both of its place's bands is one too.
        for (Doubt d : doubts) {
          targets.remove(d.target());
          findings.set(findings.indexOf(d.warning()), Finding.info(path, d.target().line(), "the figure '"
              + d.written() + "' for " + d.target().region() + " fits its base band as well as its total band, and"
              + " the other aims beside it are base aims: read as a base target, not a total"));
          if (bases.stream().noneMatch(t -> t.region().equals(d.target().region()))) {
            bases.add(new BaseTarget(d.target().region(), d.target().written(), d.target().total(),
                d.target().line()));
          }
        }
      }
      if (targets.size() + bases.size() + none.size() + findings.size() == before) {
        nothing.add(snippet);
      }
    }
    if (!targets.isEmpty() || !bases.isEmpty()) {
      // A section read as targets by what it holds ("Where to push") says a place has none the way a targets
      // section does ("- **Remote:** no data yet"); looked for only once targets were found, so it costs nothing
      // on the many guides without them.
      nothing.removeIf(snippet -> !snippet.targetsContext() && denials(snippet, regions, phrases, rules, figures, none));
    }
    return new Result(List.copyOf(targets), List.copyOf(bases), Set.copyOf(none), List.copyOf(findings),
        List.copyOf(nothing));
  }

  /** Adds the places a snippet with no figure says have no target ("Remote: TBD"); true if it named any. */
  private static boolean denials(Snippet snippet, List<Region> regions, List<List<List<String>>> phrases,
      ReadingRules rules, GuideFigures figures, Set<String> none) {
    String text = OPENING.matcher(snippet.text()).replaceFirst("").strip();
    // The place first: most snippets left over (a lever's wording, a premium) name none, and finding that is
    // cheaper than reading and labelling every figure.
    List<Region> named = named(regions, phrases, text);
    if (named.isEmpty() || !candidates(text, 0, text.length(), snippet.unit(), rules, figures).isEmpty()
        || !rules.deniesTarget(withoutPlaces(text, regions, phrases))) {
      return false;
    }
    named.forEach(r -> none.add(r.name()));
    return true;
  }

  /**
   * Whether a sentence writes no money figure: "aim for the top of the band: $230K" gives its figure, and only a
   * sentence with none makes the band's top the target.
   */
  private static boolean noMoney(String sentence, GuideFigures figures) {
    for (Figures.Figure f : figures.scan(sentence)) {
      if (f.looksLikeMoney()) {
        return false;
      }
    }
    return true;
  }

  /** A target written as the top of a region's band: its total band's top, with an info line saying so. */
  private static void topOfBand(String path, int line, Region region, String written, Found found) {
    topOfBand(path, line, region, written, region, found);
  }

  /** A target written as the top of a region's band, its own or another's ("the top of the Raleigh band"). */
  private static void topOfBand(String path, int line, Region region, String written, Region of, Found found) {
    String band = of == region ? "its band" : of.shortName() + "'s band";
    if (!of.currency().equals(region.currency())) {
      // "Berlin: the top of the London band": a pound figure is no euro target.
      found.findings().add(Finding.warning(path, line, "the target for " + region.name() + " is written as the top"
          + " of " + band + ", whose figures are in " + of.currency() + ", not " + region.currency()
          + ": no target read; write it in " + region.currency()));
      return;
    }
    long top = of.bands().total().high();
    // Said where the target is shown ("In Denver, the top of its band"): the figure is the band's, not written.
    found.targets().add(new Target(region.name(), (written == null ? region.shortName() : written)
        + ", the top of " + band, Range.of(top, top), line));
    found.findings().add(Finding.info(path, line, "the target for " + region.name() + " is written as the top of "
        + band + ": read as " + Money.compact(Range.of(top, top), of.currency()) + ", " + (of == region ? "its"
        : "that") + " total band's top (derived)"));
  }

  /** A sentence that only names a place and its figure: "For remote, ~$165K.", "And in Lyon, 58 000 €." */
  private static final Pattern GOES_ON_FOR_PLACE = Pattern.compile(
      "^\\s*(?:(?:and|while|but)\\s+)?(?i:for|in|at)\\s+(?:the\\s+)?[\\p{L}][\\p{L}.'’() -]{1,40},?\\s+"
          + "(?:about\\s+|around\\s+|roughly\\s+)?[~≈]?\\s*(?:\\p{Sc}|\\p{Lu}{1,3}\\s?\\p{Sc}?)?\\d[\\d.,\\s]*"
          + "(?:[kK]\\b|\\s?\\p{Sc})?\\s*[.!]?\\s*$", Pattern.CASE_INSENSITIVE);

  /** What a figure of a list holds: no list's comma, but a thousands comma ("$118,000"). */
  // Bounded: a figure with its words is short, and unbounded repeats of digits split every way blow up on long runs.
  private static final String IN_FIGURE = "(?:[^,;]|,(?=\\d{3}))";
  private static final Pattern RESPECTIVELY = Pattern.compile(
      "^(?<lead>.*?)(?<figures>" + IN_FIGURE + "{0,40}\\d" + IN_FIGURE + "{0,40}?(?:\\s*,(?!\\d{3})\\s*" + IN_FIGURE
          + "{0,40}\\d" + IN_FIGURE + "{0,40}?)*,?\\s+and\\s+" + IN_FIGURE + "{0,40}?\\d" + IN_FIGURE + "{0,40}?)\\s+"
          + "(?<at>in|for|at)\\s+(?<places>[^;]+?),?\\s+respectively\\b(?<rest>.*)$", Pattern.DOTALL);
  /** A list's break: a comma with a space after it (not "118,000"'s), or "and". */
  private static final Pattern LIST_BREAK = Pattern.compile("\\s*,\\s+(?:and\\s+)?|\\s+and\\s+");

  /**
   * A sentence pairing figures and places in order ("Aim for $140K, $132K and $125K in Hartford, Providence and
   * Remote respectively") written as a clause per place ("Aim for $140K in Hartford; $132K in Providence; …"); the
   * sentence as it is where the counts differ.
   */
  static String respectively(String sentence) {
    Matcher m = RESPECTIVELY.matcher(sentence);
    if (!m.matches()) {
      return sentence;
    }
    String[] figures = LIST_BREAK.split(m.group("figures").strip());
    String[] places = LIST_BREAK.split(m.group("places").strip());
    if (figures.length != places.length || figures.length < 2) {
      return sentence;
    }
    StringBuilder out = new StringBuilder(m.group("lead"));
    for (int i = 0; i < figures.length; i++) {
      out.append(i > 0 ? "; " : "").append(figures[i].strip()).append(' ').append(m.group("at")).append(' ')
          .append(places[i].strip());
    }
    return out.append(m.group("rest")).toString();
  }

  /** "the top of the Raleigh band", "top of Denver's range": the place whose band's top is meant. */
  private static final Pattern TOP_OF_PLACE_BAND = Pattern.compile(
      "(?i)\\btop\\s+(?:end\\s+)?of\\s+(?:the\\s+)?(\\p{L}[\\p{L} .'’-]{1,40}?)(?:['’]s)?\\s+(?:band|range)\\b");

  /** "— all base", "(all base salary)", "base in each case": a sentence saying its aims are for the base alone. */
  private static final Pattern ALL_BASE = Pattern.compile("(?i)\\b(?:all|each|both)\\s+(?:(?:on|for|of)\\s+)?base"
      + "(?:\\s+(?:salary|salaries|pay))?\\b(?!\\s+\\p{L})|\\bbase(?:\\s+salary)?\\s+in\\s+(?:each|every)\\s+case\\b"
      + "|\\b(?:these|those|all)\\s+are\\s+base\\b(?!\\s+(?:and|plus|\\+|with)\\b)");

  /** What the sentences of all snippets give, gathered as they are read. */
  private record Found(List<Target> targets, List<BaseTarget> bases, Set<String> none, List<Finding> findings,
      PaidTime paidTime, List<Doubt> doubts, List<Leaning> leanings) {}

  /** A base target read so because its guide writes no total for the place, with the info line that says so. */
  private record Leaning(BaseTarget base, String figure, Finding info) {}

  /**
   * How many of these aims say by themselves that the line's aims are totals: "Dubai: AED 350K" where Dubai pays a
   * base alone (its base band is its total band) is a base as much as a total, and says nothing of the others.
   */
  private static long telling(List<Target> aims, List<Region> regions) {
    return aims.stream().filter(t -> regions.stream().noneMatch(r -> r.name().equals(t.region())
        && r.bands().base().equals(r.bands().total()))).count();
  }

  /** A total target that fits its place's base band as well, with the warning that says so. */
  private record Doubt(Target target, String written, Finding warning) {}

  private static void sentence(String path, String s, int line, long unit, List<Region> regions,
      List<List<List<String>>> phrases, ReadingRules rules, GuideFigures guideFigures, Found found) {
    if (s.contains("respectively")) {
      s = respectively(s);
    }
    List<Finding> findings = found.findings();
    Set<String> none = found.none();
    String bare = placeListsJoined(withoutParentheses(s, regions));
    Set<Integer> inNames = commasInNames(bare, regions);
    List<Region> pending = List.of();
    String pendingWritten = null;
    Set<String> givenHere = new HashSet<>();
    int from = 0;
    List<int[]> spans = new ArrayList<>();
    for (int[] cut = ClauseBreaks.next(bare, 0); cut != null; cut = ClauseBreaks.next(bare, cut[1])) {
      if (inNames.contains(cut[0])) {
        continue;
      }
      spans.add(new int[] {from, cut[0]});
      from = cut[1];
    }
    spans.add(new int[] {from, bare.length()});
    String unmatched = null;
    boolean baseBefore = false;
    boolean allBase = s.length() > 8 && ALL_BASE.matcher(s).find();
    boolean settled = rules.saysSettled(s);
    for (int i = 0; i < spans.size(); i++) {
      int at = spans.get(i)[0];
      String clause = bare.substring(at, spans.get(i)[1]);
      if (clause.isBlank()) {
        continue;
      }
      List<Candidate> figures = candidates(s, at, spans.get(i)[1], unit, rules, guideFigures);
      if (allBase && !figures.isEmpty()) {
        // "Berlin 86.000 €, Amsterdam 90.000 € — all base": the sentence says once what each figure is.
        figures = figures.stream().map(c -> c.labelled() ? c : new Candidate(c.figure(), true, true)).toList();
      }
      figures = carriedBase(clause, figures, regions, phrases);
      if (baseBefore && !figures.isEmpty() && elliptical(clause, figures, regions, phrases)) {
        // "aim for $215K base in Seattle; Denver, $190K": a clause of a place and a figure alone says what the one
        // before it said, as a reader takes it.
        figures = figures.stream().map(c -> c.labelled() ? c : new Candidate(c.figure(), true, true)).toList();
      }
      if (!figures.isEmpty()) {
        baseBefore = figures.get(figures.size() - 1).base();
      }
      int consumed = 0;
      if (figures.isEmpty()) {
        List<Region> named = named(regions, phrases, clause);
        Matcher ofPlace = pending.isEmpty() || named.size() != 1 || !clause.contains("top") ? null
            : TOP_OF_PLACE_BAND.matcher(clause);
        if (ofPlace != null && ofPlace.find() && named(regions, phrases, ofPlace.group(1)).equals(named)
            && noMoney(s, guideFigures)) {
          // "Remote: ask for the top of the Raleigh band": the places before it aim at that place's band's top.
          for (Region r : pending) {
            topOfBand(path, line, r, pendingWritten, named.get(0), found);
          }
          pending = List.of();
        } else if (!named.isEmpty() && rules.saysTopOfBand(clause) && noMoney(s, guideFigures)) {
          // "Edinburgh: the top of the band".
          String written = label(clause, regions, phrases);
          named.forEach(r -> topOfBand(path, line, r, written, found));
          pending = List.of();
        } else if (!named.isEmpty() && rules.deniesTarget(withoutPlaces(clause, regions, phrases))) {
          // "For Remote we have no good data yet": the place and its lack of a target in one clause.
          named.forEach(r -> none.add(r.name()));
          pending = List.of();
        } else if (!named.isEmpty()) {
          // "In Denver, CO, push for…": the state after the city names the same place, not a new one.
          if (!named.equals(pending)) {
            pending = named;
            pendingWritten = label(clause, regions, phrases);
          }
        } else if (!pending.isEmpty() && rules.deniesTarget(clause)) {
          pending.forEach(r -> none.add(r.name()));
          pending = List.of();
        } else if (!pending.isEmpty() && rules.saysTopOfBand(clause) && noMoney(s, guideFigures)) {
          // "In Edinburgh and for Remote, go for the top of the band": each place's total band's top.
          for (Region r : pending) {
            topOfBand(path, line, r, pendingWritten, found);
          }
          pending = List.of();
        } else if (i == 0 && PLACE.matcher(clause.strip()).find()) {
          unmatched = written(clause);
        }
        continue;
      }
      // "In NYC push base to $240K and total to $300K": the total after a base aim is the same place's.
      List<Region> baseAimed = List.of();
      String baseWritten = null;
      for (int f = 0; f < figures.size(); f++) {
        Figures.Figure figure = figures.get(f).figure();
        String before = clause.substring(Math.min(consumed, figure.start()), figure.start());
        int next = f + 1 < figures.size() ? figures.get(f + 1).figure().start() : clause.length();
        String after = clause.substring(figure.end(), next);
        // "$230K total Chicago" (written "$230K total (Chicago)"): the place follows the word naming the total.
        int skip = totalWordAtStart(after, rules);
        Matcher follows = FOLLOWING_PLACE.matcher(after.substring(skip));
        List<Region> recipients = List.of();
        String writtenAs = null;
        consumed = figure.end();
        // A place's label is worked out only where a place is named: most figures' words name none.
        if (follows.find() && !oneRowsNameIntoNextFigure(follows.group(1), f + 1 < figures.size()
            && after.substring(skip + follows.end()).isBlank(), regions, phrases)) {
          String places = follows.group(1);
          int end = follows.end();
          int own = f + 1 < figures.size() && after.substring(skip + end).isBlank() ? lastSeparator(places) : 0;
          if (own > 0) {
            // "$195K in Chicago and Toronto C$230k": the last place runs into a figure of its own, which is its.
            places = places.substring(0, own);
            end = follows.start(1) + own;
          }
          recipients = named(regions, phrases, places);
          writtenAs = recipients.isEmpty() ? null : label(follows.group().substring(0, end), regions, phrases);
          consumed = figure.end() + skip + end;
        }
        if (recipients.isEmpty() && THE_OTHERS.matcher(after.substring(skip)).lookingAt()) {
          // "£82k in London and £72k in the other two": the places this sentence has given no figure yet.
          recipients = regions.stream().filter(r -> !givenHere.contains(r.name())).toList();
          writtenAs = after.substring(skip).strip().replaceAll("[.;,:]+$", "");
          consumed = figure.end();
        }
        if (recipients.isEmpty()) {
          recipients = named(regions, phrases, before);
          writtenAs = recipients.isEmpty() ? null : label(before, regions, phrases);
          consumed = figure.end();
        }
        if (recipients.isEmpty() && f == 0) {
          recipients = pending;
          writtenAs = pendingWritten;
        }
        if (recipients.isEmpty() && !figures.get(f).base()) {
          recipients = baseAimed;
          writtenAs = baseWritten;
        }
        if (recipients.isEmpty() && i == 0 && PLACE.matcher(before.strip()).find()) {
          unmatched = written(before);
        }
        if (recipients.isEmpty()) {
          Matcher nowhere = unmatched == null && !regions.isEmpty()
              ? PLACE_AFTER.matcher(after.substring(Math.min(skip, after.length()))) : null;
          if (nowhere != null && nowhere.lookingAt() && !NOT_A_PLACE_AFTER.matcher(nowhere.group(1)).lookingAt()) {
            // "Push for the top of the band: $136k in Pittsburgh" where no row is Pittsburgh: said, never dropped.
            findings.add(Finding.warning(path, line, "Negotiate-Up target '" + figure.written() + "' names '"
                + nowhere.group(1).replaceAll("[.,;:]+$", "") + "', which is no region of the pay table (rows: "
                + String.join("; ", regions.stream().map(Region::name).toList()) + "): it is left out"));
          }
          if (unmatched != null && !regions.isEmpty()) {
            findings.add(Finding.error(path, line, "Negotiate-Up target region '" + unmatched
                + "' matches no row of the pay table (rows: "
                + String.join("; ", regions.stream().map(Region::name).toList()) + ")"));
            unmatched = null;
          }
          continue;
        }
        if (found.paidTime().paychecksAYear() == 0 && after.indexOf('p') >= 0 && rules.perPaycheckAtStart(after)) {
          // "$2,900/paycheck in Denver" where the guide states no pay schedule: 26 or 24 paychecks are two years'
          // pay, so the target is left out and said, never read as a year's.
          findings.add(Finding.error(path, line, "Negotiate-Up target '" + figure.written() + "' is per paycheck,"
              + " and the guide states no one pay schedule (26 paid every two weeks, 24 twice a month): it is left"
              + " out; write the schedule, or the year's target"));
          continue;
        }
        // "S$13,500 a month in Singapore": a target, like a band, is a year's pay.
        Figures.Figure yearly = rules.perMonthAtStart(after) ? figure.perYear(found.paidTime().monthsAYear())
            : found.paidTime().yearly(figure, after, rules);
        for (Region region : recipients) {
          if (figures.get(f).base() ? givenHere.add("base " + region.name()) : givenHere.add(region.name())) {
            add(path, line, yearly, region, writtenAs, figures.get(f), settled, found);
          }
        }
        if (!figures.get(f).base()) {
          // "In Austin, base $185K, total $230K": a base aim leaves the place waiting for its total.
          pending = List.of();
          baseAimed = List.of();
        } else {
          baseAimed = recipients;
          baseWritten = writtenAs;
        }
      }
      List<Region> trailing = named(regions, phrases, clause.substring(Math.min(consumed, clause.length())));
      if (!trailing.isEmpty()) {
        pending = trailing;
        pendingWritten = label(clause.substring(consumed), regions, phrases);
      }
    }
  }

  /** The small word before a total's label, after a period or not: "in total", "a year in total", "anuales en total". */
  private static final Pattern IN_TOTAL = Pattern.compile("(?i)(?:\\p{L}+\\s+){0,2}?(?:in|en|au|im)\\s+(?=total\\b)");

  /**
   * The length of a one-word total or base label ("total", "TC", "base") and the space around it at a text's start,
   * or 0.
   */
  private static int totalWordAtStart(String text, ReadingRules rules) {
    String t = text.stripLeading();
    // "$195K in total in Columbus", "$1,250,000 anuales en total en CDMX", "102 000 € au total à Paris".
    Matcher in = IN_TOTAL.matcher(t);
    if (in.lookingAt()) {
      t = t.substring(in.end());
    }
    int word = t.indexOf(' ');
    if (word <= 0 || !aimWord(rules.componentAtStart(t))) {
      return 0;
    }
    int end = text.length() - t.length() + word;
    while (end < text.length() && text.charAt(end) == ' ') {
      end++;
    }
    return end;
  }

  /**
   * "a base of 80 in Berlin and 84 in Amsterdam": an unlabelled figure after a base, with only a place and filler
   * between them, is a base too, as the elliptical clause is.
   */
  private static List<Candidate> carriedBase(String clause, List<Candidate> figures, List<Region> regions,
      List<List<List<String>>> phrases) {
    if (figures.size() < 2) {
      return figures;
    }
    List<Candidate> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Candidate c = out.get(i);
      if (!c.labelled() && out.get(i - 1).base()) {
        // "…near 110,000 base; Toronto near 115,000": the base's own label after it is no word between.
        String between = BASE_AFTER.matcher(clause.substring(out.get(i - 1).figure().end(), c.figure().start()))
            .replaceFirst("");
        String cut = placesCut(between, regions, phrases);
        if (cut != null && FILLER.matcher(cut).matches()) {
          out.set(i, new Candidate(c.figure(), true, true));
        }
      }
    }
    return out;
  }

  /** Whether a clause holds only places, its figures and filler ("Denver, $190K", "and $170K in Austin"). */
  private static boolean elliptical(String clause, List<Candidate> figures, List<Region> regions,
      List<List<List<String>>> phrases) {
    StringBuilder rest = new StringBuilder(clause);
    for (int f = figures.size() - 1; f >= 0; f--) {
      rest.replace(figures.get(f).figure().start(), figures.get(f).figure().end(), " ");
    }
    // "…$136K base; Vancouver 140K": a place and its figure alone is elliptical too.
    String cut = placesCut(rest.toString(), regions, phrases);
    return FILLER.matcher(cut == null ? rest : cut).matches();
  }

  /** The clause with the places it names cut out: "We don't have enough Toronto data" reads as its words say. */
  private static String withoutPlaces(String clause, List<Region> regions, List<List<List<String>>> phrases) {
    String rest = placesCut(clause, regions, phrases);
    // "Denver:" alone names a place and says nothing about it.
    return rest == null || PUNCTUATION_AND_SPACE.matcher(rest).replaceAll("").isEmpty() ? clause : rest;
  }

  /** The clause with the places it names cut out, or null where it names none. */
  private static String placesCut(String clause, List<Region> regions, List<List<List<String>>> phrases) {
    List<String> tokens = Places.tokens(clause);
    List<Places.Mention> mentions = Places.mentions(regions, phrases, tokens);
    if (mentions.isEmpty()) {
      // Most clauses name no place: nothing to cut, so the clause is not folded and spanned.
      return null;
    }
    String folded = Places.foldAccents(clause);
    List<int[]> spans = Places.wordSpans(folded);
    if (spans.size() != tokens.size()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (Places.Mention m : mentions) {
      if (spans.get(m.from())[0] < from) {
        continue;
      }
      out.append(folded, from, spans.get(m.from())[0]);
      from = spans.get(m.to() - 1)[1];
    }
    return SPACES.matcher(out.append(folded.substring(from))).replaceAll(" ");
  }

  private static List<Region> named(List<Region> regions, List<List<List<String>>> phrases, String text) {
    List<String> tokens = Places.tokens(text);
    if (tokens.isEmpty()) {
      // "$140K" before a figure, ", " between two: no word, so no place, and no region's name is tokenised.
      return List.of();
    }
    List<Region> named = Places.mentions(regions, phrases, tokens).stream().map(Places.Mention::region).toList();
    if (!named.isEmpty()) {
      return named;
    }
    // "In Frankfurt" for a row "Frankfurt am Main": the first word of one row's name, written alone.
    List<Region> byFirstWord = new ArrayList<>();
    for (Region r : regions) {
      List<String> words = Places.tokens(r.name());
      if (!words.isEmpty() && words.get(0).length() >= 4 && tokens.contains(words.get(0))) {
        byFirstWord.add(r);
      }
    }
    return byFirstWord.size() == 1 ? byFirstWord : List.of();
  }

  /** The figures in a clause that can be target totals: marked, not percent, not in parentheses, not a part. */
  private static List<Candidate> candidates(String sentence, int from, int to, long unit, ReadingRules rules,
      GuideFigures figures) {
    String clause = sentence.substring(from, to);
    List<Candidate> out = new ArrayList<>();
    ReadingRules.Labels labels = null;
    for (Figures.Figure scanned : figures.scan(clause)) {
      // Under "Targets ($000)", "180" and "C$195" are thousands, as the heading says.
      Figures.Figure f = unit > 1 && !scanned.percent() && !scanned.magnitude() && scanned.high() < 1_000
          ? scanned.scaled(unit) : scanned;
      // An unmarked figure counts where it says its size ("104k"): a guide may state its currency in words.
      if (!f.looksLikeMoney() || LeverAmounts.insideParentheses(sentence, from + f.start(), from + f.end())) {
        continue;
      }
      // The clause's labels found once for all its figures.
      labels = labels == null ? rules.labels(clause) : labels;
      Map.Entry<Column, Integer> before = labels.lastBefore(f.start());
      // "$64/hr base": the rate's unit stands between the figure and the part it names.
      Column after = rules.componentAtStart(rules.afterPerHour(clause.substring(f.end())).stripLeading());
      Column label = after != null ? after
          : before != null && f.start() - before.getValue() < 16 ? before.getKey() : Column.TOTAL;
      // Stock or bonus alone is no aim; base alone is a base aim ("$250K base", "push base to 240k").
      if (label == Column.TOTAL || label == Column.BASE) {
        out.add(new Candidate(f, label == Column.BASE, label != Column.TOTAL || after != null || before != null
            && f.start() - before.getValue() < 16));
      }
    }
    return out;
  }

  private static void add(String path, int line, Figures.Figure figure, Region region, String written,
      Candidate candidate, boolean settled, Found found) {
    boolean base = candidate.base();
    List<Finding> findings = found.findings();
    List<Target> targets = found.targets();
    Range total = figure.range();
    if (total == null) {
      findings.add(Finding.error(path, line, "Negotiate-Up target '" + figure.written() + "' for '" + written
          + "' has its low figure above its high figure"));
      return;
    }
    String misread = misread(figure, total, region, base ? Component.BASE : Component.TOTAL);
    if (misread != null && figure.ambiguous() && total.high() < 1000 && figure.mark() != null
        && figure.written().strip().endsWith(figure.mark().strip())) {
      // "88.000 €" beside a band of €73,000–€92,000, in a guide that declares no format: the mark after the figure is
      // the continental way of writing it, and read the English way it is €88, far from every band; the point groups
      // thousands, the one reading near the band (an info line says so). "€248.000", written the English way round,
      // stays an error.
      Range thousands = new Range(total.low() * 1000, total.high() * 1000);
      Figures.Figure grouped = new Figures.Figure(figure.written(), figure.start(), figure.end(), figure.mark(),
          figure.iso(), thousands.low(), thousands.high(), false, figure.magnitude(), false);
      if (misread(grouped, thousands, region, base ? Component.BASE : Component.TOTAL) == null) {
        findings.add(Finding.info(path, line, "Negotiate-Up target '" + figure.written() + "' for '" + written
            + "' read with its point grouping thousands, as " + new Money(thousands.low(), region.currency()).full()
            + ": the one reading near the band of " + region.name()));
        total = thousands;
        misread = null;
      }
    }
    if (misread != null) {
      findings.add(Finding.error(path, line, "Negotiate-Up " + (base ? "base " : "") + "target '" + figure.written()
          + "' for '" + written + "' " + misread));
      // The error says what to change; a second finding that the place has no target would say it again.
      found.none().add(region.name());
      return;
    }
    Range bandBase = region.bands().base();
    if (!base && total.high() < region.bands().total().low() && total.low() >= bandBase.low()
        && total.high() <= bandBase.high()) {
      // "Houston: aim for $158K" where Houston's whole year starts at $181.8K and its base runs $138K–$162K: a base
      // aim written without the word, never a total below the band.
      findings.add(Finding.info(path, line, "the target '" + figure.written() + "' for " + region.name() + " is below"
          + " its total band (" + Money.compact(region.bands().total(), region.currency()) + ") and inside its base"
          + " band: read as a base target"));
      base = true;
    } else if (!base && !candidate.labelled() && within(total, bandBase) && within(total, region.bands().total())
        && !bandBase.equals(region.bands().total())) {
      // "most Toronto hires sign at 104K" where Toronto's base runs 92K–108K and its whole year starts at 103K: the
      // figure fits either band and no word names the part. Where hires end up is the base they sign at; an aim is
      // read as the total it has always been, but never in silence.
      if (settled) {
        findings.add(Finding.info(path, line, "the figure '" + figure.written() + "' for " + region.name() + " says"
            + " where hires sign and fits its base band (" + Money.compact(bandBase, region.currency()) + "): read as"
            + " a base target, not a total"));
        base = true;
      } else if (region.bands().totalDerived()) {
        // "Ask for $79,000 in Dayton" in a guide that writes bases and parts but never a whole year: its author
        // thinks in base, and the total is only our sum of the parts (unless another aim beside it is a total).
        Finding info = Finding.info(path, line, "the target '" + figure.written() + "' for " + region.name() + " fits"
            + " its base band (" + Money.compact(bandBase, region.currency()) + ") and the guide writes no total for it:"
            + " read as a base target");
        findings.add(info);
        if (found.bases().stream().noneMatch(t -> t.region().equals(region.name()))) {
          BaseTarget leaning = new BaseTarget(region.name(), written, total, line);
          found.bases().add(leaning);
          found.leanings().add(new Leaning(leaning, figure.written(), info));
        }
        return;
      } else if (targets.stream().noneMatch(t -> t.region().equals(region.name()))) {
        Finding warning = Finding.warning(path, line, "the Negotiate-Up target '" + figure.written() + "' for "
            + region.name() + " fits its base band (" + Money.compact(bandBase, region.currency()) + ") as well as its"
            + " total band (" + Money.compact(region.bands().total(), region.currency()) + ") and no word says which:"
            + " read as a total; write 'base' or 'total' after it to say");
        Target target = new Target(region.name(), written, total, line);
        findings.add(warning);
        targets.add(target);
        found.doubts().add(new Doubt(target, figure.written(), warning));
        return;
      }
    }
    if (base) {
      if (found.bases().stream().noneMatch(t -> t.region().equals(region.name()))) {
        found.bases().add(new BaseTarget(region.name(), written, total, line));
      }
      return;
    }
    if (targets.stream().anyMatch(t -> t.region().equals(region.name()))) {
      findings.add(Finding.warning(path, line, "a second Negotiate-Up target for " + region.name()
          + " ('" + written + "') is ignored"));
      return;
    }
    targets.add(new Target(region.name(), written, total, line));
  }

  private static boolean within(Range figure, Range band) {
    return figure.low() >= band.low() && figure.high() <= band.high();
  }

  /**
   * The words that name a target's place as the guide wrote them, with the preposition before them and without the
   * lead-in around them: "in New York" from "in New York push toward", "Seattle" from "Stretch goal for Seattle
   * folks". A text whose place is not named by meaning keeps {@link #written(String)}.
   */
  private static String label(String text, List<Region> regions, List<List<List<String>>> phrases) {
    String t = text.replace("**", "");
    List<Places.Mention> mentions = Places.mentions(regions, phrases, Places.tokens(t));
    if (mentions.isEmpty()) {
      return written(text);
    }
    List<int[]> words = Places.wordSpans(t);
    int from = mentions.get(0).from();
    int to = mentions.get(mentions.size() - 1).to();
    if (words.size() < to) {
      return written(text);
    }
    if (from > 0 && PREPOSITIONS.contains(t.substring(words.get(from - 1)[0], words.get(from - 1)[1])
        .toLowerCase(java.util.Locale.ROOT))) {
      from--;
    }
    String w = t.substring(words.get(from)[0], words.get(to - 1)[1]);
    return w.length() > 60 ? w.substring(0, 60) : w;
  }

  private static final Set<String> PREPOSITIONS = Set.of("in", "for", "at", "within");

  /**
   * A sentence with the parentheses that carry a target opened, so they read as if written without them: a figure
   * alone in them after a place ("Austin ($210K)", "Austin ($210K total)"), or a place alone in them right after a
   * figure ("Go for $268K (Chicago)", "aim for $270K total (NYC)"). Any other parenthesis, "(market median $230K)"
   * or "(Dallas is similar)", stays a reference the targets do not read.
   */
  static String openTargetParentheses(String sentence, List<Region> regions, List<List<List<String>>> phrases,
      ReadingRules rules, GuideFigures figures) {
    StringBuilder out = null;
    int open = sentence.indexOf('(');
    while (open >= 0) {
      int close = sentence.indexOf(')', open);
      if (close < 0) {
        break;
      }
      String inside = sentence.substring(open + 1, close);
      if (inside.indexOf('(') < 0 && rules.saysTarget(sentence.substring(0, open))
          && placedFigures(inside, regions, phrases, figures)) {
        // "a base near the top is realistic ($152k in Baltimore, $158k in Philadelphia)": the aims the phrase
        // introduces, read as if after a colon; each a base where the phrase says what it aims at is the base.
        Map.Entry<Column, Integer> aimed = rules.labels(sentence.substring(0, open)).lastBefore(open);
        String opened = aimed != null && aimed.getKey() == Column.BASE ? baseAfterEach(inside, figures) : inside;
        String before = (out == null ? sentence : out.toString()).substring(0, open);
        return openTargetParentheses(before + ": " + opened + " " + sentence.substring(close + 1), regions, phrases,
            rules, figures);
      } else if (BASE_ONLY.matcher(inside).matches() && sentence.substring(close + 1).strip().length() <= 1) {
        // "What good looks like: Phoenix 130, Tucson 120 (base).": the label closing the list is each figure's.
        String before = (out == null ? sentence : out.toString()).substring(0, open);
        int colon = before.lastIndexOf(':');
        String list = before.substring(colon + 1);
        if (colon > 0 && eachPlaced(list, regions, phrases, figures)) {
          return before.substring(0, colon + 1) + baseAfterEach(list, figures) + sentence.substring(close + 1);
        }
      } else if (inside.indexOf('(') < 0 && (figureAlone(inside, rules, figures)
          || placeAlone(inside, regions, phrases) && afterFigure(sentence.substring(0, open), rules, figures))) {
        out = out == null ? new StringBuilder(sentence) : out;
        // Opened, "(Chicago, IL)" is one place: a comma in it would cut the clause between city and state.
        for (int i = open; i <= close; i++) {
          if (i == open || i == close || sentence.charAt(i) == ',') {
            out.setCharAt(i, ' ');
          }
        }
      }
      open = sentence.indexOf('(', close);
    }
    return out == null ? sentence : out.toString();
  }

  /** "$152k in Baltimore, $158k in Philadelphia", "£59,000 for Leeds; …": each piece one money figure and one place. */
  private static boolean placedFigures(String inside, List<Region> regions, List<List<List<String>>> phrases,
      GuideFigures scanner) {
    for (String piece : PIECES.split(inside)) {
      List<Figures.Figure> figures = scanner.scan(piece);
      if (figures.size() != 1 || !figures.get(0).looksLikeMoney() || figures.get(0).percent()
          || Places.mentions(regions, phrases, Places.tokens(piece)).size() != 1) {
        return false;
      }
    }
    return true;
  }

  /** "(base)", "(base salary)": a label alone in brackets. */
  private static final Pattern BASE_ONLY = Pattern.compile("(?i)\\s*base(?:\\s+(?:salary|pay))?\\s*");

  /** "Phoenix 130, Tucson 120": each piece one figure, not a percent, and one place (its figures bare or marked). */
  private static boolean eachPlaced(String list, List<Region> regions, List<List<List<String>>> phrases,
      GuideFigures scanner) {
    for (String piece : PIECES.split(list.strip())) {
      List<Figures.Figure> figures = scanner.scan(piece);
      if (figures.size() != 1 || figures.get(0).percent()
          || Places.mentions(regions, phrases, Places.tokens(piece)).size() != 1) {
        return false;
      }
    }
    return true;
  }

  /** "$152k in Baltimore, $158k in Philadelphia" as "$152k base in Baltimore, $158k base in Philadelphia". */
  private static String baseAfterEach(String text, GuideFigures scanner) {
    StringBuilder out = new StringBuilder(text);
    List<Figures.Figure> found = scanner.scan(text);
    for (int i = found.size() - 1; i >= 0; i--) {
      out.insert(found.get(i).end(), " base");
    }
    return out.toString();
  }

  /** Where a bracket's place-figure pairs part: a semicolon, a comma before a space ("59,000" is one figure), "and". */
  private static final Pattern PIECES = Pattern.compile("\\s*;\\s*(?:and\\s+)?|,\\s+(?:and\\s+)?|\\s+and\\s+");

  /** "$210K", "$210K total", "£205K TC": one money figure and at most a word that names the total. */
  private static boolean figureAlone(String inside, ReadingRules rules, GuideFigures scanner) {
    List<Figures.Figure> figures = scanner.scan(inside);
    if (figures.size() != 1 || !figures.get(0).looksLikeMoney() || figures.get(0).percent()) {
      return false;
    }
    String rest = LABEL_MARKS.matcher(inside.substring(0, figures.get(0).start()) + " "
        + inside.substring(figures.get(0).end())).replaceAll(" ").strip();
    return rest.isEmpty() || aimWord(rules.componentAtStart(rest)) && rest.indexOf(' ') < 0;
  }

  /** Whether a one-word label names what a target may aim for: the total, or base alone ("$250K base"). */
  private static boolean aimWord(Column label) {
    return label == Column.TOTAL || label == Column.BASE;
  }

  /** "Chicago", "NYC": nothing in the parentheses but the name of one pay-table place. */
  private static boolean placeAlone(String inside, List<Region> regions, List<List<List<String>>> phrases) {
    List<String> tokens = Places.tokens(inside);
    List<Places.Mention> m = Places.mentions(regions, phrases, tokens);
    return m.size() == 1 && m.get(0).from() == 0 && m.get(0).to() == tokens.size();
  }

  /** Whether a text ends in a money figure, maybe followed by a word naming the total ("$268K total"). */
  private static boolean afterFigure(String before, ReadingRules rules, GuideFigures scanner) {
    List<Figures.Figure> figures = scanner.scan(before);
    if (figures.isEmpty()) {
      return false;
    }
    Figures.Figure last = figures.get(figures.size() - 1);
    String rest = before.substring(last.end()).strip();
    return last.looksLikeMoney() && !last.percent()
        && (rest.isEmpty() || rest.indexOf(' ') < 0 && aimWord(rules.componentAtStart(rest)));
  }

  /** How a clause names its place: "In Detroit" from "In Detroit, push for…", else the clause's words. */
  private static String written(String clause) {
    String c = clause.strip().replace("**", "");
    Matcher m = PLACE.matcher(c);
    String w = m.find() ? c.substring(0, m.end()).strip() : c;
    while (w.endsWith(",") || w.endsWith(":")) {
      w = w.substring(0, w.length() - 1).strip();
    }
    return w.length() > 60 ? w.substring(0, 60) : w;
  }

  /**
   * Where a row's name written whole holds a comma, which then ends no clause: "Houston, TX (HQ) | $155K" names
   * Houston, not every row in Texas.
   */
  private static Set<Integer> commasInNames(String s, List<Region> regions) {
    if (s.indexOf(',') < 0) {
      return Set.of();
    }
    Set<Integer> commas = new HashSet<>();
    for (Region r : regions) {
      String name = withoutParentheses(r.name()).strip();
      int comma = name.indexOf(", ");
      for (int at = comma > 0 ? s.indexOf(name) : -1; at >= 0; at = s.indexOf(name, at + 1)) {
        commas.add(at + comma);
      }
    }
    return commas;
  }

  /**
   * "$205K in Austin, Denver and Raleigh": the commas of a list of places blanked (the text keeps its length), so
   * the list is one clause and the figure before it each place's.
   */
  private static String placeListsJoined(String s) {
    if (s.indexOf(',') < 0) {
      return s;
    }
    Matcher list = PLACE_LIST.matcher(s);
    StringBuilder out = null;
    while (list.find()) {
      out = out == null ? new StringBuilder(s) : out;
      for (int at = s.indexOf(',', list.start()); at >= 0 && at < list.end(); at = s.indexOf(',', at + 1)) {
        out.setCharAt(at, ' ');
      }
    }
    return out == null ? s : out.toString();
  }

  private static final String PLACE_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
  /** "Austin, Denver and Raleigh", "Leeds, York, and Hull": places listed with commas, the last after "and". */
  private static final Pattern PLACE_LIST = Pattern.compile(
      "(?<![\\p{L}])" + PLACE_NAME + "(?:,\\s+" + PLACE_NAME + ")+,?\\s+(?:and|&)\\s+" + PLACE_NAME);

  /**
   * The sentence with its parenthesised parts blanked, except where one ends a row's name written whole that another
   * row shares outside them ("Remote (US)" beside "Remote (EU)"): there only the brackets go, so the name says which.
   */
  private static String withoutParentheses(String s, List<Region> regions) {
    String out = withoutParentheses(s);
    if (s.indexOf('(') < 0) {
      return out;
    }
    for (Region r : regions) {
      String name = r.name();
      int open = name.indexOf('(');
      if (open <= 0 || !sharesItsNameOutside(r, regions)) {
        continue;
      }
      // Matched in the text itself, ignoring case: lower-casing may change a text's length ("İzmir").
      for (int at = indexIgnoringCase(s, name, 0); at >= 0; at = indexIgnoringCase(s, name, at + 1)) {
        StringBuilder kept = new StringBuilder(out);
        for (int i = at + open; i < at + name.length(); i++) {
          char c = s.charAt(i);
          kept.setCharAt(i, c == '(' || c == ')' ? ' ' : c);
        }
        out = kept.toString();
      }
    }
    return out;
  }

  private static boolean sharesItsNameOutside(Region r, List<Region> regions) {
    String outside = withoutParentheses(r.name()).strip();
    return regions.stream().anyMatch(o -> o != r && withoutParentheses(o.name()).strip().equalsIgnoreCase(outside));
  }

  /**
   * Where the last of the places written after a figure starts, where they run straight into the next figure, which
   * is that place's own ("Chicago and Toronto " before "C$230k" ends the first figure's places at " and "); 0 where
   * they name one place.
   */
  /**
   * "Boston $175K, Tampa & St. Petersburg $142K" where one row is "Tampa & St. Petersburg": the places running into the
   * next figure are one row's name, each side of their "&" or "and" naming that row, so they are that figure's place,
   * never split as "Chicago and Toronto C$230k" is.
   */
  private static boolean oneRowsNameIntoNextFigure(String places, boolean intoNext, List<Region> regions,
      List<List<List<String>>> phrases) {
    int own = intoNext ? lastSeparator(places) : 0;
    if (own <= 0) {
      return false;
    }
    List<Region> whole = named(regions, phrases, places);
    return whole.size() == 1 && whole.equals(named(regions, phrases, places.substring(0, own)))
        && whole.equals(named(regions, phrases, places.substring(own)));
  }

  private static int lastSeparator(String places) {
    int and = Math.max(places.lastIndexOf(" and "), Math.max(places.lastIndexOf(" & "), places.lastIndexOf(", ")));
    return Math.max(and, 0);
  }

  /** The text with every parenthesised part blanked, so places and figures in it are not read as targets. */
  /** Where {@code name} first stands in {@code s} at or after {@code from}, ignoring case; -1 where it doesn't. */
  private static int indexIgnoringCase(String s, String name, int from) {
    for (int at = from; at + name.length() <= s.length(); at++) {
      if (s.regionMatches(true, at, name, 0, name.length())) {
        return at;
      }
    }
    return -1;
  }

  private static String withoutParentheses(String s) {
    StringBuilder out = new StringBuilder(s);
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      }
      if (depth > 0) {
        out.setCharAt(i, ' ');
      }
      if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return out.toString();
  }

  /**
   * Why a target cannot be the total the guide meant for its row, or null: another currency than the row's, or a
   * figure nowhere near the row's total band ("€248.000" reads as €248; "$2.6M" for a $300K band is a slip).
   */
  private static String misread(Figures.Figure figure, Range total, Region region, Component of) {
    String currency = figure.currency();
    // A bare "$" in prose is whichever dollar the row is in (a Toronto row in CAD, its target "$300K"); a shared
    // mark such as "kr" is whichever krona or krone the row is in.
    boolean rowsMark = figure.mark() != null && figure.mark().strip().equals("$")
        && Money.mark(region.currency()).endsWith("$")
        || com.compcoach.money.Currencies.standard().mayMean(figure.mark(), region.currency());
    if (currency != null && !currency.equals("?") && !currency.equals(region.currency()) && !rowsMark) {
      return "is in " + currency + " but the row for " + region.name() + " is in " + region.currency() + ": write the"
          + " target in " + region.currency() + ", or, if " + region.name() + "'s pay is in " + currency + ", write its"
          + " row's figures with " + Money.mark(currency).strip() + " (a target is never converted)";
    }
    Range band = region.bands().of(of);
    if (total.high() * 2 < band.low() || total.low() > band.high() * 2) {
      return "reads as " + new Money(total.low(), region.currency()).full() + "–"
          + new Money(total.high(), region.currency()).full() + ", far from the " + of.label() + " band of "
          + region.name() + " ("
          + new Money(band.low(), region.currency()).full() + "–" + new Money(band.high(), region.currency()).full()
          + "); write thousands with a comma or K, as in 248,000 or 248K";
    }
    return null;
  }

  /**
   * The block cut into sentences: at every run of whitespace after ".", "!" or "?" that is followed by a capital,
   * a quote, emphasis or a parenthesis.
   */
  static List<String> sentences(String body) {
    List<String> out = new ArrayList<>();
    int n = body.length();
    int from = 0;
    int i = 1;
    while (i < n) {
      char before = body.charAt(i - 1);
      if (!Character.isWhitespace(body.charAt(i)) || before != '.' && before != '!' && before != '?') {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isWhitespace(body.charAt(end))) {
        end++;
      }
      if (end < n && opensSentence(body.charAt(end)) && !placeAbbreviation(body, i - 1)) {
        out.add(body.substring(from, i));
        from = end;
      }
      i = end;
    }
    out.add(body.substring(from));
    return out;
  }

  /** "St. Louis", "Ft. Worth", "Mt. Vernon": the point at {@code dot} closes a place's abbreviation, no sentence. */
  private static boolean placeAbbreviation(String body, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
      start--;
    }
    String word = body.substring(start, dot);
    return word.equals("St") || word.equals("Ste") || word.equals("Ft") || word.equals("Mt") || word.equals("Pt");
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || c == '"' || c == '“' || c == '*' || c == '(';
  }
}
