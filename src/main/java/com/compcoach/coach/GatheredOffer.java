package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The offer gathered from a message's figures: each figure kept by whose it is, then the message's reading with the
 * parts it says are absent, OTE split, several companies weighed, its remarks and what to ask.
 */
final class GatheredOffer {

  private GatheredOffer() {}

  /** Keeps a read figure: its grant's years, whether the grant is yearly, and whose offer it is. */
  static void add(OfferDraft d, FigureDraft f) {
    OfferAmount a = f.amount;
    Figure.Purpose purpose = f.purpose;
    Component component = f.component;
    if (purpose == Figure.Purpose.COMPETING && f.whose != Whose.Said.OTHER_FORM
        && ClausePurpose.expired(d.cleanLower, a.start())) {
      // "had an offer from fifth third for 170 but it expired": history, not leverage; never named to them as live.
      d.remarks.add("Left " + (f.whose.from() == null ? "the other offer's " : f.whose.from() + "'s ") + a.written()
          + " out: that offer is no longer open, so it is history, not a competing offer I'd name to them.");
      return;
    }
    if (purpose == Figure.Purpose.COMPETING && d.competitor == null) {
      d.competitor = f.whose.from();
    }
    int grantYears = 0;
    // The years may stand after the count a figure values: "800 units vesting over 4 yrs (approx $140k)".
    int yearsFrom = LeftOut.valuesCount(d, f.index) ? d.amounts.get(f.index - 1).end() : a.end();
    for (int[] span : d.yearSpans) {
      if (span[0] >= yearsFrom && component == Component.STOCK
          && (span[0] < Math.max(f.clause[1], a.start()) || sameSentenceNoFigure(d, f.index, span[0]))) {
        grantYears = span[2];
      }
    }
    if (grantYears == 0 && component == Component.STOCK) {
      grantYears = labelYears(d, a);
    }
    boolean yearly = component == Component.STOCK
        && (Grants.PER_YEAR.matcher(d.clean.substring(a.end(), Math.min(d.clean.length(), a.end() + 30))).find()
            // "they can add 20k more in RSUs a year": a step's year may stand past its part's words, in its clause.
            || purpose == Figure.Purpose.STEP && FigurePart.GRANT_YEARLY.matcher(
                d.cleanLower.substring(a.end(), Math.max(a.end(), f.clause[1]))).find());
    d.currentPay |= purpose == Figure.Purpose.CURRENT;
    if (component == Component.TOTAL && !f.percent && OnTargetEarnings.ote(d.cleanLower, a, f.clause)) {
      // "OTE 300k": on-target earnings, base plus target commission or bonus; split once the base is known.
      d.onTarget.add(new Figure(purpose, component, a.whole(false, f.period.perYear()), false,
          a.currency(), 0, false, a.written(), f.period));
      return;
    }
    if (f.whose == Whose.Said.OTHER_FORM) {
      // "either perm at 170k or contract at $95/hr": the contract is this company's other way of hiring, not a
      // competing offer to name to them.
      d.remarks.add("Left the other option's " + a.written() + " out: it is another way this job is offered, not a "
          + "competing offer, so it is never named to them as one.");
      d.otherForm = f.period.perYear() > 1 ? a.whole(false, f.period.perYear()) : 0;
      return;
    }
    // A grant total with no years ("bumped rsus to 200k total") takes the years the thread gave, or asks.
    d.figures.add(new Figure(purpose, component, a.whole(f.percent, f.period.perYear()), f.percent,
        a.currency(), grantYears, yearly, a.written(), f.period, f.grantTotal && grantYears == 0, f.unnamedPart));
    d.owners.add(purpose == Figure.Purpose.COMPETING ? f.whose.from() : null);
  }

  /** After a grant's years, the words that lead to its figure: " rsu grant of ", " equity award worth $". */
  /** "the bonus is prorated the first year", "pro-rata bonus for year one": a first year's bonus cut by the start date. */
  private static final java.util.regex.Pattern PRORATED_BONUS = java.util.regex.Pattern.compile(
      // Not "a 12% bonus and a 20k sign-on, repaid pro rata": another part's words between are that part's terms.
      "\\bbonus\\b(?:(?!sign|repa|claw|reloc|bonus)[^.;!?]){0,60}?\\b(?:pro[- ]?rat\\w*|pro rata)\\b"
      + "|\\b(?:pro[- ]?rat\\w*|pro rata)\\b(?:(?!sign|repa|claw|reloc)[^.;!?]){0,40}?\\bbonus\\b");

  private static final java.util.regex.Pattern YEARS_THEN_GRANT = java.util.regex.Pattern.compile(
      "\\s*(?:rsus?|stock|equity|share|shares|options?)\\s*(?:grant|award|package)?\\s*(?:of|worth|valued at|at|:|=)?"
      + "\\s*\\$?\\s*|\\s*(?:grant|award)\\s+(?:of|worth)\\s*\\$?\\s*");

  /** A stock word right before the years. */
  private static final java.util.regex.Pattern STOCK_LABEL = java.util.regex.Pattern.compile(
      "(?:rsus?|stock|equity|grant|shares)\\W{0,3}$");

  /**
   * The grant's years said in its label, between the stock word and the figure ("RSU (4yr)\t200,000", "RSU over 4
   * years: 200,000", as a spreadsheet or a list puts them), or 0.
   */
  private static int labelYears(OfferDraft d, OfferAmount a) {
    for (int[] span : d.yearSpans) {
      if (span[1] <= a.start() && a.start() - span[1] <= 32
          && YEARS_THEN_GRANT.matcher(d.lower.substring(span[1], a.start())).matches()) {
        // "4yr rsu grant of 180k", "a four-year equity award worth $200k": the years lead the grant they vest.
        return span[2];
      }
      if (span[1] <= a.start() && a.start() - span[1] <= 6
          && d.lower.substring(span[1], a.start()).matches("[\\s:)=\\-$]*")
          && STOCK_LABEL.matcher(d.lower.substring(Math.max(0, span[0] - 16), span[0])).find()) {
        return span[2];
      }
    }
    return 0;
  }

  /**
   * Whether the grant's years come later in the figure's sentence with no other figure between: "equity is like 200k
   * but over 4", "the rsus went up to 200k, still 4 years".
   */
  private static boolean sameSentenceNoFigure(OfferDraft d, int i, int at) {
    int end = i + 1 < d.amounts.size() ? d.amounts.get(i + 1).start() : d.clean.length();
    String between = d.clean.substring(d.amounts.get(i).end(), at);
    return at <= end && between.chars().noneMatch(c -> c == '.' || c == ';' || c == '!' || c == '?');
  }

  /** "they offered 5k more", "they'll do 10k more": a step said as theirs, by who made it or by the verb of an offer. */
  private static final java.util.regex.Pattern THEIR_STEP = java.util.regex.Pattern.compile(
      "\\b(?:they|theyll|they'll|theyre|they're|recruiter|offered|offering)\\b");

  /** The message's reading once every figure is read. */
  /** A walk-away said to give: "185, but flexible", "it's negotiable", "a soft floor". */
  private static final java.util.regex.Pattern FLEXIBLE_FLOOR = java.util.regex.Pattern.compile(
      "\\b(?:(?:but|though|somewhat|a\\s+bit|fairly|pretty|kinda|kind\\s+of)\\s+)?(?:flexible|negotiable)\\b(?!\\s+"
      + "(?:on|about|with)\\s+(?:the\\s+)?(?:start|date|location|remote|hours))|\\bsoft\\s+(?:floor|walk-?away|minimum|"
      + "number|line)\\b");

  /**
   * "190k base, 20k guaranteed bonus for year one, then 12% target after that": two bonus figures of this offer, one
   * guaranteed for the first year only. The target is the yearly bonus; the guarantee is year 1's, said so and left out
   * of the year (it was asked as two bonuses, the whole offer dropped).
   */
  private static void yearOneGuarantee(String lower, List<Figure> figures, List<String> remarks) {
    List<Figure> bonuses = figures.stream()
        .filter(f -> f.purpose() == Figure.Purpose.OFFER && f.component() == Component.BONUS).toList();
    if (bonuses.size() != 2) {
      return;
    }
    for (Figure f : bonuses) {
      int at = f.written() == null ? -1 : lower.indexOf(f.written().toLowerCase(java.util.Locale.ROOT));
      if (at < 0 || f.percent()) {
        continue;
      }
      String near = lower.substring(Math.max(0, at - 25), Math.min(lower.length(), at + f.written().length() + 40));
      Figure target = bonuses.get(0) == f ? bonuses.get(1) : bonuses.get(0);
      if (near.contains("guarant") && Phrases.containsAny(near, ClausePurpose.YEAR_ONE)
          && !lower.substring(Math.max(0, lower.indexOf(target.written().toLowerCase(java.util.Locale.ROOT)) - 25),
              Math.max(0, lower.indexOf(target.written().toLowerCase(java.util.Locale.ROOT)))).contains("guarant")) {
        figures.remove(f);
        remarks.add("Took " + target.written() + " as the yearly bonus target; the " + f.written() + " guaranteed "
            + "for year one is that year's bonus only, so the yearly figures count the target. Ask whether year 1 "
            + "pays the greater of the two.");
        return;
      }
    }
  }

  static Reading reading(OfferDraft d) {
    String lower = d.lower;
    List<Figure> figures = d.figures;
    List<String> remarks = d.remarks;
    List<String> unclear = d.unclear;
    if (d.perShareSeen != null && figures.isEmpty() && remarks.isEmpty() && d.loose.isEmpty() && unclear.isEmpty()) {
      // "409a is $10/share": a price per share alone is no pay, but it is how options are valued: say how.
      remarks.add("A price per share (" + d.perShareSeen + ") isn't pay by itself: options are worth the share price "
          + "less their strike, times their count, spread over the vesting years. Tell me that yearly value, e.g. "
          + "\"options worth 30k a year\".");
    }
    if (figures.isEmpty() && d.amounts.isEmpty() && Revisions.MATCHED.matcher(lower).find()) {
      // "they matched google": their answer, but at which figures? Matching a total says nothing of the parts.
      unclear.add("They matched it: at which figures? Tell me their new offer (\"230k base, 80k rsu, 40k bonus\") and "
          + "I'll weigh it against the competing offer.");
    }
    AgreedParts.take(lower, figures, d.owners, d.asks, remarks);
    AbsentParts.nothingOf(lower, figures, d.owners, d.amounts.isEmpty());
    if (lower.contains("guarant") && Phrases.containsAny(lower, ClausePurpose.YEAR_ONE)) {
      yearOneGuarantee(lower, figures, remarks);
    }
    if ((lower.contains("flexib") || lower.contains("negotiable") || lower.contains("soft"))
        && figures.stream().anyMatch(f -> f.purpose() == Figure.Purpose.WALK_AWAY)
        && FLEXIBLE_FLOOR.matcher(lower).find()) {
      // "my walk-away is 185, but flexible": the line is held, and its give is said back, never dropped in silence.
      remarks.add("Noted the walk-away is flexible: no counter goes below it, and where an answer comes close to it "
          + "I'll weigh it with you rather than tell you to walk.");
    }
    String down = figures.stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER) ? AbsentParts.tradedDown(lower)
        : null;
    if (down != null) {
      remarks.add(down);
    }
    for (Figure f : figures) {
      String dropped = AbsentParts.signOnDropped(f);
      if (dropped != null && !remarks.contains(dropped)) {
        remarks.add(dropped);
      }
    }
    List<Figure> onTargetLater = new ArrayList<>();
    OnTargetEarnings.onTarget(d.onTarget, figures, d.owners, remarks, unclear, onTargetLater);
    if (figures.stream().anyMatch(f -> f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER)) {
      String clawback = SideQuestions.clawbackNote(lower);
      if (clawback != null) {
        remarks.add(clawback);
      }
    }
    if (lower.contains("rat") && figures.stream().anyMatch(f -> f.component() == Component.BONUS
        && f.purpose() == Figure.Purpose.OFFER) && PRORATED_BONUS.matcher(lower).find()) {
      // "15% annual bonus … prorated the first year since I start in march": year 1 pays less than the year shown.
      remarks.add("Noted: the bonus is prorated in your first year, so year 1 pays less bonus than the yearly figure "
          + "shown here (by the part of the year you're not there). Ask whether a sign-on can make up the difference.");
    }
    if (d.unsure[0] != null && !figures.isEmpty()) {
      unclear.add("Whose figures are these: " + d.unsure[0] + "'s, a competing offer, or the offer you're "
          + "negotiating? Say \"" + d.unsure[0] + " offered …\" for a competing offer, or \"they offered …\" for "
          + "this one.");
    }
    scaleAndEstimates(d);
    java.util.Map<String, List<Figure>> rivals = new java.util.LinkedHashMap<>();
    String competitor = Rivals.strongest(figures, d.owners, d.competitor, remarks, rivals);
    boolean revision = false;
    for (String phrase : Revisions.REVISION) {
      revision |= lower.contains(phrase);
    }
    // "they'd go to 192 if I forgo the sign-on": a trade they offer is their answer, its bare figure placed as one.
    revision |= AbsentParts.tradesAPart(lower);
    for (String phrase : Revisions.SELF_CORRECTION) {
      revision &= !lower.contains(phrase);
    }
    SignOnShares.signOnByYear(lower, d.amounts, figures, d.loose, d.differences);
    if (!d.differences.isEmpty()) {
      String step = d.differences.get(0);
      if (!d.loose.isEmpty() && figures.isEmpty() && d.differences.size() == 1 && d.loose.size() == 1) {
        // "they offered 190 which is 10 more than last time": the step says how far the new figure moved; the figure
        // itself is the answer, placed as a bare figure is.
        remarks.add("Took " + step + " as how far it moved, not a figure of the offer.");
      } else if ((revision || THEIR_STEP.matcher(lower).find()) && figures.isEmpty()) {
        // "they came back with +5k", "they offered 5k more, take it?": their answer, but on which part? The part
        // named next ("base") takes the step, or its new figure settles it.
        unclear.add("Which part went up by " + step + ", and what is it now? Say the part (\"base\") or the new "
            + "figure with its word (\"190k base\") and I'll weigh their answer.");
        if (d.choice == null && d.differences.size() == 1) {
          d.choice = new StepAsked(step).pending();
        }
      } else {
        remarks.add("Took " + step + " as a difference (a raise or a step up), not a figure of the offer: tell me the "
            + "new figure with its word (\"190k base\") if the offer changed.");
      }
    }
    // "i countered at 220k base" gives the user's own ask, no figure of theirs: nothing to weigh as their answer.
    // "interviewing with bofa too. they said 175 base" gives another company's figures: not their answer either.
    revision &= figures.stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER
        || f.purpose() == Figure.Purpose.STEP) || !d.corrections.isEmpty()
        || !unclear.isEmpty() || !d.loose.isEmpty();
    String employer = null;
    if (lower.contains(" at ") || lower.contains(" for ") || lower.contains(" is ")) {
      Matcher at = Whose.EMPLOYER.matcher(d.text);
      employer = at.find() ? at.group(1) : null;
    }
    if (employer == null && d.currentPay) {
      // "currently making 210k tc at jpm": where pay today is paid is the current employer, typed in lower case.
      employer = Attribution.employerAt(lower);
    }
    String whose = null;
    for (Figure f : figures) {
      // A coach's "she's currently on 150" is her pay today, said back as hers like her walk-away.
      // Only its own sentence says whose: "she wants an answer by friday. i make 150k now" is the user's pay.
      whose = f.purpose() == Figure.Purpose.WALK_AWAY || f.purpose() == Figure.Purpose.CURRENT
          ? Whose.whoseWalkAway(sentenceHolding(d, f, lower)) : whose;
    }
    SignOnShares.overTwoYears(lower, figures);
    String forms = TwoForms.weighed(d.otherForm, figures);
    if (forms != null) {
      remarks.add(forms);
    }
    // A correction ("sorry, 190 not 180") fixes what the user typed; it is not their answer to a counter.
    return new Reading(figures, d.vesting, revision, competitor, d.loose, employer, unclear, d.corrections, remarks,
        Phrases.containsAny(lower, Revisions.SWAPPED), whose, onTargetLater, d.bonusUnsure, rivals, d.asks,
        d.choice);
  }

  /** Says back bare figures read in thousands, and estimates taken as exact. */
  private static void scaleAndEstimates(OfferDraft d) {
    List<String> inThousands = d.inThousands;
    if (!inThousands.isEmpty() || d.walkAwayInThousands) {
      String why = d.thousands ? "like the other figures in that message" : "as pay in parts of this size is";
      // A walk-away is never repeated in a channel, so its remark names no figure.
      if (d.walkAwayInThousands) {
        inThousands.add("the walk-away in thousands");
      }
      int last = inThousands.size() - 1;
      d.remarks.add("Read " + (last == 0 ? inThousands.get(0)
          : String.join(", ", inThousands.subList(0, last)) + " and " + inThousands.get(last)) + ", " + why + ".");
    }
    if (!d.estimates.isEmpty()) {
      d.remarks.add("Took " + String.join(", ", d.estimates) + " as exact: check against the written offer and tell "
          + "me the exact figures if they differ.");
    }
  }

  /** The sentence holding the figure as typed, or the whole message when it cannot be found. */
  private static String sentenceHolding(OfferDraft d, Figure f, String lower) {
    int at = f.written() == null ? -1 : d.cleanLower.indexOf(f.written().toLowerCase(Locale.ROOT));
    for (int k = 0; at >= 0 && k < d.clauses.size(); k++) {
      int[] clause = d.clauses.get(k);
      if (at >= clause[0] && at < clause[1]) {
        return d.cleanLower.substring(Clauses.sentenceStart(d.clauses, k), Clauses.sentenceEnd(d.clauses, k));
      }
    }
    return lower;
  }
}
