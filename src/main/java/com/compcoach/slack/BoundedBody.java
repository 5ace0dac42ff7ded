package com.compcoach.slack;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's body without holding a thread while it arrives: what is there is taken at once, and the rest is
 * asked for with a demand callback. It stops at a size cap (never buffering more) and at a deadline, which is how a
 * minimum data rate is enforced on senders that trickle.
 */
final class BoundedBody {

  /** How reading a body ended: all of it, or why not. */
  sealed interface Outcome permits Complete, Refused {}

  /** The whole body, as it arrived. */
  record Complete(byte[] bytes) implements Outcome {}

  /** The body was not taken. */
  enum Refused implements Outcome {
    /** It grew past the cap; the rest was never read. */
    TOO_LARGE,
    /** It did not arrive by the deadline. */
    TOO_SLOW,
    /** The connection failed while it arrived. */
    BROKEN
  }

  private static final int FIRST_BUFFER = 8 * 1024;

  private final Request request;
  private final int cap;
  private final Consumer<Outcome> then;
  private final AtomicBoolean done = new AtomicBoolean();
  private final long startNanos = System.nanoTime();
  private final Duration within;
  private byte[] bytes;
  private int size;
  /** Set when the body first has to be waited for; null while it came whole (nearly always, from Slack). */
  private volatile Scheduler.Task deadline;

  private BoundedBody(Request request, int cap, Duration within, Consumer<Outcome> then) {
    this.request = request;
    this.cap = cap;
    this.within = within;
    this.then = then;
  }

  /**
   * Starts reading; {@code then} is called exactly once, on the thread that read the last bytes or on the server's
   * scheduler when the deadline passes. A request whose declared length is over the cap must be refused before this.
   */
  static void read(Request request, int cap, Duration within, Consumer<Outcome> then) {
    BoundedBody body = new BoundedBody(request, cap, within, then);
    long declared = request.getLength();
    body.bytes = new byte[declared >= 0 ? (int) Math.min(declared, cap) : Math.min(FIRST_BUFFER, cap)];
    body.readAvailable();
  }

  /**
   * Starts the clock's alarm at the first wait, for what is left of the time since the start: a body that came with
   * its headers schedules nothing (a timer set and cancelled per request woke the scheduler's thread a third of the
   * time, profiled under load).
   */
  private void awaitMore() {
    if (deadline == null) {
      long left = within.toNanos() - (System.nanoTime() - startNanos);
      deadline = request.getComponents().getScheduler()
          .schedule(() -> finish(Refused.TOO_SLOW), Math.max(0, left), TimeUnit.NANOSECONDS);
    }
    request.demand(this::readAvailable);
  }

  private void readAvailable() {
    while (!done.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        awaitMore();
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        finish(Refused.BROKEN);
        return;
      }
      ByteBuffer buffer = chunk.getByteBuffer();
      int n = buffer.remaining();
      if (n > cap - size) {
        chunk.release();
        finish(Refused.TOO_LARGE);
        return;
      }
      if (size + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(cap, Math.max(size + n, 2L * bytes.length)));
      }
      buffer.get(bytes, size, n);
      size += n;
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        finish(new Complete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size)));
        return;
      }
    }
  }

  private void finish(Outcome outcome) {
    if (done.compareAndSet(false, true)) {
      Scheduler.Task alarm = deadline;
      if (alarm != null) {
        alarm.cancel();
      }
      then.accept(outcome);
    }
  }
}
