package com.compcoach.guide;

import java.util.List;
import java.util.Objects;

/**
 * One thing lint has to say about a guide file.
 *
 * @param path    the file's path relative to the library root
 * @param line    1-based line in the file (frontmatter included)
 * @param message what is wrong, naming the value
 */
public record Finding(String path, int line, Severity severity, String message) {

  public Finding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    line = Math.max(1, line);
  }

  public static Finding error(String path, int line, String message) {
    return new Finding(path, line, Severity.ERROR, message);
  }

  public static Finding warning(String path, int line, String message) {
    return new Finding(path, line, Severity.WARNING, message);
  }

  /** A line that says how a figure was read: it changes nothing. */
  public static Finding info(String path, int line, String message) {
    return new Finding(path, line, Severity.INFO, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The errors and warnings a list holds, counted as people write it: "0 errors, 1 warning" (info lines aside). */
  public static String tally(List<Finding> findings) {
    long errors = findings.stream().filter(Finding::isError).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
  }

  /** The lint line: {@code path:line: error|warning: message}. */
  @Override
  public String toString() {
    return path + ":" + line + ": " + severity.label() + ": " + message;
  }
}
