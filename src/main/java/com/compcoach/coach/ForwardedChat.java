package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recruiter's chat forwarded with its stamps ("[10:42] Sarah: we'd like to offer you 185k base", "12/6/26, 10:42 -
 * Sarah: …"): the stamps are no figures and the lines are the sender's words, so the message is read as one quoted
 * line ('Sarah: "…"'), never as a letter or in the user's own voice.
 */
final class ForwardedChat {

  /** A line's time stamp (with a date beside it or not) and its sender, at the line's start. */
  private static final Pattern STAMP = Pattern.compile("^\\s*(?:\\[[^\\]\\n]{0,24}?\\b\\d{1,2}:\\d{2}(?::\\d{2})?"
      + "(?:\\s*[ap]\\.?m\\.?)?[^\\]\\n]{0,24}\\]|(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4},?\\s+)?\\d{1,2}:\\d{2}"
      + "(?:\\s*[ap]\\.?m\\.?)?\\s+[-–])\\s*([\\p{L}][\\p{L}.' ]{0,30}?):\\s+", Pattern.CASE_INSENSITIVE);

  private ForwardedChat() {}

  /** The message with its stamped lines said as the sender's quoted words; the message as it was when none is. */
  static String unstamped(String text) {
    List<String> words = new ArrayList<>();
    String lead = "";
    String sender = null;
    for (String line : text.split("\\R")) {
      Matcher m = STAMP.matcher(line);
      if (m.find()) {
        sender = sender == null ? m.group(1).strip() : sender;
        words.add(line.substring(m.end()).strip());
      } else if (sender == null) {
        lead = (lead + " " + line.strip()).strip();
      } else {
        words.add(line.strip());
      }
    }
    if (sender == null) {
      return text;
    }
    String quoted = sender + ": \"" + String.join(" ", words).replace('"', '\'') + "\"";
    return lead.isEmpty() ? quoted : lead + " " + quoted;
  }
}
