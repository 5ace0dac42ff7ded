package com.compcoach.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several sets of {@link Phrases} looked for in one pass over a text, each set's hits as its own scan would find them.
 *
 * <p>Why: a column header is asked of ten sets (base, stock, bonus…), a heading of nine, a paragraph of four
 * (decimal mark, currency, grant, per month), and each set's scan walked the whole text again. Here one table of
 * first characters holds every set's phrases, each tagged with its set, and a position is tried once against all
 * sets whose phrases start with its letter.
 */
final class PhraseTable {

  /** One set's phrases that start with one character, longest first. */
  private record Entry(int set, Phrases.Phrase[] phrases) {}

  private static final Entry[] NONE = {};

  private final int sets;
  private final Entry[][] ascii = new Entry[128][];
  /** The other first characters, sorted, and their entries (a binary search, as in {@link Phrases}). */
  private final char[] otherFirsts;
  private final Entry[][] others;
  /** Whether every set's phrases start with a letter or digit: then no position inside a word is tried. */
  private final boolean wordsOnly;

  PhraseTable(List<Phrases> sets) {
    this.sets = sets.size();
    Map<Character, List<Entry>> byFirst = new TreeMap<>();
    for (int k = 0; k < sets.size(); k++) {
      for (Map.Entry<Character, Phrases.Phrase[]> e : sets.get(k).byFirst().entrySet()) {
        byFirst.computeIfAbsent(e.getKey(), c -> new ArrayList<>()).add(new Entry(k, e.getValue()));
      }
    }
    wordsOnly = sets.stream().allMatch(Phrases::wordsOnly);
    List<Character> other = byFirst.keySet().stream().filter(c -> c >= 128).toList();
    otherFirsts = new char[other.size()];
    others = new Entry[other.size()][];
    int i = 0;
    for (Map.Entry<Character, List<Entry>> e : byFirst.entrySet()) {
      Entry[] entries = e.getValue().toArray(NONE);
      if (e.getKey() < 128) {
        ascii[e.getKey()] = entries;
      } else {
        otherFirsts[i] = e.getKey();
        others[i++] = entries;
      }
    }
  }

  /**
   * Every set's phrases in the text, in order of where they start: each set's as its own scan finds them, which goes
   * on after the end of each phrase it finds (so {@link Phrases#longest} and {@link Phrases#in} answer alike).
   */
  Hits scan(String text) {
    Hits hits = new Hits(sets);
    // Where each set's own scan would go on from: the end of its last phrase.
    int[] from = new int[sets];
    for (int at = 0; at < text.length(); at++) {
      boolean wordBefore = Phrases.wordBefore(text, at);
      if (wordBefore && wordsOnly) {
        continue;
      }
      for (Entry e : entries(Phrases.fold(text.charAt(at)))) {
        if (at < from[e.set]) {
          continue;
        }
        int end = Phrases.endAt(e.phrases, text, at, wordBefore);
        if (end >= 0) {
          hits.add(e.set, at, end);
          from[e.set] = end;
        }
      }
    }
    return hits;
  }

  /** The phrases a scan found, each tagged with its set; asked as often as needed without scanning again. */
  static final class Hits {

    private final int[] longest;
    private int[] sets = new int[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int size;

    private Hits(int count) {
      longest = new int[count];
    }

    private void add(int set, int start, int end) {
      if (size == sets.length) {
        sets = Arrays.copyOf(sets, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      sets[size] = set;
      starts[size] = start;
      ends[size++] = end;
      longest[set] = Math.max(longest[set], end - start);
    }

    /** Whether set {@code k} occurs in the text at all. */
    boolean in(int k) {
      return longest[k] > 0;
    }

    /** The length of set {@code k}'s longest phrase in the text; 0 when none occurs. */
    int longest(int k) {
      return longest[k];
    }

    /** Where the last phrase of set {@code k} that starts before {@code limit} ends, or -1. */
    int lastEndBefore(int k, int limit) {
      for (int i = size - 1; i >= 0; i--) {
        if (sets[i] == k && starts[i] < limit) {
          return ends[i];
        }
      }
      return -1;
    }
  }

  private Entry[] entries(char first) {
    return Phrases.underFirst(ascii, otherFirsts, others, first, NONE);
  }
}
