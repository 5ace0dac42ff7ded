package com.compcoach.coach;

/**
 * A competing offer the user told us about.
 *
 * @param total yearly total in whole units of {@code currency}
 * @param from  who made it ("Stripe"), or null when not said
 */
public record Competing(long total, String currency, String from) {

  /**
   * Whether this offer pays more a year than {@code offer}, or {@code offer}'s yearly total is not known: only then is
   * it leverage to name in a script. A weaker competing offer said out loud argues against the candidate.
   */
  public boolean strongerThan(Offer offer) {
    Long theirs = offer == null ? null : offer.recurringTotal();
    return theirs == null || total > theirs;
  }
}
