package com.compcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Each user's last few things, newest first, without repeats, in memory: bounded per user ({@code keep}), in all
 * (by {@code weight}) and in time ({@code life} since the user's last add or look), so what users leave behind goes
 * on its own.
 */
final class NewestFirst<T> {

  private final int keep;
  private final BiPredicate<T, T> same;
  private final Cache<String, List<T>> byUser;

  /**
   * @param same      whether a new item repeats an older one, which it then replaces
   * @param weight    an item's weight against {@code maxWeight}
   * @param maxWeight the weight of every user's items together before the least recently used users' go
   */
  NewestFirst(int keep, BiPredicate<T, T> same, ToIntFunction<T> weight, long maxWeight, Duration life) {
    this.keep = keep;
    this.same = same;
    this.byUser = Caffeine.newBuilder()
        .maximumWeight(maxWeight)
        .weigher((String user, List<T> items) -> 1 + items.stream().mapToInt(weight).sum())
        .expireAfterAccess(life)
        .executor(Runnable::run)
        .build();
  }

  /** Puts {@code item} first, dropping an older one it repeats and the oldest beyond {@code keep}. */
  void add(String teamId, String userId, T item) {
    String key = key(teamId, userId);
    List<T> current = byUser.getIfPresent(key);
    if (current != null && !current.isEmpty() && current.get(0).equals(item)) {
      // The same thing again (a user re-running a lookup): nothing to write, so workers answering one busy user
      // do not queue on one entry's lock. The read keeps the entry alive.
      return;
    }
    byUser.asMap().compute(key, (k, old) -> {
      List<T> next = new ArrayList<>(keep);
      next.add(item);
      if (old != null) {
        old.stream().filter(o -> !same.test(o, item)).limit(keep - 1L).forEach(next::add);
      }
      return List.copyOf(next);
    });
  }

  /** The user's items, newest first; empty when none. */
  List<T> of(String teamId, String userId) {
    List<T> found = byUser.getIfPresent(key(teamId, userId));
    return found == null ? List.of() : found;
  }

  /** Drops the user's items that {@code which} picks; returns how many went. */
  int remove(String teamId, String userId, Predicate<T> which) {
    int[] removed = {0};
    byUser.asMap().computeIfPresent(key(teamId, userId), (key, old) -> {
      List<T> left = old.stream().filter(which.negate()).toList();
      removed[0] = old.size() - left.size();
      return left.isEmpty() ? null : left;
    });
    return removed[0];
  }

  private static String key(String teamId, String userId) {
    return teamId + ":" + userId;
  }
}
