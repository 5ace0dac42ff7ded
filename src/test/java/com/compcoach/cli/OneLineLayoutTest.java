package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** What an operator's log shows of an event, whatever a request or a library put in it. */
class OneLineLayoutTest {

  private final LoggerContext context = new LoggerContext();
  private final OneLineLayout layout = new OneLineLayout();

  private String line(String logger, Level level, String message, Throwable thrown, Object... args) {
    layout.setContext(context);
    Logger named = context.getLogger(logger);
    return layout.doLayout(new LoggingEvent(Logger.class.getName(), named, level, message, thrown, args));
  }

  @Test
  void doLayout_ourMessageWithALineBreak_staysOneLineWithTheBreakEscaped() {
    String line = line("com.compcoach.library.LintLog", Level.WARN, "cannot read {}", null,
        "acme/x.md\n12:00:00.000 ERROR forged - line");

    assertEquals(1, line.lines().count(), line);
    assertTrue(line.endsWith("WARN  c.c.library.LintLog - cannot read acme/x.md\\n12:00:00.000 ERROR forged - line"
        + System.lineSeparator()), line);
  }

  @Test
  void doLayout_libraryLogsABody_showsItsWordingWithoutTheBody() {
    String line = line("com.slack.api.bolt.util.SlackRequestParser", Level.WARN, "No request pattern detected for {}",
        null, "text=they offered 180k base&token=xoxb-123");

    assertTrue(line.contains("WARN  c.s.a.b.u.SlackRequestParser - No request pattern detected for [...]"), line);
    assertFalse(line.contains("180k") || line.contains("xoxb"), line);
  }

  @Test
  void doLayout_libraryExceptionQuotingInput_showsOnlyItsClassAndWhere() {
    IllegalArgumentException quoting = new IllegalArgumentException("Unrecognized token 'offered': 180k",
        new IllegalStateException("at 'they offered 180k'"));

    String line = line("org.eclipse.jetty.server.Response", Level.WARN, "writeError: status={}", quoting, 500);

    assertEquals(1, line.lines().count(), line);
    assertTrue(line.contains("writeError: status=[...] [java.lang.IllegalArgumentException at "), line);
    assertTrue(line.contains("; caused by java.lang.IllegalStateException at "), line);
    assertFalse(line.contains("180k") || line.contains("offered"), line);
  }

  @Test
  void doLayout_ourExceptionWithAMultiLineMessage_isOneLine() {
    String line = line("com.compcoach.library.GuideLibrary", Level.WARN, "reading {} failed",
        new IllegalStateException("first\nsecond\u2028third"), "acme/x.md");

    assertEquals(1, line.lines().count(), line);
    assertTrue(line.contains("reading acme/x.md failed [java.lang.IllegalStateException: first\\nsecond\\u2028third"
        + " at "), line);
  }

  @Test
  void doLayout_messageOfMegabytes_isCappedAndSaysHowMuchWasLeft() {
    String line = line("com.compcoach.slack.WebApi", Level.INFO, "{}", null, "x".repeat(1_000_000));

    assertTrue(line.length() < OneLineLayout.MAX_MESSAGE + 200, "length " + line.length());
    assertTrue(line.contains("... (" + (1_000_000 - OneLineLayout.MAX_MESSAGE) + " more characters)"), line);
  }
}
