package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        new ReminderPlan.Reminder(Instant.parse("2026-12-10T14:00:00Z").getEpochSecond(), ReminderPlan.DAY_BEFORE,
            "Thursday 10 December at 9:00"),
        new ReminderPlan.Reminder(Instant.parse("2026-12-11T14:00:00Z").getEpochSecond(), ReminderPlan.MORNING_OF,
            "Friday 11 December at 9:00")),
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

  @Test
  void withinReach_moreThan120DaysAhead_isRefusedAsSlackWould() {
    Instant now = Instant.parse("2026-12-04T23:00:00Z");
    List<ReminderPlan.Reminder> plan = ReminderPlan.reminders(LocalDate.of(2027, 4, 4), NEW_YORK, now);
    assertTrue(plan.get(0).withinReach(now), "3 April 09:00 New York is within 120 days");
    assertFalse(plan.get(1).withinReach(now), "4 April 09:00 New York is past them");
  }

  @Test
  void lastReachable_anyZoneAnyHourOfToday_bothRemindersWithinReach() {
    LocalDate today = LocalDate.of(2026, 12, 5);
    LocalDate last = ReminderPlan.lastReachable(today);
    Instant earliest = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    for (String zone : List.of("Etc/GMT+12", "America/Los_Angeles", "UTC", "Asia/Kolkata", "Pacific/Kiritimati")) {
      ReminderPlan.reminders(last, ZoneId.of(zone), earliest)
          .forEach(r -> assertTrue(r.withinReach(earliest), zone + " " + r.when()));
    }
  }
}
