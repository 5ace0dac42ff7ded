package com.compcoach.guide;

/**
 * How serious a lint finding is: an error keeps a guide out of the library, a warning does not, and an info line
 * only tells the author how a figure was read (derived from a percent, a grant or the parts).
 */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word lint prints: "error" or "warning". */
  public String label() {
    return label;
  }
}
