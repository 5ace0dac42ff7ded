package com.compcoach.cli;

import com.compcoach.console.Console;
import com.compcoach.console.ConsoleSecrets;
import com.compcoach.slack.HttpFront;
import com.compcoach.slack.SlackApp;
import com.compcoach.slack.SlackSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code console}: the real Slack app against a built-in stand-in of Slack, with a Slack-like page at
 * {@code http://localhost:PORT/}, for trying comp-coach without a workspace.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
    description = "Runs the Slack app against a built-in stand-in of Slack, with a Slack-like page in your browser.")
public final class ConsoleCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = System.getenv();
    int port;
    try {
      port = port(env.get("PORT"));
    } catch (IllegalArgumentException e) {
      System.err.println("comp-coach console: " + e.getMessage());
      return 2;
    }
    try (Running running = start(env, port, System.out)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          running.close();
        } catch (Exception ignored) {
          // the process is exiting; nothing is left to tell
        }
      }));
      running.front().join();
      return 0;
    } catch (ServeCommand.PartsException e) {
      System.err.println("comp-coach console: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("comp-coach console: cannot listen on port " + port + ": " + e.getMessage());
      return 1;
    }
  }

  /** The console and the app it fronts, started and serving; closing stops both. */
  public record Running(ServeCommand.Parts parts, HttpFront front, Console console) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      front.close();
      parts.close();
    }
  }

  /**
   * Starts the app and the console on 127.0.0.1 only (anyone who can reach the page acts as its user), on
   * {@code port}, or on a free one when {@code port} is 0.
   */
  public static Running start(Map<String, String> env, int port, PrintStream out) throws Exception {
    // The app's Web API base must name the port before the app is built, so a free port is chosen first.
    int chosen = port == 0 ? freePort() : port;
    URI base = URI.create("http://127.0.0.1:" + chosen);
    ConsoleSecrets secrets = ConsoleSecrets.random();
    Console console = new Console(base, SlackApp.eventsPath(), secrets, new ObjectMapper(), Clock.systemUTC());
    String guides = env.get("GUIDES_DIR");
    SlackSettings settings = new SlackSettings(secrets.botToken(), secrets.signingSecret(), null, chosen,
        guides == null || guides.isBlank() ? null : Path.of(guides.trim()), console.apiUrl());
    ServeCommand.Parts parts = ServeCommand.Parts.open(settings, env);
    HttpFront front;
    try {
      front = new HttpFront(parts.app(), "127.0.0.1", chosen, console.routes()).start();
    } catch (Exception e) {
      parts.close();
      throw new IOException(e.getMessage(), e);
    }
    out.println("comp-coach console: open http://localhost:" + chosen + "/  (the real Slack app, against a "
        + "built-in stand-in of Slack; guides: " + parts.library().source().describe() + "; Ctrl-C stops it)");
    return new Running(parts, front, console);
  }

  private static int port(String text) {
    if (text == null || text.isBlank()) {
      return 3000;
    }
    try {
      int port = Integer.parseInt(text.trim());
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("PORT must be 0-65535, was '" + text + "'");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PORT must be a number, was '" + text + "'");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
