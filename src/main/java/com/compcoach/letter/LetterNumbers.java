package com.compcoach.letter;

import java.util.Locale;
import java.util.Map;

/** Small counts as letters write them: "12", "twelve", "twelve (12)", "four-year". */
final class LetterNumbers {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18),
      Map.entry("twenty", 20), Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("thirty-six", 36),
      Map.entry("forty-eight", 48), Map.entry("a", 1), Map.entry("an", 1), Map.entry("first", 1),
      Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4));

  private LetterNumbers() {}

  /** The count a word or numeral stands for, or null. */
  static Integer count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.chars().allMatch(Character::isDigit) && !w.isEmpty() && w.length() <= 4) {
      return Integer.parseInt(w);
    }
    return WORDS.get(w);
  }
}
