package com.compcoach.coach;

import java.util.regex.Pattern;

/**
 * Where someone stands, put in quote marks as they said it: "he's \"at about 165 all in\" right now" is read as "he's
 * at about 165 all in right now", their pay today, never a quoted ask or a figure of the offer.
 */
final class ReportedStanding {

  private static final Pattern QUOTED = Pattern.compile("(?i)(\\b(?:he|she|they|i)(?:['’](?:s|re|m)|\\s+(?:is|are|am))"
      + "\\s+)[\"“](\\s*(?:at|on|making|earning|paid)\\b[^\"”\\n]{1,60})[\"”]");

  private ReportedStanding() {}

  /** The message with such quote marks left out, or the message as it was. */
  static String unquoted(String message) {
    return message.indexOf('"') < 0 && message.indexOf('“') < 0 ? message : QUOTED.matcher(message).replaceAll("$1$2");
  }
}
