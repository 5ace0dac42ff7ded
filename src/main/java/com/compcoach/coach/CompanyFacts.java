package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the company's side tells of its negotiation with one figure on base: its own cap ("finance capped us at 168"),
 * the candidate coming back ("she came back at 210"), an ask it turned down ("we said no to 215 and he declined") or
 * what peers are paid ("our current seniors are at 175"). Each is kept where it belongs (the ceiling, her ask) or only
 * weighed, and never read as the offer. The words for each are `phrases:` lists in `intents.yml`.
 */
final class CompanyFacts {

  /** One amount as typed: "168", "172k", "$200,000", "7.5k". */
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\w.,])\\$?\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s*k?(?![\\w%]|,\\d)",
      Pattern.CASE_INSENSITIVE);

  /** The candidate gone after an ask was refused: "and he declined", "she walked", "turned the offer down". */
  private static final Pattern GONE = Pattern.compile("\\b(?:declined|walked|walked away|pulled out|withdrew|said no"
      + "|turned (?:us|it|the offer) down|turned down the offer|passed)\\b");

  /** A sign-on asked about against the gap: "is 10k signing enough to close the gap?", "would 15k bridge it?". */
  private static final Pattern GAP = Pattern.compile("\\b(?:close|bridge|cover|closes|bridges|covers)\\b[^.]*\\b"
      + "(?:gap|it|difference)\\b|\\benough\\b");
  private static final Pattern SIGN_ON = Pattern.compile("\\bsign[- ]?on\\b|\\bsigning\\b");

  /**
   * An exception still to be sought: "we need an exception", "can we get an exception for 240?". Never "no
   * exceptions, 200 is our max" or "finance won't do exceptions" (a cap), "approved an exception up to 240" or "got the
   * exception approved, sending 240" (granted: a cap or an offer), "with the exception of the bonus" (a word).
   */
  private static final Pattern EXCEPTION_SOUGHT = Pattern.compile("\\b(?:need|needs|needed|needing|require|requires"
      + "|ask for|asking for|asked for|request|requesting|requested|push for|pushing for|go for|get|getting|file"
      + "|want|wants)\\s+(?:an?\\s+|the\\s+|another\\s+)?(?:comp\\s+|band\\s+|pay\\s+)?exception\\b"
      + "|\\bexception\\s+(?:request|needed|required)\\b");

  /** "get her to", "pay him", "offer the candidate": the candidate as who the money goes to. */
  private static final Pattern TO_HER = Pattern.compile("\\b(?:get|getting|bring|bringing|move|moving|take|taking"
      + "|pay|paying|offer|offering|give|giving|put|putting|land|landing)\\s+(?:her|him|them|the candidate)\\b");

  /** Words before the figure that make it an offer the company made. */
  private static final Pattern OFFERED = Pattern.compile("\\b(?:offered|offering|our offer|we offer)\\b");

  private final IntentTable words;

  CompanyFacts(IntentTable words) {
    this.words = words;
  }

  /** The fact kept and answered; null when the message tells none of them, or not on the company's side. */
  Turn weigh(Conversation c, Scene s, String text, Intent intent) {
    if (!c.companySide() || intent instanceof Intent.Capped || intent instanceof Intent.StartOver) {
      return null;
    }
    // "she countered at 205b": a recruiter's shorthand written out first, so the figure is read with its part.
    Rewritten shorthand = LetterShorthand.value(text);
    String lower = (shorthand == null ? text : shorthand.text()).toLowerCase(Locale.ROOT);
    Matcher m = AMOUNT.matcher(lower);
    if (!m.find()) {
      return null;
    }
    String written = m.group().strip();
    int at = m.start();
    String before = lower.substring(0, at);
    // "our seniors sit at 200 base. does 210 cause a compression issue?": the peers' figure comes first, the one
    // asked about after it; any other fact with two figures is the reader's.
    boolean peers = words.says("peer-pay", before);
    boolean more = m.find();
    // "he signed at 185 base last week, she wants 200": the past hire's figure comes first and is weighed alone; the
    // other figure is asked for again on its own, never taken as this hire's yes.
    boolean pastAndMore = more && !peers && pastHire(lower);
    if (more && !peers && !pastAndMore) {
      // "HM is ok with 200, finance says 195 max": two people's figures, each in its own clause.
      return m.find() ? null : approvals(c, s, lower);
    }
    Region region = s.region();
    if (SIGN_ON.matcher(lower).find() && GAP.matcher(lower).find()) {
      return signOnAgainstGap(c, s, written);
    }
    Placing.Placed placed = Placing.place(written, region);
    // "we need an exception, he is asking £140k" over a £134K top: an exception is asked on base, so a figure up to a
    // quarter past the base top is the base even where the total band holds it too.
    boolean exception = EXCEPTION_SOUGHT.matcher(lower).find() && placed != null && placed.value() > region.bands().base().low()
        && placed.value() * 4 <= region.bands().base().high() * 5;
    if (placed == null || !placed.fits().contains(Component.BASE) && !lower.contains("base")
        && !justPastTheBaseTop(placed, region) && !exception && !betweenOursAndHers(placed, c)) {
      return null;
    }
    long value = placed.value();
    if (peers) {
      return peers(c, s, value);
    }
    if (pastHire(lower)) {
      return pastHire(c, s, value, pastAndMore);
    }
    if (words.says("turned-down", before) && !words.says("our-ceiling-elsewhere", before)) {
      return turnedDown(c, s, value, GONE.matcher(lower.substring(at)).find());
    }
    if (exception) {
      // "we need an exception, she's asking 190": her ask past the band (the "she", "wants" before the figure), or
      // the company's own figure it would need the exception for.
      // "we'd need an exception to get her to 240": "her" there is who the money goes to, not who asks for it.
      return exception(c, s, value, words.says("our-ceiling-elsewhere", TO_HER.matcher(before).replaceAll(" ")));
    }
    if (words.says("came-back", before)) {
      return cameBack(c, s, value);
    }
    if (words.says("market-pay", lower) && !words.says("our-ceiling-elsewhere", before)
        && !OFFERED.matcher(before).find() && !words.says("our-practice", lower)) {
      // "190 base is the most common number we see": what the team sees the market pay, never our offer; "our
      // typical offer is 195" is the team's own practice, no market figure.
      return market(c, s, value);
    }
    if (words.says("peer-pay", lower) && !words.says("our-move", before)) {
      // "175 is what our seniors make"; never "if we go to 200 base does that cause compression?", a move asked about.
      return peers(c, s, value);
    }
    if ((words.says("our-ceiling", lower) || MAX_AFTER.matcher(lower).find() || APPROVED.matcher(lower).find())
        && !words.says("our-ceiling-elsewhere", before)
        && !OFFERED.matcher(before).find() && !asked(lower, at)) {
      // "we offered 185 base with no more than 10% bonus": our offer, whatever cap words follow it.
      return ALL_IN.matcher(lower).find() && !lower.contains("base") ? totalBudget(c, s, value) : ceiling(c, s, value);
    }
    return null;
  }

  /**
   * Whether the clause holding the figure at {@code at} is a question ("is 200 the most hm can approve?"): a cap
   * asked about is weighed, never kept as the company's ceiling.
   */
  private static boolean asked(String lower, int at) {
    int end = at;
    // A point inside a figure ("187.5") ends no sentence.
    while (end < lower.length() && (".!?\n,;—–".indexOf(lower.charAt(end)) < 0 || lower.charAt(end) == '.'
        && end + 1 < lower.length() && Character.isDigit(lower.charAt(end + 1)))) {
      end++;
    }
    return end < lower.length() && lower.charAt(end) == '?';
  }

  /**
   * "comp signed off on up to 185" over a $181K base top: a figure a little past the base band's top (up to a
   * tenth) that no other band holds is a base, as a total that low would be under the total band.
   */
  private static boolean justPastTheBaseTop(Placing.Placed placed, Region region) {
    long top = region.bands().base().high();
    return placed.fits().isEmpty() && placed.value() > top && placed.value() * 10 <= top * 11;
  }

  /**
   * "HM says 170 is the max" over a $173K base band low, with our 150 and her 175 base on record: a figure no band
   * holds that lies between the thread's base offer and her base ask is a base, as no other part could be.
   */
  private static boolean betweenOursAndHers(Placing.Placed placed, Conversation c) {
    Long ours = c.offer() == null ? null : c.offer().base();
    Long hers = c.baseAsk();
    return placed.fits().isEmpty() && ours != null && hers != null && placed.value() > ours && placed.value() < hers;
  }

  /**
   * "is 10k signing enough to close the gap?": the one-time money weighed against the yearly gap between the offer's
   * base and her ask, never stored; null with no ask or offer to weigh it against.
   */
  private static Turn signOnAgainstGap(Conversation c, Scene s, String written) {
    Offer offer = Cards.usable(c.offer(), s.region());
    Long ask = c.baseAsk();
    if (offer == null || offer.base() == null || ask == null || ask <= offer.base()) {
      return null;
    }
    String currency = s.region().currency();
    double said = Double.parseDouble(written.replaceAll("[^\\d.]", ""));
    // "10k", "15" (in thousands, as the thread's figures are) or "10,000".
    long amount = Math.round(written.toLowerCase(Locale.ROOT).endsWith("k") || said < 1_000 ? said * 1_000 : said);
    long gap = ask - offer.base();
    String once = money(amount, currency);
    String yearly = money(gap, currency);
    String verdict = amount >= gap ? "it covers the first year's " + yearly + (amount >= 2 * gap ? " (and more)" : "")
        + "; from the second year the offer is still " + yearly + " a year under the ask, and the candidate will "
        + "count that." : "it covers " + once + " of the first year's " + yearly + ", and nothing after.";
    return new Turn(c, new Reply.Text("A " + once + " sign-on against the " + yearly + "-a-year gap between your base of "
        + money(offer.base(), currency) + " and the candidate's ask of " + money(ask, currency) + ": it is paid once, so "
        + verdict + " To close the gap for good, move the base; a sign-on closes it for year one. Nothing is stored: "
        + "tell me what you offer."));
  }

  /**
   * "we need an exception, she's asking 190": the figure against the base band's top and the company's ceiling, how
   * far past each, and who approves it; her ask kept, the company's own figure only weighed.
   */
  private static Turn exception(Conversation c, Scene s, long value, boolean hers) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Range band = s.region().bands().base();
    Long cap = c.ceiling();
    List<String> lines = new ArrayList<>();
    lines.add(hers ? "Noted the candidate's ask of " + full(value, currency) + " base: an ask, not your offer"
        + staying(offer, currency, ", which stays at ")
        : "Weighed " + full(value, currency) + " base as the figure you'd need the exception for: not kept as your "
            + "offer" + staying(offer, currency, ", which stays at "));
    List<String> past = new ArrayList<>();
    if (value > band.high()) {
      past.add(money(value - band.high(), currency) + " (" + percentPast(value, band.high()) + ") past the "
          + s.region().shortName() + " base band's top of " + money(band.high(), currency));
    }
    if (cap != null && value > cap) {
      past.add(money(value - cap, currency) + " past your approved " + money(cap, currency));
    }
    if (past.isEmpty()) {
      lines.add("It is inside the " + s.region().shortName() + " base band (" + Money.compact(band, currency) + ")"
          + (cap == null ? "" : " and your " + money(cap, currency) + " ceiling")
          + ": no exception to the band is needed for it.");
    } else {
      lines.add("It is " + String.join(" and ", past) + (value > band.high() ? ": past the band's top is also a "
          + "question of level." : "."));
      // Who signs off is the guide's rule where it writes one ("offers above the midpoint need VP approval"), never
      // guessed where it writes none.
      List<String> crossed = Approvals.crossed(s, Offer.none(currency).with(Component.BASE, value));
      lines.add((!crossed.isEmpty() ? String.join(" ", crossed) : s.guide().approvals().isEmpty() ? "I read no "
          + "approval rule in the guide: who signs off an exception is your comp policy." : "No approval rule in the "
          + "guide is passed by it: who signs off an exception to the band is your comp policy.") + " Ask for it "
          + "with the gap, the candidate's case (a competing offer, the level, the skills) and what else you tried; a "
          + "one-time sign-on of " + money(value - Math.min(band.high(), cap == null ? band.high() : cap), currency)
          + " carries the first year without one.");
    }
    if (offer != null && offer.base() != null && offer.base() < value) {
      lines.add("From your offer's base of " + money(offer.base(), currency) + " it is "
          + money(value - offer.base(), currency) + " a year.");
    }
    return new Turn(hers ? c.withBaseAsk(value, null) : c, new Reply.Text(String.join("\n", lines)));
  }

  /** Where a base sits in the band: "$178K (your cap) sits at 8% of the Charlotte base band, $25K under its midpoint". */
  private static String side(Scene s, long base, String what) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    String where = s.region().shortName();
    if (base < band.low()) {
      return money(base, currency) + " (" + what + ") is " + money(band.low() - base, currency) + " under the " + where
          + " base band's bottom of " + money(band.low(), currency);
    }
    if (base > band.high()) {
      return money(base, currency) + " (" + what + ") is " + money(base - band.high(), currency) + " past the "
          + where + " base band's top of " + money(band.high(), currency);
    }
    long mid = band.mid();
    return money(base, currency) + " (" + what + ") sits at " + Math.round(band.position(base) * 100) + "% of the "
        + where + " base band, " + (base == mid ? "at its midpoint" : money(Math.abs(base - mid), currency)
        + (base > mid ? " past" : " under") + " its midpoint of " + money(mid, currency));
  }

  /** How far past a top a figure is, as a whole percent of the top ("5%"), never "0%". */
  private static String percentPast(long value, long top) {
    return Math.max(1, Math.round((value - top) * 100.0 / top)) + "%";
  }

  /** A figure followed by "max" or "at most": "finance says 195 max". */
  private static final Pattern MAX_AFTER = Pattern.compile("\\d\\s*k?\\s*(?:max|maximum|tops|at most|at the most)\\b");

  /**
   * The company's approval said of a figure ("we have 178 approved", "we only have 178 approved", "178 is approved",
   * "approved is 178", "we're approved to 178"): the most it may pay on that part without going back for more, as a
   * cap is; never an approval given to her ("approved her 178").
   */
  private static final Pattern APPROVED = Pattern.compile("\\d\\s*k?\\s*(?:base\\s+|on\\s+base\\s+)?(?:is\\s+)?"
      + "approved\\b(?!\\s+(?:for\\s+)?(?:her|him|them)\\b)|\\bapproved\\s+(?:is|at)\\s+\\$?\\d"
      + "|\\bwe(?:'re|’re|re|\\s+are)\\s+(?:only\\s+)?approved\\s+(?:to|for|up\\s+to|at)\\s+\\$?\\d");

  /** The candidate's ask just before its figure: "she's asking 195", "the candidate wants", "asking for ~". */
  private static final Pattern ASKED_BEFORE = Pattern.compile("\\b(?:asking|wants|asked|looking|countering)"
      + "(?:\\s+(?:for|at|about|around|roughly))?\\s*~?\\$?$");

  /** Where a clause ends inside a message: a stop or comma before a space, "but", "and". */
  private static final Pattern CLAUSE = Pattern.compile("[.,;](?=\\s)|\\b(?:but|and|while)\\b");

  /**
   * "HM is ok with 200, finance says 195 max": one clause a cap (kept as the ceiling), the other a person's approval
   * of a figure past or inside it, weighed against it; neither is the offer. Null for any other pair of figures.
   */
  private Turn approvals(Conversation c, Scene s, String lower) {
    String[] clauses = CLAUSE.split(lower);
    String capped = null;
    String approved = null;
    String asked = null;
    for (String clause : clauses) {
      Matcher m = AMOUNT.matcher(clause);
      if (!m.find()) {
        continue;
      }
      String before = clause.substring(0, m.start());
      if (m.find()) {
        return null;
      }
      if (words.says("our-ceiling-elsewhere", before)) {
        // "she's asking 195 base. we have 178 approved": her ask beside the company's approval, each kept as such.
        if (ASKED_BEFORE.matcher(before).find() && asked == null) {
          asked = clause;
          continue;
        }
        return null;
      }
      if ((words.says("our-ceiling", clause) || MAX_AFTER.matcher(clause).find() || APPROVED.matcher(clause).find())
          && capped == null) {
        capped = clause;
      } else if (words.says("our-move", before) && approved == null) {
        approved = clause;
      } else {
        return null;
      }
    }
    if (capped != null && asked != null && approved == null) {
      return askAgainstCap(c, s, asked, capped);
    }
    if (capped == null || approved == null || asked != null) {
      return null;
    }
    Long cap = onBase(capped, s.region());
    Long other = onBase(approved, s.region());
    if (cap == null || other == null) {
      return null;
    }
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    if (made(approved)) {
      return offeredUnderCap(c, s, offer, other, cap);
    }
    List<String> lines = new ArrayList<>();
    lines.add("Kept " + full(cap, currency) + " as the most you may pay on base: your cap, not an offer"
        + staying(offer, currency, ", so your offer stays at "));
    lines.add(other > cap ? "The " + money(other, currency) + " also said is " + money(other - cap, currency)
        + " past that cap: it needs the cap's owner to sign off before you can offer it."
        : "The " + money(other, currency) + " also said is inside that cap: you can offer it.");
    String past = pastCeiling(s, c.baseAsk(), cap);
    if (past != null) {
      lines.add(past);
    } else if (c.baseAsk() != null) {
      lines.add("The candidate's ask of " + money(c.baseAsk(), currency) + " base is inside the cap: meeting it is "
          + "open to you.");
    }
    return new Turn(c.withCeiling(cap), new Reply.Text(String.join("\n", lines)));
  }

  /**
   * "Candidate is asking for 195 base, we only have 178 approved": her ask and the company's cap on base, each kept as
   * such, and the ask weighed against the band and the cap: the ways to close (more approval, a figure between, or the
   * base held with a one-time sign-on). Null when either figure is no base.
   */
  private static Turn askAgainstCap(Conversation c, Scene s, String asked, String capped) {
    Region region = s.region();
    Long ask = onBase(asked, region);
    Long cap = onBase(capped, region);
    if (ask == null || cap == null) {
      return null;
    }
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    Range band = region.bands().base();
    List<String> lines = new ArrayList<>();
    lines.add("Kept " + full(cap, currency) + " as the most you may pay on base (your approval, not an offer) and "
        + full(ask, currency) + " as the candidate's ask on base, not an offer either"
        + staying(offer, currency, "; your offer stays at "));
    String sheet = region.shortName() + " base band (" + Money.compact(band, currency) + ")";
    lines.add(ask > band.high() ? "The ask is " + money(ask - band.high(), currency) + " past the top of the " + sheet
        + ": past the top is a question of level."
        : ask < band.low() ? "The ask is under the " + sheet + "."
        : "The ask is at " + Math.round(band.position(ask) * 100) + "% of the " + sheet + ": inside it, so the market "
        + "supports it.");
    if (ask <= cap) {
      lines.add("It is inside your approval" + (ask < cap ? ", with " + money(cap - ask, currency) + " to spare" : "")
          + ": meeting it is open to you without going back for more.");
    } else {
      long gap = ask - cap;
      long seek = Math.max(cap, Math.min(ask, band.high()));
      // Halfway to what can be sought: past the band's top is a level, not a figure between.
      long half = (cap + (seek - cap) / 2 + 499) / 1_000 * 1_000;
      lines.add("It is " + money(gap, currency) + " past your " + money(cap, currency) + " approval. Your choices: "
          + "seek approval for " + money(seek, currency) + (seek < ask ? " (the band's top; past it is a level)" : "")
          + (half > cap && half < seek ? ", or for a figure between (halfway is " + full(half, currency) + ") and meet "
          + "the candidate there" : "") + "; or hold "
          + "the base at " + money(cap, currency) + " and close the " + money(gap, currency) + " with a one-time "
          + "sign-on, which covers the first year only: from the second year the base is " + money(gap, currency)
          + " a year under the ask, so say so plainly.");
    }
    lines.add("Tell me your move (\"we can do …\", \"what if we offer …?\") and I'll weigh it against the ask and the "
        + "approval.");
    return new Turn(c.withCeiling(cap).withBaseAsk(ask, null), new Reply.Text(String.join("\n", lines)));
  }

  /** "we offered 185": an offer the company made, not a move it weighs ("what if we offered 190", "we could offer"). */
  private static boolean made(String clause) {
    Matcher m = AMOUNT.matcher(clause);
    String before = m.find() ? clause.substring(0, m.start()) : clause;
    return OFFERED.matcher(before).find() && !HYPOTHETICAL.matcher(before).find();
  }

  private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:if|would|could|can|should|might|thinking)\\b");

  /**
   * "we offered 185 base, finance says 200 max": both are facts, so both are kept: the offer's base and the cap, with
   * the room between them (or how far past the cap the offer already is).
   */
  private static Turn offeredUnderCap(Conversation c, Scene s, Offer offer, long base, long cap) {
    String currency = s.region().currency();
    Offer kept = (offer == null ? Offer.none(currency) : offer).with(Component.BASE, base);
    List<String> lines = new ArrayList<>();
    lines.add("Kept your offer's base of " + full(base, currency) + " and " + full(cap, currency)
        + " as the most you may pay on base: your cap.");
    lines.add(base > cap ? "Your base is " + money(base - cap, currency) + " past that cap: it needs the cap's owner "
        + "to sign off before it stands."
        : base == cap ? "Your base is already at the cap: any gap left is for a sign-on, RSUs or the bonus."
        : "That leaves " + money(cap - base, currency) + " of room on base if the candidate counters.");
    String past = pastCeiling(s, c.baseAsk(), cap);
    if (past != null) {
      lines.add(past);
    }
    return new Turn(c.withOffer(kept).withCeiling(cap), new Reply.Text(String.join("\n", lines)));
  }

  /** The one figure of a clause as a year's base, as the base band or a little past its top holds it; else null. */
  private static Long onBase(String clause, Region region) {
    Matcher m = AMOUNT.matcher(clause);
    if (!m.find() || OTHER_PART.matcher(clause).find() && !clause.contains("base")) {
      // "RSU we can do 180k max": a cap on another part, never the most on base.
      return null;
    }
    Placing.Placed placed = Placing.place(m.group().strip(), region);
    return placed == null || !placed.fits().contains(Component.BASE) && !clause.contains("base")
        && !justPastTheBaseTop(placed, region) ? null : placed.value();
  }

  /** A part other than base named in a clause: its figure is that part's. */
  private static final Pattern OTHER_PART = Pattern.compile("\\b(?:rsus?|stock|equity|shares|grant|bonus|sign[- ]?on"
      + "|signing|relo|relocation)\\b");

  /** A figure for the whole package: "230 all in", "230k OTE", "225 TC", "a total of 240". */
  private static final Pattern ALL_IN = Pattern.compile("\\b(?:all[- ]in|total|tc|ote|on[- ]target|package)\\b");

  /**
   * "our budget is 230 all in": a cap on the whole package, never on base (a base kept at 230 would let a base ask of
   * 225 pass with no room left for the bonus and RSUs). Only caps on base are kept, so nothing is stored: it asks.
   */
  private static Turn totalBudget(Conversation c, Scene s, long total) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Range band = s.region().bands().total();
    String against = total < band.low() ? "\nIt is " + money(band.low() - total, currency) + " under the "
        + s.region().shortName() + " total band's bottom of " + money(band.low(), currency) + " a year."
        : total > band.high() ? "\nIt is " + money(total - band.high(), currency) + " past the "
        + s.region().shortName() + " total band's top of " + money(band.high(), currency) + " a year." : "";
    return new Turn(c, new Reply.Text("Read " + full(total, currency) + " as your budget for the whole package (all "
        + "in), not a cap on base: not kept" + staying(offer, currency, ", and your offer stays at ") + against
        + "\nWhat is the most you may pay on base inside it (\"200 max on base\")? I'll keep that and flag any move "
        + "past it."));
  }

  /** "finance capped us at 168": the most the company may pay on base, kept; her ask weighed against it. */
  private Turn ceiling(Conversation c, Scene s, long cap) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    List<String> lines = new ArrayList<>();
    lines.add("Kept " + full(cap, currency) + " as the most you may pay on base: your cap, not an offer"
        + staying(offer, currency, ", so your offer stays at "));
    Range band = s.region().bands().base();
    if (cap > band.high()) {
      lines.add("It is " + money(cap - band.high(), currency) + " past the " + s.region().shortName()
          + " base band's top of " + money(band.high(), currency) + ": past the top is a question of level.");
    }
    if (offer != null && offer.base() != null && offer.base() >= cap) {
      lines.add("Your offer's base of " + money(offer.base(), currency) + " is already at it: any gap left is for a "
          + "sign-on, RSUs or the bonus.");
    }
    Long proposed = c.proposed();
    if (proposed != null && proposed != cap && offer != null && offer.base() != null) {
      // "I'd go 185" then "no, 178 max": two of the team's figures, each placed in the band, the cap's the one kept.
      lines.add("The two figures on base: " + side(s, cap, "your cap") + "; " + side(s, proposed, "proposed just before") + (proposed > cap ? ", "
          + money(proposed - cap, currency) + " past the cap, so it needs the cap's owner to sign off" : ", inside the "
          + "cap") + ". Your offer's " + money(offer.base(), currency) + " is " + (offer.base() <= cap
          ? money(cap - offer.base(), currency) + " under the cap" : money(offer.base() - cap, currency) + " past it")
          + ".");
    }
    String past = pastCeiling(s, c.baseAsk(), cap);
    lines.add(past != null ? past : c.baseAsk() != null ? "The candidate's ask of " + money(c.baseAsk(), currency)
        + " base is inside it: meeting it is open to you." : "A move past it will be flagged. " + OurQuestions.besideBase(s, offer));
    return new Turn(c.withCeiling(cap), new Reply.Text(String.join("\n", lines)));
  }

  /**
   * Her base ask past the company's cap, weighed: the most on base and what carries the rest; null when there is no
   * ask or it is inside the cap.
   */
  static String pastCeiling(Scene s, Long ask, Long cap) {
    if (ask == null || cap == null || ask <= cap) {
      return null;
    }
    String currency = s.region().currency();
    return "The candidate's ask of " + money(ask, currency) + " base is " + money(ask - cap, currency) + " past your "
        + money(cap, currency) + " cap: hold the base there at most, and carry the rest another way. "
        + OurQuestions.besideBase(s, null) + " A one-time sign-on of " + money(ask - cap, currency) + " covers the first year only; "
        + "be plain that the base stops at " + money(cap, currency) + ".";
  }

  /** "she came back at 210": the candidate's base ask, kept, and where the two can meet. */
  private Turn cameBack(Conversation c, Scene s, long ask) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    List<String> lines = new ArrayList<>();
    lines.add("Noted the candidate's ask of " + full(ask, currency) + " base: an ask, not your offer"
        + staying(offer, currency, ", which stays at "));
    if (offer != null && offer.base() != null && offer.base() < ask) {
      lines.add(Landing.between(s, Component.BASE, offer.base(), ask));
    }
    String past = pastCeiling(s, ask, c.ceiling());
    if (past != null) {
      lines.add(past);
    }
    lines.add("Tell me your move (\"we can do 200\") and I'll weigh it against the ask.");
    return new Turn(c.withBaseAsk(ask, null), new Reply.Text(String.join("\n", lines)));
  }

  /** "we said no to 215 and he declined": an ask the company refused, kept as her ask; the ways back. */
  private Turn turnedDown(Conversation c, Scene s, long ask, boolean gone) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    List<String> lines = new ArrayList<>();
    lines.add("Noted: you turned down the candidate's ask of " + full(ask, currency) + " base"
        + (gone ? ", and the candidate declined" : "") + ". Your offer on record "
        + (offer == null ? "has no figures yet." : "stays at " + TextRenderer.offer(offer, currency) + "."));
    lines.add(gone ? "A decline after a no is often the last word, not always: if you want the hire, reopen once, "
        + "with something new, and ask what would make it work." : "Expect the candidate to weigh whether to go on.");
    Range band = s.region().bands().base();
    if (offer != null && offer.base() != null && offer.base() < ask) {
      long gap = ask - offer.base();
      lines.add("The ways back: a move on base toward " + money(ask, currency) + (ask <= band.high()
          ? " (inside the band, so meeting it is open to you)" : " (past the band's top of " + money(band.high(),
          currency) + ", so only a level gets there)") + "; a one-time sign-on of " + money(gap, currency)
          + " covers the " + money(gap, currency) + " gap for the first year only; or a level, if the role allows it.");
    }
    lines.add("Say: \"We'd still like to have you on the team. Is there a package that would make this work for you?\" "
        + "Only call a figure final if it is.");
    return new Turn(c.withBaseAsk(ask, null), new Reply.Text(String.join("\n", lines)));
  }

  /** "our current seniors are at 175": peers' pay, weighed against the offer; internal equity is the company's call. */
  private Turn peers(Conversation c, Scene s, long pay) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Range band = s.region().bands().base();
    List<String> lines = new ArrayList<>();
    lines.add("Noted " + full(pay, currency) + " as what peers are paid on base: internal pay, not the candidate's "
        + "and not this offer" + staying(offer, currency, ", which stays at "));
    if (offer != null && offer.base() != null) {
      long base = offer.base();
      lines.add(base == pay ? "Your base matches it." : "Your base of " + money(base, currency) + " is "
          + money(Math.abs(base - pay), currency) + (base > pay ? " above" : " below") + " it; the "
          + s.region().shortName() + " base band is " + Money.compact(band, currency) + ".");
    }
    lines.add("Internal equity is your call, not the guide's: paying a new hire above peers at the same level "
        + "invites compression, so weigh it with a review of the peers' pay. A one-time sign-on closes a gap "
        + "without moving anyone's yearly pay.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /**
   * A market figure the team names ("190 base is the most common number we see"): where it sits in the band and
   * against the offer, never stored as the offer, a cap or the candidate's ask.
   */
  private static Turn market(Conversation c, Scene s, long pay) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    List<String> lines = new ArrayList<>();
    lines.add("Noted " + full(pay, currency) + " base as what you see the market pay: a market figure, not the candidate's ask and "
        + "not your offer" + staying(offer, currency, ", which stays at "));
    lines.add(side(s, pay, "the market figure") + ".");
    if (offer != null && offer.base() != null && offer.base() != pay) {
      long base = offer.base();
      lines.add("Your base of " + money(base, currency) + " is " + money(Math.abs(base - pay), currency)
          + (base > pay ? " above" : " under") + " it" + (base < pay ? ": a candidate who sees the same figure will "
          + "likely counter toward it." : "."));
    }
    lines.add("The guide's band is what I weigh offers by; a market figure is worth setting beside it, and moving "
        + "the offer is your call: tell me the new figure as your offer (\"we'll go to …\") to keep it.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** Someone hired before this candidate: "he signed at 185 base last week", "we hired her at 180 last month". */
  // The figure right after the hire's verb: "we offered 185 base and he signed last week" is this thread's offer.
  private static final Pattern PAST_HIRE = Pattern.compile("\\b(?:(?:he|she|they)\\s+(?:signed|accepted|joined|started)"
      + "|we\\s+hired(?:\\s+(?:him|her|them|someone))?|(?:our|the)\\s+last\\s+(?:hire|one|candidate)\\s+(?:signed"
      + "|accepted|got|took))\\s+(?:at|for|on)\\s+\\$?\\d[^.?!]*"
      + "\\b(?:last\\s+(?:week|month|year|quarter|cycle|spring|summer|fall|autumn|winter)|ago"
      + "|earlier\\s+this\\s+(?:week|month|year))\\b");

  /**
   * Whether the message tells of a hire already made, with when ("he signed at 185 base last week"): a comparable for
   * internal equity, never this candidate's yes. Tried only where a word of hiring occurs.
   */
  static boolean pastHire(String lower) {
    return (lower.contains("signed") || lower.contains("accepted") || lower.contains("joined")
        || lower.contains("started") || lower.contains("hired") || lower.contains("last "))
        && PAST_HIRE.matcher(lower).find();
  }

  /** A past hire's base weighed as a comparable: where it sits in the band and against the offer, never stored. */
  private Turn pastHire(Conversation c, Scene s, long pay, boolean otherFigure) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Range band = s.region().bands().base();
    List<String> lines = new ArrayList<>();
    lines.add("Noted " + full(pay, currency) + " base as what a past hire signed at: a comparable for internal "
        + "equity, not this candidate's offer, so nothing is kept as one" + staying(offer, currency, "; the offer on "
        + "record stays at "));
    lines.add(pay < band.low() ? "It is under the " + s.region().shortName() + " base band ("
        + Money.compact(band, currency) + "), " + money(band.low() - pay, currency) + " below its low."
        : pay > band.high() ? "It is past the " + s.region().shortName() + " base band ("
        + Money.compact(band, currency) + "), " + money(pay - band.high(), currency) + " over its top."
        : "It sits inside the " + s.region().shortName() + " base band (" + Money.compact(band, currency) + "), at "
        + Math.round((pay - band.low()) * 100.0 / Math.max(1, band.high() - band.low())) + "% of its range.");
    if (offer != null && offer.base() != null && offer.base() != pay) {
      lines.add("Your offer's base of " + money(offer.base(), currency) + " is " + money(Math.abs(offer.base() - pay),
          currency) + (offer.base() > pay ? " above" : " below") + " it.");
    }
    lines.add("A new hire at the same level well above it invites compression; one well below it will likely hear of "
        + "it. Tell me this candidate's offer (\"we offered 180 base\") or ask \"what should we offer?\".");
    if (otherFigure) {
      lines.add("The other figure in that message isn't kept: send it on its own line (\"she's asking for …\") and "
          + "I'll weigh it.");
    }
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** How each fact ends its first line: the offer on record, unchanged. */
  private static String staying(Offer offer, String currency, String lead) {
    return offer == null ? "." : lead + TextRenderer.offer(offer, currency) + ".";
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
