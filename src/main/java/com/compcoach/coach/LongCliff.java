package com.compcoach.coach;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "is a 4 year cliff normal?": a cliff longer than a year is not the market's schedule; what it costs and what to ask
 * for instead. The thread's own one-year cliff is answered by {@link Topics}.
 */
final class LongCliff {

  private static final Pattern CLIFF = Pattern.compile(
      // "a 1.5 year cliff" is 18 months: the decimal is read whole, never its last digit.
      "(?<![\\d.])\\b(\\d{1,2}(?:\\.\\d)?|one|two|three|four|five|six)[- ]?(years?|yrs?|months?|mos?)[- ]?(?:long )?cliff",
      Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6);

  private LongCliff() {}

  /** The answer for a cliff past twelve months the message names; null for none, or one of a year or less. */
  static String answer(String text) {
    Matcher m = CLIFF.matcher(text);
    if (!m.find()) {
      return null;
    }
    String count = m.group(1).toLowerCase(Locale.ROOT);
    double n = WORDS.containsKey(count) ? WORDS.get(count) : Double.parseDouble(count);
    int months = (int) Math.round(m.group(2).toLowerCase(Locale.ROOT).startsWith("y") ? n * 12 : n);
    if (months <= 12) {
      return null;
    }
    return "No: a cliff of " + months + " months is not normal. The common schedule is four years of vesting with a "
        + "one-year cliff, then monthly or quarterly. Under a " + months + "-month cliff nothing vests before month "
        + months + ": leave a day earlier, or be let go, and you keep none of the grant, so it is worth less to you "
        + "than its figure. Ask for the usual schedule: \"Could the grant vest on the standard schedule, a one-year "
        + "cliff and quarterly after?\" If they won't, ask for more base or a sign-on in its place.";
  }
}
