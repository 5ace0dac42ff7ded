package com.compcoach.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The public port ({@code /slack/events}, {@code /healthz}, plus whatever routes others mount beside them, such as
 * the local console) and, when asked for, the management port ({@code /metrics}, {@code /healthz}) as a server of
 * its own, so that neither traffic nor an attack on the one reaches the other. Each route is a path and a handler
 * that declines paths not its own.
 *
 * <p>The public port is sized for hostile callers (see docs/operations.md): bodies are read without holding a thread
 * ({@link BoltHandler}), so threads only ever wait for signed work; connections that trickle their headers are closed
 * ({@link TricklingConnections}); idle connections go after {@link #IDLE_TIMEOUT}
 * (after {@link #IDLE_TIMEOUT_AT_LIMIT} once {@link #MAX_CONNECTIONS} are open); and every error is a short JSON
 * object ({@link JsonErrors}).
 */
public final class HttpFront implements AutoCloseable {

  /** Threads of the public port: signed requests need one each only while Bolt runs them, a few milliseconds. */
  static final int THREADS = 64;
  /** Open connections the public port holds; past it the OS's accept queue waits until one closes. */
  static final int MAX_CONNECTIONS = 512;
  /** A connection that sends nothing for this long is closed; Slack sends each request at once. */
  static final long IDLE_TIMEOUT = 10_000;
  /** The idle timeout while the connection limit is reached, so that idle holders make room fast. */
  static final long IDLE_TIMEOUT_AT_LIMIT = 1_000;
  /** Request line and headers; Slack's are well under 2 KB. */
  static final int MAX_HEADERS = 8 * 1024;

  private final SlackApp app;
  private final Server server;
  private final ServerConnector connector;
  private final Server management;
  private final ServerConnector managementConnector;

  /**
   * The public port alone ({@code /metrics} is nowhere; the local console and tests use this).
   *
   * @param host   the interface to bind ("0.0.0.0" in production, "127.0.0.1" in tests and the console)
   * @param port   0 picks a free port; see {@link #port()}
   * @param routes path to handler, tried in order after the app's own
   */
  public HttpFront(SlackApp app, String host, int port, Map<String, Handler> routes) {
    this(app, host, port, null, routes);
  }

  /**
   * The public port and the management port.
   *
   * @param managementAt where {@code /metrics} is served, or null for nowhere
   */
  public HttpFront(SlackApp app, String host, int port, ManagementAddress managementAt, Map<String, Handler> routes) {
    this.app = app;
    Map<String, Handler> all = new LinkedHashMap<>();
    all.put(BoltHandler.PATH, app.boltHandler());
    all.put(HealthHandler.HEALTH, app.healthHandler());
    routes.forEach(all::putIfAbsent);
    CacheLines.settle();
    QueuedThreadPool threads = new QueuedThreadPool(THREADS, 8);
    threads.setName("http");
    this.server = new Server(threads);
    this.connector = connector(server, host, port);
    connector.setIdleTimeout(IDLE_TIMEOUT);
    NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, connector);
    limit.setEndPointIdleTimeout(IDLE_TIMEOUT_AT_LIMIT);
    server.addBean(limit);
    connector.addBean(new TricklingConnections(server.getScheduler()));
    server.setHandler(new Handler.Sequence(new ArrayList<>(all.values())));
    if (managementAt == null) {
      this.management = null;
      this.managementConnector = null;
    } else {
      // Its own few threads: a scrape is answered even while the public port is flooded.
      QueuedThreadPool few = new QueuedThreadPool(6, 2);
      few.setName("management");
      this.management = new Server(few);
      this.managementConnector = connector(management, managementAt.host(), managementAt.port());
      // A route of its own: a Jetty handler belongs to one server.
      management.setHandler(new Handler.Sequence(List.of(app.metricsHandler(), HealthHandler.route(app.health()))));
    }
  }

  private static ServerConnector connector(Server server, String host, int port) {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setRequestHeaderSize(MAX_HEADERS);
    // Handle a request as soon as its headers are in, so that a bad signature is refused before any body arrives.
    http.setDelayDispatchUntilContent(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setErrorHandler(new JsonErrors());
    return connector;
  }

  /**
   * Starts listening, then starts the app (its one {@code auth.test} may go to a stand-in mounted here); a token
   * that does not work leaves the app running and {@code /healthz} degraded (see {@link SlackApp#start}). When a
   * part fails to start, the server is stopped again.
   */
  public HttpFront start() throws Exception {
    server.start();
    try {
      if (management != null) {
        management.start();
      }
      app.start();
    } catch (Exception e) {
      close();
      throw e;
    }
    return this;
  }

  /** The bound port (the chosen one when 0 was asked for). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The bound management port, or -1 when there is none. */
  public int managementPort() {
    return managementConnector == null ? -1 : managementConnector.getLocalPort();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    try {
      server.stop();
    } finally {
      if (management != null) {
        management.stop();
      }
    }
  }
}
