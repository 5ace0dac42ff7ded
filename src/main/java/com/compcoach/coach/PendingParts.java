package com.compcoach.coach;

import com.compcoach.guide.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A part of the offer the company has yet to set ("equity TBD", "stock to be confirmed"): said, never read as 0. */
final class PendingParts {

  private PendingParts() {}

  /** The part's word, then the offer's words for "not set yet", within a few words of it, or the other way round. */
  private static final Pattern PENDING = Pattern.compile("\\b(equity|stock|rsus?|options|bonus|sign[- ]?on)\\b"
      + "(?:\\s+(?:grant|amount|piece|part|portion|package))?\\s*(?:is\\s+|are\\s+|still\\s+|:\\s*|-\\s*|=\\s*)*"
      + "(?:tbd|tba|tbc|to\\s+be\\s+(?:confirmed|determined|decided|announced|finali[sz]ed)|pending|not\\s+(?:set|decided|"
      + "confirmed|finali[sz]ed)\\s+yet|still\\s+being\\s+(?:worked\\s+out|finali[sz]ed|decided))\\b"
      + "|\\b(?:tbd|tba|tbc)\\s+(?:on\\s+)?(equity|stock|rsus?|options|bonus)\\b"
      // "no equity mentioned yet", "no stock info yet": the part unsaid so far, never "no equity" (which is 0).
      + "|\\bno\\s+(equity|stock|rsus?|options|bonus|sign[- ]?on)\\s+(?:figure\\s+|number\\s+|amount\\s+)?"
      + "(?:mentioned|discussed|given|shared|info|details)(?:\\s+yet)?\\b");

  /**
   * The note for a message that says a part is still to be set and gives no figure for it, or null. The word test
   * comes first: most messages hold none of "tbd", "tba", "tbc", "to be", "pending", "yet", "being".
   */
  static String note(String lower, Reading reading) {
    if (!(lower.contains("tb") || lower.contains("to be") || lower.contains("pending") || lower.contains(" yet")
        || lower.contains("being") || lower.contains("mention"))) {
      return null;
    }
    Matcher m = PENDING.matcher(lower);
    if (!m.find()) {
      return null;
    }
    String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    Component component = word.startsWith("sign") ? Component.SIGN_ON : word.equals("bonus") ? Component.BONUS
        : Component.STOCK;
    if (reading.figures().stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER && f.component() == component)) {
      return null;
    }
    String part = component == Component.STOCK ? "equity" : component.label();
    return "Their " + part + " isn't set yet, so I've weighed the offer without it, not as 0. Ask them for it in"
        + " writing (for equity: the grant's value and its vesting) before you decide: \"Could you confirm the "
        + part + " in the written offer?\"";
  }
}
