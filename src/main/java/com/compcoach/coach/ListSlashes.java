package com.compcoach.coach;

import java.util.regex.Pattern;

/**
 * Slashes that part an offer's figures the way commas do, where each side names its own part: "150 base / 35k RSU
 * total over 4 / 12% bonus" is read as "150 base, 35k RSU total over 4, 12% bonus". Slashes between bare figures
 * ("185/45/30"), a grant's years ("80k RSU/4") and "35k/yr" are left for the readers that know them.
 */
final class ListSlashes {

  /** A word that names a part of pay. */
  private static final Pattern PART = Pattern.compile("(?i)\\b(?:base|salary|bonus|rsus?|stock|equity|options|"
      + "sign[- ]?on|signing|relo|relocation|tc|total)\\b");
  /** A figure of money or a percent, not a count of years alone. */
  private static final Pattern FIGURE = Pattern.compile("\\d");
  /** The right side opening on a count of years: "RSU / 4 yrs" spreads a grant, it parts nothing. */
  private static final Pattern YEARS = Pattern.compile("(?i)^\\s*\\d{1,2}\\s*(?:y|yrs?|years?)?(?![\\w.,%$£€])");
  /** "w/ a 1 yr cliff", "b/c": a one-letter word before the slash is shorthand, no list. */
  private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\d])\\p{L}$");
  /** What ends a segment besides a slash: a comma, a semicolon, a colon, a new line, a bracket. */
  private static final String ENDS = ",;:\n()";

  private ListSlashes() {}

  /** The message with such slashes written as commas, or null when it has none. */
  static Rewritten value(String message) {
    if (message.indexOf('/') < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(message);
    boolean changed = false;
    for (int at = message.indexOf('/'); at >= 0; at = message.indexOf('/', at + 1)) {
      String left = message.substring(segmentStart(message, at), at);
      String right = message.substring(at + 1, segmentEnd(message, at + 1));
      if (named(left) && named(right) && !YEARS.matcher(right).find() && !ABBREVIATION.matcher(left).find()) {
        out.setCharAt(at, ',');
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    return new Rewritten(out.toString().replaceAll(" ,", ","), null);
  }

  private static boolean named(String segment) {
    return FIGURE.matcher(segment).find() && PART.matcher(segment).find();
  }

  private static int segmentStart(String s, int slash) {
    int i = slash - 1;
    while (i >= 0 && s.charAt(i) != '/' && ENDS.indexOf(s.charAt(i)) < 0) {
      i--;
    }
    return i + 1;
  }

  private static int segmentEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != '/' && ENDS.indexOf(s.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
