package com.compcoach.coach;

import java.util.List;

/**
 * Everything the offer reader found in one message, before it is checked against the bands.
 *
 * @param vesting    a schedule or cliff the message gave, or null
 * @param revision   whether the message reports their answer ("they came back with…")
 * @param competitor who made a competing offer ("Stripe"), or null
 * @param loose      amounts no word tied to a component ("180" alone), as typed
 */
record Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose) {

  Reading {
    figures = List.copyOf(figures);
    loose = List.copyOf(loose);
  }

  boolean isEmpty() {
    return figures.isEmpty() && vesting == null;
  }
}
