package com.compcoach.store;

import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.EventLedger;
import com.compcoach.health.Health;
import java.time.Clock;
import java.util.Objects;

/** The conversation store and event ledger the app runs on, chosen from {@link StoreSettings}; close on exit. */
public record StateBackend(ConversationStore conversations, EventLedger events, AutoCloseable resources)
    implements AutoCloseable {

  public StateBackend {
    Objects.requireNonNull(conversations, "conversations");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(resources, "resources");
  }

  /**
   * Redis when {@code REDIS_URL} is set (shared by every instance), otherwise the embedded MVStore under
   * {@code STATE_DIR}, which keeps the event ledger in the same file (one instance per {@code STATE_DIR}).
   *
   * @throws IllegalStateException naming the file when the embedded store cannot be opened
   */
  public static StateBackend open(StoreSettings settings, Clock clock) {
    if (settings.redisUrl().isPresent()) {
      RedisLink link = new RedisLink(settings.redisUrl().get());
      return new StateBackend(
          new RedisConversationStore(link, clock, settings.conversationTtl()),
          new RedisEventLedger(link, InProcessEventLedger.DEFAULT_WINDOW, new InProcessEventLedger()),
          link);
    }
    MvConversationStore store = MvConversationStore.open(settings.stateDir(), clock, settings.conversationTtl());
    return new StateBackend(store, store.eventLedger(InProcessEventLedger.DEFAULT_WINDOW), () -> { });
  }

  /** Everything in this process only; nothing survives a restart (tests, the local console). */
  public static StateBackend inMemory(Clock clock) {
    return new StateBackend(new InMemoryConversationStore(clock), new InProcessEventLedger(), () -> { });
  }

  /**
   * Lets {@code health} ask whether the store answers: Redis, which may be unreachable while the app runs, says
   * {@code unavailable} with its host and port until it answers again; the embedded store is a file this process
   * holds open, and an in-memory one cannot be unreachable.
   */
  public void reportTo(Health health) {
    if (resources instanceof RedisLink link) {
      health.watch("store", link::trouble);
      link.trouble(); // asked at once, so a Redis down at the start is said before the first request finds it
    }
  }

  /** One line for the startup log: which store, where, and for how long. */
  public String describe() {
    return "conversations: " + conversations.describe();
  }

  @Override
  public void close() {
    conversations.close();
    try {
      resources.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing the state backend failed: " + e.getMessage(), e);
    }
  }
}
