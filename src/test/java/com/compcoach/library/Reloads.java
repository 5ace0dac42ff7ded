package com.compcoach.library;

import com.compcoach.guide.GuideCatalog;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The catalogs a library's reloads publish, for a test to wait on within a bound rather than sleep. */
final class Reloads implements Consumer<GuideCatalog> {

  private static final Duration BOUND = Duration.ofSeconds(20);

  private final LinkedBlockingQueue<GuideCatalog> published = new LinkedBlockingQueue<>();

  @Override
  public void accept(GuideCatalog catalog) {
    published.add(catalog);
  }

  /** Waits (20 s at most) for a reload whose catalog passes the check; an editor's burst may bring several. */
  GuideCatalog await(Predicate<GuideCatalog> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (System.nanoTime() < deadline) {
      GuideCatalog next = published.poll(1, TimeUnit.SECONDS);
      if (next != null && wanted.test(next)) {
        return next;
      }
    }
    throw new AssertionError("no such reload within " + BOUND.toSeconds() + " s");
  }

  /** The next catalog published within {@code wait}, or null: a bounded pause for a condition checked elsewhere. */
  GuideCatalog poll(Duration wait) throws InterruptedException {
    return published.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }
}
