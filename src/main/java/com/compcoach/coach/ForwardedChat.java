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

  /** A sender that is the user: their own lines in the paste are their words, never the recruiter's. */
  private static final Pattern OWN = Pattern.compile("(?i)me|you|i|myself");

  /** A line the user adds under the paste: "I was hoping for 210k base. what should i ask for?". */
  private static final Pattern USERS_LINE = Pattern.compile("(?i)^(?:i\\b|i'm\\b|im\\b|my\\b|what\\b|should\\b|how\\b"
      + "|can\\b|is\\b|so\\b|thoughts\\b|any\\b|do\\b).*|.*\\?\\s*$");

  /**
   * The message with the first sender's stamped lines said as their quoted words; the user's own lines (stamped "Me",
   * another sender's, or a line of theirs under the paste) follow as the user's. The message as it was when none is.
   */
  static String unstamped(String text) {
    List<String> words = new ArrayList<>();
    List<String> own = new ArrayList<>();
    String lead = "";
    String sender = null;
    for (String line : text.split("\\R")) {
      Matcher m = STAMP.matcher(line);
      if (m.find()) {
        String who = m.group(1).strip();
        sender = sender == null ? who : sender;
        boolean theirs = who.equalsIgnoreCase(sender) && !OWN.matcher(sender).matches() && own.isEmpty();
        (theirs ? words : own).add(line.substring(m.end()).strip());
      } else if (sender == null) {
        lead = (lead + " " + line.strip()).strip();
      } else if (!line.isBlank()) {
        // A line under a stamped one goes on with it, unless it is the user's own ("what should i ask for?").
        (own.isEmpty() && !words.isEmpty() && !USERS_LINE.matcher(line.strip()).matches() ? words : own)
            .add(line.strip());
      }
    }
    if (sender == null) {
      return text;
    }
    // The quote ends its sentence, so the user's words after it are read as a sentence of their own.
    String quoted = words.isEmpty() ? "" : sender + ": \"" + String.join(" ", words).replace('"', '\'').strip() + "\""
        + (own.isEmpty() ? "" : ".");
    return String.join(" ", java.util.stream.Stream.of(lead, quoted, String.join(" ", own))
        .filter(x -> !x.isEmpty()).toList());
  }
}
