package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "can I just ask for 10% more across the board?", "what's 10% more on the base alone": the offer's parts raised by
 * that percent, weighed against the counter the guide plans, and never stored: a flat percent traces to their offer,
 * not to the market.
 */
final class PercentMore {

  /**
   * "10% more", "an extra 10%", "by 10%": the percent the ask raises by, never a bonus's percent said beside it.
   */
  private static final Pattern PERCENT = Pattern.compile("(?i)(?:\\b(?:extra|additional|another|by)\\s+(?:a\\s+)?"
      + "(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)\\s*(?:%|percent\\b|pct\\b)|(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)\\s*(?:%|percent\\b"
      + "|pct\\b)\\s*(?:more|higher|extra|raise|bump|increase|on\\s+top)\\b"
      // "is 10% a normal counter?", "a 15% counter": a counter sized as a percent over their offer.
      + "|(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)\\s*(?:%|percent\\b|pct\\b)\\s*(?:is\\s+)?(?:an?\\s+)?(?:normal\\s+|typical\\s+"
      + "|standard\\s+|usual\\s+|reasonable\\s+|good\\s+|fair\\s+|ok\\s+|okay\\s+)?counter(?:offer)?\\b)");
  /**
   * "is 5% too little to ask?", "is asking for 5% more enough?": a percent weighed as too small, read only where the
   * message asks or counters and names no bonus (then it is the bonus's own percent).
   */
  private static final Pattern TOO_LITTLE_PERCENT = Pattern.compile("(?i)(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)\\s*(?:%"
      + "|percent\\b|pct\\b)\\s*(?:more\\s+)?(?:is\\s+|be\\s+)?(?:too\\s+(?:little|small|low|modest|timid)|not\\s+enough"
      + "|enough)\\b");
  private static final Pattern AN_ASK = Pattern.compile("(?i)\\b(?:ask|asking|counter|countering|go\\s+back|push)\\b");
  private static final Pattern BONUS = Pattern.compile("(?i)\\bbonus\\b");
  /** "on the base alone", "to my base": the base only, as against every part. */
  private static final Pattern BASE_ONLY = Pattern.compile(
      "(?i)\\b(?:on|to|of)\\s+(?:the\\s+|my\\s+|their\\s+)?(?:base|salary)\\b(?!\\s*(?:and|&|\\+|,))");

  /** "is 5% more too greedy?", "reasonable for her?": the percent weighed, so the answer says yes or no first. */
  private static final Pattern WEIGHED = Pattern.compile("(?i)\\b(?:greedy|too much|too high|aggressive|reasonable|"
      + "realistic|fair|weird|crazy|pushy|rude)\\b|\\b(?:is|be|it's|its|that's|thats|sound|sounds|seem|seems)\\s+"
      + "(?:ok|okay)\\b");

  /** "is 5% too little to ask?": the percent weighed as too small, so the answer says whether it is first. */
  private static final Pattern TOO_LITTLE = Pattern.compile("(?i)\\b(?:too\\s+(?:little|small|low|modest|timid)"
      + "|enough)\\b");

  /** "is 40% more enough?": asked whether it is enough, not whether it is too little ("not enough?" is the latter). */
  private static final Pattern ENOUGH_ASKED = Pattern.compile("(?i)(?<!\\bnot\\s)\\benough\\b");

  /** "10% more on the stock", "20% more equity": the stock only; a part named with others is weighed across them. */
  private static final Pattern STOCK_ONLY = Pattern.compile("(?i)(?:\\b(?:on|to|of|in)\\s+(?:the\\s+|my\\s+|their\\s+)?"
      + "|%\\s*more\\s+)(?:stock|equity|rsus?|shares)\\b(?!\\s*(?:and|&|\\+|,))");

  /** "ok, 10% more on base it is", "let's go with 8% more on base": a percent decided on, not weighed. */
  private static final Pattern DECIDED = Pattern.compile("(?i)\\bbase\\s+it(?:'s|’s|\\s+is)\\b|\\b(?:let's go with|lets go with|"
      + "let's do|lets do|going with|i'll go with|ill go with|i'll ask for|ill ask for|i will ask for|go with|"
      + "settled on|decided on|decided|sounds good|draft|write|email)\\b");

  /** "10% more on base than my current job": a comparison, never a decision. */
  private static final Pattern THAN = Pattern.compile("(?i)\\bthan\\b");

  private final Cards cards;
  private final Clock clock;

  PercentMore(Cards cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  /** The percent the message raises by, or null when it names none. */
  static Double percent(String text) {
    Matcher m = PERCENT.matcher(text);
    if (!m.find()) {
      Matcher small = TOO_LITTLE_PERCENT.matcher(text);
      return small.find() && AN_ASK.matcher(text).find() && !BONUS.matcher(text).find()
          ? Double.valueOf(small.group(1)) : null;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return Double.valueOf(m.group(g));
      }
    }
    return null;
  }

  /**
   * A percent more on the base, decided on ("ok, 10% more on base it is. draft the email?"), as the base it asks: the
   * offer's base raised and made precise, or null where the message weighs a percent, names another part or the thread
   * has no base to raise.
   */
  static Long decidedBase(String text, Offer offer) {
    Double pct = percent(text);
    if (pct == null || offer == null || offer.base() == null || !BASE_ONLY.matcher(text).find()
        || !DECIDED.matcher(text).find() || WEIGHED.matcher(text).find() || THAN.matcher(text).find() || text.contains("?") && !text.matches(
        "(?is).*\\b(?:draft|write|email)\\b.*")) {
      return null;
    }
    return Precise.ceil(raised(offer.base(), pct));
  }

  /** The message with its percent said as the base it asks, so the thread reads it as the user's own ask. */
  static String asOwnAsk(String text, long base) {
    String rest = BASE_ONLY.matcher(PERCENT.matcher(text).replaceFirst(" ")).replaceFirst(" ");
    return "i'll ask for " + base + " base. " + rest;
  }

  /** What the reply says of the percent it turned into a base. */
  static String took(String text, Offer offer, long base, String currency) {
    return "Took " + written(percent(text)) + " more on base as a base of " + full(base, currency) + ": "
        + written(percent(text)) + " on their " + full(offer.base(), currency) + ", made precise.";
  }

  /** The raised parts against the ask; null when the message names no percent, so the ask answers instead. */
  Turn answer(Scene s, Conversation c, String text, Venue venue) {
    Double pct = percent(text);
    if (pct == null) {
      return null;
    }
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Counteroffer ask = cards.ask(s, c, venue, LocalDate.now(clock));
    if (offer == null || offer.base() == null || ask == null) {
      return new Turn(c, new Reply.Question("Tell me their offer first (\"they offered 180k base, 40k rsu a year, "
          + "15% bonus\") and I'll show what " + written(pct) + " more would be, against the counter the market "
          + "supports."));
    }
    String more = written(pct) + " more";
    List<String> lines = new ArrayList<>();
    com.compcoach.guide.Bands bands = s.region().bands();
    String where = s.region().shortName();
    // Each raised part past its band's top, named: a flat percent can pass the top on one part while the year's
    // total is still under the counter, and the verdict must say so rather than weigh the total alone.
    List<String> past = new ArrayList<>();
    long shortBy;
    boolean stockOnly = !BASE_ONLY.matcher(text).find() && STOCK_ONLY.matcher(text).find();
    if (stockOnly && (offer.stock() == null || offer.stock() == 0)) {
      // Weighing every part when only the stock was asked would answer another question: ask for the grant instead.
      return new Turn(c, new Reply.Question("I hold no stock in their offer to raise " + more + ": tell me their "
          + "grant (\"50k rsu a year\" or \"200k over 4 years\") and I'll weigh it."));
    }
    if (stockOnly) {
      long stock = raised(offer.stock(), pct);
      pastTop("RSUs", stock, bands.stock(), currency, past);
      shortBy = ask.stock() - stock;
      lines.add(more + " on the stock alone: RSUs of " + full(stock, currency) + " a year, "
          + money(stock - offer.stock(), currency) + " more than their " + money(offer.stock(), currency) + ".");
      lines.add(shortBy > 0
          ? "The counter from the guide asks RSUs of " + full(ask.stock(), currency) + " a year: a flat "
              + written(pct) + " leaves " + money(shortBy, currency) + " a year of what the " + where
              + " band supports. Ask for the counter's figure: it traces to the market, and a percent invites a "
              + "percent back."
          : "That is at or past the RSUs the counter asks (" + full(ask.stock(), currency) + " a year), the top the "
              + where + " band supports: ask for " + full(ask.stock(), currency) + " a year instead.");
    } else if (BASE_ONLY.matcher(text).find()) {
      long base = raised(offer.base(), pct);
      pastTop("base", base, bands.base(), currency, past);
      shortBy = ask.base() - base;
      lines.add(more + " on the base alone: " + full(base, currency) + ", " + money(base - offer.base(), currency)
          + " more than their " + money(offer.base(), currency) + ".");
      lines.add(shortBy > 0
          ? "The counter from the guide asks a base of " + full(ask.base(), currency) + ": a flat " + written(pct)
              + " leaves " + money(shortBy, currency) + " of what the " + where
              + " band supports. Ask for the counter's figure: it traces to the market, and a percent invites a "
              + "percent back."
          : "That is at or past the base the counter asks (" + full(ask.base(), currency) + "), the top the "
              + where + " band supports: ask for " + full(ask.base(), currency) + " instead.");
    } else {
      List<String> parts = new ArrayList<>();
      long total = 0;
      long base = raised(offer.base(), pct);
      parts.add("a base of " + full(base, currency));
      pastTop("base", base, bands.base(), currency, past);
      total += base;
      if (offer.stock() != null && offer.stock() > 0) {
        long stock = raised(offer.stock(), pct);
        parts.add("RSUs of " + full(stock, currency) + " a year");
        pastTop("RSUs", stock, bands.stock(), currency, past);
        total += stock;
      }
      if (offer.bonus() != null && offer.bonus() > 0) {
        // A percent bonus follows the base; a fixed one is raised as the rest are.
        long bonus = offer.bonusPercent() != null ? Offer.percentOf(base, offer.bonusPercent())
            : raised(offer.bonus(), pct);
        parts.add("a bonus of " + full(bonus, currency));
        pastTop("bonus", bonus, bands.bonus(), currency, past);
        total += bonus;
      }
      shortBy = ask.total() - total;
      Long theirs = offer.recurringTotal();
      lines.add(more + " across the board: " + Cards.join(parts) + ": " + full(total, currency) + " a year"
          + (theirs == null ? "." : ", " + money(total - theirs, currency) + " more than their "
              + money(theirs, currency) + "."));
      lines.add(shortBy > 0
          ? "The counter from the guide asks " + full(ask.total(), currency) + " a year (" + Cards.join(
              Cards.asks(offer, ask, currency)) + "): a flat " + written(pct) + " leaves " + money(shortBy,
              currency) + " a year of what the " + where + " market pays" + (past.isEmpty() ? "" : " in all, yet "
              + "puts " + Cards.join(past)) + ". Ask for the counter's figures: they trace to the band, and a percent "
              + "invites a percent back."
          : "That is at or past the counter the guide supports (" + full(ask.total(), currency) + " a year): ask for "
              + "the counter's figures instead, which stay inside the " + where + " bands.");
    }
    String pastSaid = past.isEmpty() ? "" : ", and it puts " + Cards.join(past);
    if (TOO_LITTLE.matcher(text).find()) {
      // Asked whether the percent is too small, or enough: answered in the words asked, from the parts as well as
      // the total ("enough?" is never answered "yes, too little").
      boolean enoughAsked = ENOUGH_ASKED.matcher(text).find();
      lines.add(0, !past.isEmpty()
          ? "Not as a flat percent: " + more + " is " + (shortBy > 0 ? money(shortBy, currency) + " a year under "
              + "the counter the " + where + " market supports in all" : "at or past the counter in all")
              + pastSaid + ". Ask for the counter's figures instead."
          : shortBy > 0
          ? (enoughAsked ? "Not enough: " : "Yes, too little: ") + more + " stays " + money(shortBy, currency)
              + (BASE_ONLY.matcher(text).find() ? "" : " a year") + " under what the " + where
              + " market supports, so ask for the counter's figures instead."
          : (enoughAsked ? "Enough: " : "Not too little: ") + more + " already reaches what the " + where
              + " band supports.");
    } else if (WEIGHED.matcher(text).find()) {
      // Asked whether the percent is too much: the answer leads, the figures behind it follow.
      lines.add(0, past.isEmpty() && shortBy > 0
          ? "Not too much: " + more + " stays under what the " + where
              + " market supports, so it's a modest ask, if anything too modest."
          : !past.isEmpty() ? "Too much on one part: " + more + " puts " + Cards.join(past) + ". Ask for the "
              + "counter's figures instead."
          : "It's at or past what the " + where + " band supports: ask for the counter's figures instead.");
    }
    lines.add("Nothing is stored: say \"I'll ask for …\" to make a figure your ask.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** Adds "a base of $259K, $26K past the Charlotte band's top of $233K" when the raised part passes its top. */
  private static void pastTop(String part, long raised, com.compcoach.guide.Range band, String currency,
      List<String> past) {
    if (band != null && raised > band.high()) {
      past.add("the " + part + " at " + money(raised, currency) + ", " + money(raised - band.high(), currency)
          + " past the band's top of " + money(band.high(), currency));
    }
  }

  private static long raised(long amount, double pct) {
    return Math.round(amount * (100 + pct) / 100.0);
  }

  private static String written(double pct) {
    return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
