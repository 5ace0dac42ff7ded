package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pay today set against the offer in the offer's own sentence ("190 base vs my 95 today", "185k compared to my current
 * 150k base"): written out as a sentence of its own, so it is read as pay today and never dropped as a loose figure or
 * taken with the offer's clause.
 */
final class PayTodayBeside {

  private static final Pattern BESIDE = Pattern.compile("(?i)\\s*\\b(?:vs\\.?|versus|compared\\s+(?:to|with)|against)"
      // Never "against my current 4% match": a plan, not pay ("401k" is blanked before, in OfferReader).
      + "\\s+my\\s+(current\\s+)?([$£€]?\\d[\\d,.]*(?:\\s?[kK]\\b)?)(?!\\s*%)(?:\\s+(base|salary|tc|total))?"
      + "(\\s+(?:today|now|rn|currently|right\\s+now|at\\s+the\\s+moment))?\\b");

  private PayTodayBeside() {}

  /** The message with pay today set in a sentence of its own, or null when it sets none beside a figure. */
  static Rewritten value(String message) {
    if (!message.contains("my")) {
      return null;
    }
    Matcher m = BESIDE.matcher(message);
    StringBuilder out = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      // "vs my 95" alone may be anything of theirs; "current" or a word of now makes it pay today.
      if (m.group(1) == null && m.group(4) == null) {
        continue;
      }
      String part = m.group(3) == null ? "pay" : m.group(3).toLowerCase(java.util.Locale.ROOT);
      m.appendReplacement(out, Matcher.quoteReplacement(". my " + (part.equals("salary") ? "base" : part.equals("total") ? "tc" : part)
          + " today is " + m.group(2).strip()));
      any = true;
    }
    m.appendTail(out);
    return any ? new Rewritten(out.toString(), null) : null;
  }
}
