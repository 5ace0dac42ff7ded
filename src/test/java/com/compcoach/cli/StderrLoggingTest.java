package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The logging every command starts with: one line an event on stderr, nothing on stdout, libraries at WARN. */
class StderrLoggingTest {

  @Test
  void configure_freshContext_writesInfoLinesToStderrAndKeepsSlacksDebugOut() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // as slf4j's logback provider sets it for the real context
    StderrLogging logging = new StderrLogging();
    logging.setContext(context);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream realErr = System.err;
    PrintStream realOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(context));
      context.getLogger("com.compcoach.slack.WebApi").info("chat.postMessage failed: {}", "ratelimited");
      context.getLogger("com.slack.api.methods").debug("request body: they offered 180k");
      context.getLogger("com.slack.api.methods").warn("slack warning");
    } finally {
      System.setErr(realErr);
      System.setOut(realOut);
      context.stop();
    }

    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(2, lines.length, String.join("\n", lines));
    assertTrue(lines[0].matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  c\\.c\\.slack\\.WebApi - chat\\.postMessage failed: "
        + "ratelimited"), lines[0]);
    assertTrue(lines[1].endsWith("WARN  c.slack.api.methods - slack warning"), lines[1]);
    assertEquals("", out.toString(StandardCharsets.UTF_8), "stdout is the commands' own");
  }

  @Test
  void configure_operatorNamedAConfigurationFile_leavesItToLogbacksOwnReader() {
    LoggerContext context = new LoggerContext();
    StderrLogging logging = new StderrLogging();
    logging.setContext(context);
    System.setProperty("logback.configurationFile", "/etc/comp-coach/logback.xml");
    try {
      assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, logging.configure(context));
      assertFalse(context.getLogger("ROOT").iteratorForAppenders().hasNext(), "no appender of ours added");
    } finally {
      System.clearProperty("logback.configurationFile");
      context.stop();
    }
  }
}
