package com.compcoach.letter;

import java.math.BigDecimal;
import java.util.List;

/**
 * An equity grant as the letter states it.
 *
 * @param kind          "RSU", "options", "shares", "restricted stock" (shares bought at a purchase price) or
 *                      "profits interests" (units of an LLC) or "phantom units" (cash tied to the company's value)
 * @param value         the grant's value in {@code currency}, or null when the letter gives only a share count
 * @param currency      the value's currency; with no value, the price's where the letter marks it, else null
 * @param shares        the number of shares, units or options, or null when the letter gives only a value
 * @param pricePerShare the exercise price of options, or the share price a value was computed from; null if unsaid
 * @param schedule      percent vesting in each year, summing to 100; empty when the letter does not say
 * @param cliffMonths   months before the first vesting, or null when not said
 * @param frequency     how often it vests after the cliff ("monthly", "quarterly", "annually"), or null
 */
public record Equity(String kind, Long value, String currency, Long shares, BigDecimal pricePerShare,
                     List<BigDecimal> schedule, Integer cliffMonths, String frequency) {
  public Equity {
    schedule = List.copyOf(schedule);
  }

  /** Units of an LLC worth what the company grows above their participation threshold. */
  public static final String PROFITS_INTERESTS = "profits interests";

  /**
   * Phantom units, shares or stock: no shares, but cash tied to the company's value, paid on an event the plan sets,
   * at the full value or only the growth above the grant's; never valued from a share price.
   */
  public static final String PHANTOM = "phantom units";

  /** Shares bought at a purchase price ("250,000 shares of restricted common stock at $0.001 per share"). */
  public static final String RESTRICTED_STOCK = "restricted stock";

  /**
   * Whether a grant of this kind is worth only the growth above a price (options, profits interests, restricted
   * stock bought at its price), or whose worth the plan sets (phantom units): never valued.
   */
  public static boolean spread(String kind) {
    return kind.equals("options") || kind.equals(PROFITS_INTERESTS) || kind.equals(RESTRICTED_STOCK)
        || kind.equals(PHANTOM);
  }

  /** What one of the grant is called: "options", "RSUs", "units", "shares". */
  public String unitName() {
    return switch (kind) {
      case "options" -> "options";
      case "RSU" -> "RSUs";
      case PROFITS_INTERESTS -> "units";
      case PHANTOM -> "phantom units";
      default -> "shares";
    };
  }

  /** Years over which it vests; 0 when not said. */
  public int years() {
    return schedule.size();
  }
}
