package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VestingScheduleTest {

  @ParameterizedTest(name = "{0} vests over {1} years")
  @CsvSource(delimiter = '|', value = {
      "RSU award worth $60,000, vesting 25% per year | 4",
      "$90K in RSUs, 33% each year | 3",
      "grant of $100K, 20% vesting annually | 5",
      "$80K, 25%/yr | 4",
      "$90,000 grant, vests 33/33/34 | 3",
      "$100K–$140K, vesting 40/30/20/10 | 4",
      "$120K vesting 50/50 | 2"})
  void years_scheduleAsShares_givesItsYears(String text, int years) {
    assertEquals(years, VestingSchedule.years(text));
  }

  @ParameterizedTest(name = "{0} writes no schedule")
  @CsvSource(delimiter = '|', value = {
      "$30K a year",
      "15% of base a year",
      "30% per year is a raise, not a schedule of shares",
      "$60K over 4 years",
      "vests 10/20 then monthly",
      "$90K / 3 yrs"})
  void years_noScheduleOfShares_givesZero(String text) {
    assertEquals(0, VestingSchedule.years(text));
  }

  @ParameterizedTest(name = "the schedule in {0} is no figure")
  @CsvSource(delimiter = '|', value = {"$90,000 grant, vests 33/33/34 | 21", "$120K vesting 50/50 | 14"})
  void within_aShareOfTheSchedule_isNoFigure(String text, int at) {
    assertTrue(VestingSchedule.within(text, at));
    assertFalse(VestingSchedule.within(text, 1));
  }
}
