package com.compcoach.coach;

import com.compcoach.money.Period;

/** How often a figure is paid, from the words beside it. */
final class PayPeriods {

  private PayPeriods() {}

  /** The pay period written after the amount ("a month", "/hr") or as an adjective before it ("monthly base"). */
  static Period period(String lower, OfferAmount a, int limit, int clauseStart) {
    int at = a.end();
    // Skip a component word between the figure and its period: "$15,000 base a month".
    for (int k = at; k < limit; k++) {
      Period p = k == at || lower.charAt(k - 1) == ' ' || lower.charAt(k - 1) == '/' || lower.charAt(k) == '/'
          ? Period.at(lower, k) : null;
      if (p != null && k - at <= 24) {
        return p;
      }
    }
    Period adjective = Period.adjectiveIn(lower.substring(clauseStart, a.start()));
    return adjective == null ? Period.YEAR : adjective;
  }

  static boolean unclearPeriod(String lower, int from, int limit) {
    for (int k = from; k < limit && k - from <= 24; k++) {
      if ((k == from || lower.charAt(k - 1) == ' ') && Period.unclearAt(lower, k)) {
        // "$8,125 per pay period paid semi-monthly": the period the clause goes on to name settles it.
        for (int j = k + 1; j < limit; j++) {
          if (lower.charAt(j - 1) == ' ' && Period.at(lower, j) != null) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
