package com.compcoach.guide;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each region's naming phrases ({@link Places#phrases}), worked out once per distinct region and shared by every
 * guide a reader reads: a library names the same few dozen places in thousands of guides. Thread-safe; holds at
 * most {@value #LIMIT} regions, beyond which phrases are worked out each time.
 */
final class RegionPhrases {

  private static final int LIMIT = 4_096;

  /** What the phrases depend on. */
  private record Key(String name, boolean hq, boolean remote) {}

  private final ConcurrentHashMap<Key, List<List<String>>> known = new ConcurrentHashMap<>();

  /** The phrases of each region, in the regions' order. */
  List<List<List<String>>> of(List<Region> regions) {
    return regions.stream().map(this::of).toList();
  }

  /**
   * As {@link Places#named(List, String)}, with the regions' phrases from here: worked out afresh for every
   * item, cell and clause a guide's reader asked about, they were a fifth of the reading's place work.
   */
  List<Region> named(List<Region> regions, String words) {
    if (regions.isEmpty()) {
      return List.of();
    }
    return Places.mentions(regions, of(regions), Places.tokens(words)).stream().map(Places.Mention::region).toList();
  }

  List<List<String>> of(Region region) {
    Key key = new Key(region.name(), region.hq(), region.remote());
    List<List<String>> phrases = known.get(key);
    if (phrases == null) {
      phrases = Places.phrases(region);
      if (known.size() < LIMIT) {
        known.putIfAbsent(key, phrases);
      }
    }
    return phrases;
  }
}
