package com.compcoach.guide;

import java.util.List;

/**
 * A numbered negotiation lever: its title, the wording the guide quotes, and every amount in that wording.
 *
 * @param line 1-based line of the lever's title in the guide file
 */
public record Lever(int number, String title, String text, List<LeverAmount> amounts, int line) {

  public Lever {
    amounts = List.copyOf(amounts);
  }
}
