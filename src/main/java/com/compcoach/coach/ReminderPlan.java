package com.compcoach.coach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * When to remind of a deadline: 09:00 the day before and 09:00 the morning of, in the user's time zone, each with a
 * fixed wording. The wording names no figure and repeats nothing the user typed: a scheduled message sits in Slack
 * until it is sent, and forgetting a thread must not leave its content behind.
 */
public final class ReminderPlan {

  /** Morning, so the reminder lands before the working day, not at midnight. */
  static final LocalTime AT = LocalTime.of(9, 0);

  static final String DAY_BEFORE = "Reminder: your offer needs an answer by tomorrow. Say \"more time\" here if you "
      + "need to ask for an extension.";
  static final String MORNING_OF = "Reminder: your offer needs an answer today.";

  /** One reminder: when (epoch seconds for {@code chat.scheduleMessage}'s {@code post_at}) and what it says. */
  public record Reminder(long postAt, String text) {
    public Reminder {
      Objects.requireNonNull(text, "text");
    }
  }

  private ReminderPlan() {}

  /** The reminders still to come for a deadline, in order; those already past are skipped. */
  public static List<Reminder> reminders(LocalDate deadline, ZoneId zone, Instant now) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(zone, "zone");
    return Stream.of(
            new Reminder(deadline.minusDays(1).atTime(AT).atZone(zone).toEpochSecond(), DAY_BEFORE),
            new Reminder(deadline.atTime(AT).atZone(zone).toEpochSecond(), MORNING_OF))
        .filter(r -> r.postAt() > now.getEpochSecond())
        .toList();
  }
}
