package com.compcoach.coach;

import java.util.List;

/**
 * A thread's deadline reminders: whether the user wants them, and the ids Slack gave the ones scheduled. Only ids
 * are kept (the wording is fixed in {@link ReminderPlan}), so cancel and {@code /comp forget} can delete them.
 *
 * @param wanted    the user said "remind me" and not "cancel reminders" since
 * @param scheduled {@code scheduled_message_id}s still in Slack, as "channel/id"; empty before any are scheduled
 */
public record Reminders(boolean wanted, List<String> scheduled) {

  /** None wanted, none scheduled. */
  public static final Reminders NONE = new Reminders(false, List.of());

  public Reminders {
    scheduled = scheduled == null ? List.of() : List.copyOf(scheduled);
  }

  /** Wanted but not yet scheduled: the Slack side schedules them and records their ids. */
  public boolean toSchedule() {
    return wanted && scheduled.isEmpty();
  }

  /** Cancelled while some are still in Slack: the Slack side deletes them and clears the ids. */
  public boolean toDelete() {
    return !wanted && !scheduled.isEmpty();
  }
}
