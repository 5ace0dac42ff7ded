package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.compcoach.guide.GuideReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What an operator reads in a running app's log when someone breaks, leaves broken, and fixes a guide. */
class LintLogTest {

  private static final Clock BEFORE_REVIEW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final String GBP = "gbp-cad-millions/staff-engineer.md";

  @TempDir
  Path dir;

  private final Logger logger = (Logger) LoggerFactory.getLogger(LintLog.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void capture() {
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void release() {
    logger.detachAppender(lines);
  }

  private void write(String text) throws IOException {
    Path file = dir.resolve(GBP);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String fixture() throws Exception {
    return Files.readString(Path.of(LintLogTest.class.getResource("/guides/library/" + GBP).toURI()));
  }

  /** The log lines since the last call, as "LEVEL message". */
  private List<String> told() {
    List<String> out = lines.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    lines.list.clear();
    return out;
  }

  @Test
  void reloads_breakLeaveBrokenAndFix_tellTheErrorOnceWithTheLastGoodVersionAndTheCountsEachTime() throws Exception {
    write(fixture());
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(BEFORE_REVIEW),
        null)) {
      LintLog.attach(library);
      assertEquals(List.of("INFO guides in " + dir + ": 1 served, 0 errors, 0 warnings"), told());

      write(fixture().replace("| Location | Base | Equity per year | Annual bonus | TC |",
          "| Location | Pay | Equity per year | Annual bonus | Sum |"));
      library.reload();
      assertEquals(List.of(
          "INFO guides in " + dir + ": 1 served, 1 error, 1 warning (the lint command lists them)",
          "WARN " + GBP + ":1: error: no pay table: no table has a header naming a base column and a total column,"
              + " and no place is written with its pay; write a table (| Region | Base | Stock | Bonus | Total |) or a"
              + " line per place ('Austin: base $150K–$180K, stock $20K–$30K a year, bonus 10%')",
          "WARN " + GBP + ":1: warning: serving the last good version of this guide until its errors are fixed"),
          told());

      library.reload();
      assertEquals(List.of("INFO guides in " + dir + ": 1 served, 1 error, 1 warning (the lint command lists them)"),
          told(), "an error already told is not told again");

      write(fixture());
      library.reload();
      assertEquals(List.of("INFO guides in " + dir + ": 1 served, 0 errors, 0 warnings"), told());
    }
  }

  @Test
  void load_manyBrokenGuides_listsTheFirstFilesAndCountsTheRest() throws Exception {
    String broken = fixture().replace("| Location | Base | Equity per year | Annual bonus | TC |", "| Location |");
    for (int i = 0; i < LintLog.FILES_LISTED + 3; i++) {
      Path file = dir.resolve("company-" + (100 + i) + "/staff-engineer.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, broken);
    }
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(BEFORE_REVIEW),
        null)) {
      LintLog.attach(library);
    }
    List<String> told = told();

    assertEquals(1 + LintLog.FILES_LISTED + 1, told.size(), told.toString());
    assertEquals("WARN 3 more guides in " + dir + " have new errors; the lint command lists them",
        told.get(told.size() - 1));
  }
}
