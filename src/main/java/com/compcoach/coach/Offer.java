package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An offer as the user gave it, in whole units of {@code currency}; a component not given is null.
 *
 * @param stock   the yearly average (a grant divided by its years)
 * @param total   a stated total ("TC 300k"), or null; see {@link #recurringTotal()}
 * @param vesting the grant's schedule when the user gave one, else null (even years)
 * @param bonusPercent the bonus as a percent of base in hundredths (15% is 1500) when the user gave it so, else
 *                null; {@code bonus} is then derived from the base and follows it when the base changes
 * @param grantYears the years the stock grant vests over when the user said them, else null; a later grant given
 *                as a total ("the grant went to 120k total") is spread over them
 * @param signOnLater the part of the sign-on paid after the first year ("half in year 1 and half in year 2"), else
 *                null: the whole sign-on is year 1's
 */
public record Offer(String currency, Long base, Long stock, Long bonus, Long signOn, Long total, Vesting vesting,
                    Integer bonusPercent, Integer grantYears, Long signOnLater) {

  /** An offer whose sign-on is paid in the first year. */
  public Offer(String currency, Long base, Long stock, Long bonus, Long signOn, Long total, Vesting vesting,
               Integer bonusPercent, Integer grantYears) {
    this(currency, base, stock, bonus, signOn, total, vesting, bonusPercent, grantYears, null);
  }

  /** An offer whose bonus is an amount and whose grant years are unsaid (letters, forms, older stored state). */
  public Offer(String currency, Long base, Long stock, Long bonus, Long signOn, Long total, Vesting vesting) {
    this(currency, base, stock, bonus, signOn, total, vesting, null, null);
  }

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

  /**
   * A copy with one component replaced (a revision: "they came back with 190k base"). A bonus given as a percent
   * follows a new base; a bonus given as an amount stops being a percent.
   */
  public Offer with(Component component, Long amount) {
    return switch (component) {
      case BASE -> new Offer(currency, amount, stock, bonusPercent == null || amount == null ? bonus
          : Long.valueOf(percentOf(amount, bonusPercent)), signOn, total, vesting, bonusPercent, grantYears, signOnLater);
      case STOCK -> new Offer(currency, base, amount, bonus, signOn, total, vesting, bonusPercent, grantYears,
          signOnLater);
      case BONUS -> new Offer(currency, base, stock, amount, signOn, total, vesting, null, grantYears, signOnLater);
      case SIGN_ON -> new Offer(currency, base, stock, bonus, amount, total, vesting, bonusPercent, grantYears,
          signOnLater);
      case TOTAL -> new Offer(currency, base, stock, bonus, signOn, amount, vesting, bonusPercent, grantYears,
          signOnLater);
    };
  }

  /** A copy whose bonus is this percent of the base (hundredths: 15% is 1500); the base must be known. */
  public Offer withBonusPercent(int hundredths) {
    if (base == null) {
      throw new IllegalStateException("a percent bonus needs a base, and this offer has none");
    }
    return new Offer(currency, base, stock, percentOf(base, hundredths), signOn, total, vesting, hundredths,
        grantYears, signOnLater);
  }

  /** A copy with the grant's stock a year and the years it vests over. */
  public Offer withGrant(long perYear, Integer years) {
    return new Offer(currency, base, perYear, bonus, signOn, total, vesting, bonusPercent, years, signOnLater);
  }

  /** A copy with this vesting schedule. */
  public Offer withVesting(Vesting schedule) {
    return new Offer(currency, base, stock, bonus, signOn, total, schedule, bonusPercent, grantYears, signOnLater);
  }

  /** A copy whose sign-on pays {@code later} after the first year (null: all of it in year 1). */
  public Offer withSignOnLater(Long later) {
    return new Offer(currency, base, stock, bonus, signOn, total, vesting, bonusPercent, grantYears, later);
  }

  /**
   * What of a sign-on of {@code amount} is paid in year 1: all of it, less the part this offer pays later (a counter
   * that asks a larger sign-on keeps the same later part).
   */
  public long signOnYearOne(long amount) {
    return signOnLater == null ? amount : Math.max(0, amount - signOnLater);
  }

  /**
   * {@code hundredths} of a percent of {@code amount}, rounded half up to a whole unit. A percent that is a whole or
   * half number of months of pay kept to two places (2 months is 16.67%) is that many twelfths, rounded once at the
   * end: 2 months of $174,000 is $29,000, never the $29,006 that 16.67% gives.
   */
  static long percentOf(long amount, long hundredths) {
    long halfMonths = Math.round(hundredths * 24 / 10_000.0);
    if (halfMonths > 0 && Math.round(halfMonths * 10_000 / 24.0) == hundredths && hundredths * 24 % 10_000 != 0) {
      return Math.round(amount * halfMonths / 24.0);
    }
    return Math.round(amount * hundredths / 10_000.0);
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
    long signOnNow = signOn == null ? 0 : signOnYearOne(signOn);
    if (base == null || stock == null || bonus == null) {
      return total == null ? null : total + signOnNow;
    }
    long stockYearOne = vesting == null ? stock : vesting.firstYear(stock);
    return base + stockYearOne + bonus + signOnNow;
  }
}
