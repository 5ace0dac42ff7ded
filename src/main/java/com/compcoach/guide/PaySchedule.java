package com.compcoach.guide;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a guide says its paychecks come ("on our biweekly payroll", "26 paychecks a year", "paid twice a month"):
 * the paychecks a year that turn a figure written per paycheck into a year's pay.
 */
final class PaySchedule {

  /** A count written out: "26 paychecks a year", "24 pay periods per year". */
  private static final Pattern COUNTED = Pattern.compile("(?i)\\b(12|24|26|52)\\s+(?:pay\\s*checks?|pay\\s*cheques?|"
      + "paycheques?|pay\\s*periods?|pay\\s*days?|pays)\\s+(?:a|per|each|every|in\\s+a)\\s+year\\b");
  /** A sentence about pay: only there does "every other Friday" say when pay comes. */
  private static final Pattern SPEAKS_OF_PAY = Pattern.compile("(?i)\\b(?:pay|pays|paid|payroll|paychecks?|"
      + "paycheques?|cheques?|payday|paydays)\\b");

  private PaySchedule() {}

  /**
   * The paychecks a year the sentences of a text state, each sentence's written count before its phrases; empty
   * where none says, two or more where they disagree ("hourly staff are paid weekly, salaried every two weeks").
   */
  static Set<Integer> stated(String text, ReadingRules rules) {
    Set<Integer> counts = new LinkedHashSet<>();
    if (!SPEAKS_OF_PAY.matcher(text).find()) {
      return counts;
    }
    for (String sentence : NegotiateUp.sentences(text)) {
      if (!SPEAKS_OF_PAY.matcher(sentence).find()) {
        continue;
      }
      Matcher counted = COUNTED.matcher(sentence);
      if (counted.find()) {
        counts.add(Integer.parseInt(counted.group(1)));
      } else {
        counts.addAll(rules.paySchedulesIn(sentence));
      }
    }
    return counts;
  }
}
