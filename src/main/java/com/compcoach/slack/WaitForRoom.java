package com.compcoach.slack;

import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What a full pool does with one more task: the submitter waits a bounded time for room in the queue, then runs the
 * task itself. Under load every ack then waits a little (the queue drains at the pace the app keeps), instead of a few
 * acks each doing a whole card inline, which made the slowest acks 10x the median. A pool that is shutting down
 * runs the task in the caller too, so a card posted during a stop still gets its conversation saved.
 */
final class WaitForRoom implements RejectedExecutionHandler {

  private final long waitMillis;

  /** @param waitMillis how long a submitter waits for room before doing the task itself */
  WaitForRoom(long waitMillis) {
    this.waitMillis = waitMillis;
  }

  @Override
  public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
    if (!pool.isShutdown()) {
      try {
        if (pool.getQueue().offer(task, waitMillis, TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    task.run();
  }
}
