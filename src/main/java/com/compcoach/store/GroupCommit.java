package com.compcoach.store;

import com.compcoach.coach.StoreUnavailableException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Makes numbered writes durable in batches, on a thread of its own: while one commit and fsync run, later writes
 * gather, and the next commit carries all of them. Nobody waits holding a worker: each write gets a future that
 * completes once it is on disk, so the turns in flight are not limited by the threads that compute them.
 */
final class GroupCommit implements AutoCloseable {

  private final MVStore store;
  private final LongSupplier written;
  private final Thread syncer;
  private final List<Waiter> waiting = new ArrayList<>();
  private long durable;
  private boolean closed;

  private record Waiter(long write, CompletableFuture<Void> done) {}

  /** @param written the number of the last write put in the store's maps (all earlier ones are there too) */
  GroupCommit(MVStore store, LongSupplier written) {
    this.store = store;
    this.written = written;
    this.syncer = new Thread(this::run, "state-sync");
    syncer.setDaemon(true);
    syncer.start();
  }

  /** Completes once write number {@code write} is committed and fsynced (or fails if the disk refuses). */
  synchronized CompletableFuture<Void> durable(long write) {
    if (durable >= write) {
      return CompletableFuture.completedFuture(null);
    }
    if (closed) {
      return CompletableFuture.failedFuture(new StoreUnavailableException("the store is closed", null));
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    waiting.add(new Waiter(write, done));
    notifyAll();
    return done;
  }

  private void run() {
    while (true) {
      synchronized (this) {
        while (waiting.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            closed = true;
          }
        }
        if (closed && waiting.isEmpty()) {
          return;
        }
      }
      long upTo = written.getAsLong();
      RuntimeException failure = null;
      try {
        // commit() hands the chunk to the OS (enough for kill -9); sync() forces it to the disk (power loss).
        store.commit();
        store.sync();
      } catch (MVStoreException | IllegalStateException e) {
        failure = new StoreUnavailableException("commit failed: " + e.getClass().getSimpleName(), e);
      }
      settle(upTo, failure);
    }
  }

  /** Completes every waiter the commit covered, or fails them all when it failed. */
  private void settle(long upTo, RuntimeException failure) {
    List<CompletableFuture<Void>> covered = new ArrayList<>();
    synchronized (this) {
      if (failure == null) {
        durable = Math.max(durable, upTo);
      }
      for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
        Waiter waiter = it.next();
        if (failure != null || waiter.write() <= durable) {
          covered.add(waiter.done());
          it.remove();
        }
      }
    }
    for (CompletableFuture<Void> done : covered) {
      if (failure == null) {
        done.complete(null);
      } else {
        done.completeExceptionally(failure);
      }
    }
  }

  /** Commits what is waiting, then stops the thread. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      syncer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
