package com.compcoach.coach;

import java.util.List;

/**
 * A guide lever's wording with its amounts restated for the asked region and its placeholders filled from the
 * conversation where it can be.
 *
 * @param line      the lever's line in the guide file, for "why?"
 * @param condition when to say it at all ("only if you have a competing offer"), or null when it always holds
 * @param toFill    what the user still has to fill in or choose before saying it, one sentence each
 */
public record LocalizedLever(int number, String title, String text, int line, String condition, List<String> toFill) {

  public LocalizedLever {
    toFill = toFill == null ? List.of() : List.copyOf(toFill);
  }

  /** A lever with nothing to choose and no condition. */
  public LocalizedLever(int number, String title, String text, int line) {
    this(number, title, text, line, null, List.of());
  }

  /** The title as a list shows it: "Talent War Lever (only if you have a competing offer)". */
  public String heading() {
    return condition == null ? title : title + " (" + condition + ")";
  }
}
