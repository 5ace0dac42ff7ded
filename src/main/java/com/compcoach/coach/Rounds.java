package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "is it rude to counter twice?", "how many times can i counter?": counter once, then once more after their answer
 * for half of what remains, then decide; with the thread's standing ask, never a new figure.
 */
final class Rounds {

  private Rounds() {}

  private static String opening(String text) {
    Matcher m = WORRY.matcher(text);
    return m.find() ? "Not " + m.group(1).toLowerCase(java.util.Locale.ROOT) + ": " : "Two rounds at most: ";
  }

  /** "is it rude…?", "is it greedy…?": the worry named back first. */
  private static final Pattern WORRY = Pattern.compile("(?i)\\b(rude|greedy|pushy|too much|annoying)\\b");

  static String answer(Scene s, Conversation c, Counteroffer ask, String text) {
    String currency = s.region().currency();
    if (c.companySide()) {
      return "Expect one counter, and one more, smaller ask after your answer if you closed less than most of the "
          + "gap. Answer each with figures, once, and say plainly when an answer is your last: a third round rarely "
          + "moves either side.";
    }
    Offer offer = Cards.usable(c.offer(), s.region());
    List<String> asks = ask == null || offer == null ? List.of() : Cards.asks(offer, ask, currency);
    String figures = asks.isEmpty() ? "" : " Your ask now: " + Cards.join(asks) + " ("
        + new Money(ask.total(), currency).full() + " a year).";
    boolean answered = c.countered() != null && offer != null && !c.countered().equals(offer);
    return (answered
        ? "Once more is fair, not greedy: they moved, and one more, smaller ask for about half of what remains is "
            + "normal."
        : opening(text) + "one counter is expected, and one more after their answer is normal while it's still "
            + "more than a sixth short of your ask: ask for about half of what remains.")
        + figures + " Keep it warm and precise, one ask a round. After that second ask, decide: a third round reads as "
        + "haggling, and the no you risk is on the whole offer.";
  }
}
