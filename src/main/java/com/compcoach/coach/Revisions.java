package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Their answer to a counter, a correction of the user's own, or two offers swapped. */
final class Revisions {

  private Revisions() {}

  /** Phrases that report their answer to a counter; plain substring checks, cheaper than one big pattern. */
  static final List<String> REVISION = List.of("came back", "come back", "comes back", "countered",
      "revised", "raised", "increased", "bumped", "moved up", "moved to", "updated", "new offer", "now offer",
      "improved", "went up", "went to", "upped", "agreed to", "they said", "they offered instead", "moved", "came up",
      "sweetened", "matched", "instead", "now offering", "now offer", "budged", "threw in", "thrown in",
      "tossed in", "added",
      // The recruiter's own words quoted: "she said \"we can do 190 but that's the top\"".
      "we can do", "we could do", "we can go to", "we could go to", "we can offer", "we could offer",
      // The company's side deciding its move: "ok we'll do 200. draft a closing note".
      // Not "let's do": "ok lets do 200 then" is as often the candidate's own ask.
      "we'll do", "we will do", "we'll go to", "we will go to", "we'll offer", "we will offer",
      "we'll move to", "we'll bump", "we'll raise",
      // "she answered my ask with 225": their answer, named by what it answers.
      "answered my ask", "answered my counter", "responded to my ask", "responded to my counter", "replied to my ask",
      "replied to my counter", "countered my",
      // The recruiter's reply pasted after a counter: "we were able to get approval for $192,000 base. Everything
      // else stays the same."
      "were able to", "we're able to", "got approval for", "get approval for", "got it approved", "everything else stays",
      "everything else remains", "everything else is the same", "everything else the same",
      // "they also said they can do a 10k sign on if i sign this week": a part they add after the counter is part of
      // their answer, weighed against the ask, never a fresh offer that plans the first counter again.
      "they can also do", "they could also do", "they also said", "they can add",
      "they could add", "they'll add", "they will add", "they can throw in", "they could throw in",
      "they'll throw in", "they offered to add",
      // "they did 172 + 15k signing", "best they can do is 180 and 15k sign-on": their move said with a plain verb.
      "they did", "they can do", "they could do", "they'll do", "they will do", "best they can do",
      "best they could do", "they gave me", "they landed at", "they settled on");

  /** Words that mark the user fixing what they typed: a correction, never their answer to a counter. */
  static final List<String> SELF_CORRECTION = List.of("sorry", "i meant", "i mean ", "oops", "typo",
      "my bad", "mistyped", "correction", "i misread", "actually i", "i wrote", "should have said", "should be");

  /**
   * Whether a message says the figure is their answer before it ("they came back at 195", "they went to 165") or
   * says "instead", or calls it their best after it ("186 is the best they can do"): "190k and they said hybrid 3 days"
   * is no answer of theirs about the 190k.
   */
  static boolean answeredWith(String message, String figure) {
    String lower = message.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(figure.toLowerCase(Locale.ROOT));
    return at >= 0 && (Phrases.containsAny(lower.substring(0, at), REVISION) || lower.contains("instead")
        || calledTheirBest(message));
  }

  /** Whether the message calls a figure their best or final ("186 is the best they can do"): their answer. */
  static boolean calledTheirBest(String message) {
    return CALLED_BEST.matcher(message.toLowerCase(Locale.ROOT)).find();
  }

  // "186 is the best they can do", "192 is their final offer"; never "185 is the best i can hope for".
  private static final Pattern CALLED_BEST = Pattern.compile("\\d\\s*k?\\s*(?:base\\s+)?(?:is|was|'s)\\s+"
      + "(?:(?:the|their)\\s+(?:very\\s+)?(?:best|final)\\s+(?:offer|number|they|he|she|the\\s+company|we)\\b"
      + "|their\\s+(?:very\\s+)?(?:best|final|max|limit)\\b)");

  /** Their answer said as a match, with no figure: "they matched google", "ally matched it", "they'll match". */
  static final Pattern MATCHED = Pattern.compile("\\b(?:matched|will match|'ll match|agreed to match|match(?:ed)?"
      + " (?:it|that|them|their|the other|the competing))\\b");

  /** The user gave two companies' figures the wrong way round. */
  static final List<String> SWAPPED = List.of("mixed them up", "mixed up", "swapped them", "i swapped",
      "switched them", "other way around", "other way round", "the other way", "got them backwards",
      "backwards", "mixed the two");
}
