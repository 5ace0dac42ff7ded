package com.compcoach.letter;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a word a PDF broke at a line end ("Ana-" / "lyst", "eligi-" / "ble") from a compound that breaks at its own
 * hyphen ("sign-" / "on", "pro-" / "rated", "full-" / "time"): the letter's own spelling elsewhere decides, else the
 * first part, which for a compound is a word or prefix that takes a hyphen.
 */
final class Hyphenation {

  /** First parts that are whole words or prefixes written with a hyphen in pay letters. */
  private static final Set<String> COMPOUND_FIRST = Set.of("sign", "full", "part", "pro", "one", "two", "three",
      "four", "five", "six", "non", "co", "self", "semi", "bi", "long", "short", "first", "second", "year", "well",
      "mid", "pre", "post", "cross", "multi", "e", "on", "off", "in", "ex", "vice", "high", "low", "start", "follow",
      "to", "all", "re", "sub", "out", "up", "make", "buy", "double", "single", "time", "back", "front",
      "end", "per", "at", "will", "on-target", "top", "cliff", "lump", "fixed", "new", "hire", "paid", "tax", "pay");
  /** A letter's own spellings are looked up only so often: the rest go by their first part. */
  private static final int LOOKUPS = 16;

  private final String text;
  private int lookups = LOOKUPS;

  /** For one letter's text, whose own spellings decide. */
  Hyphenation(String text) {
    this.text = text;
  }

  /**
   * Whether the line break after a hyphen at the paragraph's end split one word, so the hyphen goes: only before a
   * lower-case letter, after letters.
   */
  boolean broken(CharSequence paragraph, String next) {
    int end = paragraph.length() - 1;
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || end < 1
        || !Character.isLetter(paragraph.charAt(end - 1))) {
      return false;
    }
    int w = end;
    while (w > 0 && Character.isLetter(paragraph.charAt(w - 1))) {
      w--;
    }
    String first = paragraph.subSequence(w, end).toString();
    int r = 0;
    while (r < next.length() && Character.isLetter(next.charAt(r))) {
      r++;
    }
    String rest = next.substring(0, r);
    if (lookups > 0 && !rest.isEmpty()) {
      // Each look costs the letter's length; a letter hyphenates a few lines, noise may hyphenate thousands.
      lookups--;
      if (contains(text, first + rest)) {
        return true;
      }
      if (contains(text, first + "-" + rest)) {
        return false;
      }
    }
    return !COMPOUND_FIRST.contains(first.toLowerCase(Locale.ROOT));
  }

  /** Whether the text writes the word whole, on one line. */
  private static boolean contains(String text, String word) {
    int at = text.indexOf(word);
    while (at >= 0) {
      boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
      boolean endsWord = at + word.length() >= text.length() || !Character.isLetter(text.charAt(at + word.length()));
      if (startsWord && endsWord) {
        return true;
      }
      at = text.indexOf(word, at + 1);
    }
    return false;
  }
}
