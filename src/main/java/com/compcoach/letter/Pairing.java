package com.compcoach.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs each figure of a sentence with the phrase it belongs to: a phrase takes the first figure after it (when no
 * other phrase comes between), a figure left over takes the next phrase after it with no figure between ("$20,000
 * signing bonus"), and anything still left the nearest phrase before it ("15% of base, i.e. $27,000").
 */
final class Pairing {

  /** A figure and the topic it was paired with. */
  record Pair(Topic topic, Amount amount) {}

  private Pairing() {}

  static List<Pair> pair(List<LetterWords.Hit> hits, List<Amount> amounts) {
    Topic[] owner = new Topic[amounts.size()];
    for (int h = 0; h < hits.size(); h++) {
      int limit = h + 1 < hits.size() ? hits.get(h + 1).start() : Integer.MAX_VALUE;
      for (int a = 0; a < amounts.size(); a++) {
        Amount amount = amounts.get(a);
        if (amount.start() >= hits.get(h).end() && amount.start() < limit) {
          if (owner[a] == null) {
            owner[a] = hits.get(h).topic();
          }
          break;
        }
      }
    }
    for (int a = 0; a < amounts.size(); a++) {
      if (owner[a] != null) {
        continue;
      }
      int end = amounts.get(a).end();
      int nextAmount = a + 1 < amounts.size() ? amounts.get(a + 1).start() : Integer.MAX_VALUE;
      for (LetterWords.Hit hit : hits) {
        if (hit.start() >= end && hit.start() < nextAmount) {
          owner[a] = hit.topic();
          break;
        }
      }
      if (owner[a] == null) {
        for (int h = hits.size() - 1; h >= 0; h--) {
          if (hits.get(h).end() <= amounts.get(a).start()) {
            owner[a] = hits.get(h).topic();
            break;
          }
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < amounts.size(); a++) {
      if (owner[a] != null) {
        pairs.add(new Pair(owner[a], amounts.get(a)));
      }
    }
    return pairs;
  }
}
