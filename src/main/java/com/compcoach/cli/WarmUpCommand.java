package com.compcoach.cli;

import com.compcoach.console.WarmUp;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warm-up}: a short conversation through the whole app against its built-in stand-in of Slack, then exit.
 * Run under {@code -XX:ArchiveClassesAtExit} it writes the class-data archive that lets {@code serve} start in
 * about half the time.
 */
@Command(name = "warm-up", mixinStandardHelpOptions = true,
    description = "Runs a short conversation through the whole app against a built-in stand-in of Slack, then exits: "
        + "the training run for a class-data archive (java -XX:ArchiveClassesAtExit=comp-coach.jsa -jar "
        + "comp-coach.jar warm-up), which makes serve start about twice as fast.")
public final class WarmUpCommand implements Callable<Integer> {

  /** The settings a warm-up must not use: it never touches Slack, the real library or the real state. */
  private static final Set<String> IGNORED = Set.of("GUIDES_DIR", "STATE_DIR", "REDIS_URL", "PORT");

  @Spec
  CommandSpec spec;

  private final Map<String, String> environment;

  public WarmUpCommand() {
    this(System.getenv());
  }

  WarmUpCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = new HashMap<>(environment);
    env.keySet().removeIf(name -> IGNORED.contains(name) || name.startsWith("SLACK_"));
    try (ConsoleCommand.Running running = ConsoleCommand.start(env, 0, new PrintStream(OutputStream.nullOutputStream()))) {
      URI base = URI.create("http://127.0.0.1:" + running.front().port());
      int answers = new WarmUp(running.console(), base, new ObjectMapper()).run(Duration.ofSeconds(30));
      // The app first, while its stand-in of Slack still answers: work still in flight finishes against it.
      running.parts().close();
      spec.commandLine().getOut().println("comp-coach warm-up: the app answered " + answers + " times (a card, a counteroffer in its "
          + "thread, a comparison)");
      return 0;
    } catch (IllegalStateException | ServeCommand.PartsException e) {
      spec.commandLine().getErr().println("comp-coach warm-up: " + e.getMessage());
      return 1;
    }
  }
}
