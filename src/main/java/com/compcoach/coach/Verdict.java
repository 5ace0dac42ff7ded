package com.compcoach.coach;

import com.compcoach.guide.Region;

/** The one-word judgement on an offer's yearly total against the band and the Negotiate-Up target. */
public enum Verdict {
  NO_OFFER("no-offer", "No offer yet: let them name the first number.",
      "No offer yet: a range inside the band, and the whole offer in writing."),
  BELOW_BAND("below-band", "Below the band: counter firmly, with the figures below.",
      "Below the band: expect a firm counter; an offer under the band rarely closes as it stands."),
  BELOW_TARGET("below-target", "In the band but below the Negotiate-Up target: counter once, with precise figures.",
      "In the band but below the Negotiate-Up target the guide gives candidates: expect a counter."),
  IN_TARGET("in-target", "Inside the Negotiate-Up target: a small, precise counter toward its top.",
      "Inside the Negotiate-Up target: expect a small counter, if any."),
  AT_TOP("at-top", "At the top of the target: accept, or ask only for a sign-on.",
      "At the top of the target: expect a yes, or an ask for a sign-on."),
  /** The total is at the target's top, but a part is still under what the bands plan for it. */
  AT_TOP_PART_LOW("at-top-part-low", "At the top of the target in total: ask only for the parts still low, or accept.",
      "At the top of the target in total: expect an ask only on the parts still low."),
  ACCEPT("accept", "Close enough to your counter: accept, in writing.",
      "Close to what the candidate asked: expect a yes."),
  SPLIT("split", "Still short of your counter: split what remains, once.",
      "Still short of what the candidate asked: expect one more, smaller ask."),
  SHORT("short", "Under your best alternative, and their bands can't reach it: a sign-on and a review date, or decide.",
      "Under the candidate's best alternative, past what the bands reach: a sign-on, a review date or a level.");

  private final String code;
  private final String advice;
  private final String companyAdvice;

  Verdict(String code, String advice, String companyAdvice) {
    this.code = code;
    this.advice = advice;
    this.companyAdvice = companyAdvice;
  }

  /** The JSON value: "below-target". */
  public String code() {
    return code;
  }

  /** One sentence of what to do. */
  public String advice() {
    return advice;
  }

  /** One sentence of what to do, or, for the company's side, what to expect from the candidate. */
  public String advice(boolean company) {
    return company ? companyAdvice : advice;
  }

  /**
   * The sentence when the offer's base is past its band's top: "In the band" would say the offer sits where it does
   * not, so a year below the target says the base is past the top instead, on either side of the table.
   */
  String advice(boolean company, boolean basePastTop) {
    if (!basePastTop || this != BELOW_TARGET) {
      return advice(company);
    }
    return company
        ? "Base past the band's top (a question of level), the year below the Negotiate-Up target the guide gives "
            + "candidates: expect a counter on the other parts."
        : "Base past the band's top, the year below the Negotiate-Up target: counter once on the other parts, with "
            + "precise figures.";
  }

  /** Whether the offer's base is past the region's base band's top. */
  static boolean basePastTop(Offer offer, Region region) {
    return offer != null && offer.base() != null && region != null
        && region.currency().equals(offer.currency()) && offer.base() > region.bands().base().high();
  }
}
