package com.compcoach.coach;

/** The one-word judgement on an offer's yearly total against the band and the Negotiate-Up target. */
public enum Verdict {
  NO_OFFER("no-offer", "No offer yet: let them name the first number."),
  BELOW_BAND("below-band", "Below the band: counter firmly, with the figures below."),
  BELOW_TARGET("below-target", "In the band but below the Negotiate-Up target: counter once, with precise figures."),
  IN_TARGET("in-target", "Inside the Negotiate-Up target: a small, precise counter toward its top."),
  AT_TOP("at-top", "At the top of the target: accept, or ask only for a sign-on."),
  /** The total is at the target's top, but a part is still under what the bands plan for it. */
  AT_TOP_PART_LOW("at-top-part-low", "At the top of the target in total: ask only for the parts still low, or accept."),
  ACCEPT("accept", "Close enough to your counter: accept, in writing."),
  SPLIT("split", "Still short of your counter: split what remains, once."),
  SHORT("short", "Under your best alternative, and their bands can't reach it: a sign-on and a review date, or decide.");

  private final String code;
  private final String advice;

  Verdict(String code, String advice) {
    this.code = code;
    this.advice = advice;
  }

  /** The JSON value: "below-target". */
  public String code() {
    return code;
  }

  /** One sentence of what to do. */
  public String advice() {
    return advice;
  }
}
