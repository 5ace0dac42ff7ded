package com.compcoach.guide;

/**
 * Where a Negotiate-Up sentence breaks into clauses: at ";", at "," or ":" before white space, at a dash with white
 * space on both sides ("Denver — $190K", "Austin - $170K"), and at a middle dot or bullet between two spaces.
 * Found by looking at each character, not by a regular expression searched over every sentence: that search was
 * the largest part of reading a sentence for targets.
 */
final class ClauseBreaks {

  private ClauseBreaks() {}

  /** The first break at or after {@code from} as {start, end}, the white space around it included; null if none. */
  static int[] next(String s, int from) {
    for (int p = from; p < s.length(); p++) {
      int end = breakAt(s, p);
      if (end > p) {
        return new int[] {p, end};
      }
    }
    return null;
  }

  /** Where a break starting at {@code p} ends, or {@code p} when none starts there. */
  private static int breakAt(String s, int p) {
    char c = s.charAt(p);
    if (c == ';') {
      return p + 1;
    }
    if (c == ',' || c == ':') {
      int end = spacesFrom(s, p + 1);
      return end > p + 1 ? end : p;
    }
    if (!isSpace(c)) {
      return p;
    }
    // A dash stands between runs of white space; the break starts at the first of the run before it.
    int dash = spacesFrom(s, p);
    if (dash < s.length() && (s.charAt(dash) == '—' || s.charAt(dash) == '–' || s.charAt(dash) == '-')) {
      int end = spacesFrom(s, dash + 1);
      if (end > dash + 1) {
        return end;
      }
    }
    if (p + 2 < s.length() && (s.charAt(p + 1) == '·' || s.charAt(p + 1) == '•') && isSpace(s.charAt(p + 2))) {
      return p + 3;
    }
    return p;
  }

  private static int spacesFrom(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** White space as a regular expression's {@code \s} means it: ASCII only, as the guides' clause marks were read. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
