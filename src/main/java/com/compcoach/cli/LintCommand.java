package com.compcoach.cli;

import com.compcoach.guide.Finding;
import com.compcoach.guide.GuideExplanation;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.GuideReading;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lint --guides DIR}: one {@code path:line: error|warning|info: message} line per finding; exit 1 on errors.
 * {@code lint --explain FILE}: what one guide gave, field by field, with its lines.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Checks every guide of a library and prints what is wrong, file and line first.")
public final class LintCommand implements Callable<Integer> {

  @Option(names = "--guides", paramLabel = "DIR", description = "Guide library directory (default: built-in seeds).")
  Path guides;

  @Option(names = "--explain", paramLabel = "FILE",
      description = "Prints what was read from one guide, field by field, with the line each came from.")
  Path explain;

  @Spec
  CommandSpec spec;

  private final Clock clock;

  /** Judges review dates against today in UTC. */
  public LintCommand() {
    this(Clock.systemUTC());
  }

  /** Judges review dates against the given clock. */
  public LintCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (explain != null) {
      return explain(out, err);
    }
    List<Finding> findings;
    int served;
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.of(guides), new GuideReader(clock), null)) {
      findings = library.findings();
      served = library.catalog().guides().size();
    } catch (RuntimeException e) {
      err.println("Cannot read the guide library: " + e.getMessage());
      return 1;
    }
    String prefix = guides == null ? "seeds/" : guides.toString().replaceAll("/+$", "") + "/";
    for (Finding f : findings) {
      out.println(prefix + f);
    }
    long errors = findings.stream().filter(Finding::isError).count();
    out.flush();
    err.println(served + (served == 1 ? " guide served, " : " guides served, ") + Finding.tally(findings));
    err.flush();
    return errors > 0 ? 1 : 0;
  }

  private int explain(PrintWriter out, PrintWriter err) {
    String text;
    try {
      text = java.nio.file.Files.readString(explain);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      err.println("Cannot read " + explain + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    Path parent = explain.toAbsolutePath().getParent();
    String path = (parent != null && parent.getFileName() != null ? parent.getFileName() + "/" : "")
        + explain.getFileName();
    GuideReading reading = new GuideReader(clock).read(path, text);
    GuideExplanation.lines(reading).forEach(out::println);
    out.flush();
    err.println(Finding.tally(reading.findings()));
    err.flush();
    return reading.hasErrors() ? 1 : 0;
  }
}
