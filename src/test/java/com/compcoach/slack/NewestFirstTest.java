package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewestFirstTest {

  private final NewestFirst<String> lookups =
      new NewestFirst<>(3, String::equals, String::length, 10_000, Duration.ofDays(30));

  @Test
  void add_sameLookupAgain_listUnchanged() {
    lookups.add("T1", "U1", "ML/AI Engineer · Charlotte");
    lookups.add("T1", "U1", "Security Engineer · Austin");
    lookups.add("T1", "U1", "Security Engineer · Austin");

    assertEquals(List.of("Security Engineer · Austin", "ML/AI Engineer · Charlotte"), lookups.of("T1", "U1"));
  }

  @Test
  void add_olderLookupAgain_movesFirstWithoutRepeat() {
    lookups.add("T1", "U1", "a");
    lookups.add("T1", "U1", "b");
    lookups.add("T1", "U1", "a");

    assertEquals(List.of("a", "b"), lookups.of("T1", "U1"));
  }

  @Test
  void add_pastKeep_dropsOldest_andUsersStayApart() {
    for (String s : new String[] {"a", "b", "c", "d"}) {
      lookups.add("T1", "U1", s);
    }
    lookups.add("T1", "U2", "x");

    assertEquals(List.of("d", "c", "b"), lookups.of("T1", "U1"));
    assertEquals(List.of("x"), lookups.of("T1", "U2"));
    assertEquals(List.of(), lookups.of("T2", "U1"));
  }
}
