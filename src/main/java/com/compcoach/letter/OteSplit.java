package com.compcoach.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sales letter's on-target earnings given with their split and no base of its own ("OTE: $240,000 at a 75/25
 * split (base/variable)"): the base and the variable pay are those shares of the OTE, as the letter sets them.
 *
 * @param ote         the on-target earnings a year, as written
 * @param basePercent the base's share, in percent
 * @param base        the base a year
 * @param variable    the variable pay at target a year
 * @param sentence    where the letter says so
 */
record OteSplit(BigDecimal ote, BigDecimal basePercent, BigDecimal base, BigDecimal variable, String sentence) {

  private static final Pattern OTE = Pattern.compile("\\bote\\b|\\bon[- ]target\\s+(?:earnings|compensation|pay)");
  /** "a 75/25 split", "60/40 pay mix", "split 50/50", "70% base and 30% variable". */
  private static final Pattern SPLIT = Pattern.compile(
      "\\b(\\d{2})\\s?[/:]\\s?(\\d{2})\\s*(?:\\((?:base\\s*/\\s*variable|variable\\s*/\\s*base)\\)\\s*)?"
          // "a 50:50 base-to-variable split"
          + "(?:base[\\s-]*(?:/|to)[\\s-]*variable\\s+|variable[\\s-]*(?:/|to)[\\s-]*base\\s+)?(?:split|pay\\s+mix|mix)\\b"
          + "|\\b(?:split|mix)\\s+(?:of\\s+)?(\\d{2})\\s?[/:]\\s?(\\d{2})\\b"
          + "|\\b(\\d{2})\\s?%\\s+(?:base|fixed)(?:\\s+salary)?\\s*(?:and|/|,)\\s*(\\d{2})\\s?%\\s+variable\\b");
  private static final Pattern VARIABLE_FIRST = Pattern.compile("variable[\\s-]*(?:/|to)[\\s-]*base");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The split the letter gives, or null where none of its sentences states OTE with a split that adds up. */
  static OteSplit of(List<String> sentences, List<String> lowers) {
    for (int i = 0; i < sentences.size(); i++) {
      String lower = lowers.get(i);
      Matcher ote = OTE.matcher(lower);
      if (!ote.find()) {
        continue;
      }
      Matcher split = SPLIT.matcher(lower);
      if (!split.find()) {
        continue;
      }
      int g = split.group(1) != null ? 1 : split.group(3) != null ? 3 : 5;
      int first = Integer.parseInt(split.group(g));
      int second = Integer.parseInt(split.group(g + 1));
      if (first + second != 100) {
        continue;
      }
      int basePart = VARIABLE_FIRST.matcher(lower).find() ? second : first;
      for (Amount a : LetterFigures.find(sentences.get(i))) {
        if (a.money() && a.range() == null && a.start() > ote.start() && a.exact().compareTo(BigDecimal.valueOf(1000)) >= 0) {
          BigDecimal share = BigDecimal.valueOf(basePart);
          BigDecimal base = Amount.exact(a.exact().multiply(share).divide(HUNDRED, 2, RoundingMode.HALF_UP));
          return new OteSplit(a.exact(), share, base, Amount.exact(a.exact().subtract(base)), sentences.get(i));
        }
      }
    }
    return null;
  }
}
