package com.compcoach.slack;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signatures of the genuine requests of the last few minutes, so that a captured request sent again inside
 * Slack's replay window (same timestamp, same signature, hence the same body) is answered once. Only requests whose
 * HMAC checked out are claimed, so the set holds at most what Slack itself sent in {@link SignedHeaders#WINDOW};
 * the timestamp check refuses anything older, which is when an entry can go.
 */
final class SeenSignatures {

  private static final long PRUNE_EVERY_SECONDS = 30;

  private final Clock clock;
  /** Signature to the epoch second after which its timestamp is outside the window, so a replay is refused anyway. */
  private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
  private final AtomicLong lastPrune = new AtomicLong();

  SeenSignatures(Clock clock) {
    this.clock = clock;
  }

  /** Claims the request: true the first time its signature is seen, false for a replay while the first is kept. */
  boolean claim(SignedHeaders headers) {
    long now = clock.instant().getEpochSecond();
    pruneNowAndThen(now);
    return seen.putIfAbsent(headers.signature(), headers.timestamp() + SignedHeaders.WINDOW.toSeconds()) == null;
  }

  /** Gives a claim back (its request was not answered), so that Slack's own retry of it is taken. */
  void release(SignedHeaders headers) {
    seen.remove(headers.signature());
  }

  private void pruneNowAndThen(long now) {
    long last = lastPrune.get();
    if (now - last >= PRUNE_EVERY_SECONDS && lastPrune.compareAndSet(last, now)) {
      seen.values().removeIf(until -> until < now);
    }
  }
}
