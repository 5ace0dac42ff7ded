package com.compcoach.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}): one line per event on stderr
 * ({@link OneLineLayout}: control characters escaped, libraries' arguments left out), because
 * stdout belongs to the commands' output ({@code ask} and {@code chat} in JSON must stay parseable) and container
 * runtimes collect both. Slack's SDK logs request and response bodies at DEBUG, and those hold message text and
 * offer figures, so it and the other libraries stay at WARN. Code rather than {@code logback.xml}: reading XML cost
 * every start about 400 classes and a third of a second. A file named by {@code -Dlogback.configurationFile} still
 * wins.
 */
public final class StderrLogging extends ContextAwareBase implements Configurator {

  /** Libraries kept at WARN. */
  static final List<String> QUIET = List.of("com.slack", "org.eclipse.jetty", "org.glassfish.tyrus", "io.lettuce",
      "io.netty", "okhttp3");

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    OneLineLayout layout = new OneLineLayout();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(stderr);
    QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
