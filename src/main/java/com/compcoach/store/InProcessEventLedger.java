package com.compcoach.store;

import com.compcoach.coach.EventLedger;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;

/** Event ids answered by this process, remembered for a window (Slack retries within minutes). */
public final class InProcessEventLedger implements EventLedger {

  /** Slack retries an event three times over about five minutes; ten minutes covers them with room to spare. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

  private final Cache<String, Boolean> claimed;

  public InProcessEventLedger(Duration window, Ticker ticker) {
    Objects.requireNonNull(window, "window");
    this.claimed = Caffeine.newBuilder()
        .expireAfterWrite(window)
        .maximumSize(1_000_000)
        .ticker(Objects.requireNonNull(ticker, "ticker"))
        .build();
  }

  /** The default ten-minute window on the system ticker. */
  public InProcessEventLedger() {
    this(DEFAULT_WINDOW, Ticker.systemTicker());
  }

  @Override
  public boolean claim(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return claimed.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
  }
}
