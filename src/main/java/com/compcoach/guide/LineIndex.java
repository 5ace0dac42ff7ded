package com.compcoach.guide;

import java.util.Arrays;

/** Maps character offsets in a file's text to 1-based line numbers. */
final class LineIndex {

  private final int[] starts;

  LineIndex(String text) {
    int[] s = new int[64];
    int n = 0;
    s[n++] = 0;
    // indexOf rather than a loop over charAt: it is one intrinsic even before the JIT has compiled this class.
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
      }
      s[n++] = at + 1;
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
