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

  /** A line that opens on a day or a month is a time slot, not a speaker. */
  private static final Pattern DAY_OR_MONTH = Pattern.compile("(?i)\\s*(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow"
      + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

  private PastedChat() {}

  /** The first speaker's line of a pasted chat (three or more in the text), or null for a guide. */
  static String firstSpeaker(String text) {
    // A cheap look first: a chat's times end their lines in AM or PM; most guides hold none.
    if (!text.contains("M\n") && !text.contains("m\n") && !text.contains("M\r") && !text.contains("m\r")) {
      return null;
    }
    Matcher m = SPEAKER_LINE.matcher(text);
    String first = null;
    int count = 0;
    while (m.find()) {
      if (!DAY_OR_MONTH.matcher(m.group()).lookingAt()) {
        first = first == null ? m.group().strip() : first;
        count++;
      }
    }
    // Three speakers' lines or more: "Tuesday 10:00 AM" over "Thursday 2:30 PM" are slots, not a chat.
    return count >= 3 ? first : null;
  }
}
