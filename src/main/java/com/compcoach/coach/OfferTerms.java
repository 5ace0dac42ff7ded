package com.compcoach.coach;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * What an offer letter adds to the offer's yearly figures, in the offer's currency; null where the letter is silent.
 *
 * @param relocation  a one-time relocation payment, paid in year 1
 * @param refresh     a refresh grant's value each year, from the first anniversary
 * @param deadline    the day the letter needs an answer by, as an ISO date ("2026-12-11"): kept as text so the
 *                    stored conversation stays plain JSON
 * @param cliffMonths months before the grant's first vesting
 * @param timeOff     the time off the letter gives, as the read showed it ("Holiday: 25 working days a year"), so a
 *                    question about time off after a restart still has the letter's own days; empty where it gives none
 * @param rate        the user's own rate between the offer's currency and the band's ("1 EUR = 1.08 USD"), kept so a
 *                    figure given later in that currency is weighed at it; null where none was given
 */
public record OfferTerms(Long relocation, Long refresh, String deadline, Integer cliffMonths, List<String> timeOff,
                         String rate) {

  /** Nothing beyond the figures. */
  public static final OfferTerms NONE = new OfferTerms(null, null, null, null);

  /** A conversation stored before the time off was kept reads back with none. */
  @JsonCreator
  public OfferTerms {
    timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
  }

  /** Terms with no rate of the user's. */
  public OfferTerms(Long relocation, Long refresh, String deadline, Integer cliffMonths, List<String> timeOff) {
    this(relocation, refresh, deadline, cliffMonths, timeOff, null);
  }

  /** Terms without time off. */
  public OfferTerms(Long relocation, Long refresh, String deadline, Integer cliffMonths) {
    this(relocation, refresh, deadline, cliffMonths, List.of());
  }

  /** The same terms with another deadline. */
  public OfferTerms withDeadline(String day) {
    return new OfferTerms(relocation, refresh, day, cliffMonths, timeOff, rate);
  }

  /** The same terms with the user's rate ("1 EUR = 1.08 USD"). */
  public OfferTerms withRate(String given) {
    return new OfferTerms(relocation, refresh, deadline, cliffMonths, timeOff, given);
  }

  /** The deadline as a date, or null. */
  @JsonIgnore
  public LocalDate deadlineDate() {
    return deadline == null ? null : LocalDate.parse(deadline);
  }
}
