package com.compcoach.coach;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two companies' offers set against each other in one message, each led by its name ("ally 185 base/15%/40k rsu vs
 * capital one 200 base/10%/30k rsu"): written as each company offering its own figures, so the reader gives each
 * side to its company and never takes two bases as one offer's.
 */
final class SideBySide {

  /** A name of one to three words right before a figure, at the start of the message or after "vs". */
  private static final String NAME = "((?:[a-z][\\w&.'-]*\\s+){0,2}[a-z][\\w&.'-]*)\\s*:?\\s+(?=[$£€]?\\d)";
  private static final Pattern LEFT = Pattern.compile("(?i)^\\s*" + NAME);
  private static final Pattern RIGHT = Pattern.compile("(?i)\\s+(?:vs\\.?|versus)\\s+" + NAME);
  /** Words that lead a figure without naming a company: "offer 185 vs stripe 200" is read as it stands. */
  private static final Set<String> NO_NAME = Set.of("offer", "the", "their", "my", "our", "current", "currently",
      "base", "salary", "total", "tc", "stock", "rsu", "rsus", "bonus", "sign-on", "signing", "just", "staying", "stay",
      "a", "an", "new", "old", "now", "today", "here", "there", "what", "is", "at", "was", "of", "about", "around",
      "this", "that", "it", "i", "me", "they", "them", "she", "he", "we", "you", "and", "or", "but", "plus", "cash",
      "equity", "comp", "pay", "paid", "making", "make", "offered", "offers", "gives", "pays", "year", "yr",
      // Openers of a message, never a company's name: "hey so ally 190 base vs …".
      "hey", "hi", "so", "ok", "okay", "got", "well", "um", "hmm", "yo");

  private SideBySide() {}

  /** The message with each side's company offering its figures, or null when it sets no two named offers apart. */
  static Rewritten value(String message) {
    Matcher left = LEFT.matcher(message);
    Matcher right = RIGHT.matcher(message);
    if (!left.find() || !right.find() || !named(left.group(1)) || !named(right.group(1)) || right.find()) {
      return null;
    }
    right.reset().find();
    String text = left.group(1) + " offered " + message.substring(left.end(), right.start()) + ". " + right.group(1)
        + " offered " + message.substring(right.end());
    return new Rewritten(text, "Read the figures before \"vs\" as " + titled(left.group(1)) + "'s offer and those"
        + " after it as " + titled(right.group(1)) + "'s.");
  }

  /** A name as a company writes it: "capital one" is Capital One. */
  private static String titled(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  /** Whether every word of a name could be a company's: none of them a word of pay, time or speech. */
  private static boolean named(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NO_NAME.contains(word.replaceAll("[:.,]+$", ""))) {
        return false;
      }
    }
    return true;
  }
}
