package com.compcoach.guide;

/** The parts of a pay package that a band, an offer or a lever amount can refer to. */
public enum Component {
  BASE("base"),
  STOCK("stock"),
  BONUS("bonus"),
  SIGN_ON("sign-on"),
  TOTAL("total");

  private final String label;

  Component(String label) {
    this.label = label;
  }

  /** The word people use for it: "base", "stock", "bonus", "sign-on", "total". */
  public String label() {
    return label;
  }
}
