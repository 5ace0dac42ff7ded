package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat thread pasted as a guide ("Priya Nair  10:42 AM" over each message): a conversation about pay, whose speakers
 * and replies ("and remote?", "remote is Denver numbers") no reader of guides can weigh, so it is refused by name.
 */
final class PastedChat {

  /** A speaker's line as Slack and Teams copy it: a name, then the time it was sent. */
  private static final Pattern SPEAKER_LINE = Pattern.compile(
      "(?m)^\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}\\s{1,4}\\d{1,2}:\\d{2}\\s?[AaPp][Mm]\\s*$");

  private PastedChat() {}

  /** The first speaker's line of a pasted chat (two or more in the text), or null for a guide. */
  static String firstSpeaker(String text) {
    // A cheap look first: a chat's times end their lines in AM or PM; most guides hold none.
    if (!text.contains("M\n") && !text.contains("m\n") && !text.contains("M\r") && !text.contains("m\r")) {
      return null;
    }
    Matcher m = SPEAKER_LINE.matcher(text);
    if (!m.find()) {
      return null;
    }
    String first = m.group().strip();
    return m.find() ? first : null;
  }
}
