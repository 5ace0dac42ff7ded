package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Target;

/**
 * Two offers over four years, and what this one leaves under its Negotiate-Up target, from the figures only: "which
 * should I take?" weighs more than one year.
 */
final class FourYears {

  private FourYears() {}

  /**
   * "Year one, with the sign-on: …. Over 4 years: this offer $1,120,000, Capital One's $1,066,000. …": {@code oursOnce} and
   * {@code theirsOnce} are a year plus any sign-on, paid once.
   */
  static String line(Scene scene, long oursOnce, long theirsOnce, long ours, long theirs, String other,
                     boolean signOn) {
    String currency = scene.region().currency();
    long oursFour = oursOnce + 3 * ours;
    long theirsFour = theirsOnce + 3 * theirs;
    StringBuilder out = new StringBuilder();
    if (signOn) {
      // "which is better in year one?": a sign-on can turn the first year round, so year one is said apart.
      out.append("Year one, with the sign-on: this offer ").append(full(oursOnce, currency)).append(", ")
          .append(Cards.possessive(other)).append(" ").append(full(theirsOnce, currency));
      if (Long.compare(oursOnce, theirsOnce) != Long.compare(ours, theirs) && oursOnce != theirsOnce) {
        out.append(" (").append(oursOnce > theirsOnce ? "this offer" : other).append(" leads in year one, by ")
            .append(money(Math.abs(oursOnce - theirsOnce), currency)).append(")");
      }
      out.append(". ");
    }
    out.append("Over 4 years: this offer " + full(oursFour, currency) + ", "
        + Cards.possessive(other) + " " + full(theirsFour, currency) + (signOn ? " (a sign-on counted once)" : "")
        + ".");
    Target target = scene.target().orElse(null);
    if (target != null && ours < target.total().low()) {
      // The target is this company's market: what this offer leaves is measured on it, never the other's.
      out.append(" This offer is ").append(money(target.total().low() - ours, currency)).append(" a year under the ")
          .append(scene.region().shortName()).append(" Negotiate-Up target (")
          .append(Money.compact(target.total(), currency)).append("): what it leaves on the table, and what a "
              + "counter goes after.");
    }
    return out.toString();
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
