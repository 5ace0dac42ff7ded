package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the offer came in at last year's comp plus 10%", "same as my current plus 10%": an offer said as pay today and a
 * percent, worked out on the pay today the thread holds and said back; asked for when the thread holds none.
 */
final class PayTodayRaised {

  /** Pay today named ("last year's comp", "my current", "what i make now") and a percent on top of it. */
  private static final Pattern RAISED = Pattern.compile("(?i)(?:\\b(?:last\\s+year'?s|last\\s+years|my\\s+current|"
      + "my\\s+(?:comp|pay|salary|tc)|current\\s+(?:comp|pay|salary|tc|package)|what\\s+i\\s+(?:make|earn|made|earned)"
      + "(?:\\s+(?:now|today|currently|rn))?)(?:\\s+(?:total\\s+)?(?:comp(?:ensation)?|pay|salary|package|tc))?"
      + "\\s*(?:plus|\\+|and\\s+(?:another|an\\s+extra))\\s*(\\d{1,2}(?:\\.\\d)?)\\s*(?:%|percent\\b|pct\\b)"
      // "20% more than i make now", "15% more than my current salary": the same, said as a comparison.
      + "|(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)\\s*(?:%|percent\\b|pct\\b)\\s*(?:over|above|on\\s+top\\s+of|more\\s+than)\\s+"
      + "(?:(?:what\\s+)?i(?:'m|\\s+am)?\\s+(?:make|earn|making|earning|paid)(?:\\s+(?:now|today|currently|rn|right\\s+now))?"
      + "|(?:my\\s+|what\\s+i\\s+make\\s+)?(?:current|now|today|last\\s+year'?s)(?:\\s+(?:comp(?:ensation)?|pay|salary|"
      + "package|tc))?)\\b)");
  /** The message says an offer, as against weighing a percent ("is 12% more than what i make now enough?"). */
  static final Pattern OFFERED = Pattern.compile("(?i)\\b(?:offer(?:ed|ing)?|came\\s+(?:in|back)|they(?:'re|\\s+are)?"
      + "|same\\s+as|matching|match(?:ed)?)\\b");

  private PayTodayRaised() {}

  /** The span naming pay today and its percent, or null when the message says no offer that way. */
  private static Matcher found(String text) {
    Matcher m = RAISED.matcher(text);
    if (!m.find() || ASKED.matcher(text).find()) {
      return null;
    }
    // The offer word in the sentence of the percent, before it: "the offer came in at my current plus 10%".
    int from = Math.max(Math.max(text.lastIndexOf('.', m.start()), text.lastIndexOf('!', m.start())),
        text.lastIndexOf('\n', m.start())) + 1;
    return OFFERED.matcher(text.substring(from, m.start())).find() ? m : null;
  }

  /** A question weighing a percent on pay today ("is their offer at least my current salary plus 10%?"). */
  static final Pattern ASKED = Pattern.compile("(?i)^\\W*(?:is|does|do|would|should|will|are|can|could)\\b"
      + "|\\benough\\b|\\?\\s*$");

  /** Whether the message says an offer as pay today and a percent. */
  static boolean applies(String text) {
    return found(text) != null;
  }

  /** Pay today raised by the message's percent, or null when it says none or the thread holds no pay today. */
  static Long total(String text, Long payToday) {
    Matcher m = found(text);
    if (m == null || payToday == null || payToday <= 0) {
      return null;
    }
    return Math.round(payToday * (100 + percent(m)) / 100.0);
  }

  /** The message with pay today and its percent said as the total it comes to, so the reader reads an offer. */
  static String asTotal(String text, long total) {
    Matcher m = found(text);
    return m == null ? text : text.substring(0, m.start()) + total + " total" + text.substring(m.end());
  }

  /** What the reply says of the total it worked out. */
  static String took(String text, long payToday, long total, String currency) {
    Matcher m = found(text);
    return "Took " + m.group().trim().replaceAll("(?i)\\bmy\\b", "your") + " as a total of " + new Money(total, currency).full() + " a year: your "
        + new Money(payToday, currency).full() + " today + " + written(percent(m)) + ". Tell me their base, bonus and "
        + "stock to weigh each part.";
  }

  /** The question when the thread holds no pay today to raise. */
  static String question(String text) {
    Matcher m = found(text);
    return "Plus " + written(percent(m)) + " on what? Tell me your pay today as a figure (\"I make 150k base and 20k "
        + "bonus\"), or their offer's figures, and I'll work it out: I won't guess it.";
  }

  private static double percent(Matcher m) {
    return Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static String written(double pct) {
    return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
  }
}
