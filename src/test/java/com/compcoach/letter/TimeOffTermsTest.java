package com.compcoach.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The time off a letter lists: the count beside its phrase, never a count that only stands near it. */
class TimeOffTermsTest {

  private final LetterReader reader = new LetterReader();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "You will accrue 20 days of paid time off (PTO) per calendar year.|Paid time off: 20 days a year",
      "You will receive twenty-five (25) days' annual leave per year.|Annual leave: 25 days a year",
      "Vacation: 3 weeks per year|Vacation: 3 weeks a year",
      "In addition, you will receive 10 paid holidays.|Paid holidays: 10 days",
      "PTO accrues at 1.25 days per month.|PTO: 1.25 days a month",
      "We offer unlimited PTO.|Unlimited PTO: no set number of days"})
  void read_timeOffBesideItsPhrase_isListedAsWritten(String sentence, String shown) {
    OfferLetter letter = reader.read("Base salary: $150,000 per year.\n\n" + sentence, LocalDate.of(2026, 12, 4));

    List<String> listed = LetterFields.of(letter).stream().filter(f -> f.key().equals("timeOff"))
        .map(f -> f.label() + ": " + f.shown()).toList();
    assertEquals(List.of(shown), listed);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You become eligible for PTO after 90 days of employment.",
      "Please respond within 5 business days; if you leave within 12 months the sign-on is repaid.",
      "Your holiday allowance is 8% of your gross salary.",
      "You must give 4 weeks' notice before taking holiday."})
  void read_countNotBesideATimeOffPhrase_listsNoTimeOff(String sentence) {
    OfferLetter letter = reader.read("Base salary: $150,000 per year.\n\n" + sentence, LocalDate.of(2026, 12, 4));

    assertEquals(List.of(), letter.timeOff(), sentence);
  }
}
