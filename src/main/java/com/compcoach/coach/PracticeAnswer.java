package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.money.MoneyGrammar;
import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One answer in a practice role-play, with what the rules look at: the amounts it names, the recruiter line it
 * answers, the figure the user countered with before, and the walk-away (to catch it said aloud).
 *
 * @param text     the answer, lower-cased
 * @param amounts  money amounts named, in whole units ("$233,500", "230k", "233.5k")
 * @param pushback the recruiter line being answered
 * @param ask      the user's earlier counter in this role-play, or null
 * @param walkAway the user's walk-away, or null
 * @param currency the band's currency, for the figures a why line names
 */
record PracticeAnswer(String text, List<Long> amounts, Pushback pushback, Long ask, Long walkAway, String currency) {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

  PracticeAnswer {
    amounts = List.copyOf(amounts);
  }

  /** The answer as the rules read it. */
  static PracticeAnswer of(String answer, Pushback pushback, Long ask, Long walkAway, String currency) {
    String text = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return new PracticeAnswer(text, amounts(text), pushback, ask, walkAway, currency);
  }

  /**
   * The money amounts named in a text, in order, as the money grammar reads them: a currency mark or a magnitude
   * makes a figure money; a bare number counts from 1,000 up, so "Friday", "4 years" and "2 offers" are not amounts.
   */
  static List<Long> amounts(String text) {
    List<Long> out = new ArrayList<>();
    for (Token t : MoneyGrammar.standard().read(text, Token.Context.PLAIN)) {
      if (t instanceof Token.Money m && (m.marked() || m.magnitude() || m.amount().compareTo(THOUSAND) >= 0)) {
        out.add(whole(m.amount()));
        // Both ends of a range are said aloud ("230-240k"): a walk-away at either end is given away.
        if (m.ranged()) {
          out.add(whole(m.range().high()));
        }
      }
    }
    return out;
  }

  private static long whole(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).longValue();
  }

  /** An amount as the why line says it: "$233,500". */
  String money(long amount) {
    return new Money(amount, currency).full();
  }

  /** Whether the answer names any amount. */
  boolean namesAmount() {
    return !amounts.isEmpty();
  }
}
