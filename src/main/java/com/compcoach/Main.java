package com.compcoach;

import com.compcoach.cli.AskCommand;
import com.compcoach.cli.ChatCommand;
import com.compcoach.cli.ConsoleCommand;
import com.compcoach.cli.GuideCommand;
import com.compcoach.cli.LintCommand;
import com.compcoach.cli.OfferCommand;
import com.compcoach.cli.RootCommand;
import com.compcoach.cli.ServeCommand;
import com.compcoach.cli.SocketCommand;
import com.compcoach.cli.WarmUpCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Entry point: parses the command line and hands over to the chosen command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // A server's start (`serve`, `socket`, `console` or none, as the image and deployments run it) has no option to
    // parse, so it skips picocli: its classes are built for Java 5, which no class-data archive can hold, and loading
    // them was a quarter of the main thread's work before the first answer (docs/benchmarks.md, session 17).
    Callable<Integer> server = server(args);
    if (server != null) {
      System.exit(run(server));
    }
    CommandLine commandLine = new CommandLine(new RootCommand());
    // Sub-commands register here, one line each, so every entry point is visible in one place.
    commandLine.addSubcommand(new ServeCommand());
    commandLine.addSubcommand(new SocketCommand());
    commandLine.addSubcommand(new ConsoleCommand());
    commandLine.addSubcommand(new WarmUpCommand());
    commandLine.addSubcommand(new AskCommand());
    commandLine.addSubcommand(new ChatCommand());
    commandLine.addSubcommand(new LintCommand());
    commandLine.addSubcommand(new OfferCommand());
    commandLine.addSubcommand(new GuideCommand());
    System.exit(commandLine.execute(args));
  }

  /** The server a start with no option asks for; null when the line needs parsing. */
  private static Callable<Integer> server(String[] args) {
    if (args.length == 0) {
      return new RootCommand();
    }
    return args.length > 1 ? null : switch (args[0]) {
      case "serve" -> new ServeCommand();
      case "socket" -> new SocketCommand();
      case "console" -> new ConsoleCommand();
      default -> null;
    };
  }

  /** A command run as picocli runs it: its exit code, or 1 with the stack trace when it throws. */
  private static int run(Callable<Integer> command) {
    try {
      Integer code = command.call();
      return code == null ? 0 : code;
    } catch (Exception e) {
      e.printStackTrace();
      return 1;
    }
  }
}
