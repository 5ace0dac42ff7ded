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
import picocli.CommandLine;

/** Entry point: parses the command line and hands over to the chosen command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
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
}
