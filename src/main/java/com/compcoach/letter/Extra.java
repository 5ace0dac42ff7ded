package com.compcoach.letter;

import com.compcoach.money.Period;
import java.math.BigDecimal;

/**
 * Pay a letter states beyond the offer's main parts (a car allowance, a retention bonus, superannuation, a stipend),
 * listed so the user sees it and valued only as the letter values it: never added into the offer.
 *
 * @param what    the letter's name for it, lower case ("car allowance")
 * @param amount  the figure as written: money in the letter's currency, cents kept, or a percent; null where the letter
 *                names it without one ("CPF contributions in accordance with statutory requirements")
 * @param percent whether the figure is a percent ("superannuation at 11.5%", "a 401(k) match of up to 4%")
 * @param period  how often the letter says it is paid, or null where it says no period
 * @param ofPay   whether the percent is of the salary ("6% of your basic salary")
 * @param clawback    a retention bonus's repayment on leaving early, or null where the letter states none
 * @param fromPayment whether the repayment period counts from the payment ("within 12 months after the payment date"),
 *                    not from the start
 * @param day         "working day" or "day" where the letter pays it by the day ("meal vouchers of €8 per working
 *                    day"), which no pay period can hold without a guess at the days worked; else null
 */
public record Extra(String what, BigDecimal amount, boolean percent, Period period, boolean ofPay, Clawback clawback,
                    boolean fromPayment, String day) {

  /** Pay beyond the offer with no repayment terms. */
  public Extra(String what, BigDecimal amount, boolean percent, Period period, boolean ofPay) {
    this(what, amount, percent, period, ofPay, null, false, null);
  }

  /** The same pay, repaid on the terms given. */
  Extra repaid(Clawback terms, boolean counted) {
    return new Extra(what, amount, percent, period, ofPay, terms, counted, day);
  }

  /** The same pay, paid by the day. */
  Extra daily(String unit) {
    return new Extra(what, amount, percent, null, ofPay, clawback, fromPayment, unit);
  }

  /** What the figure is per, as `--format json` gives it: "month", "year", "every two weeks", "of salary", or null. */
  public String per() {
    return ofPay ? "of salary" : day != null ? day : period == null ? null : period.written().replaceFirst("^an? ", "");
  }

  /** What the figure is per, as a reply writes it after the figure: " a month", " of salary", "". */
  String perWritten() {
    return ofPay ? " of salary" : day != null ? " a " + day : period == null ? "" : " " + period.written();
  }
}
