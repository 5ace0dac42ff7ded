package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part named first in a clause of its own and its figure told after it, as people add to an offer in chat: "and
 * bonus, they said 15%", "the sign on, they mentioned 25k", "signing bonus? they said 10k", "relocation - it's 10k".
 * The comma cut the part word from its figure, so the figure was read with no word (or the message as the question
 * "and the bonus?", the figure dropped): the part and its figure are joined as one clause ("and bonus they said
 * 15%"), the way the reader pairs a word before its figure.
 */
final class PartNamedFirst {

  /** The part words a clause may consist of, with the words people open such a clause with. */
  private static final String PART = "(?:annual\\s+|target\\s+|yearly\\s+)?bonus|sign[- ]?on(?:\\s+bonus)?"
      + "|signing(?:\\s+bonus)?|base(?:\\s+salary)?|salary|equity|stock|rsus?|relocation|relo";

  /**
   * The part's clause, then its figure's: after a clause break, an opening word or two ("and", "oh and", "as for"),
   * the part, a comma, "?" or dash, then the figure alone to the clause's end, or who told it ("they said",
   * "recruiter mentioned", "it's") and the figure, maybe hedged or quoted.
   */
  private static final Pattern NAMED_FIRST = Pattern.compile("(?i)(?<head>(?:^|[.!;\\n]\\s*|,\\s*)"
      + "(?:(?:oh|ok|okay|also|and|plus|so|then|as\\s+for|re|regarding|for)\\s+){0,3}(?:the\\s+|a\\s+|my\\s+)?"
      + "(?:" + PART + "))\\s*(?:,|\\?|\\s[-–—])\\s+"
      // "and bonus, 15%": a bare figure that ends its clause is that part's too.
      + "(?=[$£€]?\\d[\\d,.]*\\s*(?:k|%|percent|pct)?\\s*(?:$|[,;!?\\n]|\\.(?:\\s|$))"
      + "|(?:(?:they|she|he|hr|the\\s+recruiter|recruiter|the\\s+hiring\\s+manager|it|that)\\s+"
      + "(?:said|says|mentioned|told\\s+me|quoted|wrote|confirmed|offered|put|is|was|will\\s+be|would\\s+be)\\s+"
      + "|it['’]?s\\s+|its\\s+|that['’]?s\\s+|thats\\s+|they['’]?re\\s+(?:offering|saying)\\s+)"
      + "(?:it['’]?s\\s+|its\\s+|it\\s+is\\s+|it\\s+would\\s+be\\s+|it\\s+will\\s+be\\s+)?[\"“']?"
      + "(?:(?:around|about|roughly|approx\\.?|approximately|like|~)\\s*)?[$£€]?\\d)");

  private PartNamedFirst() {}

  /** The message with each part named first joined to its figure, or null when it holds none. */
  static Rewritten value(String text) {
    Matcher m = NAMED_FIRST.matcher(text);
    if (!m.find()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      out.append(text, last, m.end("head")).append(' ');
      last = m.end();
    } while (m.find());
    out.append(text, last, text.length());
    // No remark: the figure is shown on its part in the offer line, which says how it was read.
    return new Rewritten(out.toString(), null);
  }
}
