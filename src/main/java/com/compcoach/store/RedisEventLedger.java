package com.compcoach.store;

import com.compcoach.coach.EventLedger;
import com.compcoach.coach.StoreUnavailableException;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

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
    String key = RedisConversationStore.PREFIX + "event:" + eventId;
    // This claim's own mark: a SET that timed out may still have been done, and the mark then says whose it was.
    String mark = UUID.randomUUID().toString();
    try {
      return set(eventId, key, mark);
    } catch (StoreUnavailableException e) {
      return afterFailedSet(eventId, key, mark);
    }
  }

  private boolean set(String eventId, String key, String mark) {
    boolean claimed = "OK".equals(redis.run(commands -> commands.set(key, mark, SetArgs.Builder.nx().px(window))));
    // Remember it locally too, so a retry that arrives while Redis is down is still not answered twice.
    fallback.claim(eventId);
    return claimed;
  }

  /**
   * The claim once its SET failed. A slow Redis (the SET timed out) may have done it, or another instance's: read
   * back who holds the id, on the same connection, so behind our SET. Falling back to this process's ledger then
   * would let two instances answer one event under load. Only when Redis cannot be read either is it down, and the
   * local ledger decides.
   */
  private boolean afterFailedSet(String eventId, String key, String mark) {
    try {
      String holder = redis.run(commands -> commands.get(key));
      if (holder == null) {
        return set(eventId, key, mark); // our SET never reached Redis, nor anyone else's: once more
      }
      fallback.claim(eventId);
      return holder.equals(mark);
    } catch (StoreUnavailableException down) {
      return fallback.claim(eventId);
    }
  }
}
