package com.compcoach.slack;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work after an ack and logs a failure by its type and place only: an exception's message may quote the
 * user's text or figures, which never go to the logs.
 */
final class GuardedWork implements Executor {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedWork.class);

  private final Executor work;

  GuardedWork(Executor work) {
    this.work = work;
  }

  @Override
  public void execute(Runnable task) {
    work.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        logFailure(e);
      }
    });
  }

  /** Logs a failure of work after an ack by its type and place only; returns null for {@code exceptionally}. */
  static Void logFailure(Throwable failure) {
    Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    StackTraceElement[] trace = e.getStackTrace();
    LOG.error("work after an ack failed: {} at {}", e.getClass().getName(),
        trace.length == 0 ? "unknown place" : trace[0]);
    return null;
  }
}
