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
 * The company's approved range on base for a hire, told with the candidate's figures beside it ("our approved range
 * is 140-165 base. Candidate currently at 150, asking for 170"): several figures, each kept with its role. The range
 * is the company's budget (its top kept as the ceiling), the pay today and the ask are the candidate's; none is the
 * offer. The words that make a range the company's approved one are the `approved-range` phrases in `intents.yml`.
 */
final class ApprovedRange {

  /**
   * One amount as typed: "140", "145k", "$165,000". A comma only inside thousands: in "asking for 175, currently at
   * 150" it ends the figure, and a figure taken with it would be no amount and dropped in silence.
   */
  private static final String AMOUNT = "\\$?\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s*k?";

  /** The range: "140-165", "145k to 170k", "180–205". */
  private static final Pattern RANGE = Pattern.compile("(?<![\\w.])(" + AMOUNT + ")\\s*(?:-|–|—|to)\\s*(" + AMOUNT
      + ")(?![\\w%])", Pattern.CASE_INSENSITIVE);

  /** Every amount, to check that each one in the message has its role. */
  private static final Pattern ANY = Pattern.compile("(?<![\\w.])" + AMOUNT + "(?![\\w%])",
      Pattern.CASE_INSENSITIVE);

  /** Her pay today: "currently at 150", "she's on 155 now", "making 190 today", "is at 185 today". */
  private static final Pattern PAY_TODAY = Pattern.compile("\\b(?:currently(?:\\s+(?:at|on|making|earning|paid))?"
      + "|(?:making|earning|makes|earns|on|at)(?=\\s+" + AMOUNT + "\\s*(?:now|today|currently|right now)\\b))\\s+("
      + AMOUNT + ")", Pattern.CASE_INSENSITIVE);

  /** Her ask: "asking for 170", "wants 215", "her ask is 165", "looking for 180". */
  private static final Pattern ASK = Pattern.compile("\\b(?:asking(?:\\s+for)?|wants|ask is|ask of|looking for"
      + "|requesting|requested|countered(?:\\s+(?:at|with))?)\\s+(" + AMOUNT + ")", Pattern.CASE_INSENSITIVE);

  /** Where a clause ends: a sentence mark or a comma before a space (not the comma inside "$165,000"), a dash. */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;!?](?=\\s|$)|,(?=\\s)|\\s[—–-]\\s|—");

  /** The candidate's words just before the range: "she's looking for 170-180", "asking 175-185", "wants 170 to 180". */
  private static final Pattern ASKED_BEFORE = Pattern.compile("\\b(?:asking(?:\\s+for)?|wants|want|ask is|ask of"
      + "|looking for|looking at|requesting|requested|expects|expecting|hoping for|targeting|countered(?:\\s+(?:at"
      + "|with))?)\\s*(?:about|around|roughly|somewhere|in|between|the)?\\s*$", Pattern.CASE_INSENSITIVE);

  /** The range said as a year's total: "200-230k total comp", "250-300k tc", "all in", "OTE". */
  private static final Pattern TOTAL = Pattern.compile("\\b(?:total|tc|ote|all[- ]in|all told|cash and equity)\\b",
      Pattern.CASE_INSENSITIVE);

  /** "140-165 base", "145k to 170k on base": the range said on base, whatever else the clause says of total. */
  private static final Pattern BASE_SAID = Pattern.compile("^\\s*(?:on\\s+)?base\\b", Pattern.CASE_INSENSITIVE);

  private final IntentTable words;

  ApprovedRange(IntentTable words) {
    this.words = words;
  }

  /**
   * The range, pay today and ask kept and weighed; null when the thread is not on the company's side, the message
   * names no approved range, or holds a figure with none of these roles (then another reader places it).
   */
  Turn weigh(Conversation c, Scene s, String text) {
    // Cheap checks first: a range needs two digits and a dash or "to"; the words come from the phrase list.
    if (!c.companySide() || text.indexOf('-') < 0 && text.indexOf('–') < 0 && text.indexOf('—') < 0
        && !text.contains(" to ")) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher range = RANGE.matcher(lower);
    if (!range.find()) {
      return null;
    }
    // "fyi the senior band is 185-215": the company's band for another level, never the offer or an ask.
    Matcher level = LEVEL_BAND.matcher(lower.substring(0, range.start()));
    if (level.find() && ASKED_BEFORE.matcher(lower.substring(0, level.start())).find()) {
      // "she's asking for the senior range, 215-240": the level's range is what she asks, not the company's band.
      return askedLevelRange(c, s, range, level.group(1));
    }
    if (level.find(0)) {
      return levelBand(c, s, range, level.group(1), lower);
    }
    if (!words.says("approved-range", lower)) {
      return null;
    }
    // The range is the company's only where the approved words are said of it, in its own clause ("our approved
    // range is 140-165", "180-205 approved on base"): in "she's looking for 170-180 base, we have budget approved"
    // the range is her ask, named back as hers.
    String before = lower.substring(0, range.start());
    Matcher cut = CLAUSE_END.matcher(before);
    int from = 0;
    while (cut.find()) {
      from = cut.end();
    }
    before = before.substring(from);
    Matcher next = CLAUSE_END.matcher(lower);
    String after = lower.substring(range.end(), next.find(range.end()) ? next.start() : lower.length());
    if (ASKED_BEFORE.matcher(before).find()) {
      return askedRange(c, s, range);
    }
    if (!words.says("approved-range", before + " " + after)) {
      return null;
    }
    // "our approved range is 200-230k total comp": a ceiling on the year's total, not on base; kept as base its top
    // would pass for a base ceiling, so the coach asks for the base part instead.
    if ((TOTAL.matcher(after).find() || TOTAL.matcher(before).find()) && !BASE_SAID.matcher(after).find()) {
      return totalRange(c, s, range, lower);
    }
    Region region = s.region();
    Long low = base(range.group(1), region);
    Long high = base(range.group(2), region);
    if (low == null || high == null || low >= high) {
      return null;
    }
    Long payToday = null;
    Long ask = null;
    List<int[]> placed = new ArrayList<>();
    placed.add(new int[] {range.start(), range.end()});
    Matcher pay = PAY_TODAY.matcher(lower);
    while (pay.find()) {
      if (pay.start(1) >= range.end() || pay.end(1) <= range.start()) {
        payToday = base(pay.group(1), region);
        if (payToday == null) {
          // A figure given a role but not read as a base is left to another reader, never dropped in silence.
          return null;
        }
        placed.add(new int[] {pay.start(1), pay.end(1)});
        break;
      }
    }
    Matcher asked = ASK.matcher(lower);
    if (asked.find()) {
      ask = base(asked.group(1), region);
      if (ask == null) {
        return null;
      }
      placed.add(new int[] {asked.start(1), asked.end(1)});
    }
    // "senior band here is 195-225 base, thoughts on 205?": a figure with no role here is for another reader.
    Matcher any = ANY.matcher(lower);
    while (any.find()) {
      int at = any.start();
      if (placed.stream().noneMatch(p -> at >= p[0] && at < p[1])) {
        return null;
      }
    }
    return answer(c, s, low, high, payToday, ask);
  }

  /** "and we offered 190", "our offer is 190": the offer made, beside a level's band. */
  private static final Pattern OFFERED = Pattern.compile("\\b(?:we offered|offered (?:her|him|them)|our offer"
      + "(?: is| was)?|we sent|we made)\\b");

  /** "what if we offered 190", "could we offer": a move weighed, never the offer made. */
  private static final Pattern MOVE_WEIGHED = Pattern.compile("\\b(?:if|would|could|should|can|thoughts)\\b");

  /** A level's band named just before its range: "the senior band is", "staff range here is", "L5 band:". */
  private static final Pattern LEVEL_BAND = Pattern.compile("\\b(senior|sr|staff|principal|lead|junior|jr|mid[- ]level"
      + "|l\\d|ic\\d|e\\d|level \\d)\\s+(?:level\\s+)?(?:band|range)\\b[^.?!;]{0,20}$");

  /**
   * The company's band for another level ("the senior band is 195-225", "senior band here is 195-225 base, thoughts
   * on 205?"): said back as that level's band beside the guide's, not kept; one other figure in the message is
   * weighed against both and never stored. Null when a figure cannot be read as a year's base.
   */
  private static Turn levelBand(Conversation c, Scene s, Matcher range, String level, String text) {
    Region region = s.region();
    String currency = region.currency();
    Ends ends = Ends.of(range, region);
    if (ends == null) {
      return null;
    }
    Placing.Placed low = ends.low();
    Placing.Placed high = ends.high();
    List<String> others = new ArrayList<>();
    int otherAt = 0;
    Matcher any = ANY.matcher(text);
    while (any.find()) {
      if (any.start() < range.start() || any.start() >= range.end()) {
        others.add(any.group().strip());
        otherAt = any.start();
      }
    }
    Placing.Placed weighed = others.size() == 1 ? Placing.place(others.get(0), region) : null;
    if (others.size() > 1 || !others.isEmpty() && weighed == null) {
      return null;
    }
    Range band = region.bands().base();
    Offer offer = Cards.usable(c.offer(), region);
    // "our senior band is 185-215 and we offered 190 base": the other figure is the offer made, so it is kept.
    String lead = weighed == null ? "" : text.substring(otherAt > range.start() ? range.end() : 0, otherAt);
    boolean made = OFFERED.matcher(lead).find() && !MOVE_WEIGHED.matcher(lead).find()
        && weighed.fits().contains(Component.BASE);
    Offer kept = made ? (offer == null ? Offer.none(currency) : offer).with(Component.BASE, weighed.value()) : offer;
    List<String> lines = new ArrayList<>();
    lines.add("Read " + full(low.value(), currency) + "–" + full(high.value(), currency) + " as your " + level
        + " band on base: the company's band for that level, not an offer or the candidate's ask, and not kept"
        + (made ? "." : offer == null ? "." : "; your offer stays at " + TextRenderer.offer(offer, currency) + ".")
        + " The guide's " + region.shortName() + " base band for this role is " + Money.compact(band, currency) + ".");
    if (weighed != null) {
      long v = weighed.value();
      String inLevel = v < low.value() ? money(low.value() - v, currency) + " under your " + level + " band"
          : v > high.value() ? money(v - high.value(), currency) + " past your " + level + " band's top"
          : "inside your " + level + " band";
      String inGuide = v > band.high() ? money(v - band.high(), currency) + " past the guide's top of "
          + money(band.high(), currency) : "inside the guide's band";
      lines.add(made ? "Kept your offer's base of " + full(v, currency) + ": it is " + inLevel + " and " + inGuide
          + ". If that offer is at the " + level + " level, say the level and title in writing with the figures."
          : full(v, currency) + " base is " + inLevel + " and " + inGuide + ": weighed, not kept. If you level "
          + "the candidate up, pay from that level's band and say the new level and title in writing with the figures.");
    } else if (offer != null && offer.base() != null && offer.base() < low.value()) {
      lines.add("Your offer's base of " + money(offer.base(), currency) + " is " + money(low.value() - offer.base(),
          currency) + " under that band: an up-level moves the base to at least " + money(low.value(), currency) + ".");
    }
    if (!made) {
      lines.add("Tell me the figure you'd offer at that level and I'll weigh it against both bands.");
    }
    return new Turn(made ? c.withOffer(kept) : c, new Reply.Text(String.join("\n", lines)));
  }

  /**
   * A range on the year's total: not kept (the thread holds a ceiling on base only), and every figure named back with
   * the question of which part is base, so none is kept in silence or taken for a base it may not be.
   */
  private static Turn totalRange(Conversation c, Scene s, Matcher range, String text) {
    String currency = s.region().currency();
    Ends ends = Ends.of(range, s.region());
    if (ends == null) {
      return null;
    }
    Placing.Placed low = ends.low();
    Placing.Placed high = ends.high();
    List<String> others = new ArrayList<>();
    Matcher any = ANY.matcher(text);
    while (any.find()) {
      if (any.start() < range.start() || any.start() >= range.end()) {
        others.add(any.group().strip());
      }
    }
    String reply = "Read " + full(low.value(), currency) + "–" + full(high.value(), currency) + " as your approved "
        + "range on total pay (base, bonus and stock together), not on base, so I haven't kept " + money(high.value(),
        currency) + " as a ceiling on base. Which part of it is base? Tell me the base range (\"our approved base "
        + "range is 170-195\") and I'll weigh the candidate's figures against it."
        + (others.isEmpty() ? "" : " The other figures in your message (" + String.join(", ", others) + ") I've kept "
            + "none of: say whether each is base or total.");
    return new Turn(c, new Reply.Text(reply));
  }

  /**
   * "she's asking for the senior range, 215-240": her ask, a range at another level, past the guide's top as may be;
   * weighed against the band and the offer, not kept (an ask is one figure), and neither the company's band.
   */
  private static Turn askedLevelRange(Conversation c, Scene s, Matcher range, String level) {
    Region region = s.region();
    String currency = region.currency();
    Ends ends = Ends.of(range, region);
    if (ends == null) {
      return null;
    }
    Placing.Placed low = ends.low();
    Placing.Placed high = ends.high();
    Range band = region.bands().base();
    Offer offer = Cards.usable(c.offer(), region);
    List<String> lines = new ArrayList<>();
    lines.add("Read " + full(low.value(), currency) + "–" + full(high.value(), currency) + " base as the candidate's "
        + "ask (the " + level + " range), not your band and not your offer" + (offer == null ? "."
        : ", which stays at " + TextRenderer.offer(offer, currency) + "."));
    lines.add(high.value() > band.high() ? "Its top is " + money(high.value() - band.high(), currency) + " past the "
        + region.shortName() + " base band's top of " + money(band.high(), currency) + ": past the top is a question "
        + "of level." : "It is inside the " + region.shortName() + " base band (" + Money.compact(band, currency) + ").");
    if (offer != null && offer.base() != null && offer.base() < low.value()) {
      lines.add("Your offer's base of " + money(offer.base(), currency) + " is " + money(low.value() - offer.base(),
          currency) + " under its bottom.");
    }
    lines.add("What one figure on base is the candidate asking (\"she's asking 215 base\")? I'll keep that as the "
        + "candidate's ask and weigh it against your offer.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /**
   * A range the candidate asks, in a message that speaks of budget too: named back as the ask, nothing kept, and the
   * approved range asked for, since no figure here says what the company may pay.
   */
  private static Turn askedRange(Conversation c, Scene s, Matcher range) {
    String currency = s.region().currency();
    Long low = base(range.group(1), s.region());
    Long high = base(range.group(2), s.region());
    if (low == null || high == null || low >= high) {
      return null;
    }
    return new Turn(c, new Reply.Text("Read " + full(low, currency) + "–" + full(high, currency) + " base as the "
        + "candidate's ask, not your approved range, so I've kept no ceiling from it. What is your approved range on "
        + "base for this hire (\"our approved range is 160-185 base\")? With it I'll say how much of the ask it "
        + "covers and what to carry another way."));
  }

  private static Turn answer(Conversation c, Scene s, long low, long high, Long payToday, Long ask) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    List<String> lines = new ArrayList<>();
    Offer offer = Cards.usable(c.offer(), s.region());
    lines.add("Kept " + full(low, currency) + "–" + full(high, currency) + " as your approved range on base for "
        + "this hire: your budget, not an offer" + (offer == null ? "." : ", so your offer stays at "
        + TextRenderer.offer(offer, currency) + ".") + " Its top, " + money(high, currency)
        + ", is the most you may pay on base: a move past it will be flagged.");
    lines.add(high > band.high() ? "Its top is " + money(high - band.high(), currency) + " past the "
        + s.region().shortName() + " base band's top of " + money(band.high(), currency) + ": past the top is a "
        + "question of level."
        : low < band.low() ? "It starts " + money(band.low() - low, currency) + " under the " + s.region().shortName()
            + " base band (" + Money.compact(band, currency) + ")."
        : "It sits inside the " + s.region().shortName() + " base band (" + Money.compact(band, currency) + ").");
    Conversation kept = c.withCeiling(high);
    if (payToday != null) {
      lines.add("Noted the candidate's pay today of " + full(payToday, currency) + " base: not an offer. "
          + (payToday < low ? "Your whole range is above it." : payToday > high ? "It is "
              + money(payToday - high, currency) + " above your range's top: expect a move to need more than base."
              : "Your range runs " + money(high - payToday, currency) + " above it at its top."));
      kept = kept.withPayToday(payToday);
    }
    if (ask != null) {
      lines.add(ask > high ? "The candidate's ask of " + full(ask, currency) + " base is " + money(ask - high,
          currency) + " above your approved top of " + money(high, currency) + (ask <= band.high()
          ? " (inside the band's " + money(band.high(), currency) + " top, so an exception could reach it)"
          : " and past the band's top of " + money(band.high(), currency) + ", a question of level")
          + ": hold the base at " + money(high, currency) + " at most, and carry the rest another way. "
          + OurQuestions.besideBase(s, null) + " A one-time sign-on of " + money(ask - high, currency)
          + " covers the first year only."
          : "The candidate's ask of " + full(ask, currency) + " base is inside your approved range, "
              + money(high - ask, currency) + " under its top: meeting it is open to you.");
      kept = kept.withBaseAsk(ask, null);
    }
    lines.add("Tell me your offer when you make it, and I'll weigh it against "
        + (ask != null ? "the ask and " : "") + "the range.");
    return new Turn(kept, new Reply.Text(String.join("\n", lines)));
  }

  /** A range's two ends placed in the region's currency, low under high; null when either is no amount. */
  private record Ends(Placing.Placed low, Placing.Placed high) {
    static Ends of(Matcher range, Region region) {
      Placing.Placed low = Placing.place(range.group(1).strip(), region);
      Placing.Placed high = Placing.place(range.group(2).strip(), region);
      return low == null || high == null || low.value() >= high.value() ? null : new Ends(low, high);
    }
  }

  /** A figure read as a year's base in the region's currency ("150" as 150k, as the base band is), or null. */
  private static Long base(String written, Region region) {
    Placing.Placed placed = Placing.place(written.strip(), region);
    return placed == null || !placed.fits().contains(Component.BASE) && !placed.underBase() ? null : placed.value();
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
