package com.compcoach.standin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A stand-in for Slack's Socket Mode endpoint on 127.0.0.1: greets each connection with {@code hello}, sends
 * envelopes to the newest connection, records the acks, and can ask the client to refresh its connection.
 */
public final class SocketModeStandIn implements AutoCloseable {

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final List<Session> sessions = new ArrayList<>();
  private final List<String> received = new ArrayList<>();

  /** Starts listening on a free port of 127.0.0.1. */
  public SocketModeStandIn() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(WebSocketUpgradeHandler.from(server, container ->
        container.addMapping("/link", (request, response, callback) -> new Endpoint(this))));
    server.start();
  }

  /** A fresh URL per connection, as {@code apps.connections.open} gives. */
  public String url() {
    return "ws://127.0.0.1:" + connector.getLocalPort() + "/link?ticket=" + System.nanoTime();
  }

  /** Waits (bounded) until {@code count} connections were opened; returns how many are open. */
  public synchronized int awaitConnections(int count, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (sessions.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("expected " + count + " Socket Mode connection(s), got " + sessions.size());
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return (int) sessions.stream().filter(Session::isOpen).count();
  }

  /** Sends a text frame to the newest connection. */
  public void send(String json) {
    Session newest;
    synchronized (this) {
      newest = sessions.get(sessions.size() - 1);
    }
    newest.sendText(json, Callback.NOOP);
  }

  /** Slack's periodic refresh: the client must open a new connection. */
  public void askToRefresh() {
    send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}");
  }

  /** Waits (bounded) for a message from the client containing {@code text}; returns it. */
  public synchronized String awaitReceived(String text, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      for (String message : received) {
        if (message.contains(text)) {
          return message;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no message containing " + text + " within " + within + "; got " + received);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  private synchronized void opened(Session session) {
    sessions.add(session);
    notifyAll();
  }

  private synchronized void got(String message) {
    received.add(message);
    notifyAll();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** One client connection; public because Jetty invokes its methods reflectively. */
  public static final class Endpoint extends Session.Listener.AbstractAutoDemanding {

    private final SocketModeStandIn server;

    Endpoint(SocketModeStandIn server) {
      this.server = server;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      super.onWebSocketOpen(session);
      server.opened(session);
      session.sendText("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\""
          + Team.TEST.appId() + "\"}}", Callback.NOOP);
    }

    @Override
    public void onWebSocketText(String message) {
      server.got(message);
    }
  }
}
