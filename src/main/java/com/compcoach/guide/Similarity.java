package com.compcoach.guide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How alike two short phrases are, from edit distance and shared words; 1 is identical, 0 nothing in common. */
final class Similarity {

  private Similarity() {}

  static double of(String a, String b) {
    String x = String.join(" ", Places.tokens(a));
    String y = String.join(" ", Places.tokens(b));
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    double edit = 1.0 - (double) distance(x, y) / Math.max(x.length(), y.length());
    return Math.max(edit, overlap(Places.tokens(a), Places.tokens(b)));
  }

  static double overlap(List<String> a, List<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(new HashSet<>(b));
    // Shared words that nearly match ("enginer" / "engineer") count half.
    double near = 0;
    for (String t : a) {
      if (!common.contains(t) && b.stream().anyMatch(u -> distance(t, u) <= Math.max(1, u.length() / 4))) {
        near += 0.5;
      }
    }
    return union.isEmpty() ? 0 : (common.size() + near) / union.size();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
