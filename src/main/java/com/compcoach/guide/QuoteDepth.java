package com.compcoach.guide;

/**
 * Block quotes nested deeper than any guide writes them, flattened before the markdown parser sees them. The
 * parser's cost for each line of a quote grows with how deep the quotes around it are open, so a 1 MiB file
 * of a quarter million nested {@code >} and lines of lazy continuation took seconds; past {@link #MAX} levels
 * the markers become spaces, which read as the same text and keep every offset and line number.
 */
final class QuoteDepth {

  /** Far deeper than a guide nests quotes (two or three levels), and shallow enough to keep parsing linear. */
  static final int MAX = 16;

  private QuoteDepth() {}

  /** The text with each quote marker past the {@link #MAX}th at a line's start made a space; itself when none is. */
  static String capped(String text) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int depth = 0;
      int j = i;
      for (; j < n; j++) {
        char c = text.charAt(j);
        if (c == '>') {
          if (++depth > MAX) {
            if (out == null) {
              out = text.toCharArray();
            }
            out[j] = ' ';
          }
        } else if (c != ' ' && c != '\t') {
          break;
        }
      }
      int lineEnd = text.indexOf('\n', j);
      i = lineEnd < 0 ? n : lineEnd + 1;
    }
    return out == null ? text : new String(out);
  }
}
