package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer in letter-led shorthand, each figure led by its part's first letter ("b190/b15%/e240x4"), a recruiter's
 * letter after it ("cand wants 190b + 20s": base and sign-on), and "s/o" for a sign-on ("s/o 20"): written out in words
 * before the offer is read, and said back, so no figure is lost or taken as another part's.
 */
final class LetterShorthand {

  /** One letter, a figure, and a grant's years ("e240x4"). */
  // Two digits at least: "e5/e6" are levels, never figures.
  private static final String ITEM = "([bes])(\\$?\\d{2,3}(?:[.,]\\d{1,3})?[kK]?%?)(?:x(\\d{1,2}))?";
  /** Two or more such items, joined by slashes, commas or blanks, standing alone. */
  private static final Pattern RUN = Pattern.compile("(?i)(?<![\\w/])" + ITEM + "(?:\\s*[/,]\\s*" + ITEM + ")+"
      + "(?![\\w/])");
  private static final Pattern ONE = Pattern.compile("(?i)" + ITEM);
  /** "190b", "20s", "25ks": a figure with its part's letter after it; "b" is never billions at pay's size. */
  // Two or three digits and no currency sign: "$200B" is a company's worth, "her 20s" an age with no "b" beside it.
  // "in my 20s", "her 30s", "the 90s": a decade or an age, never a sign-on.
  private static final Pattern TRAILING = Pattern.compile("(?i)(?<!\\b(?:my|her|his|their|your|our|the|early|mid|late)"
      + "\\s)(?<![\\w$.,])(\\d{2,3}(?:\\.\\d{1,2})?)(k?)([bs])(?!\\w|/o\\b)");
  /** "s/o 20", "s/o: 25k", "20k s/o": a sign-on. */
  private static final Pattern SIGN_ON = Pattern.compile("(?i)(?<![\\w/])s/o(?![\\w/])");

  private LetterShorthand() {}

  /** The message with its shorthand written out, or null when it has none. */
  static Rewritten value(String message) {
    List<String> said = new ArrayList<>();
    Matcher run = RUN.matcher(message);
    StringBuilder out = new StringBuilder();
    while (run.find()) {
      List<String> parts = new ArrayList<>();
      Matcher item = ONE.matcher(run.group());
      while (item.find()) {
        String figure = item.group(2);
        char letter = Character.toLowerCase(item.group(1).charAt(0));
        String part = letter == 'e' ? "equity" : letter == 's' ? "sign-on" : figure.endsWith("%") ? "bonus" : "base";
        parts.add(part + " " + figure + (item.group(3) == null ? "" : " over " + item.group(3) + " years"));
      }
      said.add("\"" + run.group() + "\" as " + String.join(", ", parts));
      run.appendReplacement(out, Matcher.quoteReplacement(String.join(", ", parts)));
    }
    run.appendTail(out);
    String text = trailing(out.toString(), said);
    if (SIGN_ON.matcher(text).find()) {
      said.add("\"s/o\" as sign-on");
      text = SIGN_ON.matcher(text).replaceAll("sign-on");
    }
    return said.isEmpty() ? null : new Rewritten(text, "Read " + Cards.join(said) + ".");
  }

  /** The text with each trailing letter written out, when one figure at least has a "b" (base) after it. */
  private static String trailing(String text, List<String> said) {
    Matcher any = TRAILING.matcher(text);
    boolean base = false;
    while (any.find()) {
      base |= any.group(3).equalsIgnoreCase("b");
    }
    if (!base) {
      return text;
    }
    Matcher m = TRAILING.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean signOn = m.group(3).equalsIgnoreCase("s");
      // A sign-on is thousands, as the base beside it is: "20s" is $20,000, never $20.
      String written = m.group(1) + (signOn ? "k" : m.group(2)) + (signOn ? " sign-on" : " base");
      said.add("\"" + m.group() + "\" as " + written);
      m.appendReplacement(out, Matcher.quoteReplacement(written));
    }
    m.appendTail(out);
    return out.toString();
  }
}
