package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Coach;
import com.compcoach.health.Health;
import com.compcoach.standin.Form;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.StateBackend;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A start that survives setup: over real sockets, the app with a missing, refused or unreachable token still answers
 * Slack's signed URL check, says the real cause on {@code /healthz}, and does nothing else until Slack accepts it.
 */
class TokenGateTest {

  private static final String CHALLENGE = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";

  @Test
  void start_noToken_answersSignedUrlCheckAndHealthzSaysTokenIsNotSet() throws Exception {
    try (SlackHarness slack = new SlackHarness(Map.of("SLACK_BOT_TOKEN", ""))) {
      HttpResponse<String> check = slack.sender.event(Fixtures.text("event-url-verification.json", Map.of()));

      assertEquals(200, check.statusCode());
      assertTrue(check.body().contains(CHALLENGE), check.body());
      assertEquals(0, slack.api.calls("auth.test").size(), "no token, nothing to ask Slack");
      assertTrue(health(slack).startsWith("degraded\nslack-token: SLACK_BOT_TOKEN is not set"), health(slack));
    }
  }

  @Test
  void start_noToken_unsignedUrlCheckIsRefused() throws Exception {
    try (SlackHarness slack = new SlackHarness(Map.of("SLACK_BOT_TOKEN", ""))) {
      HttpResponse<String> forged = slack.sender.forged(Fixtures.text("event-url-verification.json", Map.of()));
      HttpResponse<String> stale = slack.sender.stale(Fixtures.text("event-url-verification.json", Map.of()));

      assertEquals(401, forged.statusCode());
      assertFalse(forged.body().contains(CHALLENGE));
      assertEquals(401, stale.statusCode());
    }
  }

  @Test
  void start_slackUnreachable_healthzNamesTheNetworkNotTheToken() throws Exception {
    try (Socket closedPort = boundNotListening()) {
      String closed = "http://127.0.0.1:" + closedPort.getLocalPort() + "/api/";
      try (SlackHarness slack = new SlackHarness(Map.of("SLACK_API_URL", closed))) {
        String health = health(slack);

        assertTrue(health.startsWith("degraded\nslack-token: cannot reach Slack's Web API at " + closed), health);
        assertTrue(health.contains("ConnectException"), health);
        assertFalse(health.contains("invalid"), health);
        assertEquals(200, slack.sender.event(Fixtures.text("event-url-verification.json", Map.of())).statusCode());
      }
    }
  }


  @Test
  void start_tokenInvalid_healthzSaysInvalidAndACommandIsToldNotPosted() throws Exception {
    try (SlackHarness slack = new SlackHarness(Map.of(), api -> api.failNext("auth.test", "invalid_auth"))) {
      HttpResponse<String> ack = slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));
      slack.settle();

      assertTrue(health(slack).startsWith("degraded\nslack-token: Slack refused SLACK_BOT_TOKEN as invalid"
          + " (invalid_auth)"), health(slack));
      assertFalse(health(slack).contains("xoxb-test-token"), "the token never shows");
      assertEquals(200, ack.statusCode());
      assertTrue(ack.body().contains("not connected to this workspace yet"), ack.body());
      assertEquals(0, slack.api.calls("chat.postMessage").size(), "nothing is posted with a refused token");
    }
  }

  @Test
  void start_tokenRevoked_healthzSaysRevoked() throws Exception {
    try (SlackHarness slack = new SlackHarness(Map.of(), api -> api.failNext("auth.test", "token_revoked"))) {
      assertTrue(health(slack).startsWith("degraded\nslack-token: Slack refused SLACK_BOT_TOKEN as revoked"
          + " (token_revoked)"), health(slack));
    }
  }

  @Test
  void tokensRevokedEvent_whileRunning_healthzSaysRevokedAtOnce() throws Exception {
    try (SlackHarness slack = new SlackHarness()) {
      assertEquals("ok\n", health(slack));
      slack.api.failNext("auth.test", "token_revoked");

      HttpResponse<String> ack = slack.sender.event(Fixtures.text("event-tokens-revoked.json", Map.of()));

      assertEquals(200, ack.statusCode());
      slack.api.await("auth.test", 2, Duration.ofSeconds(10));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (health(slack).startsWith("ok") && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // the check's answer is taken just after Slack sends it
      }
      assertTrue(health(slack).startsWith("degraded\nslack-token: Slack refused SLACK_BOT_TOKEN as revoked"
          + " (token_revoked)"), health(slack));
      assertEquals(0, slack.api.calls("chat.postMessage").size(), "nothing is posted about it");
    }
  }

  @Test
  void threadReply_refusedAsInvalidAuth_healthzSaysTheTokenIsRefusedAtOnce() throws Exception {
    try (SlackHarness slack = new SlackHarness()) {
      String cardTs = slack.card("ml-ai-engineer charlotte");
      slack.api.failNext("chat.postMessage", "invalid_auth");
      slack.api.failNext("auth.test", "invalid_auth");

      slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "they offered 185k base", "EvRefused"));

      slack.api.await("auth.test", 2, Duration.ofSeconds(10));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (health(slack).startsWith("ok") && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // the check's answer is taken just after Slack sends it
      }
      assertTrue(health(slack).startsWith("degraded\nslack-token: "), "a lost reply said nothing before: "
          + health(slack));
      assertTrue(health(slack).contains("invalid_auth"), health(slack));
    }
  }

  @Test
  void checkToken_slackAnswersAfterAnOutage_healthzOkAndCardsArePosted() throws Exception {
    try (SlackHarness slack = new SlackHarness(Map.of(), api -> api.rateLimitNext("auth.test", 30))) {
      assertTrue(health(slack).startsWith("degraded\nslack-token: cannot reach Slack's Web API"), health(slack));
      assertTrue(health(slack).contains("HTTP 429"), health(slack));

      slack.app.checkToken();
      slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));

      assertEquals("ok\n", health(slack));
      assertTrue(slack.api.awaitPost(1).params().get("blocks").contains("Charlotte, NC"));
    }
  }

  @Test
  void connectSocketMode_tokenRefused_failsSayingWhy() throws Exception {
    try (WebApiStandIn api = new WebApiStandIn()) {
      api.failNext("auth.test", "account_inactive");
      SlackSettings settings = SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-gone", "SLACK_APP_TOKEN",
          "xapp-test", "SLACK_API_URL", api.apiUrl()), SlackSettings.Mode.SOCKET);
      StateBackend state = StateBackend.inMemory(Clock.systemUTC());
      try (SlackApp app = new SlackApp(settings, new Coach(() -> null, Clock.systemUTC()), Clock.systemUTC(), state.conversations(),
          state.events(), new SlackMetrics(), SlackApp.workPool(1))) {
        IllegalStateException e = assertThrows(IllegalStateException.class, app::connectSocketMode);

        assertTrue(e.getMessage().contains("revoked (account_inactive)"), e.getMessage());
        assertEquals(0, api.calls("apps.connections.open").size(), "no connection is opened");
      }
    }
  }

  @Test
  void apply_commandBeforeTheFirstCheck_waitsForItInsteadOfSayingNotConnected() throws Exception {
    AppConfig config = AppConfig.builder().singleTeamBotToken("xoxb-t").authTestCacheExpirationMillis(-1).build();
    TokenGate gate = new TokenGate(config, new Health());
    SlashCommandRequest command = new SlashCommandRequest(Form.encode(Map.of("team_id", WebApiStandIn.TEAM,
        "channel_id", SlackHarness.CHANNEL, "user_id", "U0PAT", "command", "/comp", "text", "ml-ai-engineer charlotte")),
        new RequestHeaders(Map.of()));
    command.updateContext(config);
    FutureTask<Response> answer = new FutureTask<>(() -> gate.apply(command, Response.builder().build(),
        r -> Response.ok("went on")));
    Thread request = new Thread(answer, "request");
    request.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (request.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait(); // until the request waits for the check, bounded
    }
    AuthTestResponse auth = new AuthTestResponse();
    auth.setOk(true);
    auth.setTeamId(WebApiStandIn.TEAM);
    auth.setUserId(WebApiStandIn.BOT_USER);

    gate.update(new TokenStanding.Accepted(auth));

    assertEquals("went on", answer.get(5, TimeUnit.SECONDS).getBody());
  }

  private static String health(SlackHarness slack) throws Exception {
    return slack.sender.get("/healthz").body();
  }

  /**
   * A port that refuses connections for as long as the socket stays open: bound but never listening, so nothing
   * else can take it meanwhile (a port picked and closed again could be reused by another test before the connect).
   */
  private static Socket boundNotListening() throws Exception {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return socket;
  }

}
