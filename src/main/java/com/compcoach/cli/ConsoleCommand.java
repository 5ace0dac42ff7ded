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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
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
    ServeCommand.Parts parts = openParts(settings, env);
    HttpFront front;
    try {
      front = new HttpFront(parts.app(), "127.0.0.1", chosen, console.routes()).start();
    } catch (Exception e) {
      parts.close();
      throw new IOException(e.getMessage(), e);
    }
    parts.up();
    out.println("comp-coach console: open http://localhost:" + chosen + "/  (the real Slack app, against a "
        + "built-in stand-in of Slack; guides: " + parts.guides() + "; Ctrl-C stops it)");
    parts.logLibraryFindings();
    return new Running(parts, front, console);
  }

  /**
   * The app's parts as {@code serve} builds them, except that state goes to a fresh temporary folder unless
   * {@code STATE_DIR} or {@code REDIS_URL} asks otherwise: the stand-in Slack forgets its messages when the console
   * stops, so the app's memory of those threads goes with them, and trying the console leaves no files behind.
   */
  private static ServeCommand.Parts openParts(SlackSettings settings, Map<String, String> env) throws IOException {
    if (set(env, "STATE_DIR") || set(env, "REDIS_URL")) {
      return ServeCommand.Parts.open(settings, env);
    }
    Path state = Files.createTempDirectory("comp-coach-console-");
    Map<String, String> withState = new HashMap<>(env);
    withState.put("STATE_DIR", state.toString());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(state)));
    return ServeCommand.Parts.open(settings, withState);
  }

  private static void deleteQuietly(Path folder) {
    try (var files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder the system cleans up anyway
    }
  }

  private static boolean set(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
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
