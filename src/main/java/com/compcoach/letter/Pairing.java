package com.compcoach.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pairs each figure of a sentence with the phrase it belongs to: a phrase takes the first figure after it (when no
 * other phrase comes between), a figure left over takes the next phrase after it with no figure between ("$20,000
 * signing bonus"), and anything still left the nearest phrase before it ("15% of base, i.e. $27,000").
 */
final class Pairing {

  /** A figure and the topic it was paired with. */
  record Pair(Topic topic, Amount amount) {}

  /** What stands between a figure and the same figure written again: a bracket, "i.e.", "or", a period. */
  private static final Pattern RESTATED = Pattern.compile(
      "[\\s(\\[,:=/-]*(?:i\\.e\\.|ie|or|that is|equal to|equivalent to)?[\\s,:]*"
          + "(?:(?:per annum|a year|per year|annually|p\\.a\\.|gross)[\\s,]*)?[\\s(\\[,:=/-]*(?:i\\.e\\.|or)?[\\s(\\[]*"
          // "₹45,00,000 (Rupees Forty-Five Lakhs only)": the currency's name before the figure in words.
          + "(?:(?:indian\\s+|us\\s+|u\\.s\\.\\s+)?(?:rupees|dollars|pounds(?:\\s+sterling)?|euros|francs|yen)\\s+)?");

  /**
   * What may stand between a figure and the phrase it is written before: "in", "of", "worth of" or nothing, and up to
   * two words that only qualify the phrase ("15% target bonus", "$20,000 one-time signing bonus"); "is" in a split
   * ("of which ₹42,00,000 is fixed pay and ₹6,00,000 is variable pay").
   */
  private static final Pattern ATTACHED = Pattern.compile("\\s*(?:(?:in|of|worth\\s+of|in\\s+the\\s+form\\s+of|is)\\s+)?"
      + "(?:(?:target|annual|yearly|performance|discretionary|one-time|cash|variable|guaranteed|initial)\\s+){0,2}");

  /** What may stand between a phrase and its own figure: "Bonus: 10%", "a salary of $150,000". */
  private static final Pattern LABELLED = Pattern.compile(
      "[\\s:=|–-]*(?:(?:of|is|was|at|will\\s+be|totals?|amounting\\s+to)[\\s:]*)?");

  private Pairing() {}

  static List<Pair> pair(String lower, List<LetterWords.Hit> hits, List<Amount> amounts) {
    Topic[] owner = new Topic[amounts.size()];
    for (int a = 0; a < amounts.size(); a++) {
      // "$40,000 in RSUs", "$20,000 signing bonus": a figure written right before its phrase is that phrase's,
      // even when another phrase before it has no figure yet ("a 10% annual bonus target and $40,000 in RSUs").
      int start = amounts.get(a).start();
      int end = amounts.get(a).end();
      LetterWords.Hit before = null;
      for (LetterWords.Hit hit : hits) {
        if (hit.end() <= start) {
          before = hit;
        }
      }
      if (before != null && start - before.end() <= 20
          && LABELLED.matcher(lower.substring(before.end(), start)).matches()
          && !(lower.substring(before.end(), start).contains("|") && directlyBefore(lower, end, hits))) {
        // "Sign-on bonus: $20,000 Relocation: $10,000": the figure right after a phrase is that phrase's; not in a
        // one-line offer "$172k base | 10% bonus | 1,600 RSUs", where each part's figure stands before its phrase.
        continue;
      }
      for (LetterWords.Hit hit : hits) {
        if (hit.start() >= end) {
          if (hit.start() - end <= 20 && ATTACHED.matcher(lower.substring(end, hit.start())).matches()) {
            owner[a] = hit.topic();
          }
          break;
        }
      }
    }
    for (int h = 0; h < hits.size(); h++) {
      int limit = h + 1 < hits.size() ? hits.get(h + 1).start() : Integer.MAX_VALUE;
      for (int a = 0; a < amounts.size(); a++) {
        Amount amount = amounts.get(a);
        if (amount.start() >= hits.get(h).end() && amount.start() < limit) {
          if (owner[a] == null) {
            owner[a] = hits.get(h).topic();
          } else if (attachedElsewhere(amounts.get(a), hits, h)) {
            // The phrase's first figure belongs to the phrase after it: the phrase has none of its own here.
            continue;
          }
          break;
        }
      }
    }
    for (int a = 0; a < amounts.size(); a++) {
      if (owner[a] != null) {
        continue;
      }
      if (restates(lower, amounts, a) && owner[a - 1] != null) {
        // "Rs. 32,00,000 per annum (₹32 LPA)": the same figure written again belongs where the first one went.
        owner[a] = owner[a - 1];
        continue;
      }
      int end = amounts.get(a).end();
      int nextAmount = a + 1 < amounts.size() ? amounts.get(a + 1).start() : Integer.MAX_VALUE;
      for (LetterWords.Hit hit : hits) {
        if (hit.start() >= end && hit.start() < nextAmount) {
          owner[a] = hit.topic();
          break;
        }
      }
      if (owner[a] == null) {
        for (int h = hits.size() - 1; h >= 0; h--) {
          if (hits.get(h).end() <= amounts.get(a).start()) {
            owner[a] = hits.get(h).topic();
            break;
          }
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int a = amounts.size() - 1; a > 0; a--) {
      // A restatement is the same figure, not a second one: only the first is paired.
      if (restates(lower, amounts, a) && owner[a] == owner[a - 1]) {
        owner[a] = null;
      }
    }
    for (int a = 0; a < amounts.size(); a++) {
      if (owner[a] != null) {
        pairs.add(new Pair(owner[a], amounts.get(a)));
      }
    }
    return pairs;
  }

  /** Whether a phrase starts right after a figure, one space away: "10% bonus". */
  private static boolean directlyBefore(String lower, int end, List<LetterWords.Hit> hits) {
    for (LetterWords.Hit hit : hits) {
      if (hit.start() >= end) {
        return hit.start() - end <= 1 && lower.substring(end, hit.start()).isBlank();
      }
    }
    return false;
  }

  /** Whether a figure was given to a phrase after hit {@code h} because it is written right before that phrase. */
  private static boolean attachedElsewhere(Amount amount, List<LetterWords.Hit> hits, int h) {
    return h + 1 < hits.size() && hits.get(h + 1).start() >= amount.end();
  }

  /** Whether a figure repeats the one just before it, same value and kind, within a few characters ("(₹32 LPA)"). */
  private static boolean restates(String lower, List<Amount> amounts, int a) {
    if (a == 0) {
      return false;
    }
    Amount before = amounts.get(a - 1);
    Amount now = amounts.get(a);
    return now.percent() == before.percent() && now.value().compareTo(before.value()) == 0
        && now.start() >= before.end() && now.start() - before.end() <= 30 && RESTATED.matcher(lower.substring(before.end(), now.start())).matches();
  }
}
