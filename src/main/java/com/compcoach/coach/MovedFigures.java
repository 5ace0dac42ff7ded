package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part said with the figure it moved from and the one it moved to, written out as the one it is now: "base went from
 * 170 to 178 after i pushed", "rsus went 100k -> 120k", "bumped the sign-on from 10k to 15k", "bonus target goes from 10
 * to 15%". The earlier figure is an
 * earlier round, never the offer, and a range ("between 160 and 175") is no move: a verb of moving or an arrow says so.
 */
final class MovedFigures {

  private static final String FIGURE = "[$£€]?\\d{1,3}(?:[.,]\\d{1,3})?\\s?[kK]?";
  /** A verb of moving, up to three words ("the base", "it") and "from", then the two figures. */
  private static final Pattern FROM_TO = Pattern.compile("(?i)\\b(?:went|gone|go|goes|moved?|moves|bumped|bump|raised"
      + "|increased|jumped|rose|climbed|upped|dropped|cut|lowered|reduced|fell|came)(?:\\s+(?:up|down))?"
      + "((?:\\s+[\\w'-]+){0,3}?)\\s+from\\s+(" + FIGURE + "%?)\\s*(?:to|->|→|=>)\\s*(" + FIGURE + "%?)(?![\\w%])");
  /** Two figures with an arrow between and nothing else: "100k -> 120k", "170 → 178". */
  private static final Pattern ARROW = Pattern.compile("(?<![\\w.,$£€])(" + FIGURE + ")\\s*(?:-+>|→|=>)\\s*(" + FIGURE
      + ")(?![\\w%])");

  /** The user's own words before a move: "my salary went from 140 to 150", "i went from 140 to 165". */
  private static final Pattern OWN = Pattern.compile("(?i)\\b(?:my|i|i'm|im|me|mine)\\b");

  private MovedFigures() {}

  /** Where the sentence holding {@code at} starts: after the last sentence end or line break before it. */
  private static int sentenceStart(String text, int at) {
    int start = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1))) {
        start = i + 1;
      }
    }
    return start;
  }

  /** The message with each moved figure written as the figure it moved to, or null when none moved. */
  static Rewritten value(String message) {
    if (!message.contains(">") && !message.contains("→") && !message.toLowerCase(java.util.Locale.ROOT)
        .contains("from")) {
      return null;
    }
    List<String> said = new ArrayList<>();
    String text = rewrite(message, FROM_TO, said, m -> m.group().substring(0, m.start(2) - m.start())
        .replaceFirst("(?i)\\s+from\\s+$", " to ") + m.group(3), 2, 3);
    text = rewrite(text, ARROW, said, m -> m.group(2), 1, 2);
    return said.isEmpty() ? null : new Rewritten(text, String.join(" ", said));
  }

  private static String rewrite(String text, Pattern pattern, List<String> said,
      java.util.function.Function<Matcher, String> now, int earlier, int later) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      String subject = text.substring(sentenceStart(text, m.start()), m.start());
      // Only the subject right before the verb: "after i pushed back, base went from 190 to 200" is their base.
      subject = subject.substring(Math.max(Math.max(subject.lastIndexOf(','), subject.lastIndexOf(';')) + 1,
          subject.length() - 24));
      if (OWN.matcher(subject).find()) {
        // "my salary went from 140 to 150": the user's own pay moving, which the reader weighs as it is.
        continue;
      }
      any = true;
      said.add("Took " + m.group(later).strip() + ", the figure it moved to (from " + m.group(earlier).strip() + ").");
      m.appendReplacement(out, Matcher.quoteReplacement(now.apply(m)));
    }
    if (!any) {
      return text;
    }
    m.appendTail(out);
    return out.toString();
  }
}
