package com.compcoach.cli;

import com.compcoach.guide.GuideTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guide new --company … --role … [--regions …]}: writes a template guide that lints clean. */
@Command(name = "guide", mixinStandardHelpOptions = true, description = "Works on guides.",
    subcommands = GuideCommand.New.class)
public final class GuideCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Writes the template to {@code <guides>/<company>/<role>.md}, or to stdout without {@code --guides}. */
  @Command(name = "new", mixinStandardHelpOptions = true,
      description = "Writes a template guide (frontmatter, pay table, levers, Negotiate-Up, sources) that lints clean.")
  static final class New implements Callable<Integer> {

    @Option(names = "--company", required = true, description = "The company, as people write it: \"Acme Corp\".")
    String company;

    @Option(names = "--role", required = true, description = "The role, as people write it: \"Data Engineer\".")
    String role;

    @Option(names = "--regions", split = ";", paramLabel = "PLACE",
        description = "Regions, separated by ';': \"Denver, CO;Austin, TX\" (the first is HQ).")
    List<String> regions = List.of();

    @Option(names = "--guides", paramLabel = "DIR", description = "Library to write into (default: print).")
    Path guides;

    @Spec
    CommandSpec spec;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (company.isBlank() || role.isBlank() || regions.stream().anyMatch(String::isBlank)) {
        err.println("Give a company, a role and region names that are not empty.");
        err.flush();
        return 2;
      }
      String text = GuideTemplate.text(company.strip(), role.strip(), regions, LocalDate.now(clock));
      if (guides == null) {
        out.print(text);
        out.flush();
        return 0;
      }
      Path file = guides.resolve(GuideTemplate.path(company.strip(), role.strip()));
      if (Files.exists(file)) {
        err.println(file + " exists already; it is left as it is.");
        err.flush();
        return 1;
      }
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
      } catch (IOException e) {
        err.println("Cannot write " + file + ": " + e.getMessage());
        err.flush();
        return 1;
      }
      out.println(file);
      out.flush();
      return 0;
    }
  }
}
