package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {

  @Test
  void cancelled_scheduledAndStillCancelling_allAreToDelete() {
    Reminders r = new Reminders(true, List.of("C1/Q2"), List.of("C1/Q1")).cancelled();

    assertFalse(r.wanted());
    assertEquals(List.of(), r.scheduled());
    assertEquals(List.of("C1/Q1", "C1/Q2"), r.cancelling());
    assertTrue(r.toDelete());
  }

  @Test
  void asked_whileOldOnesAreStillBeingDeleted_schedulesNewOnesAndKeepsDeletingTheOld() {
    Reminders r = Reminders.NONE.cancelled().asked();
    assertTrue(r.toSchedule());

    Reminders stuck = new Reminders(false, List.of(), List.of("C1/Q1")).asked();

    assertTrue(stuck.toSchedule());
    assertTrue(stuck.toDelete());
    assertEquals(List.of("C1/Q1"), stuck.inSlack());
  }

  @Test
  void constructor_notWantedWithScheduledIds_movesThemToDelete() {
    Reminders r = new Reminders(false, List.of("C1/Q1"), List.of("C1/Q1", "C1/Q0"));

    assertEquals(List.of(), r.scheduled());
    assertEquals(List.of("C1/Q1", "C1/Q0"), r.cancelling(), "an id is listed once");
  }

  @Test
  void none_nothingToScheduleOrDelete() {
    assertFalse(Reminders.NONE.toSchedule());
    assertFalse(Reminders.NONE.toDelete());
    assertEquals(List.of(), Reminders.NONE.inSlack());
  }
}
