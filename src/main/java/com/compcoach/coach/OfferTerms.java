package com.compcoach.coach;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * What an offer letter adds to the offer's yearly figures, in the offer's currency; null where the letter is silent.
 *
 * @param relocation  a one-time relocation payment, paid in year 1
 * @param refresh     a refresh grant's value each year, from the first anniversary
 * @param deadline    the day the letter needs an answer by, as an ISO date ("2026-12-11"): kept as text so the
 *                    stored conversation stays plain JSON
 * @param cliffMonths months before the grant's first vesting
 */
public record OfferTerms(Long relocation, Long refresh, String deadline, Integer cliffMonths) {

  /** Nothing beyond the figures. */
  public static final OfferTerms NONE = new OfferTerms(null, null, null, null);

  /** The deadline as a date, or null. */
  @JsonIgnore
  public LocalDate deadlineDate() {
    return deadline == null ? null : LocalDate.parse(deadline);
  }
}
