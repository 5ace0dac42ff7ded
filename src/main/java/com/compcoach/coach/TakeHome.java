package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.regex.Pattern;

/**
 * "how much is that per month after tax?": taxes are in no guide, so no net figure; the offer's pay before tax by
 * month and by paycheck, from the user's own figures.
 */
final class TakeHome {

  /** "what's my hourly", "how much is that per hour": the base by the hour as well. */
  private static final Pattern HOURLY = Pattern.compile("\\b(?:hourly|per hour|an hour|by the hour|hour rate)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * "is the sign-on taxed?", "how much of the signing bonus do i get after tax": the one-off payment's own answer. Only
   * the payment named: "after signing" is the day the offer is signed, and "sign on" a verb unless a bonus follows
   * or it is "the sign on".
   */
  private static final Pattern SIGN_ON = Pattern.compile("\\b(?:sign-?on|(?:the|my|a|that|this|your)\\s+sign on"
      + "|(?:sign on|signing)\\s+(?:bonus|money|payment|cash)|joining bonus)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A salaried year: 40 hours a week for 52 weeks, the convention pay converters use. */
  private static final long HOURS_A_YEAR = 2_080;

  private TakeHome() {}

  static String answer(Scene s, Conversation c) {
    return answer(s, c, "");
  }

  static String answer(Scene s, Conversation c, String text) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    String honest = "I can't tell take-home from the guide: it holds no taxes, and the net depends on where you live "
        + "and file, your 401(k) and what benefits cost you, so I won't guess it.";
    if (offer == null || offer.base() == null) {
      return honest + " Tell me their offer's base and I'll give it before tax by month; a payroll calculator for "
          + "your state gives the net.";
    }
    if (SIGN_ON.matcher(text).find()) {
      return signOn(offer, currency);
    }
    long base = offer.base();
    StringBuilder out = new StringBuilder(honest).append(" Before tax, the base of ").append(full(base, currency))
        .append(" is ").append(full(base / 12, currency)).append(" a month (").append(full(base / 26, currency))
        .append(" a paycheck every two weeks).");
    if (HOURLY.matcher(text).find()) {
      Long year = offer.recurringTotal();
      out.append(" By the hour, at ").append(String.format("%,d", HOURS_A_YEAR))
          .append(" hours a year (40 a week), the base is ").append(hourly(base, currency)).append(" an hour")
          .append(year != null && year > base ? ", and the yearly total of " + Cards.money(year, currency) + " is "
              + hourly(year, currency) + " an hour" : "").append(", before tax.");
    }
    if (offer.bonus() != null && offer.bonus() > 0 || offer.stock() != null && offer.stock() > 0) {
      out.append(" The rest comes when it pays, and is taxed then:")
          .append(offer.bonus() != null && offer.bonus() > 0 ? " the bonus (" + Cards.money(offer.bonus(), currency)
              + " a year) when it pays out" : "")
          .append(offer.bonus() != null && offer.bonus() > 0 && offer.stock() != null && offer.stock() > 0 ? ","
              : "")
          .append(offer.stock() != null && offer.stock() > 0 ? " the RSUs (" + Cards.money(offer.stock(), currency)
              + " a year) as they vest" : "")
          .append(".");
    }
    return out.append(" A payroll calculator for your state, with those figures, gives the net; the recruiter can "
        + "send what benefits cost a month.").toString();
  }

  /**
   * The sign-on's tax: yes, as pay, withheld as a one-off payment; no rate given, since the guide holds none, and its
   * repayment terms, which are where the tax bites if you leave.
   */
  private static String signOn(Offer offer, String currency) {
    Long signOn = offer.signOn();
    String figure = signOn != null && signOn > 0 ? "the " + full(signOn, currency) + " in your offer" : "the figure";
    return "Yes: a sign-on is pay, taxed as income when it's paid. Payroll usually withholds it as a one-off "
        + "payment, often at a flat rate, so the payslip shows less than " + figure + "; what you finally owe is "
        + "settled with the rest of your income for the year. The figure in the letter is before tax. If it has to "
        + "be repaid when you leave early, ask for the repayment pro-rated and limited to what you received after "
        + "tax. The guide holds no tax rates, so I won't guess the net: a payroll calculator for your state gives it."
        + (signOn != null && signOn > 0 ? "" : " No sign-on is on record in this offer yet: ask for one, or tell me "
            + "its figure.");
  }

  private static String hourly(long year, String currency) {
    String whole = new Money(year / HOURS_A_YEAR, currency).full();
    long cents = Math.round(year * 100.0 / HOURS_A_YEAR) % 100;
    return whole + String.format(".%02d", cents);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
