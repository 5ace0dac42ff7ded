package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread's deadline reminders: whether the user wants them, the ids Slack gave the ones scheduled, and the ids of
 * cancelled ones Slack has not yet confirmed deleted. Only ids are kept (the wording is fixed in
 * {@link ReminderPlan}), so cancel and {@code /comp forget} can delete them; an id goes only once Slack says that
 * message no longer exists, so a delete that failed in passing is tried again.
 *
 * @param wanted     the user said "remind me" and not "cancel reminders" since
 * @param scheduled  {@code scheduled_message_id}s of the wanted reminders, as "channel/id"; empty before any are
 *                   scheduled, and always empty when not wanted (a cancelled id moves to {@code cancelling})
 * @param cancelling ids of reminders no longer wanted that Slack has not confirmed deleted yet, as "channel/id"
 */
public record Reminders(boolean wanted, List<String> scheduled, List<String> cancelling) {

  /** None wanted, none scheduled. */
  public static final Reminders NONE = new Reminders(false, List.of(), List.of());

  public Reminders {
    scheduled = scheduled == null ? List.of() : List.copyOf(scheduled);
    cancelling = cancelling == null ? List.of() : List.copyOf(cancelling);
    if (!wanted && !scheduled.isEmpty()) {
      // A reminder nobody wants any more is one to delete (states saved before "cancelling" existed read so too).
      cancelling = joined(cancelling, scheduled);
      scheduled = List.of();
    }
  }

  /** Wanted, with these ids scheduled, nothing waiting to be deleted. */
  public static Reminders of(List<String> ids) {
    return new Reminders(true, ids, List.of());
  }

  /** Wanted but not yet scheduled: the Slack side schedules them and records their ids. */
  public boolean toSchedule() {
    return wanted && scheduled.isEmpty();
  }

  /** Some not wanted are still in Slack: the Slack side deletes them and forgets the ids Slack confirms gone. */
  public boolean toDelete() {
    return !cancelling.isEmpty();
  }

  /** The user asked for them (again): those still being deleted stay to be deleted. */
  public Reminders asked() {
    return new Reminders(true, scheduled, cancelling);
  }

  /** Not wanted: every id still in Slack is one to delete. */
  public Reminders cancelled() {
    return new Reminders(false, List.of(), joined(cancelling, scheduled));
  }

  /** Every id that may still be in Slack, wanted or being deleted ({@code /comp forget} deletes them all). */
  public List<String> inSlack() {
    return joined(scheduled, cancelling);
  }

  private static List<String> joined(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(id -> !all.contains(id)).forEach(all::add);
    return List.copyOf(all);
  }
}
