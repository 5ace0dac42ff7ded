package com.compcoach.cli;

import com.compcoach.slack.SlackSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/** {@code socket}: the same Slack app over Socket Mode ({@code SLACK_APP_TOKEN}); no public URL needed. */
@Command(name = "socket", mixinStandardHelpOptions = true,
    description = "Runs the Slack app over Socket Mode (needs SLACK_APP_TOKEN; no public URL).")
public final class SocketCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = System.getenv();
    SlackSettings settings;
    try {
      settings = SlackSettings.from(env, SlackSettings.Mode.SOCKET);
    } catch (SlackSettings.MissingSettingException e) {
      System.err.println("comp-coach socket: " + e.getMessage());
      return 2;
    }
    try (ServeCommand.Parts parts = ServeCommand.Parts.open(settings, env)) {
      AutoCloseable socket;
      try {
        socket = parts.app().connectSocketMode();
      } catch (IllegalStateException e) {
        System.err.println("comp-coach socket: " + e.getMessage()); // the bot token's real cause
        return 1;
      } catch (Exception e) {
        System.err.println("comp-coach socket: cannot open the Socket Mode connection: " + e.getMessage());
        return 1;
      }
      parts.up();
      System.out.println("comp-coach connected to Slack over Socket Mode (guides: "
          + parts.guides() + ", state: " + parts.state().describe() + ")");
      parts.logLibraryFindings();
      CountDownLatch stopped = new CountDownLatch(1);
      // The JVM halts as soon as its hooks end, so the hook closes everything itself rather than the main thread.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        ServeCommand.stop(socket, parts);
        stopped.countDown();
      }, "stop"));
      stopped.await();
      return 0;
    } catch (ServeCommand.PartsException e) {
      System.err.println("comp-coach socket: " + e.getMessage());
      return 1;
    }
  }
}
