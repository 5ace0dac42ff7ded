package com.compcoach.coach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

  /**
   * How far ahead Slack schedules a message: {@code chat.scheduleMessage} answers {@code time_too_far} beyond 120
   * days (https://docs.slack.dev/reference/methods/chat.scheduleMessage), which also keeps {@code post_at} far from
   * 2038.
   */
  public static final Duration REACH = Duration.ofDays(120);

  /**
   * The furthest deadline whose two reminders are within {@link #REACH} from any moment of {@code today} in any time
   * zone: 09:00 on the deadline is at most 21 hours past its UTC midnight, so a day of the 120 is kept in hand.
   */
  static LocalDate lastReachable(LocalDate today) {
    return today.plusDays(REACH.toDays() - 1);
  }

  static final String DAY_BEFORE = "Reminder: your offer needs an answer by tomorrow. Say \"more time\" here if you "
      + "need to ask for an extension.";
  static final String MORNING_OF = "Reminder: your offer needs an answer today.";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' H:mm", Locale.ENGLISH);

  /**
   * One reminder: when (epoch seconds for {@code chat.scheduleMessage}'s {@code post_at}), what it says, and when in
   * the user's words ("Thursday 10 December at 9:00").
   */
  public record Reminder(long postAt, String text, String when) {
    public Reminder {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(when, "when");
    }

    /** Whether Slack would take it now, or answer {@code time_too_far}. */
    public boolean withinReach(Instant now) {
      return postAt <= now.plus(REACH).getEpochSecond();
    }
  }

  private ReminderPlan() {}

  /** The reminders still to come for a deadline, in order; those already past are skipped. */
  public static List<Reminder> reminders(LocalDate deadline, ZoneId zone, Instant now) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(zone, "zone");
    return Stream.of(reminder(deadline.minusDays(1), zone, DAY_BEFORE), reminder(deadline, zone, MORNING_OF))
        .filter(r -> r.postAt() > now.getEpochSecond())
        .toList();
  }

  private static Reminder reminder(LocalDate day, ZoneId zone, String text) {
    return new Reminder(day.atTime(AT).atZone(zone).toEpochSecond(), text, WHEN.format(day.atTime(AT)));
  }
}
