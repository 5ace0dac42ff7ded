package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.compcoach.guide.GuideReader;
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

/** The library's own load line counts errors, warnings and info apart: info lines are not warnings. */
class GuideLibraryLogTest {

  @TempDir
  Path dir;

  private final Logger logger = (Logger) LoggerFactory.getLogger(GuideLibrary.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level level;

  @BeforeEach
  void capture() {
    level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void release() {
    logger.detachAppender(lines);
    logger.setLevel(level);
  }

  @Test
  void open_guideWithDerivedTotalsAndNoSources_countsOneWarningAndTwoInfoLinesApart() throws Exception {
    Path file = dir.resolve("acme/data-engineer.md");
    Files.createDirectories(file.getParent());
    // Two rows without a total: two info lines (derived). No sources: one warning.
    Files.writeString(file, """
        # Data Engineer | Acme Negotiation Guide

        ## Pay

        | Region | Base | Stock | Bonus |
        |---|---|---|---|
        | Denver, CO | $140K–$175K | $25K–$40K | $14K–$18K |
        | Austin, TX | $130K–$165K | $20K–$35K | $12K–$16K |

        ## Levers

        1. **Market lever**
        > "Comparable offers pay a base of $175K; I'd like the base there."
        """);

    try (GuideLibrary library = GuideLibrary.open(LibrarySource.directory(dir),
        new GuideReader(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC)), null)) {
      List<String> told = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
          .filter(m -> m.startsWith("guide library")).toList();

      assertEquals(List.of("guide library " + LibrarySource.directory(dir).describe()
          + ": 1 guides served, 0 errors, 1 warnings, 2 info"), told);
    }
  }
}
