package com.compcoach.coach;

/**
 * The figures to ask for, in whole units of {@code currency}.
 *
 * @param total      base + stock + bonus, the yearly figure the bands compare with
 * @param year1Total the first year: base, bonus, year-1 vesting and the sign-on
 * @param aim        the yearly total the counter was aimed at (inside the target, or lifted by a competing offer)
 */
public record Counteroffer(String currency, long base, long stock, long bonus, long signOn, long total,
                           long year1Total, long aim) {}
