package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft in a formal register ("can you make it more formal?"): a greeting by name, a full name to close, contractions
 * written out and the casual turns of the drafts in formal words. Every figure stays exactly as it is.
 */
final class FormalRegister {

  /** The casual turns the drafts use, each with its formal form, tried in order. */
  private static final List<String[]> TURNS = List.of(
      new String[] {"Hi,", "Dear [name],"},
      new String[] {"Best regards,", "Kind regards,\n[Your full name]"},
      new String[] {"and for your time through the process", "and for the time you have given me through the process"},
      new String[] {"I'm excited about the work and the team", "I am enthusiastic about the work and the team"},
      new String[] {"find figures that let me say yes", "reach figures that allow me to accept"},
      new String[] {"Could we find a time to talk this week?", "Would you be available to discuss this in the coming "
          + "days?"},
      new String[] {"would help me make the move", "would allow me to accept"});

  /** Contractions written out: "I'm" is "I am", "don't" is "do not". */
  private static final Pattern CONTRACTION = Pattern.compile(
      "\\b(I'm|I'd|I've|I'll|don't|doesn't|can't|won't|isn't|it's|that's|you're|we're|there's|let's)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final java.util.Map<String, String> WRITTEN_OUT = java.util.Map.ofEntries(
      java.util.Map.entry("i'm", "I am"), java.util.Map.entry("i'd", "I would"), java.util.Map.entry("i've", "I have"),
      java.util.Map.entry("i'll", "I will"), java.util.Map.entry("don't", "do not"),
      java.util.Map.entry("doesn't", "does not"), java.util.Map.entry("can't", "cannot"),
      java.util.Map.entry("won't", "will not"), java.util.Map.entry("isn't", "is not"),
      java.util.Map.entry("it's", "it is"), java.util.Map.entry("that's", "that is"),
      java.util.Map.entry("you're", "you are"), java.util.Map.entry("we're", "we are"),
      java.util.Map.entry("there's", "there is"), java.util.Map.entry("let's", "let us"));

  /** What the formal draft changed, said with it. */
  static final String NOTE = "The same email in a more formal register: \"Dear [name]\" and your full name to close, "
      + "no contractions, and a formal thanks and request to talk. The figures are unchanged.";

  private FormalRegister() {
  }

  static String of(String body) {
    Matcher m = CONTRACTION.matcher(turned(body, TURNS));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String full = WRITTEN_OUT.get(m.group(1).toLowerCase(Locale.ROOT));
      // A contraction opening a sentence keeps its capital.
      String kept = Character.isUpperCase(m.group(1).charAt(0)) ? Character.toUpperCase(full.charAt(0))
          + full.substring(1) : full;
      m.appendReplacement(out, Matcher.quoteReplacement(kept));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The body with each turn in its other register: a greeting or close on its own line, any other turn anywhere. */
  static String turned(String body, List<String[]> turns) {
    String text = body;
    for (String[] turn : turns) {
      text = turn[0].endsWith(",") ? text.replaceAll("(?m)^" + Pattern.quote(turn[0]) + "$",
          Matcher.quoteReplacement(turn[1])) : text.replace(turn[0], turn[1]);
    }
    return text;
  }
}
