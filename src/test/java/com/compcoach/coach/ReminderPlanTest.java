package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

  private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void reminders_deadlineAhead_dayBeforeAndMorningOfAtNineLocal() {
    List<ReminderPlan.Reminder> plan = ReminderPlan.reminders(FRIDAY, NEW_YORK, Instant.parse("2026-12-04T23:00:00Z"));
    assertEquals(List.of(
        new ReminderPlan.Reminder(Instant.parse("2026-12-10T14:00:00Z").getEpochSecond(), ReminderPlan.DAY_BEFORE),
        new ReminderPlan.Reminder(Instant.parse("2026-12-11T14:00:00Z").getEpochSecond(), ReminderPlan.MORNING_OF)),
        plan);
  }

  @Test
  void reminders_dayBeforeAlreadyPast_onlyTheMorningOf() {
    List<ReminderPlan.Reminder> plan = ReminderPlan.reminders(FRIDAY, NEW_YORK, Instant.parse("2026-12-10T15:00:00Z"));
    assertEquals(List.of(ReminderPlan.MORNING_OF), plan.stream().map(ReminderPlan.Reminder::text).toList());
  }

  @Test
  void reminders_bothPast_none() {
    assertEquals(List.of(), ReminderPlan.reminders(FRIDAY, NEW_YORK, Instant.parse("2026-12-11T14:00:00Z")));
  }

  @Test
  void reminders_otherZone_followsTheUsersNine() {
    List<ReminderPlan.Reminder> plan = ReminderPlan.reminders(FRIDAY, ZoneId.of("Asia/Tokyo"),
        Instant.parse("2026-12-04T23:00:00Z"));
    assertEquals(Instant.parse("2026-12-11T00:00:00Z").getEpochSecond(), plan.get(1).postAt());
  }
}
