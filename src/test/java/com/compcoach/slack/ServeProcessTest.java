package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.Main;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.WebApiStandIn;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code serve} and {@code socket} as a person starts them: a real child JVM with only the environment given. */
class ServeProcessTest {

  /** The public and management ports as {@code serve} prints them once it listens. */
  private static final Pattern SERVING = Pattern.compile("http://0\\.0\\.0\\.0:(\\d+)/.*metrics on http://[^:]+:(\\d+)/");

  @Test
  void serve_clientIdAndSecretInEnvironment_staysSingleTeamAndAnswers() throws Exception {
    try (WebApiStandIn api = new WebApiStandIn();
        Serving serving = serve(api, Map.of("SLACK_CLIENT_ID", "111.222", "SLACK_CLIENT_SECRET", "oauth-secret"))) {
      var ack = serving.sender().command(Map.of("team_id", WebApiStandIn.TEAM, "channel_id", SlackHarness.CHANNEL,
          "user_id", "U0PAT", "command", "/comp", "text", "ml-ai-engineer charlotte",
          "response_url", api.responseUrl("cmd"), "trigger_id", "1.2.3", "api_app_id", "A0APP"));

      assertEquals(200, ack.statusCode(), "in OAuth mode Bolt would refuse a workspace it has no installation for");
      assertTrue(api.awaitPost(1).params().get("blocks").contains("Charlotte, NC"));
    }
  }

  @Test
  void serve_posixLocale_acceptsAnEventWithAPoundSignAndAnswersIt() throws Exception {
    // Under a POSIX locale the JVM's default charset is ASCII; Slack signs the UTF-8 bytes of the body.
    try (WebApiStandIn api = new WebApiStandIn(); Serving serving = serve(api, Map.of("LANG", "C", "LC_ALL", "C"))) {
      var ack = serving.sender().event(Fixtures.text("event-app-mention.json", Map.of("channel",
          SlackHarness.CHANNEL, "text", "security-engineer new york, they offered £98K base", "event_id", "EvPound1")));

      assertEquals(200, ack.statusCode(), "a correctly signed event with a pound sign must not be refused");
      assertEquals("1800000400.000100", api.awaitPost(1).params().get("thread_ts"), "answered in its thread");
    }
  }

  @Test
  void serve_beforeAnyRequest_metricsShowTheLiveJvmOnTheManagementPortOnly() throws Exception {
    try (WebApiStandIn api = new WebApiStandIn();
        Serving serving = serve(api, Map.of("MANAGEMENT_PORT", "127.0.0.1:0"))) {
      var page = serving.sender().get(URI.create("http://127.0.0.1:" + serving.managementPort() + "/metrics"));

      assertEquals(404, serving.sender().get("/metrics").statusCode(), "the public port serves no metrics");
      assertEquals("ok\n", serving.sender().get("/healthz").body(), "health stays public, for load balancers");
      assertEquals(200, page.statusCode());
      for (String meter : List.of("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads",
          "process_cpu_usage", "process_uptime_seconds")) {
        assertTrue(page.body().contains(meter), meter + " in " + page.body());
      }
    }
  }

  @Test
  void serve_signingSecretAlone_answersSlacksUrlCheckAndHealthzSaysWhyNotReady() throws Exception {
    try (WebApiStandIn api = new WebApiStandIn(); Serving serving = serve(api, Map.of("SLACK_BOT_TOKEN", ""))) {
      var check = serving.sender().event(Fixtures.text("event-url-verification.json", Map.of()));
      var health = serving.sender().get("/healthz");

      assertEquals(200, check.statusCode());
      assertTrue(check.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), check.body());
      assertTrue(health.body().startsWith("degraded\nslack-token: SLACK_BOT_TOKEN is not set"), health.body());
    }
  }

  @Test
  void serve_tokenRefusedBySlack_keepsServingAndLogsSlacksErrorWithoutTheToken() throws Exception {
    try (WebApiStandIn api = new WebApiStandIn()) {
      api.failNext("auth.test", "invalid_auth");
      try (Serving serving = serve(api, Map.of("SLACK_BOT_TOKEN", "xoxb-refused"))) {
        var health = serving.sender().get("/healthz");

        assertTrue(health.body().contains("slack-token: Slack refused SLACK_BOT_TOKEN as invalid (invalid_auth)"),
            health.body());
        assertTrue(serving.printed().stream().anyMatch(l -> l.contains("invalid (invalid_auth)")),
            "logged: " + serving.printed());
        assertTrue(serving.printed().stream().noneMatch(l -> l.contains("xoxb-refused")), "the token never shows");
      }
    }
  }

  @Test
  void serve_replayGuardOff_warnsAtStartHealthzSaysSoAndAReplayGetsASecondCard() throws Exception {
    try (WebApiStandIn api = new WebApiStandIn(); Serving serving = serve(api, Map.of("SLACK_REPLAY_GUARD", "off"))) {
      SlackSender.Signed command = serving.sender().signCommand(Map.of("team_id", WebApiStandIn.TEAM, "channel_id",
          SlackHarness.CHANNEL, "user_id", "U0PAT", "command", "/comp", "text", "ml-ai-engineer charlotte",
          "response_url", api.responseUrl("cmd"), "trigger_id", "1.2.3", "api_app_id", "A0APP"));

      serving.sender().send(command);
      serving.sender().send(command);
      var health = serving.sender().get("/healthz");
      api.awaitPost(2);

      assertTrue(serving.printed().stream().anyMatch(l -> l.contains("WARN") && l.contains(SlackApp.REPLAY_GUARD_OFF)),
          "printed: " + serving.printed());
      assertTrue(health.body().startsWith("degraded\nreplay-guard: " + SlackApp.REPLAY_GUARD_OFF), health.body());
      assertEquals(2, api.calls("chat.postMessage").size(), "the replay got its card too");
    }
  }

  @Test
  void serve_guideDirectoryMissing_startsAndHealthzIs503SayingTheLibraryCouldNotBeRead() throws Exception {
    String missing = Path.of(System.getProperty("java.io.tmpdir"), "no-guides-" + System.nanoTime()).toString();
    try (WebApiStandIn api = new WebApiStandIn(); Serving serving = serve(api, Map.of("GUIDES_DIR", missing))) {
      var health = serving.sender().get("/healthz");
      var management = serving.sender().get(URI.create("http://127.0.0.1:" + serving.managementPort() + "/healthz"));

      assertEquals(503, health.statusCode(), "no card can be answered: a load balancer must send Slack elsewhere");
      assertTrue(health.body().startsWith("unavailable\nguides: the guide library could not be read"),
          health.body());
      assertEquals(503, management.statusCode(), management.body());
      assertTrue(serving.printed().stream().noneMatch(l -> l.contains("Exception") && !l.startsWith("comp-coach")),
          "no stack trace at the start: " + serving.printed());
    }
  }

  @Test
  void serve_redisUnreachable_healthzIs503NamingItsHostAndPortNotItsPassword() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    try (WebApiStandIn api = new WebApiStandIn();
        Serving serving = serve(api, Map.of("REDIS_URL", "redis://:hunter2@127.0.0.1:" + closed + "/0"))) {
      var health = com.compcoach.store.Await.value(java.time.Duration.ofSeconds(20), () -> {
        try {
          var answer = serving.sender().get("/healthz");
          return answer.statusCode() == 503 ? answer : null;
        } catch (IOException | InterruptedException e) {
          return null;
        }
      });

      assertTrue(health.body().startsWith("unavailable\nstore: Redis at 127.0.0.1:" + closed + " is unreachable"),
          health.body());
      assertTrue(!health.body().contains("hunter2"), "the URL's password never shows: " + health.body());
    }
  }

  @Test
  void socket_tokenRefusedBySlack_printsOneLineWithTheRealCause() throws Exception {
    try (WebApiStandIn api = new WebApiStandIn()) {
      api.failNext("auth.test", "token_revoked");
      Process process = start(Map.of("SLACK_BOT_TOKEN", "xoxb-revoked", "SLACK_APP_TOKEN", "xapp-1",
          "SLACK_API_URL", api.apiUrl(), "STATE_DIR",
          Path.of(System.getProperty("java.io.tmpdir"), "socket-refused-" + System.nanoTime()).toString()), "socket");

      List<String> output = finish(process);

      assertTrue(output.stream().anyMatch(l -> l.startsWith("comp-coach socket: Slack refused SLACK_BOT_TOKEN as"
          + " revoked (token_revoked)")), "output: " + output);
      assertTrue(output.stream().noneMatch(l -> l.contains("xoxb-revoked")), "the token never shows");
      assertEquals(1, process.exitValue());
    }
  }

  /** A {@code serve} child JVM, what it printed up to its start line, and a sender of signed requests to it. */
  private record Serving(Process process, List<String> printed, SlackSender sender, int managementPort)
      implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Starts {@code serve} against {@code api} with the Slack settings a test needs, overridden by {@code extra}. */
  private static Serving serve(WebApiStandIn api, Map<String, String> extra) throws IOException {
    // Port 0 on both ports, read back from the serving line: a port picked here could be taken before the child
    // binds it when builds run side by side, and the default management port would be fought over.
    Map<String, String> env = new java.util.HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-test-token",
        "SLACK_SIGNING_SECRET", SlackHarness.SECRET, "SLACK_API_URL", api.apiUrl(), "PORT", "0",
        "STATE_DIR", Files.createTempDirectory("serve-test-").toString()));
    env.putAll(extra);
    env.putIfAbsent("MANAGEMENT_PORT", "0");
    Process process = start(env, "serve");
    List<String> printed;
    try {
      printed = awaitLine(process, "comp-coach serving");
    } catch (IOException | AssertionError e) {
      process.destroyForcibly();
      throw e;
    }
    Matcher ports = SERVING.matcher(printed.get(printed.size() - 1));
    if (!ports.find()) {
      process.destroyForcibly();
      throw new AssertionError("no ports in the serving line: " + printed);
    }
    URI events = URI.create("http://127.0.0.1:" + ports.group(1) + SlackApp.eventsPath());
    return new Serving(process, printed, new SlackSender(events, SlackHarness.SECRET, Clock.systemUTC()),
        Integer.parseInt(ports.group(2)));
  }

  @Nested
  class MissingSettings {

    @Test
    void serve_noSlackSettings_printsOneLineNamingThem() throws Exception {
      Process process = start(Map.of(), "serve");

      List<String> output = finish(process);

      assertEquals(List.of("comp-coach serve: SLACK_SIGNING_SECRET is not set"), output);
      assertEquals(2, process.exitValue());
    }

    @Test
    void socket_noAppToken_printsOneLineNamingIt() throws Exception {
      Process process = start(Map.of("SLACK_BOT_TOKEN", "xoxb-test-token"), "socket");

      List<String> output = finish(process);

      assertEquals(List.of("comp-coach socket: SLACK_APP_TOKEN is not set"), output);
      assertEquals(2, process.exitValue());
    }
  }

  /** Main in a new JVM; Slack and store settings come only from {@code env}, none from this test's environment. */
  private static Process start(Map<String, String> env, String command) throws IOException {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.equals("PORT")
        || k.equals("REDIS_URL") || k.equals("GUIDES_DIR"));
    builder.environment().putAll(env);
    return builder.start();
  }

  private static List<String> finish(Process process) throws Exception {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the process did not exit within 60 s");
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return out.lines().toList();
  }

  private static List<String> awaitLine(Process process, String prefix) throws IOException {
    var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    // readLine blocks until the child prints or exits; the child's own start is bounded by the test's timeout.
    List<String> seen = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      seen.add(line);
      if (line.startsWith(prefix)) {
        Thread drain = new Thread(() -> {
          try {
            reader.transferTo(java.io.Writer.nullWriter());
          } catch (IOException ignored) {
            // the child was stopped
          }
        });
        drain.setDaemon(true);
        drain.start();
        return seen;
      }
    }
    throw new AssertionError("the process ended without printing '" + prefix + "'; it printed: " + seen);
  }
}
