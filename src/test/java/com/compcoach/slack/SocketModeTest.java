package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Coach;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.compcoach.standin.SocketModeStandIn;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.StateBackend;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same app over Socket Mode, against stand-ins of Slack's Web API and Socket Mode endpoint on 127.0.0.1. */
class SocketModeTest {

  private static final Duration WITHIN = Duration.ofSeconds(15);

  private WebApiStandIn api;
  private SocketModeStandIn socketServer;
  private GuideLibrary library;
  private StateBackend state;
  private SlackApp app;
  private AutoCloseable socket;

  @BeforeEach
  void start() throws Exception {
    api = new WebApiStandIn();
    socketServer = new SocketModeStandIn();
    api.socketUrl(socketServer::url);
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_APP_TOKEN", "xapp-test-token");
    env.put("SLACK_API_URL", api.apiUrl());
    Clock clock = Clock.systemUTC();
    library = GuideLibrary.open(LibrarySource.seeds());
    state = StateBackend.inMemory(clock);
    app = new SlackApp(SlackSettings.from(env, SlackSettings.Mode.SOCKET), new Coach(library::catalog, clock), clock,
        state.conversations(), state.events(), new SlackMetrics(), Executors.newSingleThreadExecutor(),
        (wait, retry) -> retry.run());
    socket = app.connectSocketMode();
  }

  @AfterEach
  void stop() throws Exception {
    socket.close();
    app.close();
    state.close();
    library.close();
    socketServer.close();
    api.close();
  }

  @Test
  void slashCommandEnvelope_isAckedAndPostsTheSameCard() throws Exception {
    socketServer.awaitConnections(1, WITHIN);

    socketServer.send(envelope("env-1"));

    String ack = socketServer.awaitReceived("env-1", WITHIN);
    assertTrue(ack.contains("\"envelope_id\":\"env-1\""), ack);
    WebApiStandIn.Call card = api.awaitPost(1);
    assertEquals("C0OFFERS", card.params().get("channel"));
    assertTrue(card.params().get("blocks").contains("$173K–$233K"), card.params().get("blocks"));
  }

  @Test
  void refreshRequested_reconnectsAndKeepsAnswering() throws Exception {
    socketServer.awaitConnections(1, WITHIN);
    int urlsBefore = api.calls("apps.connections.open").size();

    socketServer.askToRefresh();
    socketServer.awaitConnections(2, WITHIN);
    socketServer.send(envelope("env-after-refresh"));

    socketServer.awaitReceived("env-after-refresh", WITHIN);
    api.awaitPost(1);
    assertTrue(api.calls("apps.connections.open").size() > urlsBefore, "a new URL was asked for the new connection");
  }

  private String envelope(String id) {
    return Fixtures.text("socket-envelope-slash-command.json", Map.of("envelope_id", id,
        "response_url", api.responseUrl("socket")));
  }
}
