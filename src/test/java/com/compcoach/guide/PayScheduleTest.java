package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pay schedule is how often pay is paid (s31 review G): a sentence that speaks of pay otherwise ("we review pay once
 * a month", "the pay committee meets every Friday") or of another payment ("incentives are paid monthly") states none.
 */
class PayScheduleTest {

  private static final ReadingRules RULES = ReadingRules.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Fairway pays store managers salaried, and we review pay once a month.|",
      "Every Friday the pay committee meets.|",
      "Quarterly incentives are paid monthly in arrears.|",
      "The bonus is paid twice a month.|",
      "Every Friday the pay committee meets; paychecks come twice a month.|24",
      "We are paid once a month.|12",
      "On our normal biweekly payroll (every other Friday).|26",
      "We pay every two weeks.|26",
      "Pay is every other Friday.|26"})
  void stated_sentenceAboutPay_isOnlyHowOftenItIsPaid(String sentence, Integer paychecks) {
    assertEquals(paychecks == null ? Set.of() : Set.of(paychecks), PaySchedule.stated(sentence, RULES));
  }
}
