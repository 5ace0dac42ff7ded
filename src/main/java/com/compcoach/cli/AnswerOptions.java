package com.compcoach.cli;

import com.compcoach.guide.Finding;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the commands that read a library once and answer from it: {@code --guides DIR}, {@code --format}. */
final class AnswerOptions {

  /** The two output formats. */
  enum Format { text, json }

  @Option(names = "--guides", paramLabel = "DIR", description = "Guide library directory (default: built-in seeds).")
  Path guides;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  /** Whether answers are written as JSON, one object each. */
  boolean json() {
    return format == Format.json;
  }

  /** Errors named before an answer; more are counted (lint lists them all). */
  private static final int ERRORS_NAMED = 10;

  /**
   * Reads the library once; null after saying on {@code err} why it could not be read. Errors in it are named on
   * {@code err} first: the guide asked for may be one they left out.
   */
  GuideCatalog read(Clock clock, PrintWriter err) {
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.of(guides), new GuideReader(clock), null)) {
      List<Finding> errors = library.findings().stream().filter(Finding::isError).toList();
      errors.stream().limit(ERRORS_NAMED).forEach(err::println);
      if (errors.size() > ERRORS_NAMED) {
        err.println((errors.size() - ERRORS_NAMED) + " more errors; the lint command lists them");
      }
      return library.catalog();
    } catch (RuntimeException e) {
      err.println("Cannot read the guide library: " + e.getMessage());
      return null;
    }
  }
}
