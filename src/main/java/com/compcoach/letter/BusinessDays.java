package com.compcoach.letter;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting working days (Monday to Friday) the way letters and recruiters count them; holidays are not known. */
public final class BusinessDays {

  private BusinessDays() {}

  /** The day {@code count} working days after {@code day}. */
  public static LocalDate after(LocalDate day, int count) {
    LocalDate d = day;
    int left = count;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
