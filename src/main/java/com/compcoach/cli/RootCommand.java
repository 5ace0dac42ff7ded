package com.compcoach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level {@code comp-coach} command: with no sub-command it starts the local console. */
@Command(name = "comp-coach", mixinStandardHelpOptions = true, version = "comp-coach 0.1.0",
    description = "Coaches compensation negotiations from a library of written guides.")
public final class RootCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.out.println("Usage: comp-coach [serve|socket|console|ask|chat|lint] --help");
    return 0;
  }
}
