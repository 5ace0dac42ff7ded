package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A hostile run against {@code serve} in its own JVM, then a grep of everything it logged: no body, no message text,
 * no offer figure, no token or secret, and no line that a request could have forged.
 */
class HostileLogsTest {

  /** Marks everything the run sends that must never reach a log. */
  private static final String FIGURE = "987,654";
  private static final String TEXT = "my manager said they offered " + FIGURE + " base";
  private static final String TOKEN = "xoxb-hostile-run-token";
  private static final String FORGED = "12:00:00.000 ERROR c.c.slack.Forged - admin logged in";
  /** What a line of ours looks like; anything else in the output is a forged or multi-line entry. */
  private static final Pattern LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (TRACE|DEBUG|INFO |WARN |ERROR) "
      + "\\S+ - .*|comp-coach serving .*");
  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @Test
  void serve_hostileTraffic_logsNoBodyTextFigureOrTokenAndNoForgedLine() throws Exception {
    Path state = Files.createTempDirectory("hostile-logs");
    try (WebApiStandIn api = new WebApiStandIn();
        AppProcess app = AppProcess.start(api, Map.of("STATE_DIR", state.toString()))) {
      String junk = "{\"type\":\"event_callback\",\"token\":\"" + TOKEN + "\",\"text\":\"" + TEXT + "\n" + FORGED
          + "\"}";

      // Unsigned: no headers, a forged signature, a stale one, a big declared body, a slow one, a chunked flood.
      rawAnswer(app, "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: " + junk.length() + "\r\n\r\n" + junk);
      rawAnswer(app, head(Instant.now().getEpochSecond(), junk.length()) + junk);
      rawAnswer(app, head(Instant.now().getEpochSecond() - 3_600, junk.length()) + junk);
      rawAnswer(app, head(Instant.now().getEpochSecond(), 40L * 1024 * 1024));
      try (RawHttp slow = new RawHttp(app.port)) {
        slow.write(head(Instant.now().getEpochSecond(), 4_000) + junk.substring(0, 10));
        assertEquals(408, slow.read(BoltHandler.GRACE.plus(PROMPTLY)).status());
      }
      try (RawHttp flood = new RawHttp(app.port)) {
        flood.write("POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            + "X-Slack-Request-Timestamp: " + Instant.now().getEpochSecond() + "\r\nX-Slack-Signature: v0="
            + "0".repeat(64) + "\r\n\r\n");
        String chunk = Integer.toHexString(junk.length() * 200) + "\r\n" + junk.repeat(200) + "\r\n";
        for (int i = 0; i < 2_000 && flood.write(chunk); i++) {
          // until the server stops reading
        }
      }
      // Junk request lines and headers with control characters.
      rawAnswer(app, "GET /" + TEXT.replace(' ', '_') + "\u0000 HTTP/1.1\r\nHost: x\r\n\r\n");
      try (RawHttp health = new RawHttp(app.port)) {
        health.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Note: " + TEXT + "\r\n\r\n");
        assertEquals(200, health.read(PROMPTLY).status());
      }
      // Signed, but nothing Bolt can classify: its parser used to log the whole body.
      HttpResponse<String> unclassified = app.sender.send(app.sender.sign("text=" + TEXT + "%0A" + FORGED,
          "application/x-www-form-urlencoded", Duration.ZERO));
      // Signed and genuine: a command with an offer, and a mention with a figure and a line break.
      HttpResponse<String> command = app.sender.command(Map.of("team_id", WebApiStandIn.TEAM, "channel_id",
          SlackHarness.CHANNEL, "user_id", "U0PAT", "command", "/comp", "text", "ml-ai-engineer charlotte "
              + FIGURE + " base", "response_url", api.responseUrl("cmd"), "trigger_id", "1.2.3",
          "api_app_id", "A0APP"));
      HttpResponse<String> mention = app.sender.event(Fixtures.text("event-app-mention.json", Map.of("channel",
          SlackHarness.CHANNEL, "text", TEXT + "\n" + FORGED, "event_id", "EvHostile1")));
      api.awaitPost(2);

      assertEquals(400, unclassified.statusCode());
      assertEquals(200, command.statusCode());
      assertEquals(200, mention.statusCode());
      List<String> lines = List.of(app.output().split("\n"));
      assertTrue(lines.stream().anyMatch(l -> l.endsWith("No request pattern detected for [...]")),
          "Bolt's parser spoke of the unclassified body without quoting it: " + lines);
      for (String line : lines) {
        assertTrue(LINE.matcher(line).matches(), "not a line of ours (forged, or a multi-line entry): " + line);
        for (String secret : List.of(FIGURE, "987654", "manager said", TOKEN, "xoxb-test-token",
            SlackHarness.SECRET, "admin logged in")) {
          assertTrue(!line.contains(secret), "'" + secret + "' logged: " + line);
        }
      }
    } finally {
      try (var files = Files.walk(state)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String head(long timestamp, long length) {
    return "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + length
        + "\r\nX-Slack-Request-Timestamp: " + timestamp + "\r\nX-Slack-Signature: v0=" + "0".repeat(64) + "\r\n\r\n";
  }

  private static void rawAnswer(AppProcess app, String request) throws Exception {
    try (RawHttp raw = new RawHttp(app.port)) {
      raw.write(request);
      int status = raw.read(PROMPTLY).status();
      assertTrue(status >= 400, "refused: " + status);
    }
  }
}
