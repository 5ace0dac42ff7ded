package com.compcoach.slack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes connections that trickle: a connection that, for two checks in a row, received bytes but too few to be
 * at {@link BoltHandler#MIN_RATE} and completed no request meanwhile. The idle timeout cannot catch a sender that
 * writes one byte of its headers every few seconds (each byte resets it); the body has its own deadline
 * ({@link BoundedBody}), but headers arrive before any handler runs.
 */
final class TricklingConnections implements Connection.Listener {

  /** How often each connection is looked at; two windows in a row of trickling close it. */
  static final Duration WINDOW = Duration.ofSeconds(5);

  private final Scheduler scheduler;

  TricklingConnections(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void onOpened(Connection connection) {
    schedule(connection, connection.getMessagesIn(), connection.getBytesIn(), false);
  }

  private void schedule(Connection connection, long messages, long bytes, boolean trickledBefore) {
    scheduler.schedule(() -> check(connection, messages, bytes, trickledBefore), WINDOW.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void check(Connection connection, long messagesBefore, long bytesBefore, boolean trickledBefore) {
    if (!connection.getEndPoint().isOpen()) {
      return;
    }
    long messages = connection.getMessagesIn();
    long bytes = connection.getBytesIn();
    long received = bytes - bytesBefore;
    boolean trickled = messages == messagesBefore && received > 0
        && received < BoltHandler.MIN_RATE * WINDOW.toSeconds();
    if (trickled && trickledBefore) {
      connection.close();
      return;
    }
    schedule(connection, messages, bytes, trickled);
  }
}
