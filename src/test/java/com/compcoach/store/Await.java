package com.compcoach.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition with a bound, polling briefly, so tests never sleep a fixed time. */
public final class Await {

  private Await() {}

  /** The first non-null value {@code probe} gives within {@code bound}; fails the test when time runs out. */
  public static <T> T value(Duration bound, Supplier<T> probe) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + bound);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }
}
