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

  /** Where a sentence's clauses part: a comma, a semicolon, a bracket. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;()]");
  /**
   * A clause saying when pay is paid: "paid", "payroll", "paychecks", "pay day", "pay period", "pay schedule", "pay
   * is", "we pay"; "pay" as a thing talked of ("we review pay", "the pay committee") is not.
   */
  private static final Pattern SAYS_PAID = Pattern.compile("(?i)\\b(?:paid|pays|payroll|paychecks?|paycheques?|"
      + "pay\\s*(?:checks?|cheques?|days?|dates?|periods?|slips?|schedule|frequency|cycle|run)|payslips?|"
      + "pay\\s+(?:is|comes|goes\\s+out|lands|arrives|runs))\\b"
      // "we pay", "our clinics pay twice a month": pay done, not pay talked of ("we review pay", "the pay committee").
      + "|(?<!\\b(?:the|our|your|their|its|his|her|a|of|on|in|for|about|base|equal|fair|review|reviews|reviewed|"
      + "discuss|discusses|adjust|adjusts|set|sets|revise|revises|raise|raises|benchmark|benchmarks|audit|audits|"
      + "change|changes|check|checks|approve|approves|compare|compares|calibrate|calibrates|cut|cuts|freeze|freezes)"
      + "\\s)\\bpay\\b(?!\\s+(?:committee|committees|review|reviews|bands?|ranges?|raises?|rises?|equity|gap|"
      + "scales?|grades?|transparency|policy|structure|data|increases?|adjustments?|philosophy|survey|mix|levels?))");
  /** A clause about pay other than the salary's: "incentives are paid monthly", "the bonus is paid quarterly". */
  private static final Pattern OTHER_PAY = Pattern.compile("(?i)\\b(?:bonus(?:es)?|incentives?|commissions?|"
      + "allowances?|stipends?|reimburse\\w*|expenses|tips|dividends?|overtime)\\b");

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
        continue;
      }
      for (String clause : CLAUSE_BREAK.split(sentence)) {
        // "we review pay once a month", "every Friday the pay committee meets", "incentives are paid monthly": a
        // clause that speaks of pay without saying when the salary is paid states no schedule.
        if (SAYS_PAID.matcher(clause).find() && !OTHER_PAY.matcher(clause).find()) {
          counts.addAll(rules.paySchedulesIn(clause));
        }
      }
    }
    return counts;
  }
}
