package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A candidate or client named by an initial, a number or a first name ("offer out to candidate J at 198 base",
 * "cand #2 is at 180", "my client Priya has 175"): written as "the candidate", so the name is never taken for a
 * company making an offer.
 */
final class CandidateNames {

  /** "candidate J", "cand #2", "client Priya": the word for the person, then what names them. */
  private static final Pattern NAMED = Pattern.compile(
      "\\b(?i:candidate|cand|client)\\s+(?:\\p{Lu}\\.?(?![\\p{L}])|#\\d{1,3}\\b|\\p{Lu}\\p{Ll}{2,12}\\b(?=\\s+(?i:at|is|has|wants|was|got)\\b))");

  private CandidateNames() {}

  /** The message with each named candidate written as "the candidate", or null where none is named so. */
  static Rewritten value(String message) {
    if (message.indexOf("cand") < 0 && message.indexOf("Cand") < 0 && message.indexOf("lient") < 0) {
      return null;
    }
    Matcher m = NAMED.matcher(message);
    if (!m.find()) {
      return null;
    }
    return new Rewritten(m.replaceAll("the candidate"), null);
  }
}
