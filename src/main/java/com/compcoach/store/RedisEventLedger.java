package com.compcoach.store;

import com.compcoach.coach.EventLedger;
import com.compcoach.coach.StoreUnavailableException;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;

/**
 * Event ids claimed in Redis with {@code SET NX} and a time to live, so of all instances exactly one answers.
 *
 * <p>While Redis is down the claim falls back to this process's own ledger: retries to one instance are still
 * answered once, and the thread is told its memory is unavailable anyway.
 */
public final class RedisEventLedger implements EventLedger {

  private final RedisLink redis;
  private final Duration window;
  private final EventLedger fallback;

  public RedisEventLedger(RedisLink redis, Duration window, EventLedger fallback) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.window = Objects.requireNonNull(window, "window");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public boolean claim(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    try {
      String reply = redis.run(commands ->
          commands.set(RedisConversationStore.PREFIX + "event:" + eventId, "1", SetArgs.Builder.nx().px(window)));
      boolean claimed = "OK".equals(reply);
      // Remember it locally too, so a retry that arrives while Redis is down is still not answered twice.
      fallback.claim(eventId);
      return claimed;
    } catch (StoreUnavailableException e) {
      return fallback.claim(eventId);
    }
  }
}
