package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  // A figure: a currency mark or a k/M suffix makes it money; a bare number counts from 1,000 up, so "Friday",
  // "4 years" and "2 offers" are not amounts. Linear: one pass, no nested quantifiers.
  private static final Pattern AMOUNT = Pattern.compile(
      "([$£€])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(k|m)?\\b", Pattern.CASE_INSENSITIVE);

  PracticeAnswer {
    amounts = List.copyOf(amounts);
  }

  /** The answer as the rules read it. */
  static PracticeAnswer of(String answer, Pushback pushback, Long ask, Long walkAway, String currency) {
    String text = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return new PracticeAnswer(text, amounts(text), pushback, ask, walkAway, currency);
  }

  /** The money amounts named in a text, in order. */
  static List<Long> amounts(String text) {
    List<Long> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(text);
    while (m.find()) {
      double value;
      try {
        value = Double.parseDouble(m.group(2).replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      double scaled = suffix.equals("k") ? value * 1_000 : suffix.equals("m") ? value * 1_000_000 : value;
      if (m.group(1) != null || !suffix.isEmpty() || scaled >= 1_000) {
        out.add(Math.round(scaled));
      }
    }
    return out;
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
