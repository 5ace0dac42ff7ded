package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions one message asks ("is 15% bonus normal and should I push on base or stock?"): split where a question
 * mark ends one and more follows, or where "and", "also" or "plus" opens another question. A part that points back
 * ("and is that normal?") or is under three words stays with the one before: it is not a question of its own.
 */
final class Questions {

  /** Longer messages are pasted text (a letter, an email thread), not a list of questions. */
  static final int LONGEST = 300;
  private static final Pattern JOIN = Pattern.compile(
      "(?i)(?:,?\\s+(?:and|also|plus)\\s+|,\\s+)(?=(?:should|is|are|am|do|does|can|could|what|whats|what's|how|will"
          + "|would|when|which|where|who)\\b)");
  private static final Set<String> POINTING_BACK = Set.of("that", "it", "this", "those", "these", "then", "thats",
      "its");

  private Questions() {}

  /** The message's questions in order; one element when it asks one thing (or is too long to be a list). */
  static List<String> split(String message) {
    String text = message.strip();
    if (text.length() > LONGEST || text.indexOf('\n') >= 0) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    for (String sentence : text.split("(?<=\\?)\\s+")) {
      Matcher join = JOIN.matcher(sentence);
      int from = 0;
      while (join.find()) {
        add(parts, sentence.substring(from, join.start()));
        from = join.end();
      }
      add(parts, sentence.substring(from));
    }
    return List.copyOf(parts);
  }

  /** A question of its own, or the rest of the one before. */
  private static void add(List<String> parts, String part) {
    String p = part.strip();
    if (p.isEmpty()) {
      return;
    }
    List<String> words = IntentTable.words(IntentTable.normalize(p));
    boolean own = words.size() >= 3 && words.stream().noneMatch(POINTING_BACK::contains);
    if (parts.isEmpty() || own) {
      parts.add(p);
    } else {
      int last = parts.size() - 1;
      parts.set(last, parts.get(last) + " " + p);
    }
  }
}
