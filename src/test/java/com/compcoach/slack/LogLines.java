package com.compcoach.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The app's log lines while a test runs, as "LEVEL Logger: message" (the logger's simple name). */
final class LogLines {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  private LogLines() {
    lines.start();
    root.addAppender(lines);
  }

  static LogLines capture() {
    return new LogLines();
  }

  void stop() {
    root.detachAppender(lines);
  }

  List<String> all() {
    return lines.list.stream().map(line -> line.getLevel() + " "
        + line.getLoggerName().substring(line.getLoggerName().lastIndexOf('.') + 1) + ": "
        + line.getFormattedMessage()).toList();
  }
}
