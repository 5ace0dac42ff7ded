package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers told apart by a letter or a number with the company in brackets ("offer A (ally): 185/15%/45k rsu per yr.
 * offer B (fifth third): 200 base, 10% bonus"): each written as its company's own line, so the reader gives each
 * company its figures and never takes two bases as one offer's.
 */
final class LetteredOffers {

  /** "offer A (ally):", "Option 2 (Fifth Third) -", "offer #1 (Globex) =": the label, the company, a mark after. */
  private static final Pattern LABEL = Pattern.compile("(?i)\\b(?:offer|option)\\s*(?:[a-d1-4]|#\\d|one|two|three)"
      + "\\s*\\(\\s*(?<name>[a-z][\\w&.'’ -]{0,38}?[\\w.])\\s*\\)\\s*[:=–—-]\\s*");

  private LetteredOffers() {}

  /** The message with each lettered offer led by its company's name, or null unless two offers or more are. */
  static Rewritten value(String message) {
    if (message.indexOf('(') < 0) {
      return null;
    }
    Matcher m = LABEL.matcher(message);
    StringBuilder out = new StringBuilder();
    int labels = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group("name") + ": "));
      labels++;
    }
    if (labels < 2) {
      return null;
    }
    m.appendTail(out);
    return new Rewritten(out.toString(), null);
  }
}
