package com.compcoach.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer letter as read: each field with the sentence it came from (null where the letter does not say), and the
 * questions for what it leaves out. Holds no other text of the letter.
 *
 * @param currency      ISO code of the letter's money, read from its marks ("£", "CAD $", "EUR")
 * @param base          yearly base salary, converted from a monthly or per-pay-period figure where so written;
 *                      figures keep the cents the letter writes (£88,000.50)
 * @param refresh       a yearly refresh grant's value where the letter states one
 * @param privateCompany whether the grant is in a company whose shares do not trade
 * @param extras        pay beyond the main parts (a car allowance, a retention bonus), each with its sentence
 * @param timeOff       the paid time off the letter gives ("20 days of paid time off"), each with its sentence
 * @param terms         the notice period, probation and a fixed term's end the letter gives, each with its sentence
 * @param notes         how a figure was read where a person might read it otherwise ("the base is the part-time
 *                      salary paid; £70,000 is the full-time equivalent"): said with the fields, never silent
 * @param questions     what to ask the recruiter: figures the letter leaves out or states unclearly
 */
public record OfferLetter(Quote<String> currency, Quote<BigDecimal> base, Quote<Bonus> bonus, Quote<SignOn> signOn,
                          Quote<BigDecimal> relocation, Quote<Equity> equity, Quote<Long> refresh,
                          Quote<LocalDate> startDate, Quote<LocalDate> deadline, Quote<String> location,
                          Quote<String> title, Quote<String> level, Quote<String> company, boolean privateCompany,
                          List<Quote<Extra>> extras, List<Quote<TimeOff>> timeOff, List<Quote<Term>> terms,
                          List<String> notes, List<String> questions) {

  /** The question a letter that names no employer gets; a thread, whose guide the user picked, leaves it out. */
  public static final String NO_COMPANY = "Which company is the offer from? The letter names none I could read.";

  public OfferLetter {
    extras = List.copyOf(extras);
    timeOff = List.copyOf(timeOff);
    terms = List.copyOf(terms);
    notes = List.copyOf(notes);
    questions = List.copyOf(questions);
  }

  /** The currency code, or null when the letter writes no mark. */
  public String currencyCode() {
    return currency == null ? null : currency.value();
  }

  /** Whether anything about pay was read: a letter with no figure is probably not an offer letter. */
  public boolean hasFigures() {
    return base != null || bonus != null || signOn != null || equity != null;
  }
}
