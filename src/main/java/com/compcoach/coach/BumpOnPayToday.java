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

  /** "20% bump", "a 15 % raise", "10% increase", "20% more", "20% jump". */
  private static final Pattern BUMP = Pattern.compile("(?i)\\b(\\d{1,2}(?:\\.\\d)?)\\s*%\\s*(?:bump|raise|increase"
      + "|jump|uplift|hike|more|over|on top)\\b");

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
}
