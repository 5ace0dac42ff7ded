package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Questions a candidate asks for themself, asked by the company's side about its candidate: her start date ("can we move
 * her start date to get her in this quarter?"), a review in place of base ("can we do a 6-month review with a raise
 * instead?"), how to tell her the band ("how do we explain the band to her?", "how do I tell her 170 is final?"). Each
 * is answered for the team, in its voice, never with the candidate's script or a walk-away; nothing is stored.
 */
final class OurSideTopics {

  /** "how do we explain the band to her?", "how do I tell her 170 is final?", "she asked why we can't go higher". */
  private static final Pattern EXPLAIN = Pattern.compile("\\b(?:explain|justify|tell (?:her|him|them|the candidate)"
      + "|say to (?:her|him|them|the candidate)|word|position)\\b[^?.!]*\\b(?:band|range|final|max|cap|ceiling|higher"
      + "|more|best)\\b|\\bwhy we (?:can'?t|cannot|won'?t) go (?:higher|further|up)\\b");

  /** "a 6-month review with a raise", "review at 6 months instead": a promised review in place of base now. */
  private static final Pattern REVIEW = Pattern.compile("\\b(?:review|raise|revisit|check[- ]in)\\b");

  /** The word "start" beside a date or a quarter: "move her start date", "start this quarter". */
  private static final Pattern START = Pattern.compile("\\bstart(?:ing)?\\b");

  private OurSideTopics() {}

  /** The team's answer, or null when the question is none of these (or off the company's side). */
  static String answer(Intent intent, Scene s, Conversation c, String text) {
    if (!c.companySide()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Offer offer = Cards.usable(c.offer(), s.region());
    // "he wants 200" names him; with no pronoun in the message, "them".
    String[] who = ReferralBonus.candidate(lower);
    if (intent instanceof Intent.Raise && REVIEW.matcher(lower).find()) {
      return review(s, c, offer, who);
    }
    if (intent instanceof Intent.Subject subject && subject.topic() == Topic.START_DATE && START.matcher(lower).find()) {
      return startDate(s, who);
    }
    if (intent instanceof Intent.IfNo && EXPLAIN.matcher(lower).find()) {
      return explain(s, offer, who);
    }
    return null;
  }

  /** A review promised in place of base now: what it costs her until then, and what makes it credible. */
  private static String review(Scene s, Conversation c, Offer offer, String[] who) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    StringBuilder text = new StringBuilder("A review with a raise in place of base now: the candidate gives up the "
        + "difference until the review, and a review is a promise, not a figure.");
    if (offer != null && offer.base() != null && c.baseAsk() != null && c.baseAsk() > offer.base()) {
      long gap = c.baseAsk() - offer.base();
      text.append(" Against ").append(who[1]).append(" ask of ").append(money(c.baseAsk(), currency)).append(" base, your ")
          .append(money(offer.base(), currency)).append(" leaves ").append(money(gap, currency))
          .append(" a year; six months at it costs ").append(who[0]).append(' ').append(money(gap / 2, currency))
          .append(" before any raise, and the candidate will count that.");
    }
    text.append(" To make it close: put the review date and its target base in the offer letter (inside the ")
        .append(s.region().shortName()).append(" base band of ").append(Money.compact(band, currency))
        .append("), say what it depends on, or pair it with a one-time sign-on for the months before it. Nothing is "
            + "stored: tell me what you offer.");
    return text.toString();
  }

  /** Her start date, from the company's side: a lever that costs little, and what an earlier start can cost her. */
  private static String startDate(Scene s, String[] who) {
    return "The start date is the hiring team's to agree with " + who[0] + ": it moves no band. To bring it "
        + "forward (into this quarter), ask what an earlier start costs " + who[0] + ": a notice period, a bonus or a "
        + "vesting date at " + who[1] + " current job left behind. Where it costs money, a one-time sign-on covers it (the guide's sign-on range for this role "
        + "is " + signOnRange(s) + "); put the date in the written offer once agreed. Nothing is stored.";
  }

  /** How to tell her the band and that a figure is final, in the team's voice: never a walk-away. */
  private static String explain(Scene s, Offer offer, String[] who) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    String where = offer == null || offer.base() == null ? "" : " Your base of " + money(offer.base(), currency)
        + " sits at " + Math.round(band.position(offer.base()) * 100) + "% of it.";
    return "Tell " + who[0] + " the band plainly and once, with what you can still move: \"The base for this role in "
        + s.region().shortName() + " runs " + Money.compact(band, currency) + ", set from market data for the level; "
        + "we pay inside it so people at the same level are paid fairly. Where we can still move is the rest of the "
        + "package: the RSUs, the bonus or a one-time sign-on.\"" + where + " Call a figure final only if it is: "
        + "saying so and moving later costs " + who[1] + " trust. Nothing is stored.";
  }

  /**
   * "how do I tell her 170 is final?": the figure is our last base, worded for the team to say, against her ask and
   * the band; null when the figure is no base the band could hold (then it is read as ever).
   */
  static String finalWord(Scene s, Conversation c, long base, String lower) {
    String currency = s.region().currency();
    Range band = s.region().bands().base();
    if (base * 2 < band.low() || base > band.high() * 2) {
      return null;
    }
    String[] who = ReferralBonus.candidate(lower);
    String gap = c.baseAsk() == null || c.baseAsk() <= base ? "" : " It leaves " + money(c.baseAsk() - base, currency)
        + " a year under " + who[1] + " ask of " + money(c.baseAsk(), currency) + ": say what you can add beside it "
        + "(RSUs, the bonus or a one-time sign-on), or say plainly there is nothing more.";
    String where = base < band.low() ? " " + money(base, currency) + " is under the " + s.region().shortName()
        + " base band (" + Money.compact(band, currency) + "): expect a firm no unless the level is lower."
        : base > band.high() ? " " + money(base, currency) + " is past the " + s.region().shortName() + " base band's "
        + "top of " + money(band.high(), currency) + "." : "";
    return "Say it once, warmly, with the reason and what is left to decide: \"We've gone as far as we can on base: "
        + new Money(base, currency).full() + " is our final number for this level. We'd love to have you, and we hope "
        + "it works for you. If it helps, I'm happy to walk through the rest of the package.\"" + gap + where
        + " Call it final only if it is: moving after saying so costs " + who[1] + " trust. Your offer on record is "
        + "unchanged; tell me when you make the move.";
  }

  private static String signOnRange(Scene s) {
    Range signOn = Topics.signOnRange(s.guide());
    return signOn == null ? "not in the guide" : Money.compact(signOn, s.region().currency());
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
