package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wording a text quotes for the candidate, told apart from what it quotes the other side saying. */
final class Quotes {

  // Wording in double quotes, or in single quotes (British) that close the text: "– 'I'd take 28 days' holiday.'"
  // (an apostrophe inside, as in "days'", is no close, since words follow it).
  static final Pattern QUOTED = Pattern.compile("[“\"„«「『]([^”\"“»」』]{12,})[”\"“»」』]"
      + "|(?<![\\p{L}\\p{N}])['‘](\\p{L}[^\\n]{10,}?)['’](?=[\\s.,;!?)*_]*$)");

  private Quotes() {}

  /** A quote in a text: where its lead starts (the end of the quote before it), where it starts, its words. */
  record Quote(int leadStart, int start, String words) {}

  /** The wording a text quotes ("I'd like…" in straight or curly quotes), or "". */
  static String quoted(String text) {
    Quote q = candidateQuote(text);
    return q == null ? "" : q.words();
  }

  /**
   * The candidate's quote: the first whose lead does not say the other side says it ("Recruiter: “Our band tops
   * out at $200K.” You: “I'd need $215K.”" gives the answer); the first when every quote is theirs; null when the
   * text quotes nothing.
   */
  static Quote candidateQuote(String text) {
    Matcher m = QUOTED.matcher(text);
    Quote first = null;
    int leadStart = 0;
    while (m.find()) {
      Quote q = new Quote(leadStart, m.start(), (m.group(1) != null ? m.group(1) : m.group(2)).strip());
      first = first == null ? q : first;
      if (!ReadingRules.standard().saysTheirs(text.substring(leadStart, m.start()))) {
        return q;
      }
      leadStart = m.end();
    }
    return first;
  }

  /** A text without the one pair of quote marks around the whole of it. */
  static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”")
        || t.startsWith("‘") && t.endsWith("’") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }
}
