package com.compcoach.slack;

import java.time.Duration;
import java.util.List;

/** Each user's last few lookups ("ML/AI Engineer · Ally Financial · Charlotte, NC"), shown on their App Home. */
final class RecentLookups {

  static final int KEEP = 5;

  /** A lookup is a line of about 60 characters: 10,000 users' five take about 3 MB. */
  private final NewestFirst<String> lookups = new NewestFirst<>(KEEP, String::equals, String::length, 3_000_000,
      Duration.ofDays(30));

  /** Remembers a lookup, newest first, without repeats. */
  void add(String teamId, String userId, String lookup) {
    lookups.add(teamId, userId, lookup);
  }

  /** The user's lookups, newest first; empty when none. */
  List<String> of(String teamId, String userId) {
    return lookups.of(teamId, userId);
  }
}
