package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.regex.Pattern;

/**
 * "never mind the stock, focus on base", "just ask for base": the counter narrowed to its base, the other parts as
 * they offered, kept as the user's own ask so their answer, "take it?" and the email go from it.
 */
final class BaseAlone {

  private static final Pattern BASE_ALONE = Pattern.compile("\\b(?:focus(?:ing)? on|concentrate on|stick to|"
      + "keep it to|(?:only|just) (?:want to |wanna )?(?:push|ask|negotiate|counter|go)(?: for| on| back on)?"
      + "(?: more)?(?: on)?)\\s+(?:the\\s+)?base\\b");

  private BaseAlone() {}

  /**
   * The base to ask alone; null when the message doesn't narrow the ask to base or there is no counter above it.
   * "give me the numbers again but just base" asks to be shown the base, not to ask it alone: a verb of asking or
   * focusing is needed.
   */
  static Long base(String text, Offer offer, Counteroffer counter) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    // A question ("just base or stock too?") asks for advice, and a figure is an ask of the user's own.
    if (!lower.contains("base") || lower.contains("?") || lower.contains(" or ")
        || lower.chars().anyMatch(Character::isDigit) || offer == null || offer.base() == null || counter == null
        || counter.base() <= offer.base() || !BASE_ALONE.matcher(lower).find()) {
      return null;
    }
    return counter.base();
  }

  /** The message as the thread reads it: the user's own ask on base. */
  static String asOwnAsk(long base) {
    return "i'll ask for " + base + " base";
  }

  /** What the reply says of the narrowed ask. */
  static String took(long base, String currency) {
    return "Took that as an ask on base alone: the counter's base of " + new Money(base, currency).full()
        + ", the other parts as they offered.";
  }
}
