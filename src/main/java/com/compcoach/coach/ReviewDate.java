package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "how do i ask for a review in 6 months?": a review in writing with a date, its criteria and the base it aims at
 * (the standing ask's, else the band's middle), taken beside money now rather than instead of it.
 */
final class ReviewDate {

  /** "in 3 months", "at twelve months", "in a year": the span the message names. */
  private static final Pattern SPAN = Pattern.compile(
      "(?i)\\b(3|three|6|six|9|nine|12|twelve)[- ]?months?\\b|\\b(?:in|after)\\s+a\\s+year\\b");

  private ReviewDate() {}

  static String answer(Scene s, Conversation c, Counteroffer ask, String text) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    Long base = offer == null ? null : offer.base();
    long mid = s.region().bands().base().mid();
    Long aim = ask != null && base != null && ask.base() > base ? Long.valueOf(ask.base())
        : base != null && mid > base ? Long.valueOf(mid) : null;
    String figure = aim == null ? "[the base you agree]" : new Money(aim, currency).full();
    String why = aim == null ? "" : aim == mid && (ask == null || ask.base() != aim)
        ? " (" + figure + " is the middle of the " + s.region().shortName() + " base band)"
        : " (" + figure + " is the base your ask names)";
    return "Ask for it in writing, with a date, what it reviews and the figure it aims at: \"Could we put a "
        + "compensation review at " + span(text) + " into the offer letter, with the base moving to " + figure
        + " if I meet the goals we agree now?\"" + why + ". A review with no date, goals or figure is a promise, "
        + "not pay: take it beside money now (a sign-on, the bonus), not instead of it, and get the recruiter's "
        + "email confirming it if it can't go in the letter.";
  }

  private static String span(String text) {
    Matcher m = SPAN.matcher(text);
    if (!m.find()) {
      return "six months";
    }
    String n = m.group(1) == null ? "12" : m.group(1).toLowerCase(java.util.Locale.ROOT);
    return switch (n) {
      case "3", "three" -> "three months";
      case "9", "nine" -> "nine months";
      case "12", "twelve" -> "twelve months";
      default -> "six months";
    };
  }
}
