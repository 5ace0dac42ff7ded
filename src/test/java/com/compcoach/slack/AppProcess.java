package com.compcoach.slack;

import com.compcoach.Main;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.ChildJvm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real app ({@code Main serve}) in its own JVM on a free loopback port, pointed at a {@link WebApiStandIn}, with a
 * signed sender aimed at it; killed with SIGKILL to play a crash.
 */
final class AppProcess implements AutoCloseable {

  /** The public and management ports as {@code serve} prints them once it listens. */
  private static final Pattern SERVING = Pattern.compile("http://0\\.0\\.0\\.0:(\\d+)/.*metrics on http://[^:]+:(\\d+)/");

  final int port;
  final int managementPort;
  final SlackSender sender;
  private final ChildJvm jvm;

  private AppProcess(int port, int managementPort, ChildJvm jvm) {
    this.port = port;
    this.managementPort = managementPort;
    this.jvm = jvm;
    this.sender = new SlackSender(URI.create("http://127.0.0.1:" + port + SlackApp.eventsPath()),
        SlackHarness.SECRET, Clock.systemUTC());
  }

  /** Starts {@code serve} with the store settings in {@code stateEnv} (STATE_DIR or REDIS_URL) and waits for it. */
  static AppProcess start(WebApiStandIn api, Map<String, String> stateEnv) {
    // Port 0 on both: the child binds what the system hands it and prints it. A port picked here and passed on
    // could be taken by another process before the child binds it (seen under parallel builds).
    Map<String, String> env = new HashMap<>(stateEnv);
    env.put("PORT", "0");
    env.put("MANAGEMENT_PORT", "0");
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", SlackHarness.SECRET);
    env.put("SLACK_API_URL", api.apiUrl());
    ChildJvm jvm = ChildJvm.start(Main.class, env, "serve");
    String serving;
    try {
      serving = jvm.awaitLine(line -> line.startsWith("comp-coach serving"), Duration.ofSeconds(60));
    } catch (AssertionError e) {
      jvm.close();
      throw e;
    }
    Matcher ports = SERVING.matcher(serving);
    if (!ports.find()) {
      jvm.close();
      throw new AssertionError("no ports in the serving line: " + serving);
    }
    return new AppProcess(Integer.parseInt(ports.group(1)), Integer.parseInt(ports.group(2)), jvm);
  }

  /** kill -9: no shutdown hook runs, nothing is flushed or closed. */
  void killHard() {
    jvm.killHard();
  }

  /** The app's Prometheus text, from its management port. */
  String metrics() throws IOException, InterruptedException {
    HttpResponse<String> response = sender.get(URI.create("http://127.0.0.1:" + managementPort + "/metrics"));
    return response.body();
  }

  /** Everything the app printed, for failure messages. */
  String output() {
    return String.join("\n", jvm.linesSoFar());
  }

  @Override
  public void close() {
    jvm.close();
  }
}
