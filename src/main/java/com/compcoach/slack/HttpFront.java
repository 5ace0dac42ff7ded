package com.compcoach.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The one Jetty 12 server: {@code /slack/events}, {@code /healthz}, {@code /metrics}, plus whatever routes others
 * mount beside them (the local console). Each route is a path and a handler that declines paths not its own.
 */
public final class HttpFront implements AutoCloseable {

  private final SlackApp app;
  private final Server server;
  private final ServerConnector connector;

  /**
   * @param host   the interface to bind ("0.0.0.0" in production, "127.0.0.1" in tests and the console)
   * @param port   0 picks a free port; see {@link #port()}
   * @param routes path to handler, tried in order after the app's own
   */
  public HttpFront(SlackApp app, String host, int port, Map<String, Handler> routes) {
    this.app = app;
    Map<String, Handler> all = new LinkedHashMap<>();
    all.put(BoltHandler.PATH, app.boltHandler());
    all.put(HealthHandler.HEALTH, app.healthHandler());
    routes.forEach(all::putIfAbsent);
    // Enough threads for acks under load on two cores; listeners hand slow work to the app's executor.
    QueuedThreadPool threads = new QueuedThreadPool(64, 8);
    threads.setName("http");
    this.server = new Server(threads);
    this.connector = new ServerConnector(server, 1, 1);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    List<Handler> handlers = new ArrayList<>(all.values());
    server.setHandler(new Handler.Sequence(handlers));
  }

  /**
   * Starts listening, then starts the app (its one {@code auth.test} may go to a stand-in mounted here).
   *
   * @throws IllegalStateException in one line when Slack refuses the bot token; the server is stopped again
   */
  public HttpFront start() throws Exception {
    server.start();
    try {
      app.start();
    } catch (IllegalStateException e) {
      server.stop();
      throw e;
    }
    return this;
  }

  /** The bound port (the chosen one when 0 was asked for). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
