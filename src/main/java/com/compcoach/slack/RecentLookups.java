package com.compcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;

/** Each user's last few lookups ("ML/AI Engineer · Ally Financial · Charlotte, NC"), shown on their App Home. */
final class RecentLookups {

  static final int KEEP = 5;

  private final Cache<String, List<String>> byUser = Caffeine.newBuilder().maximumSize(10_000).build();

  /** Remembers a lookup, newest first, without repeats. */
  void add(String teamId, String userId, String lookup) {
    byUser.asMap().compute(teamId + ":" + userId, (key, old) -> {
      if (old != null && !old.isEmpty() && old.get(0).equals(lookup)) {
        return old; // the same lookup again, as a team checking one role does: nothing to copy
      }
      List<String> next = new ArrayList<>(KEEP);
      next.add(lookup);
      if (old != null) {
        old.stream().filter(o -> !o.equals(lookup)).limit(KEEP - 1).forEach(next::add);
      }
      return List.copyOf(next);
    });
  }

  /** The user's lookups, newest first; empty when none. */
  List<String> of(String teamId, String userId) {
    List<String> found = byUser.getIfPresent(teamId + ":" + userId);
    return found == null ? List.of() : found;
  }
}
