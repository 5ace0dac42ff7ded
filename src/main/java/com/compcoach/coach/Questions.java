package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions one message asks ("is 15% bonus normal and should I push on base or stock?"): split where a question
 * mark ends one and more follows, or where "and", "also", "and also" or "plus" opens another question. A part that points back
 * ("and is that normal?") or is under three words stays with the one before, and a short opener ("thoughts??") with
 * the one after: it is not a question of its own, unless what follows opens with "also" or "plus" ("thoughts? also is
 * the bonus guaranteed?").
 */
final class Questions {

  /** Longer messages are pasted text (a letter, an email thread), not a list of questions. */
  static final int LONGEST = 300;
  private static final String OPENERS = "(?:should|is|are|am|do|does|can|could|what|whats|what's|how|will|would|when"
      + "|which|where|who)\\b";
  private static final Pattern JOIN = Pattern.compile("(?i)(?:,?\\s+(?:and\\s+also|and|also|plus)\\s+|,\\s+)(?="
      + OPENERS + ")");
  private static final Pattern OPENER = Pattern.compile("(?i)(?:so\\s+|and\\s+|also\\s+|ok\\s+|okay\\s+)?" + OPENERS);
  /** A part opened this way asks a question of its own, even after a short opener ("thoughts? also is…"). */
  private static final Pattern ANOTHER = Pattern.compile("(?i)(?:and\\s+)?(?:also|plus)\\s+" + OPENERS);
  private static final Set<String> POINTING_BACK = Set.of("that", "it", "this", "those", "these", "then", "thats",
      "its");

  private Questions() {}

  /** A cheap look first: most messages have no question mark before their end and no joining word. */
  private static boolean mayJoin(String text) {
    int mark = text.indexOf('?');
    return (mark >= 0 && mark < text.length() - 1 && text.substring(mark).chars().anyMatch(Character::isLetter))
        || text.contains(", ") || text.contains(" and ") || text.contains(" also ") || text.contains(" plus ");
  }

  /** The message's questions in order; one element when it asks one thing (or is too long to be a list). */
  static List<String> split(String message) {
    String text = message.strip();
    if (text.length() > LONGEST || text.indexOf('\n') >= 0 || !mayJoin(text)) {
      return List.of(text);
    }
    List<String> raw = new ArrayList<>();
    for (String sentence : text.split("(?<=\\?)\\s+")) {
      Matcher join = JOIN.matcher(sentence);
      int from = 0;
      while (join.find()) {
        String before = sentence.substring(from, join.start()).strip();
        // A bare comma joins two questions only after a question ("is 15% normal, should I…"), not after a
        // condition ("if they say no, what do I do?"), which is one question.
        if (join.group().strip().equals(",") && !OPENER.matcher(before).lookingAt()) {
          continue;
        }
        raw.add(before);
        from = join.end();
      }
      raw.add(sentence.substring(from).strip());
    }
    List<String> parts = new ArrayList<>();
    String carried = "";
    for (String part : raw) {
      if (!carried.isEmpty() && ANOTHER.matcher(part).lookingAt()) {
        parts.add(carried); // "thoughts? also is the bonus guaranteed?": two questions, each with its answer
        carried = "";
      }
      String p = (carried + " " + part).strip();
      carried = "";
      if (p.isEmpty()) {
        continue;
      }
      List<String> words = IntentTable.words(IntentTable.normalize(p));
      boolean pointsBack = words.stream().anyMatch(POINTING_BACK::contains);
      if (words.size() < 3 && parts.isEmpty()) {
        carried = p; // "thoughts?? the sign on has a clawback": a short opener belongs to what follows
      } else if ((words.size() < 3 || pointsBack) && !parts.isEmpty()) {
        int last = parts.size() - 1;
        parts.set(last, parts.get(last) + " " + p);
      } else {
        parts.add(p);
      }
    }
    if (!carried.isEmpty()) {
      parts.add(carried);
    }
    return List.copyOf(parts);
  }
}
