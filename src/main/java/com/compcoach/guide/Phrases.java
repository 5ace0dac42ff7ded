package com.compcoach.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A set of phrases from the rules file, found as whole words, case-insensitively, in one compiled pattern. */
final class Phrases {

  private final Pattern pattern;

  Phrases(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternation = new StringBuilder();
    for (String p : sorted) {
      alternation.append(alternation.length() > 0 ? "|" : "")
          .append(Character.isLetterOrDigit(p.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "")
          .append(Pattern.quote(p))
          .append(Character.isLetterOrDigit(p.charAt(p.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "");
    }
    this.pattern = sorted.isEmpty() ? Pattern.compile("(?!)")
        : Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether any phrase occurs in the text. */
  boolean in(String text) {
    return pattern.matcher(text).find();
  }

  /** The length of the longest phrase occurring in the text; 0 when none does. */
  int longest(String text) {
    Matcher m = pattern.matcher(text);
    int best = 0;
    while (m.find()) {
      best = Math.max(best, m.end() - m.start());
    }
    return best;
  }

  /** Where the first phrase occurs, or -1. */
  int indexIn(String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.start() : -1;
  }

  /** Where the last phrase occurring at or before {@code limit} ends, or -1. */
  int lastEndBefore(String text, int limit) {
    Matcher m = pattern.matcher(text);
    int end = -1;
    while (m.find() && m.start() < limit) {
      end = m.end();
    }
    return end;
  }
}
