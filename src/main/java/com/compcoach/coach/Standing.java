package com.compcoach.coach;

/** Where a figure stands against its band. */
public enum Standing {
  BELOW("below"),
  IN("in"),
  ABOVE("above");

  private final String word;

  Standing(String word) {
    this.word = word;
  }

  /** "below", "in" or "above". */
  public String word() {
    return word;
  }
}
