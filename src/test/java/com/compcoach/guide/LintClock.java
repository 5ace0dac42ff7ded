package com.compcoach.guide;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed days for tests about review dates. */
final class LintClock {

  /** The day the seeds' review date (2026-05-23) has passed. */
  static final Clock AFTER_REVIEW = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  private LintClock() {}
}
