package com.compcoach.guide;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The currencies headings state for the figures under them ("### UK offices (GBP)" then "### EU offices (EUR)"):
 * where headings name two currencies or more, each place written under one is in its currency.
 */
final class CurrencyHeadings {

  /** A heading's line, level and the currency it states, or null where it states none. */
  record Heading(int line, int level, String currency) {}

  static final CurrencyHeadings NONE = new CurrencyHeadings(List.of());
  /** A caption's level among the headings: deeper than any heading, so the next heading or caption ends its reach. */
  static final int CAPTION = 7;

  private final List<Heading> headings;
  private final boolean several;

  CurrencyHeadings(List<Heading> headings) {
    this.headings = List.copyOf(headings);
    this.several = headings.stream().map(Heading::currency).filter(c -> c != null).distinct().count() >= 2;
  }

  /**
   * The currency the innermost heading over a line states, or null where the headings state fewer than two; a
   * caption right over the line's list or table ("Pay at a glance (USD):") states it even alone.
   */
  String at(int line) {
    Deque<Heading> open = new ArrayDeque<>();
    for (Heading h : headings) {
      if (h.line() > line) {
        break;
      }
      while (!open.isEmpty() && open.peek().level() >= h.level()) {
        open.pop();
      }
      open.push(h);
    }
    if (!several) {
      return !open.isEmpty() && open.peek().level() == CAPTION ? open.peek().currency() : null;
    }
    for (Heading h : open) {
      if (h.currency() != null) {
        return h.currency();
      }
    }
    return null;
  }
}
