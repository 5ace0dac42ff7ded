package com.compcoach.money;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written in words, for counts ("four years", "twenty-four months", "a one-year cliff") and for amounts
 * spelled out ("two hundred thousand", "one hundred and fifty-five thousand", "five lakh").
 */
public final class NumberWords {

  private static final Map<String, Integer> CARDINALS = new HashMap<>();
  /** Scale words; "k" closes a spelled amount as typed in chat ("one hundred fifty k"). */
  private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "k", 1_000L,
      "million", 1_000_000L, "billion", 1_000_000_000L, "lakh", 100_000L, "lakhs", 100_000L, "crore", 10_000_000L,
      "crores", 10_000_000L);
  /** Words letters count with besides cardinals: "a one-year cliff", "the first anniversary". */
  private static final Map<String, Integer> COUNTING = Map.of("a", 1, "an", 1, "first", 1, "second", 2, "third", 3,
      "fourth", 4);

  static {
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < units.length; i++) {
      CARDINALS.put(units[i], i);
    }
    for (int t = 0; t < tens.length; t++) {
      CARDINALS.put(tens[t], 20 + 10 * t);
      for (int u = 1; u <= 9; u++) {
        CARDINALS.put(tens[t] + "-" + units[u], 20 + 10 * t + u);
      }
    }
  }

  /** A run of number words, to be read by {@link #amount}: "one hundred and fifty-five thousand". */
  static final Pattern SPELLED;
  /** One number word, cardinal or scale, as a regular expression (longest first). */
  private static final String WORD;

  static {
    StringBuilder words = new StringBuilder();
    CARDINALS.keySet().stream().filter(w -> !w.contains("-")).sorted((a, b) -> b.length() - a.length())
        .forEach(w -> words.append(words.length() > 0 ? "|" : "").append(w));
    SCALES.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(w -> words.append("|").append(w));
    String word = "(?:" + words + ")";
    WORD = word;
    SPELLED = Pattern.compile("(?<![\\p{L}\\p{N}])" + word + "(?:(?:\\s+and\\s+|[\\s-]+)" + word + ")*(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
  }

  private NumberWords() {}

  /** One number word ("seventeen", "thousand", "lakh") as a regular expression, for patterns that read around one. */
  public static String word() {
    return WORD;
  }

  /** The whole number a numeral (up to four digits) or a cardinal word stands for ("12", "twenty-four"); else null. */
  public static Integer cardinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.isEmpty() && w.length() <= 4 && w.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(w);
    }
    return CARDINALS.get(w);
  }

  /** A count as letters write one: a cardinal, or "a", "an", "first"…"fourth"; else null. */
  public static Integer count(String word) {
    Integer n = cardinal(word);
    return n != null ? n : COUNTING.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The amount a run of number words spells, or -1 when it is not one: it must open with a cardinal and name a
   * scale ("two hundred thousand" is 200000; "thousand" alone, "twenty" alone are not amounts).
   */
  public static long amount(String run) {
    String[] words = run.toLowerCase(Locale.ROOT).split("[\\s-]+");
    if (words.length == 0 || !CARDINALS.containsKey(words[0])) {
      return -1;
    }
    long total = 0;
    long current = 0;
    boolean scaled = false;
    for (String w : words) {
      if (w.equals("and")) {
        continue;
      }
      Long scale = SCALES.get(w);
      if (scale == null) {
        current += CARDINALS.get(w);
      } else if (scale == 100) {
        current = Math.max(current, 1) * 100;
        scaled = true;
      } else {
        total += Math.max(current, 1) * scale;
        current = 0;
        scaled = true;
      }
    }
    return scaled ? total + current : -1;
  }
}
