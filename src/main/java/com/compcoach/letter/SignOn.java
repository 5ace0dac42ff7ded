package com.compcoach.letter;

import java.math.BigDecimal;
import java.util.List;

/**
 * A one-time sign-on payment and what happens to it if the user leaves early.
 *
 * @param amount      in the letter's currency, cents as written
 * @param clawback    the repayment terms, or null when the letter states none; the first instalment's where each
 *                    instalment has its own
 * @param instalments the parts it is paid in, each with its own repayment terms, where the letter gives each its
 *                    own; empty otherwise
 */
public record SignOn(BigDecimal amount, Clawback clawback, List<Instalment> instalments) {
  public SignOn {
    instalments = List.copyOf(instalments);
  }

  /**
   * One part of a sign-on paid in instalments.
   *
   * @param amount        in the letter's currency, cents as written
   * @param clawback      its own repayment terms, or null when the letter states none for it
   * @param repaidPercent the part of it repaid on leaving early ("repay 50% of this instalment"), or null for all
   * @param fromPayment   whether its months count from when it is paid ("within 6 months of receiving it"), not
   *                      from the start date
   */
  public record Instalment(BigDecimal amount, Clawback clawback, BigDecimal repaidPercent, boolean fromPayment) {}
}
