package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An offer as the user gave it, in whole units of {@code currency}; a component not given is null.
 *
 * @param stock   the yearly average (a grant divided by its years)
 * @param total   a stated total ("TC 300k"), or null; see {@link #recurringTotal()}
 * @param vesting the grant's schedule when the user gave one, else null (even years)
 */
public record Offer(String currency, Long base, Long stock, Long bonus, Long signOn, Long total, Vesting vesting) {

  /** No figures yet, in the given currency. */
  public static Offer none(String currency) {
    return new Offer(currency, null, null, null, null, null, null);
  }

  /** Whether any figure was given. */
  @JsonIgnore
  public boolean isEmpty() {
    return base == null && stock == null && bonus == null && signOn == null && total == null;
  }

  /** The figure of one component, or null; {@link Component#TOTAL} is {@link #recurringTotal()}. */
  public Long of(Component component) {
    return switch (component) {
      case BASE -> base;
      case STOCK -> stock;
      case BONUS -> bonus;
      case SIGN_ON -> signOn;
      case TOTAL -> recurringTotal();
    };
  }

  /** A copy with one component replaced (a revision: "they came back with 190k base"). */
  public Offer with(Component component, Long amount) {
    return switch (component) {
      case BASE -> new Offer(currency, amount, stock, bonus, signOn, total, vesting);
      case STOCK -> new Offer(currency, base, amount, bonus, signOn, total, vesting);
      case BONUS -> new Offer(currency, base, stock, amount, signOn, total, vesting);
      case SIGN_ON -> new Offer(currency, base, stock, bonus, amount, total, vesting);
      case TOTAL -> new Offer(currency, base, stock, bonus, signOn, amount, vesting);
    };
  }

  /** A copy with this vesting schedule. */
  public Offer withVesting(Vesting schedule) {
    return new Offer(currency, base, stock, bonus, signOn, total, schedule);
  }

  /**
   * The yearly total the guides' "Total Comp" column compares with: base + stock + bonus when all three are known,
   * else the stated total, else null. Sign-on is one-time and never part of it.
   */
  public Long recurringTotal() {
    if (base != null && stock != null && bonus != null) {
      return base + stock + bonus;
    }
    return total;
  }

  /** Year-1 total: base, bonus, the first year's vesting and the sign-on; null when the yearly total is unknown. */
  public Long yearOneTotal() {
    if (base == null || stock == null || bonus == null) {
      return total == null ? null : total + (signOn == null ? 0 : signOn);
    }
    long stockYearOne = vesting == null ? stock : vesting.firstYear(stock);
    return base + stockYearOne + bonus + (signOn == null ? 0 : signOn);
  }
}
