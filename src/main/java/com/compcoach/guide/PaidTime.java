package com.compcoach.guide;

/**
 * The paid hours and billable days a year a guide states, which turn a contractor's hourly or day rate written in a
 * target or a premium ("$70/hr in Austin", "+£50/day") into a year's pay as the bands are; 0 where none is stated.
 * {@code monthsAYear} turns a target written per month into a year's (12, or the payments a year a guide states),
 * {@code paychecksAYear} one written per paycheck (the guide's stated pay schedule, or 0).
 */
record PaidTime(int hoursPerYear, int daysPerYear, int monthsAYear, int paychecksAYear) {

  /**
   * The figure as a year's pay when the words right after it say it is per hour, per day or per paycheck, else as
   * written.
   */
  Figures.Figure yearly(Figures.Figure figure, String after, ReadingRules rules) {
    if (paychecksAYear > 0 && rules.perPaycheckAtStart(after)) {
      return figure.perYear(paychecksAYear);
    }
    if (hoursPerYear > 0 && rules.perHourAtStart(after)) {
      return figure.perYear(hoursPerYear);
    }
    return daysPerYear > 0 && rules.perDayAtStart(after) ? figure.perYear(daysPerYear) : figure;
  }
}
