package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that tells the company's moves in turn, written out as the last one: "first they offered 170 base, then
 * bumped to 176, and this morning they came back with 182 + 10k signing" is 182 base and a 10k sign-on now. A part
 * named only in an earlier round ("first 170 and 15% bonus, then 176") still stands, so it is kept.
 */
final class EarlierRounds {

  /** The message opens the story with its first round: "first they offered", "initially 170", "at first". */
  private static final Pattern FIRST = Pattern.compile("(?i)^\\W*(?:so\\s+|ok\\s+|okay\\s+)?(?:at\\s+first|first(?:ly)?"
      + "|initially|originally|they\\s+(?:first|initially|originally))\\b");
  /** Where a later round starts: "then", "and now", "this morning", "after that", "finally". */
  private static final Pattern NEXT = Pattern.compile("(?i)(?:[,;.]\\s*|\\s+)(?:and\\s+)?(?:then|now|after\\s+that"
      + "|this\\s+(?:morning|afternoon|week)|today|yesterday|finally|later|eventually)\\b");
  private static final Pattern FIGURE = Pattern.compile("[$£€]?\\d[\\d,.]*\\s?[kK%]?");
  /**
   * The parts an earlier round may name that a later round does not move, as whole words, one group a part: a bonus
   * after "sign"/"signing"/"joining" is the sign-on, so "a 10k signing bonus" now leaves "15% bonus" standing.
   */
  private static final Pattern OTHER_PART = Pattern.compile("(?i)\\b(?:((?:sign[- ]?on|signing|joining)(?:\\s+bonus)?)"
      + "|(bonus)|(rsus?|stock|equity|shares)|(relo\\w*))\\b");
  private static final Pattern PIECES = Pattern.compile("\\s*(?:,\\s|\\+|\\band\\b|\\bplus\\b|\\bwith\\b)\\s*");
  /** The user's own asks among the rounds ("first i asked for 200"): another reader's job. */
  private static final Pattern OWN = Pattern.compile("(?i)\\b(?:i|i'd|i've|we|my)\\b");
  /** The first figure of the last round when no part word follows it: "came back with 182 + 10k signing". */
  private static final Pattern BARE = Pattern.compile("([$£€]?\\d+(?:[.,]\\d+)*(?:\\s?[kK])?)(?![\\w%$£€]|[.,]\\d|\\s*(?:base|salary"
      + "|bonus|rsus?|stock|equity|shares|sign|signing|relo|tc|total|/|per\\b|a\\s+year|an?\\s+hour))");

  private EarlierRounds() {}

  /** Which of OTHER_PART's groups the text's first part word is, or 0 when it names none (a base). */
  private static int partOf(String text) {
    Matcher m = OTHER_PART.matcher(text);
    if (!m.find()) {
      return 0;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return g;
      }
    }
    return 0;
  }

  /** Whether the text names that part anywhere. */
  private static boolean names(String text, int part) {
    Matcher m = OTHER_PART.matcher(text);
    while (m.find()) {
      if (m.group(part) != null) {
        return true;
      }
    }
    return false;
  }

  /** The message as its last round and the parts only earlier rounds named, or null when it tells no rounds. */
  static Rewritten value(String message) {
    if (!FIRST.matcher(message).find()) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    Matcher next = NEXT.matcher(message);
    while (next.find()) {
      if (FIGURE.matcher(message.substring(next.end())).find()) {
        starts.add(next.start());
      }
    }
    if (starts.isEmpty()) {
      return null;
    }
    int last = starts.get(starts.size() - 1);
    String earlier = message.substring(0, last);
    String now = message.substring(last).replaceFirst("^[,;.\\s]+", "");
    // A last round the user tells as their own ("then i countered at 195") is another reader's job: no company round
    // to rewrite. Only its words before its first figure say whose it is ("178 after i pushed" is still theirs).
    Matcher nowFigure = FIGURE.matcher(now);
    if (OWN.matcher(earlier).find() || nowFigure.find() && OWN.matcher(now.substring(0, nowFigure.start())).find()) {
      return null;
    }
    if (!FIGURE.matcher(earlier).find()) {
      return null;
    }
    // An earlier base gives way only to a later base: "then they mentioned a 15% bonus" leaves "170 base" standing.
    boolean nowHasBase = now.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:base|salary)\\b.*") || BARE.matcher(now).find();
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    boolean baseMoved = false;
    for (String piece : PIECES.split(earlier)) {
      Matcher figure = FIGURE.matcher(piece);
      if (!figure.find()) {
        continue;
      }
      int part = partOf(piece);
      if (part > 0 ? !names(now, part) : !nowHasBase) {
        kept.add(piece.trim());
      } else {
        dropped.add(figure.group().trim());
        baseMoved |= part == 0;
      }
    }
    if (dropped.isEmpty()) {
      return null;
    }
    // The earlier rounds moved the base: the last round's first figure with no word of its own is the base too.
    Matcher bare = BARE.matcher(now);
    if (baseMoved && bare.find()) {
      now = now.substring(0, bare.end(1)) + " base" + now.substring(bare.end(1));
    }
    String text = now + (kept.isEmpty() ? "" : ", " + String.join(", ", kept));
    return new Rewritten(text, "Took their last move in that message as the offer now; " + String.join(" and ", dropped)
        + (dropped.size() == 1 ? " was an earlier round." : " were earlier rounds."));
  }
}
