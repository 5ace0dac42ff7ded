package com.compcoach.guide;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sales guide's pay mix stated once in words for every OTE it writes: "Pay is half base, half commission",
 * "paid 60/40", "a 70/30 split", "60% base and 40% variable". Written as base share, then variable share.
 */
final class PayMix {

  /** "half base, half commission": an even split. */
  private static final Pattern HALVES = Pattern.compile(
      "\\bhalf\\s+(?:base|salary|fixed)\\b[^.\\n]{0,20}?\\bhalf\\s+(?:commission|variable|bonus|incentive)");
  /** "60/40" with a word before or after it that says it is the pay mix. */
  private static final Pattern SHARES = Pattern.compile(
      "(?:\\b(?:paid|pay mix(?: is| of)?|mix(?: is| of)?|split(?: is)?|split of)\\s+(?:an?\\s+|roughly\\s+|about\\s+)?"
          + "(\\d{2})\\s*[/:]\\s*(\\d{2})(?!\\d))|(?:(?<!\\d)(\\d{2})\\s*[/:]\\s*(\\d{2})(?!\\d)\\s*"
          + "(?:split|mix|pay mix|base[- ]to[- ]variable|base\\s*/\\s*variable|base\\s+to\\s+commission))");
  /** "60% base and 40% variable". */
  private static final Pattern PERCENTS = Pattern.compile(
      "(?<!\\d)(\\d{2})\\s*%\\s*(?:base|salary|fixed)\\b[^.\\n%]{0,12}?(\\d{2})\\s*%\\s*(?:variable|commission|bonus"
          + "|incentive)");

  private PayMix() {}

  /** Whether a guide's text speaks of on-target earnings at all: the only guides a pay mix can matter to. */
  static boolean spokenOf(String text) {
    return text.contains("OTE") || text.contains("n-target") || text.contains("n target");
  }

  /** The mix a text states, as "60/40", or null; shares that do not add to 100 state none. */
  static String stated(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("half") && HALVES.matcher(lower).find()) {
      return "50/50";
    }
    Matcher m = SHARES.matcher(lower);
    if (m.find()) {
      int base = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
      int variable = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
      return base + variable == 100 ? base + "/" + variable : null;
    }
    m = PERCENTS.matcher(lower);
    if (m.find() && Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) == 100) {
      return m.group(1) + "/" + m.group(2);
    }
    return null;
  }
}
