package com.compcoach.letter;

import java.math.BigDecimal;

/**
 * Paid time off as a letter states it ("20 days of paid time off", "Annual leave: 4 weeks per year", "unlimited
 * PTO"): listed with the offer so it is seen and can be weighed, never turned into money.
 *
 * @param what   the letter's name for it, lower case ("paid time off", "annual leave")
 * @param count  the days or weeks as written, or null where the letter sets no number ("unlimited PTO")
 * @param weeks  whether the count is in weeks ("4 weeks' annual leave"), else days
 * @param per    "year" or "month" where the letter says how often the count is given, else null
 * @param dayKind "working" or "calendar" where the letter says which days it counts ("25 working days", "30
 *               calendar days"), else null: 30 calendar days is about 21 working days, so the two are never one
 * @param plusPublicHolidays whether the public holidays come on top ("27 days plus bank holidays")
 * @param proRatedFirstYear  whether the first year's days are cut to the part of it worked ("pro-rated for your first
 *                           year"): a start late in the year gives fewer
 * @param accrual how the days are earned where the letter gives hours a pay period ("4 hours each two-week pay
 *                period"), from which the year's days are worked out; else null
 * @param dayHours the hours of a day the accrual's hours were counted in (a fifth of the letter's week, else 8)
 */
public record TimeOff(String what, BigDecimal count, boolean weeks, String per, String dayKind,
                      boolean plusPublicHolidays, boolean proRatedFirstYear, String accrual, BigDecimal dayHours) {

  /** Time off earned by the hour, counted in days of 8 hours. */
  public TimeOff(String what, BigDecimal count, boolean weeks, String per, String dayKind,
                 boolean plusPublicHolidays, boolean proRatedFirstYear, String accrual) {
    this(what, count, weeks, per, dayKind, plusPublicHolidays, proRatedFirstYear, accrual, BigDecimal.valueOf(8));
  }

  /** Time off given as a count, not earned by the hour. */
  public TimeOff(String what, BigDecimal count, boolean weeks, String per, String dayKind,
                 boolean plusPublicHolidays, boolean proRatedFirstYear) {
    this(what, count, weeks, per, dayKind, plusPublicHolidays, proRatedFirstYear, null);
  }

  /** Time off whose days the letter does not say are working or calendar days. */
  public TimeOff(String what, BigDecimal count, boolean weeks, String per) {
    this(what, count, weeks, per, null);
  }

  /** Time off with nothing said of public holidays or the first year. */
  public TimeOff(String what, BigDecimal count, boolean weeks, String per, String dayKind) {
    this(what, count, weeks, per, dayKind, false, false);
  }

  /** How a reply shows it: "20 days a year", "4 weeks a year", "no set number of days". */
  String shown() {
    if (count == null) {
      return "no set number of days";
    }
    String n = count.stripTrailingZeros().toPlainString();
    String unit = (dayKind == null ? "" : dayKind + " ") + (weeks ? "week" : "day");
    return n + " " + unit + (count.compareTo(BigDecimal.ONE) == 0 ? "" : "s") + (per == null ? "" : " a " + per)
        + (plusPublicHolidays ? ", plus public holidays" : "") + (proRatedFirstYear ? ", pro-rated in your first year" : "")
        + (accrual == null ? "" : " (worked out from " + accrual + ", " + dayHours.stripTrailingZeros().toPlainString() + " hours a day)");
  }
}
