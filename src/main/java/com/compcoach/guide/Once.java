package com.compcoach.guide;

import java.util.function.Supplier;

/** A value worked out once, on first use, by whichever thread asks first; the same value on every call after. */
public final class Once<T> implements Supplier<T> {

  private final Supplier<T> work;
  private T value;

  private Once(Supplier<T> work) {
    this.work = work;
  }

  /** The value {@code work} gives, worked out when first asked for. */
  public static <T> Once<T> of(Supplier<T> work) {
    return new Once<>(work);
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      value = work.get();
    }
    return value;
  }
}
