package com.compcoach.guide;

import java.util.Arrays;

/** Maps character offsets in a file's text to 1-based line numbers. */
final class LineIndex {

  private final int[] starts;

  LineIndex(CharSequence text) {
    int[] s = new int[64];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(s, n);
  }

  int line(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  int lineCount() {
    return starts.length;
  }

  int start(int line) {
    return starts[Math.max(0, Math.min(starts.length - 1, line - 1))];
  }
}
