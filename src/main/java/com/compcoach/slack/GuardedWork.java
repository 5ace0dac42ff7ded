package com.compcoach.slack;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work after an ack on the shared workers: up to a backlog of admitted tasks it queues them; beyond it it
 * refuses at once (the listener tells Slack to come back later), or for work that Slack will not send again (a
 * command) waits a bounded time for room first. A failure is logged by its type and place only: an exception's
 * message may quote the user's text or figures, which never go to the logs.
 */
final class GuardedWork implements Executor {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedWork.class);

  private final Executor workers;
  private final Duration roomWait;
  private final SlackMetrics metrics;
  /** One permit per task that may wait or run. */
  private final Semaphore room;

  /**
   * @param workers  runs the tasks; its queue must take whatever is admitted (unbounded), so no caller ever blocks
   * @param backlog  how many admitted tasks may wait or run at once before new ones are refused
   * @param roomWait how long {@link #executeOrWait} waits for room in a full backlog before refusing
   */
  GuardedWork(Executor workers, int backlog, Duration roomWait, SlackMetrics metrics) {
    this.workers = workers;
    // Fair: under a burst, commands get room in the order they came, so no ack waits while later ones pass it.
    this.room = new Semaphore(backlog, true);
    this.roomWait = roomWait;
    this.metrics = metrics;
  }

  /**
   * Admits and queues a task.
   *
   * @throws RejectedExecutionException at once when the backlog is full: the caller answers "busy", never waits
   */
  @Override
  public void execute(Runnable task) {
    admit();
    queue(task);
  }

  /**
   * Admits and queues a task, waiting up to the room wait for room when the backlog is full: the caller's ack waits
   * (bounded) instead of the work being refused, so a burst of commands is answered late rather than not at all.
   *
   * @throws RejectedExecutionException when no room came in time
   */
  void executeOrWait(Runnable task) {
    boolean admitted;
    try {
      admitted = room.tryAcquire(roomWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      metrics.refused();
      throw new RejectedExecutionException("no room in the work backlog in time");
    }
    queue(task);
  }

  private void queue(Runnable task) {
    try {
      workers.execute(() -> {
        try {
          logging(task).run();
        } finally {
          release();
        }
      });
    } catch (RejectedExecutionException e) {
      release();
      throw e;
    }
  }

  /** Counts one more piece of admitted work, or refuses it when the backlog is full. */
  void admit() {
    if (!room.tryAcquire()) {
      metrics.refused();
      throw new RejectedExecutionException("the work backlog is full");
    }
  }

  /** Ends a piece of admitted work. */
  void release() {
    room.release();
  }

  /** Runs a further step of work already admitted (a retry, a thread's next turn): it is never refused. */
  void resume(Runnable step) {
    workers.execute(logging(step));
  }

  /** The task, with any failure logged by {@link #logFailure} instead of thrown. */
  static Runnable logging(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        logFailure(e);
      }
    };
  }

  /** Logs a failure of work after an ack by its type and place only; returns null for {@code exceptionally}. */
  static Void logFailure(Throwable failure) {
    Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    StackTraceElement[] trace = e.getStackTrace();
    LOG.error("work after an ack failed: {} at {}", e.getClass().getName(),
        trace.length == 0 ? "unknown place" : trace[0]);
    return null;
  }
}
