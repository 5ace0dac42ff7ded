package com.compcoach.console;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the browser tests find Chromium and its driver: {@code CHROME_BIN} and {@code CHROMEDRIVER} when set, else
 * the first of the usual names on the {@code PATH}. Nothing found is a failure with one line saying how to install
 * them, never a skipped test.
 *
 * @param browser the Chromium (or Chrome) executable
 * @param driver  the chromedriver executable
 */
record BrowserBinaries(Path browser, Path driver) {

  static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
  static final List<String> DRIVERS = List.of("chromedriver");
  static final String HOW_TO_INSTALL = "install Chromium and its driver (Debian/Ubuntu: `apt-get install chromium"
      + " chromium-driver`; macOS: `brew install --cask chromium chromedriver`), or point CHROME_BIN and CHROMEDRIVER"
      + " at them";

  /** From this process's environment. */
  static BrowserBinaries find() {
    return find(System.getenv());
  }

  /** @throws AssertionError in one line naming what is missing and how to install it */
  static BrowserBinaries find(Map<String, String> env) {
    Optional<Path> browser = find(env, "CHROME_BIN", BROWSERS);
    Optional<Path> driver = find(env, "CHROMEDRIVER", DRIVERS);
    if (browser.isEmpty() || driver.isEmpty()) {
      String missing = browser.isEmpty() && driver.isEmpty() ? "Chromium and chromedriver"
          : browser.isEmpty() ? "Chromium (" + String.join(", ", BROWSERS) + ")" : "chromedriver";
      throw new AssertionError("The browser tests found no " + missing + " (CHROME_BIN, CHROMEDRIVER, PATH): "
          + HOW_TO_INSTALL + ".");
    }
    return new BrowserBinaries(browser.get(), driver.get());
  }

  private static Optional<Path> find(Map<String, String> env, String variable, List<String> names) {
    String named = env.get(variable);
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named.trim());
      if (!Files.isExecutable(path)) {
        // A variable set on purpose and wrong is a mistake to point out, not a reason to pick something else.
        throw new AssertionError(variable + "=" + named + " is not an executable file: " + HOW_TO_INSTALL + ".");
      }
      return Optional.of(path);
    }
    String path = env.getOrDefault("PATH", "");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }
}
