package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer the candidate holds told with "elsewhere" on the company's side ("she has 240 elsewhere", "he's been
 * offered 250k tc elsewhere"): written out as "has a competing offer of …" before the message is read, so its figure is
 * her competing offer, never a figure left unplaced or taken as ours.
 */
final class OfferElsewhere {

  /** Who holds it, how, the figure (with its part if said), then "elsewhere". */
  private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(she|he|they|the candidate|candidate|cand)"
      + "(?:\\s+(?:has|have|got|holds|is holding|has got)|['’]s\\s+got|\\s+(?:was|were|has been|have been|got)\\s+offered"
      + "|['’]s\\s+been\\s+offered)\\s+(?:an?\\s+offer\\s+(?:of|at|for)\\s+)?"
      // "she has 25k sign-on elsewhere": the sign-on is her competing offer's, never ours.
      + "(\\$?\\d[\\d,]*(?:\\.\\d+)?\\s*k?(?:\\s*(?:base|tc|total|all[- ]in|sign[- ]?on(?:\\s+bonus)?"
      + "|signing(?:\\s+bonus)?))?)\\s+elsewhere\\b");

  private OfferElsewhere() {}

  /** The message with the offer written as a competing one, or the message as it was. */
  static String asCompeting(String message) {
    if (!message.contains("elsewhere")) {
      return message;
    }
    Matcher m = ELSEWHERE.matcher(message);
    return m.find() ? message.substring(0, m.start()) + m.group(1) + " has a competing offer of " + m.group(2)
        + message.substring(m.end()) : message;
  }
}
