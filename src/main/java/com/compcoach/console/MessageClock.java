package com.compcoach.console;

import java.time.Clock;
import java.time.Instant;

/** Hands out Slack-style message timestamps ({@code seconds.micros}), strictly increasing, from an injected clock. */
final class MessageClock {

  private final Clock clock;
  private long lastMicros;

  MessageClock(Clock clock) {
    this.clock = clock;
  }

  /** A new ts; Slack uses ts as a message id, so two messages in the same microsecond still get distinct ones. */
  synchronized String nextTs() {
    Instant now = clock.instant();
    long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
    lastMicros = Math.max(micros, lastMicros + 1);
    return String.format("%d.%06d", lastMicros / 1_000_000L, lastMicros % 1_000_000L);
  }

  /** Epoch seconds now, for request timestamps. */
  long epochSecond() {
    return clock.instant().getEpochSecond();
  }
}
