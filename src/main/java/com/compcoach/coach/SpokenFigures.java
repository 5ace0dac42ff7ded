package com.compcoach.coach;

import com.compcoach.money.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Figures said aloud and typed as words, as voice-to-text and chat write them: "one ninety five base" (195),
 * "twenty percent bonus" (20%), "a hundred and sixty thousand" (160,000), "twenty k" (20k), "two fifty k" (250k).
 * They are written out in digits for the offer reader, and said back. Runs the money grammar reads itself ("one
 * hundred fifty thousand") and counts ("four years", "a one-year cliff") are left as typed.
 */
final class SpokenFigures {

  /** A digit's word, a hyphen and tens or "oh": "one-ninety", "two-fifty", "one-oh-five". */
  private static final java.util.regex.Pattern PRICE_HYPHEN = java.util.regex.Pattern.compile("(?i)\\b(one|two|three|"
      + "four|five|six|seven|eight|nine)-(oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
      + "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b");

  /** Words that may open or continue a run of number words. */
  private static final Set<String> SCALE = Set.of("hundred", "thousand", "k", "million");
  /** What makes a lone number word a figure: a magnitude or a percent after it ("twenty k", "fifteen percent"). */
  private static final Set<String> MARKS = Set.of("k", "percent", "%", "pct");

  /** Part words that make the tens said right before them a figure: "twenty signing", "forty stock". */
  private static final Set<String> PART_AFTER = Set.of("base", "salary", "signing", "sign", "sign-on", "signon",
      "bonus", "stock", "rsu", "rsus", "equity", "relo", "relocation");

  /** A word of adding or stepping up right before a figure: "added five hundred", "by two hundred", "extra". */
  private static final java.util.regex.Pattern STEP_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:added|add|adding|adds|more|extra|another|by|up|bumped|raised|increased)\\s+(?:\\w+\\s+)?$");

  private SpokenFigures() {}

  /** The message with its spoken figures in digits, or null when it holds none. */
  static Rewritten value(String typed) {
    if (!mayHold(typed)) {
      return null;
    }
    // "one-ninety", "two-fifty k": hundreds said as a price, typed with a hyphen, read as the words they are (a
    // blank for the hyphen keeps every other figure where it was typed).
    String message = PRICE_HYPHEN.matcher(typed).replaceAll("$1 $2");
    String lower = message.toLowerCase(Locale.ROOT);
    List<int[]> words = words(lower);
    StringBuilder out = new StringBuilder();
    List<String> said = new ArrayList<>();
    int copied = 0;
    for (int w = 0; w < words.size(); w++) {
      int end = run(lower, words, w);
      if (end == w) {
        continue;
      }
      String run = lower.substring(words.get(w)[0], words.get(end - 1)[1]);
      String next = end < words.size() ? word(lower, words.get(end)) : "";
      String digits = digits(run, next, lower, words.get(end - 1)[1]);
      if (digits != null) {
        // "twenty percent" is written "20%", the percent word taken with it.
        boolean percent = MARKS.contains(next) && !next.equals("k");
        out.append(message, copied, words.get(w)[0]).append(digits).append(percent ? "%" : "");
        copied = words.get(percent ? end : end - 1)[1];
        digits += percent ? "%" : "";
        said.add(message.substring(words.get(w)[0], copied) + " as " + digits);
      }
      w = end - 1;
    }
    if (said.isEmpty()) {
      return null;
    }
    out.append(message.substring(copied));
    int last = said.size() - 1;
    return new Rewritten(out.toString(), "Read " + (last == 0 ? said.get(0)
        : String.join(", ", said.subList(0, last)) + " and " + said.get(last)) + ", figures said in words.");
  }

  /** The digits a run of number words stands for here, or null when it is a count or a word, not a figure. */
  private static String digits(String run, String next, String lower, int end) {
    String[] w = run.split("[\\s-]+");
    boolean scaled = false;
    for (String word : w) {
      scaled |= SCALE.contains(word) && !word.equals("k");
    }
    boolean joined = run.contains(" and ");
    if (scaled && !w[0].equals("a") && !joined && !run.contains("thousand") && !run.contains("million")) {
      // "rsus of like two hundred over four": hundreds with no larger word, which the money grammar leaves unread, is
      // the bare figure a person types as "200", read by its part and the thread like one. Not after a word of
      // adding ("they added five hundred to the sign-on"): a step is said in dollars as often as in thousands.
      if (STEP_BEFORE.matcher(lower.substring(Math.max(0, end - run.length() - 24), Math.max(0, end - run.length())))
          .find()) {
        return null;
      }
      long value = NumberWords.amount(run);
      return value >= 100 && value < 1_000 ? String.valueOf(value) : null;
    }
    if (scaled && !w[0].equals("a") && !joined) {
      // "one hundred fifty thousand": the money grammar reads it as it is.
      return null;
    }
    if (scaled) {
      // "a hundred and sixty thousand": the "a" is one, and the money's own word reader reads the rest. "two hundred
      // and five k" is written in digits too: the offer reader parts clauses at "and", which would cut it in two.
      long value = run.contains(" oh") ? -1 : NumberWords.amount(w[0].equals("a") ? "one" + run.substring(1) : run);
      if (value >= 100 && value < 1_000 && !run.contains("thousand") && !run.contains("million")) {
        // "a hundred and ninety base", "one hundred and eighty five": hundreds said out, the bare figure a person
        // types as "190", read by its part like one; never after a word of adding ("an extra hundred and fifty").
        return STEP_BEFORE.matcher(lower.substring(Math.max(0, end - run.length() - 24),
            Math.max(0, end - run.length()))).find() ? null : String.valueOf(value);
      }
      return value >= 1_000 ? String.valueOf(value) : null;
    }
    Integer first = NumberWords.cardinal(w[0]);
    boolean k = w[w.length - 1].equals("k");
    int words = k ? w.length - 1 : w.length;
    if (first != null && first >= 1 && first <= 9 && words >= 2) {
      // "one ninety five", "two fifty", "one oh five": hundreds said the way people say prices.
      int rest = 0;
      for (int i = 1; i < words; i++) {
        Integer n = w[i].equals("oh") ? Integer.valueOf(0) : NumberWords.cardinal(w[i]);
        if (n == null || i == 1 && n < 10 && !w[i].equals("oh")) {
          return null;
        }
        rest += n;
      }
      if (rest > 99 || time(lower, end)) {
        return null;
      }
      return (first * 100 + rest) + (k ? "k" : "");
    }
    int value = 0;
    for (int i = 0; i < words; i++) {
      Integer n = NumberWords.cardinal(w[i]);
      if (n == null) {
        return null;
      }
      value += n;
    }
    // A lone number word is a figure only with a magnitude or a percent, or as tens said "a year".
    if (k) {
      return value + "k";
    }
    // "and twenty signing", "thirty sign on": tens said right before the part they pay are that part's figure, read
    // in thousands or asked like a typed "20 signing"; "two sign-ons" or "four years" are counts, never pay.
    if (MARKS.contains(next) || value >= 20 && lower.startsWith(" a year", end)
        || value >= 10 && PART_AFTER.contains(next)) {
      return String.valueOf(value);
    }
    return null;
  }

  /** "at one thirty pm": a time of day, never pay. */
  private static boolean time(String lower, int end) {
    String after = lower.substring(end, Math.min(lower.length(), end + 8)).stripLeading();
    return after.startsWith("am") || after.startsWith("pm") || after.startsWith("o'clock");
  }

  /** The end (exclusive word index) of the run of number words starting at {@code w}, or {@code w} when none. */
  private static int run(String lower, List<int[]> words, int w) {
    String first = word(lower, words.get(w));
    boolean article = first.equals("a") && w + 1 < words.size()
        && (word(lower, words.get(w + 1)).equals("hundred") || word(lower, words.get(w + 1)).equals("thousand"));
    if (!article && NumberWords.cardinal(first) == null || first.chars().allMatch(Character::isDigit)) {
      return w;
    }
    int end = w + 1;
    while (end < words.size()) {
      String word = word(lower, words.get(end));
      boolean number = NumberWords.cardinal(word) != null && !word.chars().allMatch(Character::isDigit);
      boolean joins = (word.equals("and") || word.equals("oh")) && end + 1 < words.size()
          && NumberWords.cardinal(word(lower, words.get(end + 1))) != null;
      if (!(number || SCALE.contains(word) || joins)) {
        break;
      }
      end++;
      if (word.equals("k")) {
        break;
      }
    }
    return end;
  }

  private static String word(String lower, int[] span) {
    return lower.substring(span[0], span[1]);
  }

  /** Word spans: letters and inner hyphens ("twenty-five"), and "%" as a word of its own. */
  private static List<int[]> words(String lower) {
    List<int[]> out = new ArrayList<>();
    int n = lower.length();
    for (int i = 0; i < n; ) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '-' && i + 1 < n
            && Character.isLetter(lower.charAt(i + 1)))) {
          i++;
        }
        out.add(new int[] {start, i});
      } else if (c == '%') {
        out.add(new int[] {i, i + 1});
        i++;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * How every figure said in words starts a word: most messages hold none, and skip the scan. Each must open a word,
   * so "often", "written" and "weight" are no reason to scan.
   */
  private static final List<String> STEMS = List.of("twent", "thirt", "fort", "fourt", "fift", "sixt", "sevent",
      "eight", "ninet", "hundred", "thousand", "ten", "eleven", "twelve", "oh ");

  private static boolean mayHold(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    for (String stem : STEMS) {
      for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
        if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}
