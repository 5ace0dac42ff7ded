package com.compcoach.store;

import com.compcoach.coach.EventLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.h2.mvstore.MVMap;

/**
 * Event ids claimed in the embedded store's file, so a retry that Slack sends after a crash or restart is still
 * answered once. A claim is written at once and reaches the disk with the turn it belongs to (the turn's save
 * commits everything written before it) or within {@link com.compcoach.coach.ConversationStore#SOON}.
 *
 * <p>Ids are kept in two generations of {@code window} each: claims go to the current one, and the one before
 * it is still consulted. When a generation ends, the older map is cleared whole, which costs the same however many
 * ids it held, so forgetting old ids never scans them. Each id is remembered for at least {@code window}.
 */
final class MvEventLedger implements EventLedger {

  private final MVMap<String, Long> generations;
  private final MVMap<String, Boolean>[] claimed;
  private final Clock clock;
  private final long windowMillis;
  /** The generation the maps were last made to hold; claims in it need no lock. */
  private volatile long settled = Long.MIN_VALUE;

  /**
   * @param generations which generation each of the two maps holds (keys "0" and "1")
   * @param claimed     the two maps of claimed ids
   */
  MvEventLedger(MVMap<String, Long> generations, MVMap<String, Boolean>[] claimed, Clock clock, Duration window) {
    this.generations = Objects.requireNonNull(generations, "generations");
    this.claimed = claimed.clone();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.windowMillis = window.toMillis();
  }

  @Override
  public boolean claim(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    long generation = clock.millis() / windowMillis;
    if (generation != settled) {
      settle(generation);
    }
    // Between rollovers claims take no lock: MVMap's putIfAbsent is atomic, and every turn claims (a lock for all
    // threads here showed as contention under load).
    if (claimed[Math.floorMod(generation - 1, 2)].containsKey(eventId)) {
      return false;
    }
    return claimed[Math.floorMod(generation, 2)].putIfAbsent(eventId, Boolean.TRUE) == null;
  }

  /** Makes the two maps hold {@code generation} and the one before it: once per window, under a lock. */
  private synchronized void settle(long generation) {
    if (generation != settled) {
      holding(generation);
      holding(generation - 1);
      settled = generation;
    }
  }

  /** The map of {@code generation}, cleared first if it still held an older one. */
  private MVMap<String, Boolean> holding(long generation) {
    String slot = Long.toString(Math.floorMod(generation, 2));
    MVMap<String, Boolean> map = claimed[Math.floorMod(generation, 2)];
    Long held = generations.get(slot);
    if (held == null || held != generation) {
      map.clear();
      generations.put(slot, generation);
    }
    return map;
  }
}
