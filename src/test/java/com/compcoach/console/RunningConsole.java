package com.compcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The console in a real Jetty server on a free loopback port, with a stand-in app behind its /slack/events. */
final class RunningConsole implements AutoCloseable {

  static final ConsoleSecrets SECRETS = new ConsoleSecrets("8f742231b10e8888abcd99yyyzzz85a5", "xoxb-test-token");

  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  final Server server = new Server();
  final Console console;
  final URI base;

  RunningConsole(Handler app, Clock clock) throws Exception {
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    Handler.Wrapper root = new Handler.Wrapper(true);
    server.setHandler(root);
    server.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    console = new Console(base, "/slack/events", SECRETS, json, clock);
    root.setHandler(new Handler.Sequence(app, console.handler()));
  }

  HttpResponse<String> postForm(String path, String body, String bearer) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode postJson(String path, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Calls a stand-in Web API method with the app's token, as the Slack SDK does: a form with a bearer token. */
  JsonNode api(String method, String form) throws IOException, InterruptedException {
    return json.readTree(postForm("/api/" + method, form, SECRETS.botToken()).body());
  }

  /** Opens the page's event stream; the returned queue fills with its events as they arrive. */
  BlockingQueue<ConsoleEvent> events() {
    BlockingQueue<ConsoleEvent> queue = new LinkedBlockingQueue<>();
    HttpRequest request = HttpRequest.newBuilder(base.resolve(EventStream.PATH)).GET().build();
    // A thread of its own: with thenAccept, headers already in would read the endless stream on the test's thread,
    // and the common pool has a single thread on two cores.
    http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> {
      String[] type = {null};
      response.body().forEach(line -> {
        if (line.startsWith("event: ")) {
          type[0] = line.substring(7);
        } else if (line.startsWith("data: ")) {
          try {
            queue.add(new ConsoleEvent(type[0], json.readTree(line.substring(6))));
          } catch (IOException e) {
            throw new IllegalStateException("the event stream sent bad JSON: " + line, e);
          }
        }
      });
    }, task -> {
      Thread reader = new Thread(task, "console-event-stream");
      reader.setDaemon(true);
      reader.start();
    });
    return queue;
  }

  /** The next event of this type within five seconds, skipping others; fails the test if none comes. */
  static ConsoleEvent next(BlockingQueue<ConsoleEvent> events, String type) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      ConsoleEvent event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        throw new AssertionError("no '" + type + "' event on the console's stream within 5 s");
      }
      if (type.equals(event.type())) {
        return event;
      }
    }
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
