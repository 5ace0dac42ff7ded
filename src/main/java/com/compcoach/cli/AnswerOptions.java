package com.compcoach.cli;

import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
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

  /** Reads the library once; null after saying on {@code err} why it could not be read. */
  GuideCatalog read(Clock clock, PrintWriter err) {
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.of(guides), new GuideReader(clock), null)) {
      return library.catalog();
    } catch (RuntimeException e) {
      err.println("Cannot read the guide library: " + e.getMessage());
      return null;
    }
  }
}
