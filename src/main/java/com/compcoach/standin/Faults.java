package com.compcoach.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/** What a test told the Web API stand-in to get wrong: a method's next error, its next rate limit, calls left hanging. */
final class Faults {

  /** What a call gets in place of its answer. */
  sealed interface Fault permits RateLimited, Failed {
    ObjectNode answer();
  }

  /** HTTP 429 with {@code Retry-After: seconds}. */
  record RateLimited(int seconds) implements Fault {
    @Override
    public ObjectNode answer() {
      return WebApiStandIn.error("ratelimited");
    }
  }

  /** Slack's error envelope with this code. */
  record Failed(String error) implements Fault {
    @Override
    public ObjectNode answer() {
      return WebApiStandIn.error(error);
    }
  }

  // A hung call is let go after this even without release(), so a forgotten hold cannot hang a build.
  private static final Duration LONGEST_HOLD = Duration.ofMinutes(1);

  private final Object lock = new Object();
  private final Map<String, Deque<Fault>> next = new HashMap<>();
  private BiPredicate<String, Map<String, String>> hold = (method, params) -> false;
  private int held;

  void failNext(String method, String error) {
    queue(method, new Failed(error));
  }

  void rateLimitNext(String method, int seconds) {
    queue(method, new RateLimited(seconds));
  }

  /** The method's next fault, used up. */
  Optional<Fault> next(String method) {
    synchronized (lock) {
      Deque<Fault> queued = next.get(method);
      return Optional.ofNullable(queued == null ? null : queued.poll());
    }
  }

  void hold(BiPredicate<String, Map<String, String>> which) {
    synchronized (lock) {
      hold = which;
    }
  }

  void release() {
    synchronized (lock) {
      hold = (method, params) -> false;
      lock.notifyAll();
    }
  }

  int held() {
    synchronized (lock) {
      return held;
    }
  }

  void awaitHeld(int count, Duration within) throws InterruptedException {
    synchronized (lock) {
      long deadline = System.nanoTime() + within.toNanos();
      while (held < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " held call(s) within " + within + ", got " + held);
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** Returns once the call is not held (at once for most). */
  void hang(String method, Map<String, String> params) {
    synchronized (lock) {
      if (!hold.test(method, params)) {
        return;
      }
      long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
      held++;
      lock.notifyAll();
      try {
        while (hold.test(method, params) && System.nanoTime() < deadline) {
          lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        held--;
      }
    }
  }

  private void queue(String method, Fault fault) {
    synchronized (lock) {
      next.computeIfAbsent(method, m -> new ArrayDeque<>()).add(fault);
    }
  }
}
