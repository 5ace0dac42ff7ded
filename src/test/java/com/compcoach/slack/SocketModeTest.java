package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Coach;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.SocketModeStandIn;
import com.compcoach.standin.Team;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.StateBackend;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private static final Channel DM = Channel.of("D0PAT");

  private final ObjectMapper json = new ObjectMapper();
  private final Payloads payloads = new Payloads(json, Team.TEST);

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

  /** A peer's junk is a WARN line each, never an ERROR or an exception's frame, and the next envelope is answered. */
  @Test
  void junkFromThePeer_isWarnedOnceEachWithoutItsTextAndTheNextEnvelopeIsAnswered() throws Exception {
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
        new ch.qos.logback.core.read.ListAppender<>();
    lines.start();
    root.addAppender(lines);
    try {
      socketServer.awaitConnections(1, WITHIN);
      socketServer.send("{\"envelope_id\":\"env-j1\",\"type\":\"events_api\",\"payload\":\"185k base\"}");
      socketServer.send("{\"envelope_id\":\"env-j2\",\"type\":\"slash_commands\",\"payload\":[185000]}");
      socketServer.send("{\"envelope_id\":\"env-j3\",\"type\":\"events_api\",\"payload\":{185k");
      socketServer.send(envelope("env-after-junk"));

      socketServer.awaitReceived("env-after-junk", WITHIN);
      api.awaitPost(1);
    } finally {
      root.detachAppender(lines);
    }
    java.util.List<String> warned = new java.util.ArrayList<>();
    for (ch.qos.logback.classic.spi.ILoggingEvent line : lines.list) {
      assertTrue(line.getLevel().toInt() < ch.qos.logback.classic.Level.ERROR_INT && line.getThrowableProxy() == null,
          "no ERROR and no exception for the peer's junk: " + line.getFormattedMessage());
      assertTrue(!line.getFormattedMessage().contains("185"), line.getFormattedMessage());
      if (line.getFormattedMessage().contains("no envelope")) {
        warned.add(line.getFormattedMessage());
      }
    }
    assertEquals(3, warned.size(), warned.toString());
  }

  @Test
  void linkDisabled_stopsAsking_andHealthSaysWhy() throws Exception {
    socketServer.awaitConnections(1, WITHIN);
    int urlsBefore = api.calls("apps.connections.open").size();

    socketServer.send("{\"type\":\"disconnect\",\"reason\":\"link_disabled\",\"debug_info\":{\"host\":\"wss-1\"}}");

    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (app.health().read().ok() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
    }
    assertTrue(app.health().read().causes().getOrDefault("socket-mode", "").contains("link_disabled"),
        app.health().read().causes().toString());
    // The SDK reconnected within 2 s and every 5 s after: none in twice that.
    try {
      socketServer.awaitConnections(2, Duration.ofSeconds(10));
      throw new IllegalStateException("a new connection was opened after link_disabled");
    } catch (AssertionError expected) {
      assertEquals(urlsBefore, api.calls("apps.connections.open").size(), "no new URL asked for");
    }
  }

  /** Slack's warning that a refresh comes soon is no fault: nothing degraded, and what follows is answered once. */
  @Test
  void disconnectWarning_keepsAnsweringOnceAndHealthStaysOk() throws Exception {
    socketServer.awaitConnections(1, WITHIN);

    socketServer.send("{\"type\":\"disconnect\",\"reason\":\"warning\",\"debug_info\":{\"host\":\"wss-1\"}}");
    socketServer.send(envelope("env-after-warning"));

    socketServer.awaitReceived("env-after-warning", WITHIN);
    api.awaitPost(1);
    assertTrue(app.health().read().ok(), app.health().read().causes().toString());
    assertEquals(1, api.calls("chat.postMessage").size(), api.calls("chat.postMessage").toString());
  }

  private String envelope(String id) {
    return Fixtures.text("socket-envelope-slash-command.json", Map.of("envelope_id", id,
        "response_url", api.responseUrl("socket")));
  }

  /** A connection Slack drops in the middle of a thread: no turn lost, none answered twice. */
  @Test
  void dmThread_droppedBetweenTwoTurnsAndAnEnvelopeSentAgain_secondTurnKnowsTheFirstAndIsAnsweredOnce()
      throws Exception {
    socketServer.awaitConnections(1, WITHIN);
    String root = "1765000000.000100";
    socketServer.send(eventEnvelope("env-a", "EvTURN1", 0, payloads.message(DM, "ml-ai-engineer charlotte", root, null)));
    socketServer.awaitReceived("env-a", WITHIN);
    api.awaitPost(1);

    socketServer.send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"x\"}}");
    socketServer.awaitConnections(2, WITHIN);
    String second = eventEnvelope("env-b", "EvTURN2", 0, payloads.message(DM, "they offered 180k base", "1765000001.000100", root));
    socketServer.send(second);
    socketServer.awaitReceived("env-b", WITHIN);
    WebApiStandIn.Call reply = api.awaitPost(2);
    // Slack sends an envelope it saw no ack for again, on whichever connection is open, with retry_attempt 1.
    socketServer.send(eventEnvelope("env-b2", "EvTURN2", 1,
        payloads.message(DM, "they offered 180k base", "1765000001.000100", root)));
    socketServer.awaitReceived("env-b2", WITHIN);
    socketServer.send(eventEnvelope("env-c", "EvTURN3", 0, payloads.message(DM, "thanks", "1765000002.000100", root)));
    socketServer.awaitReceived("env-c", WITHIN);
    api.awaitPost(3);

    assertTrue(reply.params().get("blocks").contains("Base $180K is at 12% of the Charlotte band"), reply.params().get("blocks"));
    assertEquals(3, api.calls("chat.postMessage").size(), api.calls("chat.postMessage").toString());
  }

  private String eventEnvelope(String id, String eventId, int retry, com.fasterxml.jackson.databind.node.ObjectNode ev) {
    return "{\"envelope_id\":\"" + id + "\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
        + "\"retry_attempt\":" + retry + ",\"retry_reason\":\"" + (retry > 0 ? "timeout" : "") + "\",\"payload\":"
        + payloads.eventCallback(ev, eventId, System.currentTimeMillis() / 1000) + "}";
  }
}
