package com.compcoach.cli;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log event, one line, whatever it carries: {@code HH:mm:ss.SSS LEVEL logger - message}, control characters
 * (line breaks included) escaped, the message capped, an exception as its classes and where they were thrown.
 *
 * <p>Libraries log what they were handed: Bolt's parser logs a body it cannot classify, Jackson's exceptions quote
 * the JSON they choked on, and those hold message text and offer figures. So a library's line keeps only its own
 * wording (the message pattern, each argument shown as {@code [...]}) and its exceptions only their class names.
 * Our own lines are formatted in full; our code never passes text a user wrote, a figure or a token.
 */
final class OneLineLayout extends LayoutBase<ILoggingEvent> {

  /** The prefix of the loggers whose arguments are shown. */
  static final String OURS = "com.compcoach.";
  /** Longest message kept, so that nothing can turn into a megabyte-long line. */
  static final int MAX_MESSAGE = 2_000;
  /** Causes of an exception shown, outermost first. */
  private static final int MAX_CAUSES = 4;

  private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
  private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);

  @Override
  public String doLayout(ILoggingEvent event) {
    boolean ours = event.getLoggerName().startsWith(OURS);
    StringBuilder line = new StringBuilder(128);
    time.formatTo(Instant.ofEpochMilli(event.getTimeStamp()), line);
    String level = event.getLevel().toString();
    line.append(' ').append(level).append(" ".repeat(Math.max(0, 5 - level.length())));
    line.append(' ').append(abbreviator.abbreviate(event.getLoggerName())).append(" - ");
    String message = ours ? event.getFormattedMessage() : withoutArguments(event.getMessage());
    escape(message == null ? "" : message, MAX_MESSAGE, line);
    IThrowableProxy thrown = event.getThrowableProxy();
    for (int i = 0; thrown != null && i < MAX_CAUSES; i++, thrown = thrown.getCause()) {
      line.append(i == 0 ? " [" : "; caused by ");
      escape(thrown.getClassName(), MAX_MESSAGE, line);
      if (ours && thrown.getMessage() != null) {
        line.append(": ");
        escape(thrown.getMessage(), MAX_MESSAGE / 4, line);
      }
      StackTraceElementProxy[] frames = thrown.getStackTraceElementProxyArray();
      if (frames != null && frames.length > 0) {
        line.append(" at ");
        escape(frames[0].getStackTraceElement().toString(), MAX_MESSAGE / 4, line);
      }
    }
    if (event.getThrowableProxy() != null) {
      line.append(']');
    }
    return line.append(System.lineSeparator()).toString();
  }

  private static String withoutArguments(String pattern) {
    return pattern == null ? null : pattern.replace("{}", "[...]");
  }

  /** Appends at most {@code max} characters of the text, each control or line-separating character escaped. */
  static void escape(String text, int max, StringBuilder to) {
    int end = Math.min(text.length(), max);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> to.append("\\n");
        case '\r' -> to.append("\\r");
        case '\t' -> to.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            to.append(String.format("\\u%04x", (int) c));
          } else {
            to.append(c);
          }
        }
      }
    }
    if (text.length() > max) {
      to.append("... (").append(text.length() - max).append(" more characters)");
    }
  }
}
