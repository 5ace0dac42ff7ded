package com.compcoach.guide;

/**
 * Where a word starts or ends, as a regular expression's {@code \b} decides it (letters, digits and {@code _} are
 * word characters; a combining mark counts as part of the word it follows). The hand-written scanners use it so
 * that they agree with the grammar they were written from.
 */
final class WordBoundary {

  private WordBoundary() {}

  /** Whether {@code at} lies between a word character and a non-word character (or an end of the text). */
  static boolean at(CharSequence text, int at) {
    boolean left = at > 0 && isWordBefore(text, at);
    boolean right = at < text.length() && isWordAt(text, at);
    return left != right;
  }

  /** Whether {@code at} starts a word: a word character there and none before it. */
  static boolean startsWord(CharSequence text, int at) {
    return at < text.length() && isWordAt(text, at) && !(at > 0 && isWordBefore(text, at));
  }

  private static boolean isWordBefore(CharSequence text, int at) {
    char c = text.charAt(at - 1);
    if (c < 128) {
      return isAsciiWord(c);
    }
    int cp = Character.codePointBefore(text, at);
    return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        && hasBase(text, at - 1);
  }

  private static boolean isWordAt(CharSequence text, int at) {
    char c = text.charAt(at);
    if (c < 128) {
      return isAsciiWord(c);
    }
    int cp = Character.codePointAt(text, at);
    return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(text, at);
  }

  private static boolean isAsciiWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static boolean isWord(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }

  /** A combining mark belongs to a word when the first non-mark before it is a letter or digit. */
  private static boolean hasBase(CharSequence text, int at) {
    for (int x = at; x >= 0; x--) {
      int cp = Character.codePointAt(text, x);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }
}
