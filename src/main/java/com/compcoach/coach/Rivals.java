package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;

/** Several companies' figures in one message: the strongest is the competing offer weighed. */
final class Rivals {

  private Rivals() {}

  /**
   * Several companies' figures in one message ("stripe at 175k base… and a verbal from chime at 250k tc"): the
   * strongest is the competing offer weighed, and a remark says so; the others' figures move to {@code rivals}, by
   * company, to be kept beside it. Returns its name.
   */
  static String strongest(List<Figure> figures, List<String> owners, String competitor,
                                  List<String> remarks, java.util.Map<String, List<Figure>> rivals) {
    java.util.Map<String, Long> years = new java.util.LinkedHashMap<>();
    java.util.Map<String, Long> totals = new java.util.HashMap<>();
    java.util.Map<String, String> currencies = new java.util.HashMap<>();
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      String who = owners.get(k);
      if (f.purpose() != Figure.Purpose.COMPETING || who == null || f.percent()) {
        continue;
      }
      if (f.currency() != null && !f.currency().equals("$")) {
        currencies.putIfAbsent(who, f.currency());
      }
      if (f.component() == Component.TOTAL) {
        totals.put(who, f.amount());
      } else if (f.component() != Component.SIGN_ON) {
        long yearly = f.component() == Component.STOCK && f.years() > 0 ? f.amount() / f.years() : f.amount();
        years.merge(who, yearly, Long::sum);
      }
      years.putIfAbsent(who, 0L);
    }
    if (years.size() < 2) {
      return competitor;
    }
    totals.forEach(years::put);
    // "zurich: CHF 140k, and a bangalore offer at ₹45 LPA": sums in different currencies are never weighed against
    // each other; the first named (one in the thread's own currency first) stands, each kept in its own.
    boolean oneCurrency = new java.util.HashSet<>(currencies.values()).size() <= 1
        && (currencies.isEmpty() || currencies.size() == years.size());
    String best = null;
    for (var e : years.entrySet()) {
      best = oneCurrency ? best == null || e.getValue() > years.get(best) ? e.getKey() : best
          : best == null || currencies.containsKey(best) && !currencies.containsKey(e.getKey()) ? e.getKey() : best;
    }
    List<String> others = new ArrayList<>();
    for (int k = figures.size() - 1; k >= 0; k--) {
      String who = owners.get(k);
      if (figures.get(k).purpose() == Figure.Purpose.COMPETING && who != null && !who.equals(best)) {
        if (!others.contains(who)) {
          others.add(0, who);
        }
        rivals.computeIfAbsent(who, w -> new ArrayList<>()).add(0, figures.get(k));
        figures.remove(k);
        owners.remove(k);
      }
    }
    if (oneCurrency) {
      remarks.add(best + "'s offer pays the most a year, so it is the competing offer I weigh ("
          + String.join(" and ", others) + "'s " + (others.size() == 1 ? "is" : "are") + " lower, and kept beside it).");
    }
    return best;
  }
}
