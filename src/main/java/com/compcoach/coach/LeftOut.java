package com.compcoach.coach;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures that are no pay the counter weighs: a price per share, relocation, an allowance, a count. */
final class LeftOut {

  private LeftOut() {}

  /** Words after a percent that make it a part of pay paid later: "10% is deferred", "10% of it deferred". */
  private static final Pattern DEFERRED_AFTER = Pattern.compile(
      "\\s*(?:of\\s+(?:it|that|the\\s+base|base)\\s+)?(?:is\\s+|will\\s+be\\s+|gets\\s+|being\\s+)?deferred\\b");

  /** What the remark on the room above the offer says after its figure, so the company's ceiling can be kept. */
  static final String ROOM_SAID = " is how far they can go";

  /**
   * Whether amount {@code i} is no pay the counter weighs, said so in the remarks: a price per share (said only when
   * nothing else is read), relocation, refreshers, an allowance.
   */
  static boolean takes(OfferDraft d, int i, OfferAmount a, int[] clause) {
    if (a.percent() && d.cleanLower.contains("defer") && DEFERRED_AFTER.matcher(d.cleanLower).region(a.end(),
        d.cleanLower.length()).lookingAt()) {
      // "base is 185 but 10% is deferred to year 2": part of the base paid later, never a bonus, never dropped unsaid.
      d.remarks.add("Noted that " + a.written() + " is deferred (paid later, not in the year it's earned): I weigh "
          + "the figures as given, but your first year's cash is lower. Ask when the "
          + "deferred part is paid and whether you keep it if you leave before then, and get both in writing.");
      return true;
    }
    if (i + 1 < d.amounts.size() && valuesCount(d, i + 1)) {
      // "600 RSUs (worth about $96k)": the count, valued by the figure after it, which is read.
      return true;
    }
    if (!a.percent() && a.kind() == null && perShare(d.lower, a)) {
      d.perShareSeen = a.written();
      return true;
    }
    if (!a.percent() && (VALUATION.matcher(d.cleanLower.substring(Math.max(0, a.start() - 40), a.start())).find()
        && !valuesCount(d, i)
        || VALUATION_AFTER.matcher(d.cleanLower).region(a.end(), d.cleanLower.length()).lookingAt()
        && ROUND_BEFORE.matcher(d.cleanLower.substring(Math.max(0, a.start() - 40), a.start())).find())) {
      // "last round valued them at $80M": what the whole company is worth, which prices a share of it, never pay.
      d.remarks.add("Left " + a.written() + " out: it is the company's valuation, not pay. A share of the company is "
          + "worth that share of it only when the shares can be sold, so I don't count it as yearly pay.");
      return true;
    }
    if (!a.percent() && a.kind() == null && (ROOM.matcher(d.cleanLower.substring(Math.max(0, a.start() - 48),
        a.start())).find() || Hedges.capped(d.cleanLower, clause, a) && atNowBeside(d.cleanLower, a))) {
      // "HM approved up to 168 base", "hiring manager can go to 168": how far the company may move, not what it offers.
      d.remarks.add(a.written() + ROOM_SAID + ", not what is offered: the room above the offer. It is "
          + "kept out of the offer's figures until it is offered.");
      return true;
    }
    if (!a.percent() && d.cleanLower.contains("promot") && promised(d.cleanLower.substring(clause[0], clause[1]))) {
      // "they promised a promotion in 6 months to 190": pay they say may come later, neither today's nor this offer's.
      d.remarks.add("Left " + a.written() + " out: it's a promotion they promise for later, not this offer's pay. "
          + "Get it in the written offer (the title, the date and the base it brings); until then the counter "
          + "weighs only what's offered now.");
      return true;
    }
    if (!a.percent() && hearsay(d.cleanLower, clause, a)) {
      // "I heard Stripe pays 220 for this": what someone is said to pay is no offer the user holds, so it is no
      // competing offer and no part of this one.
      d.remarks.add("Left " + a.written() + " out: it's pay you heard of, not an offer you hold, so I don't "
          + "weigh it as a competing offer. Don't name it as an offer to them; if you do hold one, tell me its "
          + "figures (\"stripe offered me 220k base\").");
      return true;
    }
    if (!a.percent() && a.kind() == null && relocation(d.cleanLower, a, clause)) {
      d.remarks.add("Left " + a.written() + " relocation out: it pays for the move, so the counter doesn't weigh "
          + "it as pay.");
      return true;
    }
    if (!a.percent() && d.refreshers && d.cleanLower.substring(clause[0], clause[1]).contains("refresh")) {
      // "annual refreshers ~25k": grants that may come later, at their discretion, are no part of this offer's stock.
      d.remarks.add("Left " + a.written() + " of refreshers out: refresh grants come later and at their discretion, "
          + "so the counter weighs only the grant in the offer. Ask whether they are guaranteed, and get it in "
          + "writing.");
      return true;
    }
    if (!a.percent() && d.before[i] == null && d.after[i] == null && allowance(d.cleanLower, a, clause)) {
      d.remarks.add("Left " + a.written() + " out: it is an allowance paid beside the salary, so the counter doesn't "
          + "weigh it as pay.");
      return true;
    }
    return false;
  }

  /** Words that make a clause's figures something heard, not offered: "i heard", "rumor is", "on levels.fyi". */
  private static final Pattern HEARSAY = Pattern.compile("\\b(?:(?:i|i've|ive|i have|we|we've)\\s+(?:also\\s+)?heard"
      + "(?!\\s+(?:back|from\\s+(?:the\\s+|my\\s+|their\\s+)?(?:recruiter|them|hr|ally|hiring\\s+manager|hm|manager"
      + "|company|team|talent|ta|recruiting)\\b))|rumou?rs?|word is|levels\\.?fyi|glassdoor|on blind)\\b");

  /** Words that make the figures the user's own all the same: "i heard back, they offered me 190". */
  private static final Pattern TO_ME = Pattern.compile("\\b(?:me|my offer|i got|offered us)\\b");

  /**
   * Their offer said between the hearsay and the figure: "glassdoor says 200 is typical, they offered 180k" keeps
   * 180k; what they offered is the user's own offer, whatever was heard before it.
   */
  private static final Pattern OFFERED = Pattern.compile("\\b(?:they|recruiter|hr|company|hiring manager)\\s+(?:offered"
      + "|are offering|came back|bumped)|\\b(?:they're|theyre) offering|\\boffer (?:is|was)\\b");

  /**
   * Whether a figure is heard of someone's pay, not offered to the user: the hearsay words must come before it in its
   * clause ("they offered 180k base, way below what glassdoor says" keeps 180k), with no offer to the user between.
   */
  static boolean hearsay(String lower, int[] clause, OfferAmount a) {
    if (!(lower.contains("heard") || lower.contains("rumo") || lower.contains("word is") || lower.contains("levels")
        || lower.contains("glassdoor") || lower.contains("blind"))) {
      return false;
    }
    String said = lower.substring(clause[0], clause[1]);
    if (TO_ME.matcher(said).find() || a.start() < clause[0] || a.start() > clause[1]) {
      return false;
    }
    String before = lower.substring(clause[0], a.start());
    Matcher heard = HEARSAY.matcher(before);
    int last = -1;
    while (heard.find()) {
      last = heard.end();
    }
    return last >= 0 && !OFFERED.matcher(before.substring(last)).find();
  }

  /** A promotion said as to come: "promised a promotion to 190", "promotion in 6 months to 190", "after a year". */
  private static final Pattern PROMOTION_LATER = Pattern.compile("\\bpromis\\w*|\\bpromot\\w*\\s+(?:in|after|within)\\s+"
      + "(?:\\d+|an?|one|six|twelve|the\\s+first)\\b|\\b(?:in|after|within)\\s+(?:\\d+|an?|one|six|twelve)\\s+"
      + "(?:months?|mos?|years?|yrs?|quarters?)\\b[^.;]{0,30}\\bpromot");

  /** Whether a clause that names a promotion says it is to come, not pay already got. */
  private static boolean promised(String clause) {
    return PROMOTION_LATER.matcher(clause).find();
  }

  /** Where they are now, said of another figure: "currently they're at 165", "we're at 160 right now". */
  private static final Pattern AT_NOW = Pattern.compile("\\b(?:currently|right now|now|rn|today)\\b[^.;\\d]{0,16}"
      + "\\b(?:they're|they are|theyre|we're|we are|were|it's|its)\\s+at\\b|\\b(?:they're|they are|theyre|we're|"
      + "we are)\\s+(?:currently|now|right now)\\s+at\\b");

  /**
   * "max they can do is 175. Currently they're at 165": a cap beside where they are now on another figure is the room
   * above the offer, not the offer.
   */
  private static boolean atNowBeside(String lower, OfferAmount a) {
    Matcher m = AT_NOW.matcher(lower);
    while (m.find()) {
      if (m.start() >= a.end() || m.end() <= a.start()
          && lower.substring(m.end(), a.start()).chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /** Whether amount {@code i} is what the unmarked count of units just before it is worth. */
  static boolean valuesCount(OfferDraft d, int i) {
    OfferAmount count = i > 0 ? d.amounts.get(i - 1) : null;
    OfferAmount value = d.amounts.get(i);
    return count != null && !count.percent() && !count.marked() && value.marked()
        && COUNT_THEN_VALUE.matcher(d.cleanLower).region(count.end(), value.start()).matches();
  }

  /**
   * A count of units and, right after it, what the count is worth, up to the worth's figure: "600 rsus (worth about ",
   * "1,200 shares, valued at ". Words between the two ("800 units vesting over 4 yrs (approx …") leave the count to be
   * asked about.
   */
  private static final Pattern COUNT_THEN_VALUE = Pattern.compile("\\s*(?:rsus?|restricted stock units?|units|shares)"
      + "\\s*[(,–—-]\\s*(?:worth|valued\\s+at|approx\\.?|approximately|about|around|roughly|~|≈|i\\.e\\.)\\s*"
      + "(?:about\\s+|around\\s+|~\\s*)?");

  /** Words right before a company's valuation: "valued them at $80M", "a valuation of 1.2B", "post-money of". */
  private static final Pattern VALUATION = Pattern.compile("\\b(?:valued (?:\\w+ )?at|valuation (?:of|is|was|at)"
      + "|(?:post|pre)-?money (?:valuation )?(?:of|is|was|at)?|raised (?:\\w+ )?at)\\s*(?:about |around |~)?[$€£]?\\s*$");

  /** Words right after a company's valuation: "a 50M post", "80M post-money", "1.2B valuation". */
  private static final Pattern VALUATION_AFTER = Pattern.compile("\\s*(?:(?:post|pre)(?:-?money)?|valuation)\\b");

  /** A round or valuation named before it, so "post" is the round's: "their last round was at a 50M post". */
  private static final Pattern ROUND_BEFORE = Pattern.compile("\\b(?:round|raised|valued|valuation|series [a-e])\\b");

  /**
   * Who may approve more and how far, right before a figure: "HM approved up to ", "hiring manager can go to ",
   * "budget goes up to ". Without "up to" or "go to" ("the HM approved 185") it is their answer, read as offered.
   */
  private static final Pattern ROOM = Pattern.compile("\\b(?:hm|hiring manager|the manager|manager|budget|finance"
      + "|comp team|leadership|the vp|director)\\s+(?:has\\s+|already\\s+|just\\s+|said\\s+(?:we|they)\\s+)?"
      + "(?:approved(?:\\s+(?:going|us|me))?\\s+(?:up\\s+)?to|signed off on(?:\\s+going)?\\s+(?:up\\s+)?to|ok'?d\\s+(?:up\\s+)?to"
      + "|okayed\\s+(?:up\\s+)?to|(?:can|could|will|would|is willing to)\\s+go\\s+(?:up\\s+)?(?:to|as high as)"
      + "|goes\\s+up\\s+to|stretches\\s+to)\\s*(?:about\\s+|around\\s+)?\\$?\\s*$");

  /** A price per share, which is not pay: "$12 strike", "strike price of $4.10", "at $30 a share". */
  private static final List<String> PER_SHARE_AFTER = List.of("strike", " strike", "/share", " a share",
      " per share", "/sh", " exercise", " each", " pps", " fmv", " 409a");

  private static final List<String> PER_SHARE_BEFORE = List.of("@", "strike price of", "strike price", "strike of",
      "strike", "exercise price of", "exercise price", "409a of", "409a", "price of", "fmv of", "fmv",
      "preferred price of", "preferred price", "share price of", "share price", "trading", "trading around", "trades",
      "trades around", "trading near", "stock price is", "stock price of", "stock price", "shares are",
      "price per share");

  /** Whether a figure is a price per share ("$12 strike", "at a strike price of $4.10"): not pay, so not read. */
  static boolean perShare(String lower, OfferAmount a) {
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 12));
    for (String word : PER_SHARE_AFTER) {
      if (after.startsWith(word)) {
        return true;
      }
    }
    String before = lower.substring(Math.max(0, a.start() - 24), a.start()).stripTrailing();
    before = before.endsWith("at") ? before.substring(0, before.length() - 2).stripTrailing() : before;
    // "409a is $9", "fmv is now $9": the price said with a verb between.
    before = before.replaceFirst("\\s*(?:\\bis|\\bwas|\\bnow|\\bis now|=|:)$", "").stripTrailing();
    for (String word : PER_SHARE_BEFORE) {
      if (before.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** One-time money for the move, left out of the pay the counter weighs: "15k relo", "relocation of $10,000". */
  private static final List<String> RELOCATION = List.of("relo", "relocation", "moving", "move", "movers",
      "the movers", "temporary housing", "temp housing", "corporate housing");

  /** Whether a figure is relocation money: "15k relo", "relocation of $10,000", "10k for the move", "5k for movers". */
  static boolean relocation(String lower, OfferAmount a, int[] clause) {
    String after = lower.substring(a.end(), Math.max(a.end(), Math.min(clause[1], a.end() + PartWords.NEAR)))
        .stripLeading();
    after = after.startsWith("for the ") ? after.substring(8) : after.startsWith("in ") ? after.substring(3)
        : after.startsWith("for ") ? after.substring(4) : after;
    String before = lower.substring(Math.min(a.start(), Math.max(clause[0], a.start() - PartWords.NEAR)), a.start());
    for (String word : RELOCATION) {
      if (after.startsWith(word) && (after.length() == word.length() || !Character.isLetter(after.charAt(word.length()))
          || word.equals("relo"))) {
        return !word.equals("move") || lower.substring(a.end(), Math.min(lower.length(), a.end() + 14)).contains("the move");
      }
    }
    // "they mentioned relocation, 10k lump sum": the word ends the clause before, the figure opens the next.
    String lead = lower.substring(Math.max(0, a.start() - PartWords.NEAR), a.start());
    return before.contains("relocation") || before.contains("relo ") || before.contains("moving allowance")
        || before.contains("moving stipend") || RELOCATION_THEN_FIGURE.matcher(lead).find();
  }

  /** "relocation, ", "relo package: ", "relocation - ": the word for relocation right before a figure's clause. */
  private static final Pattern RELOCATION_THEN_FIGURE = Pattern.compile(
      "\\b(?:relocation|relo)(?:\\s+(?:package|bonus|assistance|support))?\\s*[,:–—-]\\s*(?:a\\s+|an\\s+)?\\$?$");

  /** A stipend or allowance named beside a figure: "a $2k/month housing stipend", "Phone Allowance: $50". */
  // "$150 a month for internet": money paid for a named cost is an allowance too, never the salary.
  private static final Pattern ALLOWANCE = Pattern.compile("\\b(?:stipends?|allowances?|per diems?|for\\s+(?:the\\s+|your\\s+"
      + "|my\\s+|a\\s+)?(?:internet|wi-?fi|phone|cell|mobile|gym|commut\\w*|transit|parking|meals?|lunch|food|wellness"
      + "|coworking|childcare|home\\s+office|learning|education|books))\\b");

  /** Whether a figure with no pay word of its own is a stipend or an allowance named within a few words of it. */
  static boolean allowance(String lower, OfferAmount a, int[] clause) {
    String after = lower.substring(a.end(), Math.max(a.end(), Math.min(clause[1], a.end() + PartWords.NEAR)));
    String before = lower.substring(Math.min(a.start(), Math.max(clause[0], a.start() - PartWords.NEAR)), a.start());
    return ALLOWANCE.matcher(after).find() || ALLOWANCE.matcher(before).find();
  }

  /** A plus joining a figure to the next one: "+ 20k", "+$15,000", "+ 10%". */
  private static final Pattern JOINED_BY_PLUS = Pattern.compile("\\+\\s*[$£€]?\\d");

  /** Units after a number that make it a count, not pay: "30 days", "50 people". */
  private static final List<String> COUNTED = List.of("day", "week", "month", "year", "yr", "hour", "hr", "minute",
      "min", "people", "person", "employee", "engineer", "report", "direct", "time", "st ", "nd ", "rd ", "th ",
      "th,", "th.", "am", "pm", "percent", "x ", "%", "-day", "-week", "-month", "-year", "+",
      // "we're at 120 applicants", "down to 3 finalists": a recruiting funnel's count.
      "applicant", "candidate", "finalist", "resume", "interview");

  /**
   * An unmarked number that reads as pay rather than a count, a date or a year: at least 20, not 1900–2100, and not
   * followed by a unit ("30 days", "50 people"); "it was 45" is asked about, never dropped in silence.
   */
  static boolean looksLikePay(OfferAmount a, String lower) {
    double number = a.value().doubleValue();
    if (number < 20 || number >= 1900 && number <= 2100 && a.written().length() == 4) {
      return false;
    }
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 12)).stripLeading();
    if (after.startsWith("+") && JOINED_BY_PLUS.matcher(after).lookingAt()) {
      // "they offered 170 + 20k signing": a plus before another figure joins two parts; "10+ years" counts.
      return true;
    }
    for (String unit : COUNTED) {
      int end = unit.length();
      if (after.startsWith(unit) && (end >= after.length() || !Character.isLetter(after.charAt(end))
          || after.charAt(end) == 's' && (end + 1 >= after.length() || !Character.isLetter(after.charAt(end + 1))))) {
        return false;
      }
    }
    return true;
  }
}
