package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * Items lettered or in roman numerals ("a) **Sign-on** — …", "(b) …", "ii. …"), which a reader takes as a list
 * and markdown does not, renumbered as the ordered list they are before the parser sees them. Only a run that starts
 * at "a" (or "i") and goes on in order for two items or more is a list: a lone "a) " stays prose. Each marker keeps
 * its width ("(b) " becomes " 2) "), so offsets and line numbers stay the file's.
 */
final class LetteredItems {

  /** "i" is the first roman numeral and the ninth letter: read as roman (lettered lists stop at "h" here). */
  private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

  /** A marker found at a line's start: where it begins and ends (its closing mark included), and its place. */
  private record Marker(int start, int end, int ordinal, boolean roman) {}

  private LetteredItems() {}

  /** The text with each lettered run of items numbered; itself when it holds none. */
  static String numbered(String text) {
    List<Marker> markers = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; ) {
      int lineEnd = text.indexOf('\n', i);
      int end = lineEnd < 0 ? n : lineEnd;
      addMarker(text, i, end, markers);
      i = end + 1;
    }
    if (markers.size() < 2) {
      return text;
    }
    char[] out = null;
    for (int k = 0; k < markers.size(); ) {
      int runEnd = run(markers, k);
      if (runEnd - k >= 2) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int m = k; m < runEnd; m++) {
          renumber(out, markers.get(m));
        }
        k = runEnd;
      } else {
        k++;
      }
    }
    return out == null ? text : new String(out);
  }

  /** Where the run of markers in order that starts at {@code k} ends; {@code k + 1} when none starts there. */
  private static int run(List<Marker> markers, int k) {
    Marker first = markers.get(k);
    if (first.ordinal() != 1) {
      return k + 1;
    }
    int end = k + 1;
    while (end < markers.size() && markers.get(end).ordinal() == markers.get(end - 1).ordinal() + 1
        && markers.get(end).roman() == first.roman()) {
      end++;
    }
    return end;
  }

  /** The marker at a line's start (after up to three spaces): "a) ", "(a) ", "a. ", "iv) ", "B) "; none if absent. */
  private static void addMarker(String text, int lineStart, int lineEnd, List<Marker> markers) {
    int i = lineStart;
    while (i < lineEnd && i - lineStart < 3 && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    boolean open = i < lineEnd && text.charAt(i) == '(';
    if (open) {
      i++;
    }
    int wordStart = i;
    while (i < lineEnd && i - wordStart < 4 && Character.isLetter(text.charAt(i))) {
      i++;
    }
    if (i == wordStart || i + 1 >= lineEnd || text.charAt(i + 1) != ' ') {
      return;
    }
    char close = text.charAt(i);
    // "A. Pay bands", "II. Levers" may be a guide's section titles: capitals are items only as "A)" or "(A)".
    boolean lower = Character.isLowerCase(text.charAt(wordStart));
    if (!(close == ')' || close == '.' && !open && lower)) {
      return;
    }
    String word = text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
    int ordinal = java.util.Arrays.asList(ROMAN).indexOf(word) + 1;
    boolean roman = ordinal > 0;
    if (!roman && word.length() == 1 && word.charAt(0) >= 'a' && word.charAt(0) <= 'h') {
      ordinal = word.charAt(0) - 'a' + 1;
    }
    // The number is right-aligned in the marker's width: no more than three spaces before it, or it is code.
    int padding = i + 1 - start - String.valueOf(ordinal).length() - 1;
    if (ordinal > 0 && start - lineStart + padding <= 3) {
      markers.add(new Marker(start, i + 1, ordinal, roman));
    }
  }

  /** The marker written as its number and ")", right-aligned in the marker's own width. */
  private static void renumber(char[] out, Marker marker) {
    String number = marker.ordinal() + ")";
    for (int i = marker.start(); i < marker.end(); i++) {
      out[i] = ' ';
    }
    number.getChars(0, number.length(), out, marker.end() - number.length());
  }
}
