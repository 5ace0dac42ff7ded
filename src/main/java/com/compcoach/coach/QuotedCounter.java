package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counter quoted back with Slack's "&gt;" before the user's answer: "&gt; Counter with a base of $205,000 and a
 * sign-on of $20,000" then "i asked for that and they said 190 is the most on base". The quoted figures are the ask
 * the coach gave and the user made, written out as "i asked for …" so they are read as the user's ask, never as their
 * offer; a quoted recruiter's email ("&gt; Base: $205,000") is no counter and is read as it is.
 */
final class QuotedCounter {

  /** A quoted line opening as the coach's counter does: "Counter with", "Counter:", "Ask for", "I'd like to ask for". */
  private static final Pattern QUOTED = Pattern.compile("(?im)^[ \\t]*(?:>|&gt;)[ \\t]*(?:say:\\s*)?(?:[^\\n]*?\\b"
      + "(?:i'd|i would) like to ask for|(?:the\\s+)?counter(?:\\s+with|\\s*:)|ask(?:ed)?\\s+(?:them\\s+)?for)\\s*");

  private QuotedCounter() {}

  /** The message with each quoted counter written as the user's ask, or null when it quotes none. */
  static Rewritten value(String message) {
    if (message.indexOf('>') < 0 && !message.contains("&gt;")) {
      return null;
    }
    Matcher m = QUOTED.matcher(message);
    StringBuilder out = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      any = true;
      m.appendReplacement(out, "i asked for ");
    }
    if (!any) {
      return null;
    }
    m.appendTail(out);
    // The coach's own card parts its figures with a middle dot: "base $233,000 · stock $71,000 a year".
    return new Rewritten(out.toString().replace(" · ", ", "), "Read the counter you quoted as your ask, not their offer.");
  }
}
