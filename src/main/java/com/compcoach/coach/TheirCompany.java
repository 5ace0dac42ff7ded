package com.compcoach.coach;

import com.compcoach.guide.Guide;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The offer's own company as a message names it: said as "it" where taken, and the names it goes by. */
final class TheirCompany {

  /** A decision's verb before a company's name: "take", "join", "sign with". */
  private static final Pattern DECIDING = Pattern.compile("(?i)\\b(take|taking|accept|accepting|join|joining|sign with"
      + "|signing with|go with|going with)\\s+(?:the\\s+)?");
  /** What may follow the name: "Orchard's offer". */
  private static final Pattern TAIL = Pattern.compile("(?i)(?:['’]s)?(?:\\s+offer\\b)?");

  private TheirCompany() {
  }

  /**
   * The message with this offer's company, where it is taken, joined or signed with, said as "it": "fine, I'll take
   * Orchard at 172" asks what "I'll take it" asks, a decision. The intent table holds no company's name.
   */
  static String asIt(String message, List<String> home) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (home.stream().noneMatch(name -> name.length() >= 3 && lower.contains(name.toLowerCase(Locale.ROOT)))) {
      return message;
    }
    // One pattern for the verbs; the company's name is matched after each, so nothing is compiled per message.
    StringBuilder out = new StringBuilder(message.length());
    int last = 0;
    Matcher verb = DECIDING.matcher(message);
    while (verb.find()) {
      int end = verb.start() < last ? -1 : nameEnd(message, verb.end(), home);
      if (end >= 0) {
        out.append(message, last, verb.start()).append(verb.group(1)).append(" it");
        last = end;
      }
    }
    String taken = last == 0 ? message : out.append(message, last, message.length()).toString();
    return asThey(taken, home);
  }

  /** After "if" or "when", the company's name as the one who answers: "what if ally won't match?" → "they". */
  private static final Pattern IF_THEN = Pattern.compile("(?i)\\b(if|when)\\s+");
  /** What the company does in an "if" clause: "won't match", "says no", "comes back lower". */
  private static final Pattern ANSWERS = Pattern.compile("(?i)\\s+(?:won['’]?t|will|wont|doesn['’]?t|don['’]?t|can['’]?t"
      + "|cannot|says?|said|refuses?|declines?|comes?\\s+back|counters?|agrees?|matches|match|is|are|pushes?\\s+back"
      + "|rejects?|lowballs?|pulls?|rescinds?)\\b");

  /** A verb said of "they" rather than of the company: "says" → "say". */
  private static final java.util.Map<String, String> PLURAL = java.util.Map.ofEntries(java.util.Map.entry("says", "say"),
      java.util.Map.entry("refuses", "refuse"), java.util.Map.entry("declines", "decline"),
      java.util.Map.entry("counters", "counter"), java.util.Map.entry("agrees", "agree"),
      java.util.Map.entry("matches", "match"), java.util.Map.entry("rejects", "reject"),
      java.util.Map.entry("lowballs", "lowball"), java.util.Map.entry("pulls", "pull"),
      java.util.Map.entry("rescinds", "rescind"), java.util.Map.entry("is", "are"),
      java.util.Map.entry("doesn't", "don't"), java.util.Map.entry("doesnt", "dont"),
      java.util.Map.entry("doesn’t", "don’t"), java.util.Map.entry("comes back", "come back"),
      java.util.Map.entry("pushes back", "push back"));

  private static String asThey(String message, List<String> home) {
    StringBuilder out = new StringBuilder(message.length());
    int last = 0;
    Matcher m = IF_THEN.matcher(message);
    while (m.find()) {
      for (String name : home) {
        int end = m.end() + name.length();
        Matcher verb = ANSWERS.matcher(message).region(Math.min(end, message.length()), message.length());
        if (name.length() >= 3 && m.end() >= last && message.regionMatches(true, m.end(), name, 0, name.length())
            && verb.lookingAt()) {
          // "if ally says no" reads as "if they say no", the words the table holds.
          String said = verb.group().strip();
          out.append(message, last, m.end()).append("they ").append(PLURAL.getOrDefault(
              said.toLowerCase(Locale.ROOT), said));
          last = verb.end();
          break;
        }
      }
    }
    return last == 0 ? message : out.append(message, last, message.length()).toString();
  }

  /** Where the company's name written at {@code at} ends, with a possessive and "offer" after it; -1 if none is. */
  private static int nameEnd(String message, int at, List<String> home) {
    for (String name : home) {
      int end = at + name.length();
      if (name.length() < 3 || !message.regionMatches(true, at, name, 0, name.length())
          || end < message.length() && Character.isLetterOrDigit(message.charAt(end))) {
        continue;
      }
      Matcher tail = TAIL.matcher(message).region(end, message.length());
      return tail.lookingAt() ? tail.end() : end;
    }
    return -1;
  }

  /** The names that mean this offer's company: the guide's company and the first word of its name ("Ally"). */
  static List<String> names(Guide guide) {
    String name = guide.company().name();
    int space = name.indexOf(' ');
    return space > 0 ? List.of(name, name.substring(0, space)) : List.of(name);
  }
}
