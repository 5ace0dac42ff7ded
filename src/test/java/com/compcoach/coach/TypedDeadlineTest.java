package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedDeadlineTest {

  /** Friday 4 December 2026. */
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private static Optional<LocalDate> read(String text) {
    return TypedDeadline.read(text, TODAY);
  }

  @Test
  void read_weekday_isThatDayThisWeekOrToday() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 4)), read("they need an answer by Friday"));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), read("they need an answer by Monday"));
  }

  @Test
  void read_nextWeekday_isThatDayNextWeek() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), read("deadline is next Friday"));
  }

  @Test
  void read_monthAndDay_isThisYearsOrNextWhenPassed() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 12)), read("deadline is Dec 12"));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 12)), read("the offer expires 12th December"));
    assertEquals(Optional.of(LocalDate.of(2027, 1, 8)), read("respond by January 8"));
  }

  @Test
  void read_ordinal_isThisMonthsOrNextMonths() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 15)), read("offer expires on the 15th"));
    assertEquals(Optional.of(LocalDate.of(2027, 1, 2)), read("offer expires on the 2nd"));
  }

  @Test
  void read_endOfNextWeek_isNextWeeksFriday() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), read("I have to decide by end of next week"));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 4)), read("they want an answer by the end of the week"));
  }

  @Test
  void read_isoDateAndTomorrow_areRead() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 18)), read("deadline 2026-12-18"));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), read("they need an answer by tomorrow"));
  }

  @Test
  void read_dateWithoutDeadlineWord_isNotADeadline() {
    assertEquals(Optional.empty(), read("I start on Dec 12"));
    assertEquals(Optional.empty(), read("what's the deadline?"));
  }

  @Test
  void read_impossibleDay_isNotADeadline() {
    assertEquals(Optional.empty(), read("deadline is Feb 31"));
  }

  @Test
  void read_spanToAnswer_countsFromToday() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), read("they gave me 24h to decide"));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), read("I have 3 days to decide"));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), read("a week to sign"));
  }

  @Test
  void read_workingDaysAfterADeadlineWord_skipTheWeekend() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 8)), read("they need an answer in 2 working days"));
  }

  @Test
  void read_timeLeftAlone_isADeadline() {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), read("I have 3 days, what's the plan?"));
  }

  @Test
  void read_spanOfSomethingElse_isNoDeadline() {
    assertEquals(Optional.empty(), read("the bonus pays out within 30 days"));
    assertEquals(Optional.empty(), read("I have 3 days of PTO left to use"));
  }
}
