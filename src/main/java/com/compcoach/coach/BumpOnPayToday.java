package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percent bump on the candidate's pay today asked about on the company's side ("she's at 160 now, is 20% bump
 * standard?"): the bumped figure weighed against the base band, its midpoint and the offer's base. What bump is
 * "standard" is the company's policy, not the guide's, so that is said and no rule of thumb is made up.
 */
final class BumpOnPayToday {

  /** "20% bump", "a 15 % raise", "10% increase", "20% more", "20% jump", "15% above". */
  private static final Pattern BUMP = Pattern.compile("(?i)\\b(\\d{1,2}(?:\\.\\d)?)\\s*%\\s*(?:bump|raise|increase"
      + "|jump|uplift|hike|more|over|on top|above)\\b");

  /** Her pay today before the bump: "she's at 160 now", "currently making 160k", "he makes $160,000". */
  private static final Pattern PAY = Pattern.compile("(?i)\\b(?:at|making|makes|earning|earns|on|currently)\\s+"
      + "(\\$?\\d[\\d,]*(?:\\.\\d+)?\\s*k?)(?![\\d%])");

  private BumpOnPayToday() {}

  /** The weighing, or null off the company's side, with no pay today on record, or with no bump in the message. */
  static String note(Scene s, Conversation c, String text) {
    if (text.indexOf('%') < 0 || !c.companySide()) {
      return null;
    }
    Matcher m = BUMP.matcher(text);
    if (!m.find()) {
      return null;
    }
    // The company's side keeps no pay today (it is the candidate's, not the user's): the figure is this message's.
    Matcher pay = PAY.matcher(text.substring(0, m.start()));
    Placing.Placed placed = pay.find() ? Placing.place(pay.group(1), s.region()) : null;
    if (placed == null) {
      return null;
    }
    double percent = Double.parseDouble(m.group(1));
    String currency = s.region().currency();
    long today = placed.value();
    long bumped = Math.round(today * (100 + percent) / 100.0);
    Range band = s.region().bands().base();
    long mid = band.mid();
    String where = bumped > band.high() ? Cards.money(bumped - band.high(), currency) + " past the top of the "
        + s.region().shortName() + " base band (" + Money.compact(band, currency) + "): past the top is a question of "
        + "level"
        : bumped < band.low() ? Cards.money(band.low() - bumped, currency) + " under the bottom of the "
        + s.region().shortName() + " base band (" + Money.compact(band, currency) + "): the band, not the bump, sets "
        + "the floor"
        : "at " + Math.round(band.position(bumped) * 100) + "% of the " + s.region().shortName() + " base band ("
        + Money.compact(band, currency) + "), " + (bumped == mid ? "at" : Cards.money(Math.abs(bumped - mid), currency)
        + (bumped > mid ? " past" : " under")) + " its midpoint of " + Cards.money(mid, currency);
    Offer offer = Cards.usable(c.offer(), s.region());
    String against = offer == null || offer.base() == null || offer.base() == bumped ? ""
        : " It is " + Cards.money(Math.abs(bumped - offer.base()), currency) + (bumped > offer.base() ? " above" : " below")
        + " your offer's base of " + new Money(offer.base(), currency).full() + ".";
    String pct = m.group(1).endsWith(".0") ? m.group(1).substring(0, m.group(1).length() - 2) : m.group(1);
    return "A " + pct + "% bump on the candidate's pay today of " + new Money(today, currency).full() + " is "
        + new Money(bumped, currency).full() + " a year, " + where + "." + against + " What bump is standard is your "
        + "pay policy's call, not the guide's: the guide sets the band, and a candidate moving jobs weighs the offer "
        + "against the band and her other offers as much as against her pay today.";
  }

  /** "enough of a bump?", "is that a big enough raise?": a figure asked about as a step up from her pay today. */
  private static final Pattern STEP_WORD = Pattern.compile("(?i)\\b(?:bump|raise|increase|jump|step\\s+up|uplift)\\b");

  /** "175k total comp", "175 TC", "175 all-in", "a 175 package": the figure is a year in all, not a base. */
  private static final Pattern TOTAL = Pattern.compile("(?i)\\b(?:total|tc|all[- ]in|package|in\\s+all|total\\s+"
      + "comp(?:ensation)?)\\b");

  /**
   * A year in all weighed as one: against the total band, and against her pay today only as far as the two are alike,
   * since her pay today may be a base alone and a total is never set against a base in silence.
   */
  private static String asTotal(Scene s, long value, long today, String currency) {
    Range band = s.region().bands().total();
    String place = s.region().shortName();
    String where = value > band.high() ? Cards.money(value - band.high(), currency) + " past the top of the " + place
        + " total band (" + Money.compact(band, currency) + ")"
        : value < band.low() ? Cards.money(band.low() - value, currency) + " under the bottom of the " + place
        + " total band (" + Money.compact(band, currency) + "): a total that low reads as under the market, whatever "
        + "her pay today"
        : "at " + Math.round(band.position(value) * 100) + "% of the " + place + " total band ("
        + Money.compact(band, currency) + ")";
    return new Money(value, currency).full() + " a year in total is " + where + ". Against the candidate's pay "
        + "today of " + new Money(today, currency).full() + " it is " + Cards.money(value - today, currency) + " ("
        + String.format(java.util.Locale.ROOT, "%.1f", (value - today) * 100.0 / today) + "%) more only if that "
        + "figure is her total too: is " + new Money(today, currency).full() + " her base alone, or base, bonus and "
        + "stock? If it is her base, her bonus and stock make the step smaller. What bump is standard is your pay "
        + "policy's call, not the guide's. Nothing is stored: tell me the offer you make, part by part.";
  }

  /** One bare figure, said as the company's plan or asked about: "we were thinking 175", "would 178 do it". */
  private static final Pattern ONE_FIGURE = Pattern.compile("(?<![\\w.,$])\\$?(\\d{2,3}(?:\\.\\d)?\\s*k?|\\d{1,3}(?:,\\d{3})+)"
      + "(?![\\w%.,]\\d|\\s*%)");

  /**
   * "we were thinking 175, enough of a bump?" on the company's side with the candidate's pay today on record: the
   * figure as a step up from it, in money and percent, and where it sits in the base band; never stored, never her
   * ask. Null off the company's side, with no pay today, no step word, or other than one figure on base above it.
   */
  static Turn overPayToday(Scene s, Conversation c, String text) {
    if (!c.companySide() || c.payToday() == null || text.indexOf('%') >= 0 || !STEP_WORD.matcher(text).find()) {
      return null;
    }
    Matcher m = ONE_FIGURE.matcher(text);
    if (!m.find()) {
      return null;
    }
    String written = m.group(1).replace(" ", "");
    if (m.find()) {
      return null;
    }
    Placing.Placed placed = Placing.place(written, s.region());
    // "175k total comp" is a year in all, whichever band its size fits: weighed as one, never as a base.
    boolean total = TOTAL.matcher(text).find();
    if (placed == null || !total && !placed.fits().contains(com.compcoach.guide.Component.BASE)) {
      return null;
    }
    long value = placed.value();
    long today = c.payToday();
    if (value <= today) {
      return null;
    }
    String currency = s.region().currency();
    if (total) {
      return new Turn(c, new Reply.Text(asTotal(s, value, today, currency)));
    }
    Range band = s.region().bands().base();
    long mid = band.mid();
    double percent = (value - today) * 100.0 / today;
    String where = value > band.high() ? Cards.money(value - band.high(), currency) + " past the top of the "
        + s.region().shortName() + " base band (" + Money.compact(band, currency) + ")"
        : value < band.low() ? Cards.money(band.low() - value, currency) + " under the " + s.region().shortName()
        + " base band (" + Money.compact(band, currency) + ")"
        : "at " + Math.round(band.position(value) * 100) + "% of the " + s.region().shortName() + " base band ("
        + Money.compact(band, currency) + "), " + (value == mid ? "at" : Cards.money(Math.abs(value - mid), currency)
        + (value > mid ? " past" : " under")) + " its midpoint of " + Cards.money(mid, currency);
    return new Turn(c, new Reply.Text(new Money(value, currency).full() + " base is " + Cards.money(value - today,
        currency) + " (" + String.format(java.util.Locale.ROOT, "%.1f", percent) + "%) over the candidate's pay today of "
        + new Money(today, currency).full() + ", " + where + ". Whether that bump is enough is hers to weigh: a "
        + "candidate moving jobs weighs the offer against the band and any other offer as much as against her pay "
        + "today, so a base low in the band invites a counter. What bump is standard is your pay policy's call, not "
        + "the guide's. Nothing is stored: tell me the offer you make."));
  }
}
