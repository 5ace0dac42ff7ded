package com.compcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests run wherever Chromium is: named by the environment, or on the PATH under its usual names. */
class BrowserBinariesTest {

  @TempDir
  Path dir;

  @Test
  void find_variablesSet_usesThemOverThePath() throws IOException {
    Path browser = executable("opt/chrome/chrome");
    Path driver = executable("opt/chrome/chromedriver");
    Path onPath = executable("bin/chromium");
    executable("bin/chromedriver");

    BrowserBinaries found = BrowserBinaries.find(Map.of("CHROME_BIN", browser.toString(),
        "CHROMEDRIVER", driver.toString(), "PATH", onPath.getParent().toString()));

    assertEquals(new BrowserBinaries(browser, driver), found);
  }

  @Test
  void find_severalNamesOnThePath_prefersChromiumWhereverItIs() throws IOException {
    executable("first/chromium-browser");
    executable("second/chromium");
    Path driver = executable("second/chromedriver");

    BrowserBinaries found = BrowserBinaries.find(Map.of("PATH",
        dir.resolve("first") + File.pathSeparator + dir.resolve("second")));

    assertEquals(dir.resolve("second/chromium"), found.browser(), "chromium is the first name tried");
    assertEquals(driver, found.driver());
  }

  @Test
  void find_googleChromeOnly_isTaken() throws IOException {
    Path chrome = executable("bin/google-chrome");
    executable("bin/chromedriver");

    assertEquals(chrome, BrowserBinaries.find(Map.of("PATH", chrome.getParent().toString())).browser());
  }

  @Test
  void find_nothingAnywhere_failsWithOneLineSayingHowToInstall() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> BrowserBinaries.find(Map.of("PATH", dir.toString())));

    assertTrue(e.getMessage().startsWith("The browser tests found no Chromium and chromedriver"), e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install chromium chromium-driver"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void find_driverMissing_namesTheDriver() throws IOException {
    Path browser = executable("bin/chromium");

    AssertionError e = assertThrows(AssertionError.class,
        () -> BrowserBinaries.find(Map.of("PATH", browser.getParent().toString())));

    assertTrue(e.getMessage().startsWith("The browser tests found no chromedriver"), e.getMessage());
  }

  @Test
  void find_variableNamesAMissingFile_failsNamingTheVariable() throws IOException {
    executable("bin/chromium");
    executable("bin/chromedriver");

    AssertionError e = assertThrows(AssertionError.class, () -> BrowserBinaries.find(Map.of(
        "CHROME_BIN", dir.resolve("nowhere/chrome").toString(), "PATH", dir.resolve("bin").toString())));

    assertTrue(e.getMessage().startsWith("CHROME_BIN=" + dir.resolve("nowhere/chrome")), e.getMessage());
  }

  private Path executable(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
