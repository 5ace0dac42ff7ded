package com.compcoach.letter;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pasted email thread cut to what is current: a reply quotes the messages before it, and their figures ("$175,000"
 * in the first offer, "$195,000" in the candidate's counter) are not the offer when the newest message states its own.
 */
final class EmailThread {

  /** A line that begins the quoted history: "On Tue, Dec 1, 2026 at 4:02 PM Sam wrote:", "-----Original Message-----". */
  private static final Pattern QUOTE_START = Pattern.compile(
      "(?i)^[\\s>]*(?:on\\s.{4,200}\\swrote:\\s*|-{2,}\\s*original message\\s*-{2,}\\s*"
          + "|(?:le|am)\\s.{4,200}\\s(?:a écrit|schrieb)\\s?:\\s*)$");
  /** "On Tue, Dec 1, 2026 at 4:02 PM Sam Patel <sam@example.com>" whose "wrote:" wrapped onto the next line. */
  private static final Pattern WRAPPED_ON = Pattern.compile("(?i)^\\s*on\\s.{4,200}\\d.{0,200}$");
  private static final Pattern WROTE = Pattern.compile("(?i)^\\s*wrote:\\s*$");
  private static final Pattern HEADER = Pattern.compile("(?i)^\\s*(?:from|to|cc|sent|date|subject):.*");
  private static final Pattern QUOTE_MARKS = Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+");

  private EmailThread() {}

  /**
   * The newest message of a thread when it states a figure of its own; otherwise the whole text with its quote marks
   * taken off (a letter forwarded or quoted below "see below" is still the letter). Text that is no thread is returned
   * without its quote marks (a letter pasted as a Slack block quote).
   */
  static String current(String text) {
    String[] lines = text.split("\n", -1);
    int cut = quoteStart(lines);
    if (cut < 0) {
      return text.indexOf('>') < 0 ? text : QUOTE_MARKS.matcher(text).replaceAll("");
    }
    String newest = String.join("\n", List.of(lines).subList(0, cut));
    boolean figures = LetterFigures.find(newest).stream().anyMatch(a -> a.money() || a.percent());
    return figures ? newest : QUOTE_MARKS.matcher(text).replaceAll("");
  }

  /** The line where the quoted history starts, or -1; an Outlook "From:" block counts only after a message body. */
  private static int quoteStart(String[] lines) {
    boolean body = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (QUOTE_START.matcher(line).matches()
          || WRAPPED_ON.matcher(line).matches() && i + 1 < lines.length && WROTE.matcher(lines[i + 1]).matches()) {
        return i;
      }
      boolean header = HEADER.matcher(line).matches();
      if (header && body && line.strip().toLowerCase(Locale.ROOT).startsWith("from:") && headerFollows(lines, i)) {
        return i;
      }
      body |= !header && !line.isBlank();
    }
    return -1;
  }

  /** Whether an Outlook block follows a "From:" line: its "Sent:" or "Date:" within the next three lines. */
  private static boolean headerFollows(String[] lines, int from) {
    for (int j = from + 1; j < Math.min(lines.length, from + 4); j++) {
      String lower = lines[j].strip().toLowerCase(Locale.ROOT);
      if (lower.startsWith("sent:") || lower.startsWith("date:")) {
        return true;
      }
    }
    return false;
  }
}
