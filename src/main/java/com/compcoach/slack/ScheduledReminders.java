package com.compcoach.slack;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ReminderPlan;
import com.compcoach.coach.Reminders;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Reply;
import java.time.Clock;
import java.time.DateTimeException;
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
 * schedules the day-before and morning-of reminders in the user's time zone; "cancel reminders" (or a new deadline,
 * or "start over") deletes them. Only their ids are stored, as "channel/id", so {@code /comp forget} can delete them
 * too. Runs in the thread's turn order, after the reply, so two messages never schedule twice.
 */
final class ScheduledReminders {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledReminders.class);
  private static final Reply UNSEEN = new Reply.Text("");

  private final WebApi api;
  private final Conversations conversations;
  private final Clock clock;

  ScheduledReminders(WebApi api, Conversations conversations, Clock clock) {
    this.api = api;
    this.conversations = conversations;
    this.clock = clock;
  }

  /**
   * After a turn of the thread, with the conversation it saved: schedules or deletes what it now asks for, and
   * records the ids. Nothing to do (the usual case) costs nothing: no call, no write.
   */
  CompletableFuture<Void> follow(ConversationKey key, String userId, Conversation c) {
    Reminders r = c == null ? Reminders.NONE : c.remindersOrNone();
    if (r.toSchedule() && c.terms() != null && c.terms().deadline() != null) {
      return schedule(key, userId, c);
    }
    if (r.toDelete()) {
      return delete(r.scheduled()).thenCompose(all -> record(key, userId, List.of(), false));
    }
    return CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<Void> schedule(ConversationKey key, String userId, Conversation c) {
    return api.timeZone(userId).thenCompose(tz -> {
      List<ReminderPlan.Reminder> plan = ReminderPlan.reminders(c.terms().deadlineDate(), zone(tz), clock.instant());
      List<String> ids = new ArrayList<>();
      CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
      for (ReminderPlan.Reminder reminder : plan) {
        chain = chain.thenCompose(x -> api.schedule(key.channelId(), key.threadTs(), reminder.postAt(),
            reminder.text()).thenAccept(id -> {
              if (id != null) {
                ids.add(key.channelId() + "/" + id);
              }
            }));
      }
      return chain.thenCompose(x -> record(key, userId, ids, true));
    });
  }

  /** Stores the ids; if the user cancelled meanwhile the new ones are deleted at once instead. */
  private CompletableFuture<Void> record(ConversationKey key, String userId, List<String> ids, boolean wanted) {
    AtomicReference<List<String>> orphans = new AtomicReference<>(List.of());
    return conversations.take(key, userId, c -> {
      Reminders now = c.remindersOrNone();
      if (wanted && !now.wanted()) {
        orphans.set(ids);
        return new Turn(c.withReminders(new Reminders(false, now.scheduled())), UNSEEN);
      }
      return new Turn(c.withReminders(new Reminders(wanted, ids)), UNSEEN);
    }).thenCompose(ignored -> delete(orphans.get())).thenApply(all -> null);
  }

  /** Deletes scheduled messages by their "channel/id"; what Slack already sent or dropped is gone either way. */
  CompletableFuture<Boolean> delete(List<String> scheduled) {
    CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
    for (String one : scheduled) {
      int slash = one.indexOf('/');
      if (slash <= 0) {
        continue;
      }
      chain = chain.thenCompose(ok -> api.deleteScheduled(one.substring(0, slash), one.substring(slash + 1))
          .thenApply(deleted -> ok && deleted));
    }
    return chain;
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
