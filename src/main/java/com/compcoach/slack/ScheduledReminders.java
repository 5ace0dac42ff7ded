package com.compcoach.slack;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ReminderPlan;
import com.compcoach.coach.Reminders;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Turn;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings Slack's scheduled messages in line with what a thread's conversation wants after each turn: "remind me"
 * schedules the day-before and morning-of reminders in the user's time zone, all or none; "cancel reminders" (or a
 * new deadline, or "start over") deletes them. Only their ids are stored, as "channel/id", so {@code /comp forget}
 * can delete them too. An id is forgotten only once Slack says that message no longer exists: a delete Slack
 * refuses in passing is tried again with backoff, then with the thread's next turn, and the user is told meanwhile.
 * Runs in the thread's turn order, after the reply, so two messages never schedule twice.
 */
final class ScheduledReminders {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledReminders.class);
  private static final Reply UNSEEN = new Reply.Text("");
  /** Slack's answer when the scheduled message was already sent or deleted: it is gone either way. */
  static final String GONE = "invalid_scheduled_message_id";

  /**
   * What a round of deletes came to.
   *
   * @param gone  ids Slack deleted or no longer has
   * @param kept  ids still in Slack as far as we know (the delete failed); to be tried again
   * @param error Slack's error code for the first of {@code kept}, or null when none was kept
   */
  record Deleted(List<String> gone, List<String> kept, String error) {
    Deleted {
      gone = List.copyOf(gone);
      kept = List.copyOf(kept);
    }
  }

  private final WebApi api;
  private final Conversations conversations;
  private final Delivery delivery;
  private final Clock clock;

  ScheduledReminders(WebApi api, Conversations conversations, Delivery delivery, Clock clock) {
    this.api = api;
    this.conversations = conversations;
    this.delivery = delivery;
    this.clock = clock;
  }

  /**
   * After a turn of the thread, with the conversation it saved: deletes and schedules what it now asks for, and
   * records the ids. Nothing to do (the usual case) costs nothing: no call, no write.
   */
  CompletableFuture<Void> follow(ConversationKey key, String userId, Conversation c) {
    Reminders r = c == null ? Reminders.NONE : c.remindersOrNone();
    CompletableFuture<Void> deleting = r.toDelete() ? cancel(key, userId, r.cancelling())
        : CompletableFuture.completedFuture(null);
    if (r.toSchedule() && c.terms() != null && c.terms().deadline() != null) {
      return deleting.thenCompose(x -> schedule(key, userId, c));
    }
    return deleting;
  }

  /** Deletes cancelled reminders, forgets the ids Slack confirms gone, and says so in the thread if some stay. */
  private CompletableFuture<Void> cancel(ConversationKey key, String userId, List<String> ids) {
    return delete(ids).thenCompose(deleted -> conversations.take(key, userId, c -> {
      Reminders now = c.remindersOrNone();
      List<String> left = now.cancelling().stream().filter(id -> !deleted.gone().contains(id)).toList();
      return new Turn(c.withReminders(new Reminders(now.wanted(), now.scheduled(), left)), UNSEEN);
    }).thenCompose(saved -> deleted.kept().isEmpty() ? CompletableFuture.completedFuture(null)
        : tell(key, notCancelled(deleted, true))));
  }

  /** The two reminders, all or none: if Slack takes one and refuses the other, the one taken is deleted again. */
  private CompletableFuture<Void> schedule(ConversationKey key, String userId, Conversation c) {
    return api.timeZone(userId).thenCompose(tz -> {
      Instant now = clock.instant();
      List<ReminderPlan.Reminder> plan = ReminderPlan.reminders(c.terms().deadlineDate(), zone(tz), now);
      if (plan.isEmpty()) {
        return record(key, userId, List.of(), false).thenCompose(x -> tell(key, "Both reminder times (9:00 your "
            + "time the day before and the morning of) have passed, so there is no reminder to set."));
      }
      if (!plan.stream().allMatch(r -> r.withinReach(now))) {
        return record(key, userId, List.of(), false).thenCompose(x -> tell(key, "Slack schedules messages at most "
            + ReminderPlan.REACH.toDays() + " days ahead, and the reminder for " + plan.get(plan.size() - 1).when()
            + " is further off than that, so none is set. Say \"remind me\" again in a few days."));
      }
      List<String> ids = new ArrayList<>();
      AtomicReference<String> refused = new AtomicReference<>();
      CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
      for (ReminderPlan.Reminder reminder : plan) {
        chain = chain.thenCompose(x -> refused.get() != null ? CompletableFuture.completedFuture(null)
            : api.schedule(key.channelId(), key.threadTs(), reminder.postAt(), reminder.text()).thenAccept(r -> {
              if (r.ok() && r.response() != null) {
                ids.add(key.channelId() + "/" + r.response());
              } else {
                refused.set(r.ok() ? "no_id" : r.error());
              }
            }));
      }
      return chain.thenCompose(x -> {
        if (refused.get() == null) {
          return record(key, userId, ids, true);
        }
        return record(key, userId, ids, false).thenCompose(y -> tell(key, "I couldn't set the reminders ("
            + why(refused.get()) + "). Say \"remind me\" to try again."));
      });
    });
  }

  /**
   * Stores the ids as the wanted reminders, or as ones to delete when they are not wanted (Slack refused one, or the
   * user cancelled meanwhile), and then deletes those.
   */
  private CompletableFuture<Void> record(ConversationKey key, String userId, List<String> ids, boolean wanted) {
    AtomicReference<Reminders> orphaned = new AtomicReference<>();
    return conversations.take(key, userId, c -> {
      Reminders now = c.remindersOrNone();
      Reminders next = new Reminders(wanted && now.wanted(), ids, now.cancelling());
      orphaned.set(next.wanted() || ids.isEmpty() ? null : next);
      return new Turn(c.withReminders(next), UNSEEN);
    }).thenCompose(ignored -> orphaned.get() == null ? CompletableFuture.completedFuture(null)
        : cancel(key, userId, orphaned.get().cancelling()));
  }

  /**
   * Deletes scheduled messages by their "channel/id", one after another. An id is gone when Slack deleted it or says
   * it no longer exists (already sent or deleted); any other answer, after the Web API's retries, keeps it.
   */
  CompletableFuture<Deleted> delete(List<String> scheduled) {
    List<String> gone = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    AtomicReference<String> error = new AtomicReference<>();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (String one : scheduled) {
      int slash = one.indexOf('/');
      if (slash <= 0) {
        gone.add(one); // not an id we could ever delete: keeping it would retry forever
        continue;
      }
      chain = chain.thenCompose(x -> api.deleteScheduled(one.substring(0, slash), one.substring(slash + 1))
          .thenAccept(r -> {
            if (r.ok() || GONE.equals(r.error())) {
              gone.add(one);
            } else {
              kept.add(one);
              error.compareAndSet(null, r.error());
            }
          }));
    }
    return chain.thenApply(x -> new Deleted(gone, kept, error.get()));
  }

  /**
   * What to tell the user when some reminders could not be deleted; {@code again} when the thread is still known, so
   * its next turn tries again (after {@code /comp forget} nothing is left to try with).
   */
  static String notCancelled(Deleted deleted, boolean again) {
    int n = deleted.kept().size();
    String it = n == 1 ? "it" : "they";
    return (n == 1 ? "I couldn't cancel a reminder" : "I couldn't cancel " + n + " reminders") + " in Slack just now "
        + "(" + why(deleted.error()) + "), so " + it + " may still arrive in the thread. " + (again
        ? "I'll try again with your next message here, or say \"cancel reminders\" to try now."
        : "If " + it + " do" + (n == 1 ? "es" : "") + ", there is nothing to do: " + it + " name" + (n == 1 ? "s" : "")
        + " no figure.");
  }

  /** Slack's error code in words where it has plain ones; the code itself otherwise, for the user to pass on. */
  static String why(String error) {
    return switch (error == null ? "" : error) {
      case "io_error" -> "Slack did not answer in time";
      case "ratelimited" -> "Slack asked me to slow down";
      case "time_too_far" -> "Slack schedules at most " + ReminderPlan.REACH.toDays() + " days ahead";
      case "time_in_past" -> "that time has passed";
      case "channel_not_found", "not_in_channel" -> "I can no longer post in this conversation";
      default -> error != null && error.startsWith("http_5") ? "Slack had a passing failure"
          : "Slack said " + error;
    };
  }

  private CompletableFuture<Void> tell(ConversationKey key, String text) {
    return delivery.inThread(key.channelId(), key.threadTs(), new Reply.Text(text)).thenApply(posted -> null);
  }

  /** The user's zone, or UTC when Slack gives none we can read (a 09:00 UTC reminder beats none). */
  private static ZoneId zone(String tz) {
    try {
      return tz == null ? ZoneOffset.UTC : ZoneId.of(tz);
    } catch (DateTimeException unknown) {
      LOG.info("unknown time zone from users.info; reminders use UTC");
      return ZoneOffset.UTC;
    }
  }
}
