package com.compcoach.money;

import java.math.BigDecimal;

/**
 * What one figure in a text is, as {@link MoneyGrammar#read} tells it: money, a percent, or something written with
 * digits that is not money (a date, a year, a count). Offsets are into the text that was read.
 */
public sealed interface Token {

  /** The text as written, e.g. "$192,500.00 per annum". */
  String written();

  /** Offset of its first character. */
  int start();

  /** Offset just past its last character. */
  int end();

  /**
   * An amount of money, exact to the cent as written.
   *
   * @param mark      the currency mark or code written, or null
   * @param currency  the ISO code; null when no mark was written, or when the mark is one several currencies
   *                  write ("$", "kr") and the {@link Context} does not say which: see {@link #currencyUnsettled()}
   * @param amount    the figure (the low end of a range), magnitude applied, cents kept: "$192,500.00" is 192500.00
   * @param range     both ends when a range was written ("180–200k", "between 170 and 180"), else null
   * @param period    the pay period written right after it ("/hr", "a month", "per annum"), else null
   * @param magnitude whether a magnitude (K, M, million, lakh…) was written
   * @param negative  whether a minus sign was written before it ("-5k")
   * @param ambiguous whether a separator could be read either way and nothing declared which ("92.000")
   */
  record Money(String written, int start, int end, String mark, String currency, BigDecimal amount, Range range,
      Period period, boolean magnitude, boolean negative, boolean ambiguous) implements Token {

    /** Whether a currency mark or code was written. */
    public boolean marked() {
      return mark != null;
    }

    /** Whether a mark was written that names no one currency here: the caller asks, or settles it from its band. */
    public boolean currencyUnsettled() {
      return mark != null && currency == null;
    }

    /** Whether two figures were written as a range. */
    public boolean ranged() {
      return range != null;
    }

    /** The amount with its sign, as a year's worth when a period was written ("$85/hr" is 176,800). */
    public BigDecimal yearly() {
      BigDecimal signed = negative ? amount.negate() : amount;
      return period == null ? signed : signed.multiply(BigDecimal.valueOf(period.perYear()));
    }
  }

  /**
   * A percent ("12.5%", "10 per cent", "10–15%"), exact as written.
   *
   * @param value the percent points (the low end of a range)
   * @param range both ends when a range was written, else null
   */
  record Percent(String written, int start, int end, BigDecimal value, Range range) implements Token {}

  /**
   * Digits that are not money: the grammar names what they are so no caller reads them as pay.
   *
   * @param value the number for a count, a share count or a year ("10,000 shares" is 10000), else null
   */
  record Other(String written, int start, int end, Kind kind, BigDecimal value) implements Token {}

  /** The kinds of figure that are not money. */
  enum Kind {
    /** "March 1-15", "1/3/2027", "2027-03-01", "the 15th". */
    DATE,
    /** "9:00", "5pm". */
    TIME,
    /** "2027" standing alone. */
    YEAR,
    /** "+1 (555) 123-4567". */
    PHONE,
    /** "4 years", "30 days", "50 people". */
    COUNT,
    /** "10,000 shares", "5,000 options", "2,500 units". */
    SHARES,
    /** A vesting schedule, "5/15/40/40": parts that add up to 100. */
    SCHEDULE,
    /** "1e6", "1.5e5": a figure with an exponent, which no offer is written in; callers ask for it written out. */
    EXPONENT,
    /** "https://levels.fyi/comp/185000", "www.example.com/p/2024": digits in a web address are no one's pay. */
    WEB_ADDRESS,
    /** "Charlotte, NC 28202", "440 S Church St", "Suite 400": a signature's postal address is no one's pay. */
    ADDRESS
  }

  /**
   * Both ends of a range as written and read.
   *
   * @param lowWritten  the first figure as written ("180")
   * @param low         its value, magnitude applied
   * @param highWritten the second figure as written ("200k")
   * @param high        its value
   */
  record Range(String lowWritten, BigDecimal low, String highWritten, BigDecimal high) {}

  /**
   * What the text around the figures settles.
   *
   * @param decimal the decimal mark the text declares; POINT unless a guide or letter declares the continental format
   * @param local   the currency a shared mark ("$", "kr") stands for here (a letter's country, a guide's currency),
   *                or null when nothing says: such a figure is then {@link Money#currencyUnsettled() unsettled}
   */
  record Context(DecimalMark decimal, String local) {

    /** Nothing declared: the point is the decimal mark, and a bare "$" is unsettled. */
    public static final Context PLAIN = new Context(DecimalMark.POINT, null);
  }
}
