package com.compcoach.slack;

import com.compcoach.Main;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real app ({@code Main serve}) in its own JVM on a free loopback port, pointed at a {@link WebApiStandIn}, with a
 * signed sender aimed at it; killed with SIGKILL to play a crash.
 */
final class AppProcess implements AutoCloseable {

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
    int[] ports = freePorts();
    int port = ports[0];
    int managementPort = ports[1];
    Map<String, String> env = new HashMap<>(stateEnv);
    env.put("PORT", Integer.toString(port));
    env.put("MANAGEMENT_PORT", Integer.toString(managementPort));
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", SlackHarness.SECRET);
    env.put("SLACK_API_URL", api.apiUrl());
    ChildJvm jvm = ChildJvm.start(Main.class, env, "serve");
    try {
      jvm.awaitLine(line -> line.startsWith("comp-coach serving"), Duration.ofSeconds(60));
    } catch (AssertionError e) {
      jvm.close();
      throw e;
    }
    return new AppProcess(port, managementPort, jvm);
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

  /** Two free ports, both held open while picked: one at a time, the system may hand out the same port twice. */
  private static int[] freePorts() {
    try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ServerSocket second = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new int[] {first.getLocalPort(), second.getLocalPort()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
