package com.compcoach.coach;

import java.util.List;

/**
 * Everything the offer reader found in one message, before it is checked against the bands.
 *
 * @param vesting    a schedule or cliff the message gave, or null
 * @param revision   whether the message reports their answer ("they came back with…")
 * @param competitor who made a competing offer ("Stripe"), or null
 * @param loose      amounts no word tied to a component ("180" alone), as typed
 * @param employer   the user's current employer when the message names it ("I'm currently at Acme"), or null
 */
record Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose,
               String employer) {

  Reading {
    figures = List.copyOf(figures);
    loose = List.copyOf(loose);
  }

  /** Whether the message said anything the offer update takes: figures, a schedule or an employer. */
  boolean hasNews() {
    return !figures.isEmpty() || vesting != null || employer != null;
  }
}
