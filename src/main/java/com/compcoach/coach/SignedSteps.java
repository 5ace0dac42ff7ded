package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part that moved by a signed figure or a multiple, written out as the step it is: "base +10k" is "base up by 10k",
 * "+5k sign-on" is "5k more sign-on", "doubled the sign on" is "raised the sign on by 100%". A part moved by a signed
 * percent ("bonus -5%") is asked: points or a share of itself, and never a 5% bonus.
 */
final class SignedSteps {

  private static final String PART = "(base|salary|bonus|sign[- ]?on(?: bonus)?|signing(?: bonus)?|rsus?|stock|equity)";
  private static final String FIGURE = "(\\$?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?\\s?[kK])";
  /**
   * "base +10k", "base: +10k": the part's word then a plus stuck to its figure, with no other part after it; never a
   * figure before the word ("180k base +15%") or a part listed next ("salary +20k signing").
   */
  private static final Pattern PART_PLUS = Pattern.compile("(?i)(?<![\\dkK%]\\s?)\\b" + PART + "\\s*:?\\s*\\+"
      + FIGURE + "(?![\\w%])(?!\\s*(?:rsu|stock|equity|bonus|sign|base|salary|a\\s|an\\s|per|/|\\())");
  /**
   * "+10k base", "with +5k on the sign-on": a plus stuck to its figure at the message's start or after a colon,
   * "with" or "and"; never a plus joining parts ("175k base + 40k rsu", "180k+40k rsu"), nor one in a list of the
   * offer's parts ("185k base, +20k sign-on, 15% bonus" lists a sign-on of 20k).
   */
  private static final Pattern PLUS_PART = Pattern.compile("(?i)(^\\s*|[:(]\\s*|\\b(?:with|and)\\s+)\\+" + FIGURE
      + "\\s+(?:on\\s+|to\\s+)?(?:the\\s+)?" + PART + "\\b");
  /** "doubled the sign on", "tripled the sign-on": a multiple of the part's own figure. */
  private static final Pattern MULTIPLE = Pattern.compile("(?i)\\b(doubled|tripled)\\s+(?:the\\s+|their\\s+|my\\s+)?"
      + PART + "\\b");
  /** "bonus -5%", "bonus: +2%": a part moved by a signed percent; never "bonus - 15%", a dash before a label's figure. */
  private static final Pattern SIGNED_PERCENT = Pattern.compile("(?i)(?<![\\dkK%]\\s?)\\b" + PART
      + "\\s*:?\\s*([-−+])(\\d{1,2}(?:\\.\\d+)?)\\s*%");

  private SignedSteps() {}

  /** The message with each signed step written out, or null when it holds none. */
  static Rewritten value(String message) {
    if (message.indexOf('+') < 0 && !message.toLowerCase(java.util.Locale.ROOT).contains("tripled")
        && !message.toLowerCase(java.util.Locale.ROOT).contains("doubled")) {
      return null;
    }
    String out = PART_PLUS.matcher(message).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " up by "
        + m.group(2)));
    out = PLUS_PART.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + " more "
        + m.group(3)));
    StringBuilder said = new StringBuilder();
    Matcher multiple = MULTIPLE.matcher(out);
    StringBuilder written = new StringBuilder();
    while (multiple.find()) {
      boolean doubled = multiple.group(1).equalsIgnoreCase("doubled");
      said.append(said.length() == 0 ? "" : " ").append("Read \"").append(multiple.group()).append("\" as the ")
          .append(multiple.group(2)).append(doubled ? " up by 100% (twice its figure)." : " up by 200% (three times "
              + "its figure).");
      multiple.appendReplacement(written, Matcher.quoteReplacement("raised the " + multiple.group(2) + " by "
          + (doubled ? "100%" : "200%")));
    }
    multiple.appendTail(written);
    out = written.toString();
    return out.equals(message) ? null : new Rewritten(out, said.length() == 0 ? null : said.toString());
  }

  /** The question for a part moved by a signed percent ("bonus -5%"), or null when the message holds none. */
  static String question(String message) {
    if (message.indexOf('%') < 0) {
      return null;
    }
    Matcher m = SIGNED_PERCENT.matcher(message);
    if (!m.find()) {
      return null;
    }
    boolean down = !m.group(2).equals("+");
    return "Did the " + m.group(1).toLowerCase(java.util.Locale.ROOT) + " go " + (down ? "down" : "up") + " by "
        + m.group(3) + " points, or by " + m.group(3) + "% of itself? Tell me the new figure as they wrote it (\"10% "
        + "bonus\"), and I'll redo the counter.";
  }
}
