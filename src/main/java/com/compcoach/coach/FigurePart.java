package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;
import java.util.List;

/**
 * Which part a figure is: the word that names it and what a percent beside it means; for a figure no word names, its
 * period, its place beside a percent or over years, or a question asking which part it is.
 */
final class FigurePart {

  /** After a raise's percent, words that make it a question about a raise: "… enough to jump?", "… worth it?". */
  private static final java.util.regex.Pattern ASKS_OF_A_RAISE = java.util.regex.Pattern.compile(
      "^[^.!]*?(?:\\?|\\benough\\b|\\bworth\\b)");

  private FigurePart() {}

  /** Words that make a stock figure a grant given once: "a one time 60k rsu grant", "one-off grant of 60k". */
  private static final java.util.regex.Pattern ONE_TIME = java.util.regex.Pattern.compile(
      "\\bone[- ]?(?:time|off)\\b");

  /** "a $96,000 RSU grant", "a grant of 96k rsus", "96k rsus in total": a grant's whole value when no year is said. */
  private static final java.util.regex.Pattern GRANT_WHOLE = java.util.regex.Pattern.compile(
      // "so like 49k in stock total??", "49k total in rsus": the stock's total is the whole grant too.
      "\\bgrant(?:ed)?\\b|\\bin\\s+total\\b|\\b(?:stock|rsus?|equity|shares)\\s+total\\b(?!\\s+comp)"
          + "|\\btotal\\s+(?:in\\s+)?(?:stock|rsus?|equity)\\b");
  /** A year said beside a grant ("annual grant", "40k/yr", "refreshers"): a yearly figure, never the whole grant. */
  static final java.util.regex.Pattern GRANT_YEARLY = java.util.regex.Pattern.compile(
      // "vests annually", "vesting each year": how often a grant vests, never that its figure is a year's.
      "(?<!vests\\s)(?<!vest\\s)(?<!vesting\\s)(?<!vested\\s)(?<!paid\\s)\\b(?:annual(?:ly)?|yearly|per\\s+(?:year|yr"
          + "|annum)|a\\s+(?:year|yr)|each\\s+year|every\\s+year|refresh\\w*)\\b|/\\s*(?:yr|year|y)\\b");

  /** "/yr", "per year", "a year" right after a figure. */
  private static final java.util.regex.Pattern PER_YEAR = java.util.regex.Pattern.compile(
      "\\s*(?:/\\s*(?:yr|year|y)\\b|(?:per|a|an|each)\\s+(?:year|yr)\\b)");

  /** A percent bonus added to a figure: "178 + ~10% bonus", "165k plus a 12% bonus", "170 with 15% bonus". */
  private static final java.util.regex.Pattern PLUS_PERCENT_BONUS = java.util.regex.Pattern.compile(
      "k?\\s*(?:\\+|\\bplus\\b|\\band\\b|\\bwith\\b|w/)\\s*(?:an?\\s+)?~?\\s*\\d{1,2}(?:\\.\\d{1,2})?\\s*%\\s*"
          + "(?:target\\s+|annual\\s+)?bonus\\b");

  /** The stock's and a total's words, which leave no part for an unnamed yearly figure. */
  private static final java.util.regex.Pattern STOCK_OR_TOTAL = java.util.regex.Pattern.compile(
      "\\b(?:rsus?|stock|equity|shares|grant|options|tc|total|comp|package)\\b");

  /**
   * Whether the clauses of the figure's owner around it (the same sentence, the same company) name a base and a
   * bonus, a zero one too, and no stock or total.
   */
  private static boolean onlyStockUnnamed(OfferDraft d, int[] clause) {
    int k = d.clauses.indexOf(clause);
    if (k < 0) {
      return false;
    }
    int from = k;
    while (from > 0 && d.clauses.get(from - 1)[2] == 0 && d.said[from - 1].equals(d.said[k])) {
      from--;
    }
    int to = k;
    while (d.clauses.get(to)[2] == 0 && to + 1 < d.clauses.size() && d.said[to + 1].equals(d.said[k])) {
      to++;
    }
    String owned = d.cleanLower.substring(d.clauses.get(from)[0], d.clauses.get(to)[1]);
    return owned.contains("base") && owned.contains("bonus") && !STOCK_OR_TOTAL.matcher(owned).find();
  }

  /** "after that", "after year one", "from year 2 on", "thereafter", "the years after": the years after the first. */
  private static final java.util.regex.Pattern LATER_YEARS = java.util.regex.Pattern.compile(
      "\\s*(?:after (?:that|the first year|year (?:one|1)|yr 1)|thereafter|from (?:year|yr) (?:two|2)"
          + "|(?:in |for )?(?:the )?(?:years|yrs) after)");

  /** A yearly total's words: the years after a first year are the total's only where a total is talked of. */
  private static final java.util.regex.Pattern TOTAL_WORDS = java.util.regex.Pattern.compile(
      "\\b(?:tc|total|comp|package|all in)\\b");

  /** The part the figure's own words name, settled for a grant's total and for a percent. */
  static void named(OfferDraft d, FigureDraft f) {
    OfferAmount a = f.amount;
    int i = f.index;
    String cleanLower = d.cleanLower;
    if (f.component == null && d.allPart != null && !a.percent()) {
      // "current 160 → offer 185 vs stripe 200 (all base)": one word for every bare figure of the message.
      f.component = d.allPart;
    }
    if (f.component == null && !a.percent() && Phrases.containsAny(cleanLower, ClausePurpose.YEAR_ONE)
        && TOTAL_WORDS.matcher(cleanLower).find() && LATER_YEARS.matcher(cleanLower).region(a.end(), cleanLower.length()).lookingAt()) {
      // "tc is 250 in year one and 220 after that": beside year 1's figure, the years after it are the yearly total.
      f.component = Component.TOTAL;
    }
    f.grantTotal = f.component == Component.TOTAL && d.before[i] == Component.STOCK
        && d.after[i] == Component.TOTAL && cleanLower.startsWith("total", Clauses.firstLetter(cleanLower, a.end()))
        && !cleanLower.startsWith("total comp", Clauses.firstLetter(cleanLower, a.end()));
    if (f.grantTotal) {
      // "bumped rsus to 200k total": the grant's whole value, not the offer's yearly total.
      f.component = Component.STOCK;
    }
    if (f.component == Component.STOCK && !f.percent && ONE_TIME.matcher(cleanLower.substring(
        Math.max(f.clause[0], a.start() - PartWords.NEAR), a.start())).find()) {
      // "plus a one time 60k rsu grant": a grant given once is its whole value, never a year's, whatever its size.
      f.grantTotal = true;
    }
    if (f.component == Component.STOCK && !f.percent && !f.grantTotal
        && (cleanLower.contains("grant") || cleanLower.contains("total"))) {
      String clauseText = cleanLower.substring(f.clause[0], f.clause[1]);
      // "a $96,000 RSU grant", "96k rsus in total": the grant's whole value, over the years said or asked; an
      // "annual grant" or "40k/yr" stays a year's.
      f.grantTotal = GRANT_WHOLE.matcher(clauseText).find() && !GRANT_YEARLY.matcher(clauseText).find();
    }
    if (f.percent && f.component == Component.BASE
        && PercentParts.OF_BASE.matcher(cleanLower.substring(a.end())).lookingAt()) {
      // "it's 12.5% of base": a percent of the base is the bonus target.
      f.component = Component.BONUS;
    }
    if (f.percent && f.component != null && f.component != Component.BONUS && PercentParts.alone(cleanLower, a)
        && !PercentParts.labelled(cleanLower, a)) {
      // "195k base / 15% / 50k rsu": a percent between separators belongs to no word across them.
      f.component = null;
    }
    if (f.percent && PercentParts.PERCENT_VESTING.matcher(d.lower).region(a.end(), d.lower.length()).lookingAt()) {
      // "0.2% over 4 years": a percent that vests is a share of the company, never a bonus.
      f.component = Component.STOCK;
    }
  }

  /**
   * The part words of the sentence holding amount {@code i}: "Ally: 182k base / 15% / 50k RSU. Rocket: 195k base,
   * 10% bonus" names a bonus in Rocket's sentence, not in Ally's, so Ally's lone 15% is still its bonus.
   */
  private static List<PartWords.Keyword> sentenceWords(OfferDraft d, int i) {
    int from = Clauses.sentenceStart(d.clauses, d.clauseIndex[i]);
    int to = Clauses.sentenceEnd(d.clauses, d.clauseIndex[i]);
    return d.keywords.stream().filter(k -> k.start() >= from && k.end() <= to).toList();
  }

  private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);
  private static final java.math.BigDecimal THOUSAND = java.math.BigDecimal.valueOf(1_000);

  /** Words that say the company moved a figure: "they raised the sign on by 100%", "bumped base 5%". */
  private static final List<String> THEY_MOVED = List.of("they", "bump", "rais", "increas", "upped", "came back",
      "offer", "sweeten", "added", "moved", "went up", "boost", "improv", "doubl", "tripl");

  /**
   * The part of a figure no word named, and a first year's pay or a step up of a named part; false when the figure is
   * no part of any offer (a difference, a lone percent) or is asked about as loose.
   */
  static boolean unnamed(OfferDraft d, FigureDraft f) {
    OfferAmount a = f.amount;
    int i = f.index;
    int[] clause = f.clause;
    boolean percent = f.percent;
    String cleanLower = d.cleanLower;
    if (f.component == null && !percent && f.purpose == Figure.Purpose.OFFER && f.period == Period.MONTH
        && !a.magnitude() && (a.marked() || a.value().compareTo(HUNDRED) >= 0) && a.value().compareTo(THOUSAND) < 0) {
      // "and $150 a month" with no word: too little to be a salary in any currency the reader takes, so a stipend or
      // allowance whose purpose the message leaves out; asked, never a second base.
      d.remarks.add("What is " + a.written() + " a month for: a stipend (internet, phone, commuting) or an allowance? "
          + "It's too little to be a salary, so I've left it out of the offer. Tell me what it covers (\""
          + a.written() + " a month for internet\") and I'll keep it beside the pay.");
      return false;
    }
    if (f.component == null && !percent && f.purpose == Figure.Purpose.OFFER && f.period != Period.YEAR) {
      // "$95/hr", "15k a month" with no word: pay by the hour or the month is a salary.
      f.component = Component.BASE;
      d.remarks.add("Took " + a.written() + " " + f.period.written() + " as the base: pay by the "
          + (f.period == Period.HOUR ? "hour" : "period") + " is a salary.");
    }
    if (f.component == Component.TOTAL && f.purpose == Figure.Purpose.OFFER
        && (Phrases.containsAny(cleanLower.substring(clause[0], a.start()), ClausePurpose.YEAR_ONE)
            || yearOneAfter(cleanLower.substring(Math.min(a.end(), clause[1]), clause[1])))) {
      // "total first year is 337,250": a first year's pay with its one-time money, not the yearly total.
      f.purpose = Figure.Purpose.YEAR_ONE;
    }
    // "raised the sign on by 100%": a percent of the part's own figure; a bonus's points are asked (SignedSteps).
    // A percent step is theirs only where the message says they moved: "ok, 10% more on base it is. draft the
    // email?" is the user's own ask, never their new offer.
    if (f.component != null && f.component != Component.TOTAL && (!percent || f.component != Component.BONUS
        && Phrases.containsAny(cleanLower, THEY_MOVED))
        && f.purpose == Figure.Purpose.OFFER && Steps.step(cleanLower.substring(clause[0], clause[1]), a.start() - clause[0], a.end() - clause[0])) {
      // "they bumped base by 10k", "threw in another 5k signing": a step up of that part, not its new figure.
      f.purpose = Figure.Purpose.STEP;
    }
    if (f.component == null && !percent && f.purpose == Figure.Purpose.OFFER && Steps.difference(cleanLower, a)) {
      // "+5k", "a 12k bump": a step between two figures, never a figure of the offer itself.
      d.differences.add(a.written());
      return false;
    }
    // "180 base 15% more than what i make", "150 base 5% raise in march": a raise, never the bonus.
    boolean raise = percent && PercentParts.RAISE_AFTER.matcher(cleanLower).region(a.end(), cleanLower.length())
        .lookingAt();
    if (f.component == null && percent && !raise && f.purpose != Figure.Purpose.OFFER && i > 0
        && PercentParts.PERCENT_AFTER_BASE.matcher(cleanLower.substring(d.amounts.get(i - 1).end(), a.start()))
            .matches()) {
      // "Wells Fargo offered 200 base + 15%": a percent joined to another offer's base is its bonus (this offer's
      // own is read below, and said back).
      f.component = Component.BONUS;
    }
    if (f.component == null && percent && !raise && f.purpose == Figure.Purpose.OFFER && i > 0
        && d.keywords.stream().noneMatch(k -> k.component() == Component.BONUS)
        && PercentParts.PERCENT_AFTER_BASE.matcher(cleanLower.substring(d.amounts.get(i - 1).end(), a.start()))
            .matches()) {
      // "140 base 10% 30k rsu/yr": a percent right after the base, in an offer that names no bonus, is its target.
      f.component = Component.BONUS;
      d.remarks.add("Took " + a.written() + " as the bonus target, a percent of base: tell me if it is something "
          + "else.");
    }
    if (f.component == null && percent && f.purpose == Figure.Purpose.OFFER
        && PercentParts.lonePercent(cleanLower, a)) {
      // "15%" alone, or "it's 15%": in an offer's thread a percent on its own is the bonus target.
      f.component = Component.BONUS;
    }
    if (f.component == null && !percent && f.purpose != Figure.Purpose.WALK_AWAY
        && PercentParts.BASE_BEFORE_PERCENT.matcher(cleanLower.substring(a.end())).lookingAt()) {
      // "180K/yr + 15%", "I'm at $149k now with a 5% bonus", "£150k + 10%": a percent of pay is a percent of base,
      // so the figure it follows is the base, whoever's pay it is.
      f.component = Component.BASE;
      d.impliedBase = true;
      if (f.purpose == Figure.Purpose.OFFER) {
        d.remarks.add("Took " + a.written() + " as the base, with the percent after it as the bonus target: tell me "
            + "if it is something else.");
      }
    }
    if (f.component == null && !percent && f.purpose != Figure.Purpose.WALK_AWAY
        && PercentParts.BASE_BEFORE_EQUITY.matcher(cleanLower.substring(a.end())).lookingAt()) {
      // "the startup one is 170k + 0.4% fully diluted": the cash beside a share of the company is the salary.
      f.component = Component.BASE;
      d.remarks.add("Took " + a.written() + " as the base, the cash beside the share of the company.");
    }
    if (f.component == null && percent && d.impliedBase
        && (PercentParts.alone(cleanLower, a) || f.purpose != Figure.Purpose.OFFER)) {
      f.component = Component.BONUS;
    }
    if (f.component == null && percent && f.purpose == Figure.Purpose.OFFER
        && PercentParts.barePercent(cleanLower, a, d.keywords, sentenceWords(d, f.index))) {
      // "170 base + 8% + 120k rsu": a percent standing alone beside the offer's parts is its bonus target.
      f.component = Component.BONUS;
      d.remarks.add("Took " + a.written() + " as the bonus target, a percent of base: tell me if it is something "
          + "else.");
    }
    if (f.component == null && !percent && f.purpose == Figure.Purpose.OFFER
        && Grants.grantYearsRightAfter(d.lower, a, d.yearSpans) > 0) {
      // "$200k over 4 years": money spread over years with no word is an equity grant, said so.
      f.component = Component.STOCK;
      d.remarks.add("Took " + a.written() + " over " + Grants.grantYearsRightAfter(d.lower, a, d.yearSpans)
          + " years as the equity grant: tell me if it is something else.");
    }
    if (f.component != null) {
      return true;
    }
    if (percent && (f.purpose == Figure.Purpose.OFFER || f.purpose == Figure.Purpose.CURRENT)
        && PercentParts.RAISE_AFTER.matcher(cleanLower).region(a.end(), cleanLower.length()).lookingAt()) {
      // "they're offering 15% more": more than the pay of today, a raise, not a bonus; asked, never worked out here.
      // "is 12% more than what i make now enough to jump?" asks about a raise: no figure to read, nothing to ask.
      if (ASKS_OF_A_RAISE.matcher(cleanLower).region(a.end(), cleanLower.length()).find()) {
        return false;
      }
      d.remarks.add("Is the " + a.written() + " a raise on your pay today? Tell me their base as a figure, e.g. "
          + "\"175k base\", and I'll read it: I won't work an offer out from a percent.");
      return false;
    }
    if (percent) {
      return false;
    }
    if (f.purpose != Figure.Purpose.WALK_AWAY && f.purpose != Figure.Purpose.CURRENT && PER_YEAR.matcher(cleanLower)
        .region(a.end(), cleanLower.length()).lookingAt() && onlyStockUnnamed(d, clause)) {
      // "datadog 225 base 0 bonus 90k/yr": a yearly figure beside a named base and bonus is the stock, said so.
      f.component = Component.STOCK;
      d.remarks.add("Took " + a.written() + " a year as the stock: the base and the bonus are named beside it.");
      return true;
    }
    if (f.purpose == Figure.Purpose.OFFER && f.period == Period.YEAR && ClausePurpose.formOffered(
        cleanLower.substring(clause[0], clause[1]), cleanLower) == Figure.Purpose.OFFER) {
      // "either perm at 170k or contract at $95/hr": a salaried job's one yearly figure is its salary, said so.
      f.component = Component.BASE;
      d.remarks.add("Took " + a.written() + " as the base: it is the salary of the full-time job, beside the "
          + "contract.");
      return true;
    }
    if (f.purpose != Figure.Purpose.OFFER && PLUS_PERCENT_BONUS.matcher(cleanLower).region(a.end(),
        cleanLower.length()).lookingAt()) {
      // "i'm currently at 178 + ~10% bonus": a percent bonus is a share of base, so the figure it is added to is the
      // base (the bonus is then worked out on it and said back), never a total the bonus is asked of.
      f.component = Component.BASE;
      return true;
    }
    if (f.purpose != Figure.Purpose.OFFER) {
      f.component = Component.TOTAL;
      f.unnamedPart = f.purpose == Figure.Purpose.COMPETING;
      return true;
    }
    // A bare number inside a sentence ("in 2 days", "a 2025 start") is not a figure; a marked one, a lone one or one
    // large enough to be pay is, and gets a question: which component is it?
    if (a.marked() || a.magnitude() || d.clean.trim().equals(a.written()) || LeftOut.looksLikePay(a, cleanLower)) {
      // The period goes with it, so the question and its answer read "15,000 a month" as a year's pay.
      d.loose.add(f.period == Period.YEAR ? a.written() : a.written() + " " + f.period.written());
    }
    return false;
  }

  /** "tc is 250 in year one", "250 for the first year": the year named right after a total makes it year 1's. */
  private static boolean yearOneAfter(String after) {
    String said = after.stripLeading();
    for (String lead : List.of("in ", "for ", "the ")) {
      if (said.startsWith(lead)) {
        said = said.substring(lead.length());
      }
    }
    if (said.startsWith("the ")) {
      said = said.substring(4);
    }
    for (String year : ClausePurpose.YEAR_ONE) {
      if (said.startsWith(year)) {
        return true;
      }
    }
    return false;
  }
}
