package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.Form;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.WebApiStandIn;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the public port does with callers that do not hold the signing secret, over real sockets. */
class PublicPortTest {

  /** Bound on any answer that needs no body: a test fails rather than hangs. */
  private static final Duration PROMPTLY = Duration.ofSeconds(5);
  /** A body that is only ever announced: if the server waited for it, no answer would come. */
  private static final int NEVER_SENT = 50 * 1024 * 1024;

  private SlackHarness slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness();
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  private RawHttp connect() throws Exception {
    return new RawHttp(slack.front.port());
  }

  private static String head(String extraHeaders, long contentLength) {
    return "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + contentLength + "\r\n" + extraHeaders + "\r\n";
  }

  private static String signatureHeaders(long timestamp) {
    return "X-Slack-Request-Timestamp: " + timestamp + "\r\nX-Slack-Signature: v0=" + "ab".repeat(32) + "\r\n";
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  @Nested
  class BeforeTheBody {

    @Test
    void post_noSignatureHeaders_gets401WithoutTheBodyBeingRead() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write(head("", NEVER_SENT));

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(401, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"signature_missing\"}", answer.body());
      }
    }

    @Test
    void post_signatureNotOfSlacksShape_gets401() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write(head("X-Slack-Request-Timestamp: " + now() + "\r\nX-Slack-Signature: v0=<script>\r\n",
            NEVER_SENT));

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(401, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"signature_malformed\"}", answer.body(), "nothing sent is echoed");
      }
    }

    @Test
    void post_timestampSixMinutesAhead_gets401() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write(head(signatureHeaders(now() + 360), NEVER_SENT));

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(401, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"timestamp_outside_window\"}", answer.body());
      }
    }

    @Test
    void post_timestampSixMinutesOld_gets401() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write(head(signatureHeaders(now() - 360), NEVER_SENT));

        assertEquals(401, raw.read(PROMPTLY).status());
      }
    }

    @Test
    void post_declaredBodyOverTheCap_gets413WithoutItBeingRead() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write(head(signatureHeaders(now()), BoltHandler.MAX_BODY + 1L));

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(413, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"body_too_large\"}", answer.body());
      }
    }
  }

  @Nested
  class WhileTheBodyArrives {

    @Test
    void post_chunkedBodyPastTheCap_gets413AndTheConnectionIsClosed() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n" + signatureHeaders(now()) + "\r\n");
        byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        // Keep sending until the server stops taking bytes: it must stop near the cap, not at ten times it.
        while (sent < 10L * BoltHandler.MAX_BODY && raw.write(chunk)) {
          sent += 0x10000;
        }

        assertTrue(sent < 10L * BoltHandler.MAX_BODY, "the server stopped reading after " + sent + " bytes");
      }
    }

    @Test
    void post_chunkedBodyJustPastTheCap_isAnswered413() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n" + signatureHeaders(now()) + "\r\n");
        String size = Integer.toHexString(BoltHandler.MAX_BODY + 1);
        raw.write(size + "\r\n" + "x".repeat(BoltHandler.MAX_BODY + 1) + "\r\n");

        assertEquals(413, raw.read(PROMPTLY).status());
      }
    }

    @Test
    void post_bodyThatStopsArriving_gets408AfterTheDeadlineAndIsClosed() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write(head(signatureHeaders(now()), 2_000) + "{\"type\":");

        RawHttp.Answer answer = raw.read(BoltHandler.GRACE.plus(PROMPTLY));

        assertEquals(408, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"request_timeout\"}", answer.body());
        assertTrue(raw.closedByServer(PROMPTLY), "a half-read request leaves nothing to reuse");
      }
    }

    @Test
    void headersTrickledAByteASecond_connectionIsClosedWithinThreeWindows() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        long deadline = System.nanoTime() + TricklingConnections.WINDOW.multipliedBy(3).toNanos();
        boolean closed = false;
        // Each byte comes well inside the idle timeout; only the trickle rule can close this connection.
        while (!closed && System.nanoTime() < deadline) {
          closed = !raw.write("a") || raw.closedByServer(Duration.ofSeconds(1));
        }

        assertTrue(closed, "still open after " + TricklingConnections.WINDOW.multipliedBy(3));
      }
    }

    @Test
    void signedCommand_whileMoreSlowSendersThanThreadsHoldConnections_isAnsweredAndCarded() throws Exception {
      List<RawHttp> slow = new ArrayList<>();
      try {
        for (int i = 0; i < HttpFront.THREADS + 16; i++) {
          RawHttp raw = connect();
          slow.add(raw);
          raw.write(head(signatureHeaders(now()), 100_000) + "{");
        }

        HttpResponse<String> ack = slack.sender.command(slack.command("ml-ai-engineer charlotte",
            SlackHarness.CHANNEL));

        assertEquals(200, ack.statusCode());
        assertTrue(slack.api.awaitPost(1).params().get("blocks").contains("Charlotte, NC"));
      } finally {
        for (RawHttp raw : slow) {
          raw.close();
        }
      }
    }

    @Test
    void post_correctlyShapedButForgedSignature_gets401AfterTheBody() throws Exception {
      String body = "{\"type\":\"event_callback\",\"event\":{\"text\":\"they offered 180k\"}}";
      try (RawHttp raw = connect()) {
        raw.write(head(signatureHeaders(now()), body.length()) + body);

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(401, answer.status());
        assertFalse(answer.body().contains("180k"), answer.body());
      }
      assertTrue(slack.api.calls("chat.postMessage").isEmpty());
    }
  }

  @Nested
  class Junk {

    @Test
    void requestLineNotHttp_getsShortJsonWithoutJavaOrTheInput() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write("GET /<script>alert(1)</script> HTXP/9\r\n\r\n");

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(505, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"http_version_not_supported\"}", answer.body());
      }
    }

    @Test
    void requestLineWithControlCharacters_getsShortJsonWithoutTheInput() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write("POST /slack/\u0001events\u0000 HTTP/1.1\r\nHost: x\r\n\r\n");

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(400, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"bad_request\"}", answer.body());
      }
    }

    @Test
    void headersOverTheLimit_get431AsShortJson() throws Exception {
      try (RawHttp raw = connect()) {
        raw.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Junk: " + "j".repeat(HttpFront.MAX_HEADERS)
            + "\r\n\r\n");

        RawHttp.Answer answer = raw.read(PROMPTLY);

        assertEquals(431, answer.status());
        assertEquals("{\"ok\":false,\"error\":\"headers_too_large\"}", answer.body());
      }
    }

    @Test
    void unknownPath_gets404AsShortJson() throws Exception {
      HttpResponse<String> answer = slack.sender.get("/wp-login.php?user=%3Cb%3E");

      assertEquals(404, answer.statusCode());
      assertEquals("{\"ok\":false,\"error\":\"not_found\"}", answer.body());
    }

    @Test
    void getOnTheEventsPath_gets405AsShortJson() throws Exception {
      HttpResponse<String> answer = slack.sender.get(SlackApp.eventsPath());

      assertEquals(405, answer.statusCode());
      assertEquals("{\"ok\":false,\"error\":\"method_not_allowed\"}", answer.body());
    }

    @Test
    void signedBodyBoltCannotClassify_gets400WithoutEchoingIt() throws Exception {
      HttpResponse<String> answer = slack.sender.send(slack.sender.sign("ssl_check=maybe&they offered 180k",
          "text/plain", Duration.ZERO));

      assertEquals(400, answer.statusCode());
      assertEquals("{\"ok\":false,\"error\":\"bad_request\"}", answer.body());
    }

    @Test
    void signedBodiesOfAShapeSlacksSdkCannotRead_get400NotA500AndTheAppGoesOn() throws Exception {
      // Each is signed, so only Slack (or a bug of Slack's) could send it; a 500 would have Slack send it again.
      String payload = "payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\"}", StandardCharsets.UTF_8);
      for (String body : List.of("{\"type\":\"url_verification\"}",
          "{\"type\":\"url_verification\",\"challenge\":{\"a\":1}}",
          "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"team_id\":\"T0TEAM\"}",
          "{\"type\":\"event_callback\",\"event_id\":\"Ev2\",\"team_id\":\"T0TEAM\",\"event\":\"message\"}",
          "[1,2,3]",
          "{\"type\":\"event_callback\",\"event_id\":\"Ev3\",\"team_id\":\"T0TEAM\",\"event\":{\"type\":\"message\","
              + "\"channel\":\"D0PAT\",\"user\":\"U0PAT\",\"ts\":\"1.2\",\"text\":{\"they offered\":180000}}}")) {
        HttpResponse<String> answer = slack.sender.postJson(body);

        assertEquals(400, answer.statusCode(), body);
        assertEquals("{\"ok\":false,\"error\":\"bad_request\"}", answer.body(), body);
      }
      for (String body : List.of(payload, "payload=%7Bbroken")) {
        HttpResponse<String> answer = slack.sender.postForm(body);

        assertEquals(400, answer.statusCode(), body);
        assertEquals("{\"ok\":false,\"error\":\"bad_request\"}", answer.body(), body);
      }
      assertTrue(slack.card("ml-ai-engineer charlotte").length() > 0, "a command after them is answered");
    }

    @Test
    void metrics_onThePublicPort_isNotThereButOnTheManagementPort() throws Exception {
      slack.card("ml-ai-engineer charlotte");

      assertEquals(404, slack.sender.get("/metrics").statusCode());
      assertTrue(slack.sender.get(URI.create("http://127.0.0.1:" + slack.front.managementPort() + "/metrics"))
          .body().contains("slack_ack_seconds_count"), "the management port has them");
      assertEquals("ok\n", slack.sender.get(URI.create("http://127.0.0.1:" + slack.front.managementPort()
          + "/healthz")).body(), "and health, for a scraper that looks there");
    }
  }

  @Nested
  class Replays {

    @Test
    void slashCommand_sentTwiceWithTheSameSignature_isAnsweredOnce() throws Exception {
      SlackSender.Signed command = slack.sender.signCommand(slack.command("ml-ai-engineer charlotte",
          SlackHarness.CHANNEL));

      HttpResponse<String> first = slack.sender.send(command);
      HttpResponse<String> replay = slack.sender.send(command);
      slack.card("ml-ai-engineer detroit");

      assertEquals(200, first.statusCode());
      assertEquals(200, replay.statusCode());
      List<WebApiStandIn.Call> posts = slack.api.calls("chat.postMessage");
      assertEquals(2, posts.size(), "Charlotte once, then Detroit: " + posts);
      assertTrue(posts.get(0).params().get("blocks").contains("Charlotte, NC"));
      assertTrue(posts.get(1).params().get("blocks").contains("Detroit"));
    }

    @Test
    void slashCommand_sentTwiceWithTheReplayGuardOff_isAnsweredTwice() throws Exception {
      try (SlackHarness unguarded = new SlackHarness(Map.of("SLACK_REPLAY_GUARD", "off"))) {
        SlackSender.Signed command = unguarded.sender.signCommand(unguarded.command("ml-ai-engineer charlotte",
            SlackHarness.CHANNEL));

        unguarded.sender.send(command);
        unguarded.sender.send(command);

        unguarded.api.awaitPost(2);

        assertEquals(2, unguarded.api.calls("chat.postMessage").size(),
            "a load test's one signed request, sent again, gets its card again");
      }
    }

    @Test
    void slashCommand_sameTextSignedAgainBySlack_isAnsweredAgain() throws Exception {
      // A person typing the same command twice: two timestamps, two signatures, two cards.
      slack.card("ml-ai-engineer charlotte");
      SlackSender.Signed again = slack.sender.sign(Form.encode(slack.command("ml-ai-engineer charlotte",
          SlackHarness.CHANNEL)), "application/x-www-form-urlencoded", Duration.ofSeconds(1));

      slack.sender.send(again);

      assertEquals(2, slack.api.awaitPost(2) == null ? 0 : slack.api.calls("chat.postMessage").size());
    }
  }
}
