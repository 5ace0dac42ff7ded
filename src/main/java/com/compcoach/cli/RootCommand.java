package com.compcoach.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The top-level {@code comp-coach} command: with no sub-command it starts the local console, or, when Slack
 * settings are present, the app in the mode they ask for.
 */
@Command(name = "comp-coach", mixinStandardHelpOptions = true, version = "comp-coach 0.1.0",
    description = "Coaches compensation negotiations from a library of written guides. With no command: the local "
        + "console when no SLACK_* token is set, else serve (or socket when SLACK_APP_TOKEN is set).")
public final class RootCommand implements Callable<Integer> {

  private final Map<String, String> env;

  public RootCommand() {
    this(System.getenv());
  }

  RootCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() throws Exception {
    return switch (defaultMode()) {
      case "socket" -> new SocketCommand().call();
      case "serve" -> new ServeCommand().call();
      default -> new ConsoleCommand().call();
    };
  }

  /** Which command runs when none is named: a newcomer with no Slack settings gets the console. */
  String defaultMode() {
    if (set("SLACK_APP_TOKEN")) {
      return "socket";
    }
    if (set("SLACK_BOT_TOKEN") || set("SLACK_SIGNING_SECRET")) {
      return "serve";
    }
    return "console";
  }

  private boolean set(String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }
}
