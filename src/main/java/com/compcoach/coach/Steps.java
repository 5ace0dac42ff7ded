package com.compcoach.coach;

import java.util.List;

/** Figures that are a step between figures, not a figure: "bumped base by 10k", "+5k", "a 12k bump". */
final class Steps {

  private Steps() {}

  /** Verbs of raising that make "by 10k" a step: "bumped base by 10k", "raised the base by $10,000". */
  private static final List<String> RAISED = List.of("bump", "rais", "increas", "upped", " up ", "sweeten", "add",
      "moved", "went up", "boost", "improv", "lift");

  /**
   * Whether a figure with its word is a step up of that part: "by 10k" after a verb of raising, "another 5k
   * signing", "an extra 10k of stock", "+10k base", "10k more base"; never "went to 190k".
   */
  static boolean step(String clause, int start, int end) {
    // A figure may run past its clause ("base 1 k", its "k" beyond a break): only the clause's words are read.
    end = Math.min(end, clause.length());
    start = Math.min(start, end);
    String before = clause.substring(Math.max(0, start - 16), start).replace("$", "").replace("£", "").stripTrailing();
    String after = clause.substring(end, Math.min(clause.length(), end + 12)).stripLeading();
    return before.endsWith(" by") && Phrases.containsAny(clause.substring(0, start), RAISED)
        || before.endsWith("another") || before.endsWith("extra") || before.endsWith("additional")
        || after.startsWith("more") || after.startsWith("extra") || after.startsWith("on top")
        // "they added 20k to the rsu grant", "can add 10k to base": a step onto that part, never its new figure.
        || (before.endsWith("added") || before.endsWith("add") || before.endsWith("adding")) && after.startsWith("to ");
  }

  /** Words after an amount that make it a step between figures: "5k more", "a 12k bump". */
  private static final List<String> DIFFERENCE_AFTER = List.of("more", "higher", "bump", "raise", "increase",
      "jump", "extra", "on top", "over what", "above what", "difference", "increment");

  /** Whether an amount is a step rather than a figure: "+5k", "5k more", "a 12k bump", "raise of 10k". */
  static boolean difference(String lower, OfferAmount a) {
    String before = lower.substring(Math.max(0, a.start() - 12), a.start());
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 14)).stripLeading();
    return before.endsWith("+") || before.endsWith("+ ") || before.endsWith("raise of ") || before.endsWith("bump of ")
        || before.endsWith("increase of ") || before.endsWith("extra ") || before.endsWith("another ")
        || DIFFERENCE_AFTER.stream().anyMatch(after::startsWith);
  }
}
