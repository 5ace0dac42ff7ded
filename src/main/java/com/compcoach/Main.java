package com.compcoach;

import com.compcoach.cli.AskCommand;
import com.compcoach.cli.LintCommand;
import com.compcoach.cli.RootCommand;
import picocli.CommandLine;

/** Entry point: parses the command line and hands over to the chosen command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new RootCommand());
    // Sub-commands register here, one line each, so every entry point is visible in one place.
    commandLine.addSubcommand(new com.compcoach.cli.ServeCommand());
    commandLine.addSubcommand(new com.compcoach.cli.SocketCommand());
    commandLine.addSubcommand(new LintCommand());
    commandLine.addSubcommand(new AskCommand());
    commandLine.addSubcommand(new com.compcoach.cli.ChatCommand());
    commandLine.addSubcommand(new com.compcoach.cli.ConsoleCommand());
    System.exit(commandLine.execute(args));
  }
}
