package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.util.regex.Pattern;

/**
 * A figure written in words and again in digits, as lawyers write them: "twelve thousand (12,000) shares", "three
 * dollars and fifteen cents ($3.15) per share", "twenty-five percent (25%)". The digits are the figure; the words
 * before them and the bracket after them are no part of what the figure is of.
 */
final class WrittenTwice {

  /** A number word (from the one list, {@code money.NumberWords}), or a unit written in words beside it. */
  private static final String NUMBER_WORD = "(?:" + NumberWords.word()
      + "|dollars?|cents?|percent|per\\s+cent|pounds?|euros?)";
  /** The words of a figure then the bracket its digits open with, at the end of the text before them. */
  private static final Pattern WORDS_BEFORE = Pattern.compile(
      "(?i)\\b" + NUMBER_WORD + "(?:[\\s-]+(?:" + NUMBER_WORD + "|and))*\\s*\\(\\s*$");
  private static final Pattern CLOSING = Pattern.compile("^\\s*\\)");
  /** Words then their digits in brackets: the digits alone stay. */
  private static final Pattern WORDS_THEN_DIGITS = Pattern.compile(
      "(?i)\\b" + NUMBER_WORD + "(?:[\\s-]+(?:" + NUMBER_WORD + "|and))*\\s*\\(\\s*((?:[$£€]\\s?)?\\d[\\d,.]*\\s?%?)\\s*\\)");

  private WrittenTwice() {}

  /** The text before a figure without the figure's words and its opening bracket. */
  static String before(String before) {
    return before.indexOf('(') < 0 ? before : WORDS_BEFORE.matcher(before).replaceFirst("");
  }

  /** The text after a figure without the bracket closing it. */
  static String after(String after) {
    return CLOSING.matcher(after).replaceFirst("");
  }

  /** The text with each figure written in words and digits left as its digits: "twelve (12) months" is "12 months". */
  static String digitsOnly(String text) {
    return text.indexOf('(') < 0 ? text : WORDS_THEN_DIGITS.matcher(text).replaceAll("$1");
  }
}
