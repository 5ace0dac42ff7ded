package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company's side trading one part of its offer for another: "can we go to 200 if we cut the sign-on?" (more base
 * for the one-time money), "can we bump the RSU instead of base?" (stock for the base she asked). Each is weighed a
 * year at a time against the offer on record and her ask, never stored: the offer stays as made until they say it.
 */
final class PartTrades {

  /** Where the part given up is named: "instead of base", "if we cut the sign-on", "and drop the signing bonus". */
  private static final Pattern GIVEN_UP = Pattern.compile("\\b(?:instead of|rather than|in place of|in lieu of"
      + "|in exchange for|if we (?:cut|drop|remove|lose|pull|skip|take away|take out)|and (?:cut|drop|remove|skip)"
      + "|without)\\s+(?:the\\s+|a\\s+|any\\s+|more\\s+|her\\s+|his\\s+)?");

  /** A figure as typed: "200", "200k", "$200,000". */
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\w.,])\\$?\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s*k?(?![\\w%]|,\\d)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern SIGN_ON = Pattern.compile("^(?:sign[- ]?on|signing|sign on)");
  private static final Pattern BASE = Pattern.compile("^(?:base|salary)");
  private static final Pattern STOCK_UP = Pattern.compile("\\b(?:rsus?|stock|equity|grant)\\b");

  private PartTrades() {}

  /** The trade weighed; null off the company's side, without an offer's base, or when the message trades nothing. */
  static Turn weigh(Conversation c, Scene s, String text) {
    if (!c.companySide()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if ((lower.contains("swap") || lower.contains("trade")) && SWAP.matcher(lower).find()) {
      Offer offer = Cards.usable(c.offer(), s.region());
      Matcher m = SWAP.matcher(lower);
      if (offer != null && offer.base() != null && m.find()) {
        long off = thousands(m.group(1));
        long once = thousands(m.group(2));
        return off <= 0 || once <= 0 || off >= offer.base() ? null
            : new Turn(c, new Reply.Text(baseSwapped(c, s, offer, off, once)));
      }
    }
    if ((lower.contains("instead") || lower.contains("rather") || lower.contains("lieu") || lower.contains("place of"))
        && ONE_TIME_FOR_BASE.matcher(lower).find()) {
      Offer offer = Cards.usable(c.offer(), s.region());
      Matcher m = ONE_TIME_FOR_BASE.matcher(lower);
      if (offer != null && offer.base() != null && m.find()) {
        long once = thousands(m.group(1) != null ? m.group(1) : m.group(2));
        long more = thousands(m.group(3));
        Matcher years = OVER_YEARS.matcher(lower);
        int over = years.find() ? yearsSaid(years.group(1)) : YearByYear.YEARS;
        return once <= 0 || more <= 0 || more >= offer.base() || over < 1 ? null
            : new Turn(c, new Reply.Text(signOnForBase(c, s, offer, once, more, over)));
      }
    }
    // The phrase list is tried only where one of its words occurs: most messages have none.
    if (!(lower.contains("instead") || lower.contains("rather") || lower.contains("cut") || lower.contains("drop")
        || lower.contains("exchange") || lower.contains("without") || lower.contains("lieu")
        || lower.contains("place of") || lower.contains("remove") || lower.contains("skip"))) {
      return null;
    }
    Matcher given = GIVEN_UP.matcher(lower);
    Offer offer = Cards.usable(c.offer(), s.region());
    if (!given.find() || offer == null || offer.base() == null) {
      return null;
    }
    String up = lower.substring(0, given.start());
    String away = lower.substring(given.end());
    Matcher figure = AMOUNT.matcher(up);
    if (SIGN_ON.matcher(away).lookingAt() && figure.find() && !STOCK_UP.matcher(up).find()) {
      Placing.Placed placed = Placing.place(figure.group().strip(), s.region());
      if (placed == null || placed.value() <= offer.base() || figure.find()) {
        return null;
      }
      return new Turn(c, new Reply.Text(baseForSignOn(c, s, offer, placed.value())));
    }
    if (BASE.matcher(away).lookingAt() && STOCK_UP.matcher(up).find() && !AMOUNT.matcher(lower).find()) {
      Long ask = c.baseAsk();
      if (ask == null || ask <= offer.base()) {
        return new Turn(c, new Reply.Text("Tell me what the candidate asked on base (\"she's asking 195\"), and I'll "
            + "weigh how much more RSUs would carry the same year."));
      }
      return new Turn(c, new Reply.Text(stockForBase(s, offer, ask)));
    }
    return null;
  }

  /** "swap 10k base for 20k sign-on", "trade $10,000 of salary for a 20k signing bonus": base given up for one-time money. */
  private static final Pattern SWAP = Pattern.compile("\\b(?:swap|swapping|trade|trading)\\s+(?:out\\s+)?(\\$?\\d[\\d,]*"
      + "(?:\\.\\d+)?\\s*k?)\\s+(?:of\\s+)?(?:the\\s+|her\\s+|his\\s+)?(?:base|salary)\\s+(?:for|into|to)\\s+(?:an?\\s+)?(?:extra\\s+)?"
      + "(\\$?\\d[\\d,]*(?:\\.\\d+)?\\s*k?)\\s+(?:of\\s+)?(?:more\\s+)?(?:in\\s+)?(?:sign[- ]?on|signing|a\\s+sign[- ]?on)");

  /**
   * One-time money in place of a raise on base: "a one-time 15k instead of 5k more base", "15k sign-on rather than 5k
   * on base", "a lump sum of 10k in lieu of 4k more salary". The one-time figure is said so; the base step is "more".
   */
  private static final String TRADE_AMOUNT = "(\\$?\\d[\\d,]*(?:\\.\\d+)?\\s*k?)";
  private static final Pattern ONE_TIME_FOR_BASE = Pattern.compile("(?:(?:one[- ]?time|one[- ]?off|lump[- ]?sum)\\s+"
      + "(?:sign[- ]?on\\s+|signing\\s+(?:bonus\\s+)?|bonus\\s+|payment\\s+)?(?:of\\s+)?" + TRADE_AMOUNT + "|"
      + TRADE_AMOUNT + "\\s+(?:one[- ]?time\\s+|one[- ]?off\\s+)?(?:sign[- ]?on|signing|lump[- ]?sum)(?:\\s+bonus)?)"
      + "(?:\\s+(?:bonus|payment))?\\s+(?:instead\\s+of|rather\\s+than|in\\s+place\\s+of|in\\s+lieu\\s+of)\\s+"
      + "(?:a\\s+|an\\s+|another\\s+)?(?:extra\\s+)?" + TRADE_AMOUNT + "\\s+(?:more\\s+|extra\\s+|bump\\s+|raise\\s+)?"
      + "(?:on\\s+|in\\s+|of\\s+|to\\s+)?(?:the\\s+|her\\s+|his\\s+)?(?:base|salary)\\b");

  /** "cost over 3 years?", "over three years": the years a cost is asked over. */
  private static final Pattern OVER_YEARS = Pattern.compile("\\bover\\s+(?:the\\s+next\\s+|the\\s+first\\s+)?"
      + "(\\d|two|three|four|five)\\s*(?:years?|yrs?)\\b");

  private static int yearsSaid(String said) {
    return switch (said) {
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      default -> Integer.parseInt(said);
    };
  }

  /**
   * A one-time payment in place of more base: what the base step costs a year with its bonus percent, against the one
   * payment over the years asked (and four), what the candidate gets in year 1 and loses after, and her ask. Never stored.
   */
  private static String signOnForBase(Conversation c, Scene s, Offer offer, long once, long more, int over) {
    Region region = s.region();
    String currency = region.currency();
    long bonusMore = offer.bonusPercent() == null ? 0 : Offer.percentOf(more, offer.bonusPercent());
    long yearly = more + bonusMore;
    List<String> lines = new ArrayList<>();
    lines.add("A one-time " + full(once, currency) + " instead of " + full(more, currency) + " more base: the base "
        + "step" + (bonusMore > 0 ? " with its bonus at the same percent (" + money(bonusMore, currency) + ")" : "")
        + " costs " + full(yearly, currency) + " a year, every year.");
    List<String> spans = new ArrayList<>();
    for (int years : over == YearByYear.YEARS ? List.of(over) : List.of(over, YearByYear.YEARS)) {
      long base = yearly * years;
      long saved = base - once;
      spans.add("over " + years + " year" + (years == 1 ? "" : "s") + " the base step is " + full(base, currency)
          + " against " + full(once, currency) + " paid once, so the one-time payment " + (saved > 0 ? "saves you "
          + full(saved, currency) : saved < 0 ? "costs you " + full(-saved, currency) + " more" : "costs the same"));
    }
    lines.add("For you: " + String.join("; ", spans) + ".");
    long firstYear = once - yearly;
    lines.add("For the candidate: year 1 is " + money(Math.abs(firstYear), currency) + (firstYear > 0 ? " more"
        : firstYear < 0 ? " less" : " the same") + " with the one-time payment; from year 2 it is "
        + money(yearly, currency) + " a year less, and a lower base lowers every raise and bonus after it.");
    Long ask = c.baseAsk();
    if (ask != null && ask > offer.base()) {
      lines.add("The base stays " + full(offer.base(), currency) + ", " + money(ask - offer.base(), currency)
          + " a year under the candidate's ask of " + full(ask, currency) + ": say plainly that the base is held "
          + "and the one-time money is there to bridge the first year.");
    }
    lines.add("Nothing is stored: tell me the offer you make.");
    return String.join("\n", lines);
  }

  /** An amount as typed in a trade, a year's or one payment's whole units: "10k", "10" (thousands), "$10,000". */
  private static long thousands(String written) {
    String digits = written.replaceAll("[^\\d.]", "");
    if (digits.isEmpty()) {
      return 0;
    }
    double said = Double.parseDouble(digits);
    return Math.round(written.strip().toLowerCase(Locale.ROOT).endsWith("k") || said < 1_000 ? said * 1_000 : said);
  }

  /**
   * Base given up for a sign-on: what the candidate gains in year 1 and loses every year after (the bonus percent
   * moving with the base), what the company saves over four years, and where the lower base sits. Never stored.
   */
  private static String baseSwapped(Conversation c, Scene s, Offer offer, long off, long once) {
    Region region = s.region();
    String currency = region.currency();
    long base = offer.base() - off;
    long bonusOff = offer.bonusPercent() == null ? 0 : Offer.percentOf(off, offer.bonusPercent());
    long yearly = off + bonusOff;
    long firstYear = once - yearly;
    long fourYears = once - yearly * YearByYear.YEARS;
    long signOn = (offer.signOn() == null ? 0 : offer.signOn()) + once;
    List<String> lines = new ArrayList<>();
    lines.add("If you offer base " + full(base, currency) + " with a one-time sign-on of " + full(signOn, currency)
        + (offer.signOn() == null || offer.signOn() == 0 ? "" : " (the " + money(offer.signOn(), currency)
        + " already offered plus " + money(once, currency) + ")") + ": " + money(off, currency) + " less base"
        + (bonusOff > 0 ? " and " + money(bonusOff, currency) + " less bonus at the same percent" : "") + " is "
        + full(yearly, currency) + " a year, every year, against " + full(once, currency) + " paid once.");
    lines.add("For the candidate year 1 is " + money(Math.abs(firstYear), currency) + (firstYear > 0 ? " more"
        : firstYear < 0 ? " less" : " the same") + "; from year 2 it is " + money(yearly, currency) + " a year less, "
        + money(Math.abs(fourYears), currency) + (fourYears < 0 ? " less" : " more") + " over 4 years, and a lower "
        + "base lowers every raise and bonus after it. For you it saves " + money(Math.max(0, -fourYears), currency)
        + " over 4 years" + (fourYears < 0 ? "" : " (nothing: it costs more)") + ".");
    Range band = region.bands().base();
    lines.add("Base " + money(base, currency) + (base < band.low() ? " is " + money(band.low() - base, currency)
        + " under the " + region.shortName() + " base band's bottom of " + money(band.low(), currency) + "."
        : " is inside the " + region.shortName() + " base band (" + Money.compact(band, currency) + "), at "
        + Math.round(band.position(base) * 100) + "%."));
    Long ask = c.baseAsk();
    if (ask != null && ask > base) {
      lines.add("It moves away from the candidate's ask of " + full(ask, currency) + " base: " + money(ask - base,
          currency) + " a year apart, so expect her to count the years after the first.");
    }
    lines.add("A candidate who weighs the years will likely read this as a cut; it lands best when the sign-on pays "
        + "for something she leaves behind (unvested stock, a bonus due). Nothing is stored: tell me the offer you make.");
    return String.join("\n", lines);
  }

  /** More base paid for by the sign-on: the yearly cost against the one-time saving, and where the base lands. */
  private static String baseForSignOn(Conversation c, Scene s, Offer offer, long base) {
    Region region = s.region();
    String currency = region.currency();
    long signOn = offer.signOn() == null ? 0 : offer.signOn();
    long more = base - offer.base();
    long bonusMore = offer.bonusPercent() == null ? 0 : Offer.percentOf(more, offer.bonusPercent());
    long yearly = more + bonusMore;
    List<String> lines = new ArrayList<>();
    lines.add("Base " + full(base, currency) + " for the sign-on: " + money(more, currency) + " more on base"
        + (bonusMore > 0 ? " and " + money(bonusMore, currency) + " more bonus at the same percent" : "") + " is "
        + full(yearly, currency) + " a year, every year"
        + (signOn > 0 ? "; the " + full(signOn, currency) + " sign-on is paid once." : "; there is no sign-on on "
        + "record to cut, so the base is all new money."));
    if (signOn > 0) {
      long firstYear = yearly - signOn;
      lines.add("Year 1 costs " + money(Math.abs(firstYear), currency) + (firstYear > 0 ? " more" : firstYear < 0
          ? " less" : " the same") + "; from year 2 it costs " + money(yearly, currency) + " a year more ("
          + money(yearly * 4 - signOn, currency) + " more over 4 years).");
    }
    Range band = region.bands().base();
    lines.add("Base " + money(base, currency) + (base > band.high() ? " is " + money(base - band.high(), currency)
        + " past the top of the " + region.shortName() + " base band (" + Money.compact(band, currency) + "): a level "
        + "question, not a bigger number in the same band." : " is inside the " + region.shortName() + " base band ("
        + Money.compact(band, currency) + ")."));
    Long ask = c.baseAsk();
    if (ask != null) {
      lines.add(base >= ask ? "It meets the candidate's ask of " + full(ask, currency) + " on base."
          : "It leaves " + money(ask - base, currency) + " a year under the candidate's ask of " + full(ask, currency)
          + " on base.");
    }
    if (c.ceiling() != null && base > c.ceiling()) {
      lines.add("It is " + money(base - c.ceiling(), currency) + " past the " + money(c.ceiling(), currency)
          + " you said you may pay on base.");
    }
    lines.add("For the candidate it pays more from year 2 on, and base lifts the bonus and every raise; the sign-on only "
        + "helps year 1. Nothing is stored: tell me the offer you make (\"we'll do " + base / 1000 + " base, no "
        + "sign-on\").");
    return String.join("\n", lines);
  }

  /** More RSUs in place of the base she asked: how much stock carries the same year, against the stock band. */
  private static String stockForBase(Scene s, Offer offer, long ask) {
    Region region = s.region();
    String currency = region.currency();
    long gap = ask - offer.base();
    long bonusGap = offer.bonusPercent() == null ? 0 : Offer.percentOf(gap, offer.bonusPercent());
    long yearly = gap + bonusGap;
    long stock = (offer.stock() == null ? 0 : offer.stock()) + yearly;
    Range band = region.bands().stock();
    List<String> lines = new ArrayList<>();
    lines.add("The candidate's ask of " + full(ask, currency) + " base is " + money(gap, currency) + " over your "
        + full(offer.base(), currency) + (bonusGap > 0 ? ", " + money(yearly, currency) + " a year with the bonus at "
        + "the same percent" : " a year") + ".");
    lines.add("The same year in RSUs is stock of " + full(stock, currency) + " a year"
        + (offer.stock() == null ? "" : " (from " + money(offer.stock(), currency) + ")") + (stock > band.high()
        ? ", " + money(stock - band.high(), currency) + " past the top of the " + region.shortName() + " stock band ("
        + Money.compact(band, currency) + ")." : ", inside the " + region.shortName() + " stock band ("
        + Money.compact(band, currency) + ")."));
    lines.add("RSUs vest over years, move with the share price and carry no bonus or raises, so a candidate who asked "
        + "for base will likely value them below the same cash: expect the candidate to hold to some of the base. A part of the "
        + "gap on base and the rest in RSUs often closes it. Nothing is stored: tell me the offer you make.");
    return String.join("\n", lines);
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
