package com.compcoach.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of phrases from the rules file, found as whole words, case-insensitively.
 *
 * <p>It finds what one regular expression would, {@code (?<![\p{L}\p{N}])phrase(?![\p{L}\p{N}])|…} longest phrase
 * first, compiled with CASE_INSENSITIVE and UNICODE_CASE (the boundary only on a side where the phrase starts or
 * ends with a letter or digit), match for match. It is written out by hand because that expression tries every
 * phrase at every position of every cell and clause, which made it the reader's largest cost: here a position
 * is tried only against the phrases that start with its letter.
 */
final class Phrases {

  /** One phrase: its characters case-folded as the regex folds them, and which sides need a word boundary. */
  record Phrase(char[] folded, boolean boundaryBefore, boolean boundaryAfter) {}

  private static final Phrase[] NONE = {};

  /** Phrases by their folded first character, longest first (ties in the rules file's order); ASCII by index. */
  private final Phrase[][] ascii = new Phrase[128][];
  /**
   * The other first characters, sorted, and their phrases: a binary search, where a map's boxed key cost 11% of a
   * warm read (a guide's dashes and currency signs are looked up in every set of phrases).
   */
  private final char[] otherFirsts;
  private final Phrase[][] others;
  /** Whether every phrase starts with a letter or digit: then none can start inside a word. */
  private final boolean wordsOnly;

  Phrases(List<String> phrases) {
    Map<Character, List<Phrase>> byFirst = new HashMap<>();
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    for (String p : sorted) {
      char[] folded = new char[p.length()];
      for (int i = 0; i < folded.length; i++) {
        folded[i] = fold(p.charAt(i));
      }
      byFirst.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(new Phrase(folded,
          Character.isLetterOrDigit(p.charAt(0)), Character.isLetterOrDigit(p.charAt(p.length() - 1))));
    }
    wordsOnly = phrases.stream().allMatch(p -> Character.isLetterOrDigit(p.charAt(0)));
    Map<Character, Phrase[]> other = new TreeMap<>();
    byFirst.forEach((first, list) -> {
      Phrase[] array = list.toArray(NONE);
      if (first < 128) {
        ascii[first] = array;
      } else {
        other.put(first, array);
      }
    });
    otherFirsts = new char[other.size()];
    others = new Phrase[other.size()][];
    int i = 0;
    for (Map.Entry<Character, Phrase[]> e : other.entrySet()) {
      otherFirsts[i] = e.getKey();
      others[i++] = e.getValue();
    }
  }

  /** Whether any phrase occurs in the text. */
  boolean in(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (matchAt(text, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The length of the longest phrase occurring in the text; 0 when none does. */
  int longest(String text) {
    int best = 0;
    int i = 0;
    while (i < text.length()) {
      int end = matchAt(text, i);
      if (end < 0) {
        i++;
      } else {
        best = Math.max(best, end - i);
        i = end;
      }
    }
    return best;
  }

  /** Where the phrase the text opens on ends, or -1 when it opens on none. */
  int endAtStart(String text) {
    return text.isEmpty() ? -1 : matchAt(text, 0);
  }

  /** Whether the first phrase occurring in the text occurs at its start. */
  boolean startsWith(String text) {
    return !text.isEmpty() && matchAt(text, 0) >= 0;
  }

  /**
   * Where the phrase the regex would take at {@code at} ends, or -1: the first, in longest-first order, of those
   * starting with the character there whose boundaries hold.
   */
  private int matchAt(String text, int at) {
    boolean wordBefore = wordBefore(text, at);
    if (wordBefore && wordsOnly) {
      // Most positions are inside a word: no phrase of words is tried there.
      return -1;
    }
    // Folding is idempotent on every char, so the phrases that can match here are those under this char's fold.
    return endAt(candidates(fold(text.charAt(at))), text, at, wordBefore);
  }

  /** Whether the char before {@code at} is part of a word, so a phrase starting with a letter cannot start there. */
  static boolean wordBefore(String text, int at) {
    return at > 0 && isWordCodePoint(text.charAt(at - 1));
  }

  /**
   * Where the first of the candidates (one set's, longest first, each starting with the fold of the char at
   * {@code at}) whose boundaries hold at {@code at} ends, or -1.
   */
  static int endAt(Phrase[] candidates, String text, int at, boolean wordBefore) {
    for (Phrase p : candidates) {
      int end = at + p.folded.length;
      if (end <= text.length() && !(p.boundaryBefore && wordBefore)
          && matches(text, at, p.folded) && (!p.boundaryAfter || end == text.length()
              || !isWordCodePoint(Character.codePointAt(text, end)))) {
        return end;
      }
    }
    return -1;
  }

  /** Whether every phrase starts with a letter or digit, so none can start inside a word. */
  boolean wordsOnly() {
    return wordsOnly;
  }

  /** The first characters (folded) this set's phrases start with, each with its phrases, longest first. */
  Map<Character, Phrase[]> byFirst() {
    Map<Character, Phrase[]> all = new TreeMap<>();
    for (char c = 0; c < ascii.length; c++) {
      if (ascii[c] != null) {
        all.put(c, ascii[c]);
      }
    }
    for (int i = 0; i < otherFirsts.length; i++) {
      all.put(otherFirsts[i], others[i]);
    }
    return all;
  }

  private Phrase[] candidates(char first) {
    return underFirst(ascii, otherFirsts, others, first, NONE);
  }

  /** What a table by first character holds under one: ASCII by index, the others by a binary search. */
  static <T> T[] underFirst(T[][] ascii, char[] otherFirsts, T[][] others, char first, T[] none) {
    if (first < 128) {
      T[] found = ascii[first];
      return found == null ? none : found;
    }
    int at = Arrays.binarySearch(otherFirsts, first);
    return at < 0 ? none : others[at];
  }

  /** Whether the phrase is at {@code at}; its first char is not compared: candidates are those under its fold. */
  private static boolean matches(String text, int at, char[] folded) {
    for (int j = 1; j < folded.length; j++) {
      if (fold(text.charAt(at + j)) != folded[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #fold} of every char below U+2100 (Latin, Greek, Cyrillic, dashes, quotes, currency signs), worked out
   * once: a guide's dashes and currency signs are folded at every position of every scan, which cost a warm read
   * 11% when each went through the case tables.
   */
  private static final char[] FOLDED = new char[0x2100];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  /** Pattern's UNICODE_CASE folding: lower case of the upper case, one char at a time. */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * {@code [\p{L}\p{N}]}. Before a phrase the regex's look-behind reads one char, so half of a surrogate pair is
   * not a letter to it; after a phrase it reads a whole code point.
   */
  private static boolean isWordCodePoint(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
