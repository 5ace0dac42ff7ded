package com.compcoach.guide;

/** How serious a lint finding is: an error keeps a guide out of the library, a warning does not. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word lint prints: "error" or "warning". */
  public String label() {
    return label;
  }
}
