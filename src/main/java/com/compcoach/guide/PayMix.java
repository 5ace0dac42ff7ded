package com.compcoach.guide;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sales guide's pay mix, base share then variable share, wherever it is written: stated once in words for every
 * OTE ("Pay is half base, half commission", "paid 60/40", "a 70/30 split", "60% base and 40% variable"), after one
 * OTE ("$240K–$280K (50/50)"), or in a pay-mix cell ("60 / 40", "60:40").
 */
final class PayMix {

  /** The two shares as a mix is written, base first: "60/40", "60 / 40", "60:40". */
  private static final String SHARES_WRITTEN = "\\s*[/:]\\s*";
  private static final String TWO_DIGIT_SHARES = "(\\d{2})" + SHARES_WRITTEN + "(\\d{2})";

  /** "half base, half commission": an even split. */
  private static final Pattern HALVES = Pattern.compile(
      "\\bhalf\\s+(?:base|salary|fixed)\\b[^.\\n]{0,20}?\\bhalf\\s+(?:commission|variable|bonus|incentive)");
  /** "60/40" with a word before or after it that says it is the pay mix. */
  private static final Pattern SHARES = Pattern.compile(
      "(?:\\b(?:paid|pay mix(?: is| of)?|mix(?: is| of)?|split(?: is)?|split of)\\s+(?:an?\\s+|roughly\\s+|about\\s+)?"
          + TWO_DIGIT_SHARES + "(?!\\d))|(?:(?<!\\d)" + TWO_DIGIT_SHARES + "(?!\\d)\\s*"
          + "(?:split|mix|pay mix|base[- ]to[- ]variable|base\\s*/\\s*variable|base\\s+to\\s+commission))");
  /** "60% base and 40% variable". */
  private static final Pattern PERCENTS = Pattern.compile(
      "(?<!\\d)(\\d{2})\\s*%\\s*(?:base|salary|fixed)\\b[^.\\n%]{0,12}?(\\d{2})\\s*%\\s*(?:variable|commission|bonus"
          + "|incentive)");

  /** "Base is 90% of total cash", "salary makes up about 80% of the total". */
  private static final Pattern BASE_SHARE = Pattern.compile("\\b(?:base|salary|fixed)(?: pay| salary)?\\s+"
      + "(?:is|makes up|accounts for)\\s+(?:about\\s+|roughly\\s+)?(\\d{2})\\s*%\\s+of\\s+(?:the\\s+)?(?:total|ote|target)");
  /** The other share, named as a bonus: "the annual bonus is the other 10%", "10% bonus". */
  private static final Pattern REST = Pattern.compile("(?:bonus|variable|commission|incentive)[^.%]{0,30}?"
      + "(?<!\\d)(\\d{2})\\s*%|(?<!\\d)(\\d{2})\\s*%\\s*(?:is\\s+)?(?:the\\s+)?(?:annual\\s+)?(?:bonus|variable|commission)");

  /** A mix written right after an OTE: "(50/50)", "50/50 split", "60:40 mix". */
  private static final Pattern AFTER_OTE = Pattern.compile(
      "(?<![\\d$€£])" + TWO_DIGIT_SHARES + "(?=\\s*\\)|\\s+(?:split|mix|pay mix))");
  /** A pay-mix cell: "50/50", "60 / 40", "60:40". */
  private static final Pattern CELL = Pattern.compile("(?<!\\d)(\\d{1,2})" + SHARES_WRITTEN + "(\\d{1,2})(?!\\d)");

  /** A pay-mix cell of three shares: "75 / 10 / 15", "70:20:10". */
  private static final Pattern THREE = Pattern.compile(
      "(?<!\\d)(\\d{1,2})" + SHARES_WRITTEN + "(\\d{1,2})" + SHARES_WRITTEN + "(\\d{1,2})(?!\\d)");

  /** The three shares a pay-mix cell writes in its header's order ("75 / 10 / 15"), or null. */
  static int[] threeInCell(String text) {
    Matcher m = THREE.matcher(text);
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))} : null;
  }

  /** A mix's two shares as written, base first. */
  record Shares(String base, String variable) {

    /** Whether the shares make up the whole OTE. */
    boolean whole() {
      return Integer.parseInt(base) + Integer.parseInt(variable) == 100;
    }

    int basePercent() {
      return Integer.parseInt(base);
    }

    @Override
    public String toString() {
      return base + "/" + variable;
    }
  }

  private PayMix() {}

  /** The mix written right after an OTE figure ("$240K–$280K (50/50)"), or null. */
  static Shares afterOte(String text) {
    Matcher m = AFTER_OTE.matcher(text);
    return m.find() ? new Shares(m.group(1), m.group(2)) : null;
  }

  /** The mix a pay-mix cell writes, or null. */
  static Shares inCell(String text) {
    Matcher m = CELL.matcher(text);
    return m.find() ? new Shares(m.group(1), m.group(2)) : null;
  }

  /** Whether a guide's text speaks of on-target earnings at all: the only guides a pay mix can matter to. */
  static boolean spokenOf(String text) {
    return text.contains("OTE") || text.contains("n-target") || text.contains("n target");
  }

  /** The base's share a text states alone ("Base is about 80% of the total"), or -1. */
  static int baseShare(String text) {
    Matcher m = BASE_SHARE.matcher(text.toLowerCase(Locale.ROOT));
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
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
    m = BASE_SHARE.matcher(lower);
    if (m.find()) {
      // "Base is 90% of total cash and the annual bonus is the other 10%": the rest must be written, and be a bonus.
      int base = Integer.parseInt(m.group(1));
      Matcher rest = REST.matcher(lower.substring(m.end()));
      if (rest.find() && Integer.parseInt(rest.group(1) != null ? rest.group(1) : rest.group(2)) == 100 - base) {
        return base + "/" + (100 - base);
      }
    }
    return null;
  }
}
