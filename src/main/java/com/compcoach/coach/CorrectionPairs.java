package com.compcoach.coach;

import java.util.List;

/** Two figures that are one correction: "190 not 180", "not 180, 190". */
final class CorrectionPairs {

  private CorrectionPairs() {}

  /**
   * Pairs of amounts that are one thing together: a correction ("190 not 180", "not 180, 190") replaces the figure
   * it names. Returns which amounts the pairs used up.
   */
  static boolean[] pairs(String lower, List<OfferAmount> amounts, List<Correction> corrections) {
    boolean[] used = new boolean[amounts.size()];
    for (int i = 0; i + 1 < amounts.size(); i++) {
      OfferAmount a = amounts.get(i);
      OfferAmount b = amounts.get(i + 1);
      if (used[i] || a.percent() || b.percent() || a.range() != null || b.range() != null) {
        continue;
      }
      String between = lower.substring(a.end(), b.start()).strip();
      if (between.equals("not") || between.equals(", not") || between.equals("not,")) {
        corrections.add(new Correction(a.whole(false), a.written(), b.whole(false), b.written()));
        used[i] = true;
        used[i + 1] = true;
      } else if (lower.substring(Math.max(0, a.start() - 5), a.start()).strip().endsWith("not")
          && (between.equals(",") || between.equals("but") || between.equals(", but") || between.equals(", it's")
              || between.equals(", it is") || between.equals("but it's"))) {
        corrections.add(new Correction(b.whole(false), b.written(), a.whole(false), a.written()));
        used[i] = true;
        used[i + 1] = true;
      }
    }
    return used;
  }
}
