package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;

/**
 * One amount read from a message and what it is about.
 *
 * @param amount   whole currency units, or hundredths of a percent when {@code percent} (12.5% is 1250)
 * @param currency ISO code from the mark next to it ("$", "£", "USD"), or null when unmarked
 * @param years    the years a stock grant vests over ("200k RSU over 4 years"), or 0 when given per year or unsaid
 * @param yearly   whether the text said the stock figure is per year
 * @param written  the figure as typed, for questions back ("180")
 * @param period   how often the written figure is paid; {@code amount} is already the year's figure
 * @param wholeGrant a stock grant said to be a total with no years ("the grant went to 120k total"): its years
 *                 come from the thread, or are asked
 * @param unnamed  another package's figure no word tied to a part ("meta is at 230"), taken as its total until the
 *                 bands say otherwise
 * @param later    what of a sign-on is paid after year 1 when the user gave each year's share ("25k in year 1 and 25k
 *                 in year 2"), else 0
 */
record Figure(Purpose purpose, Component component, long amount, boolean percent, String currency, int years,
              boolean yearly, String written, Period period, boolean wholeGrant, boolean unnamed, long later) {

  /** A figure paid as one amount, or split evenly by its years. */
  Figure(Purpose purpose, Component component, long amount, boolean percent, String currency, int years,
         boolean yearly, String written, Period period, boolean wholeGrant, boolean unnamed) {
    this(purpose, component, amount, percent, currency, years, yearly, written, period, wholeGrant, unnamed, 0);
  }

  /** A figure whose part a word named, or that is this offer's. */
  Figure(Purpose purpose, Component component, long amount, boolean percent, String currency, int years,
         boolean yearly, String written, Period period, boolean wholeGrant) {
    this(purpose, component, amount, percent, currency, years, yearly, written, period, wholeGrant, false);
  }

  /** The same figure as another part: "meta is at 230" in a thread where 230 can only be a base. */
  Figure as(Component part) {
    return new Figure(purpose, part, amount, percent, currency, years, yearly, written, period, wholeGrant, false);
  }

  /** A figure that is not a grant total without its years. */
  Figure(Purpose purpose, Component component, long amount, boolean percent, String currency, int years,
         boolean yearly, String written, Period period) {
    this(purpose, component, amount, percent, currency, years, yearly, written, period, false);
  }

  /** A yearly figure. */
  Figure(Purpose purpose, Component component, long amount, boolean percent, String currency, int years,
         boolean yearly, String written) {
    this(purpose, component, amount, percent, currency, years, yearly, written, Period.YEAR);
  }

  /**
   * Whose figure it is: CURRENT is the user's pay today, never an offer; YEAR_ONE is a first-year total they quoted
   * ("total first year is 337,250"), checked against the offer and never taken as its yearly total; STEP is how
   * much one part of this offer went up ("they bumped base by 10k", "another 5k signing"), added to the thread's.
   */
  enum Purpose { OFFER, COMPETING, WALK_AWAY, FORFEITED, CURRENT, YEAR_ONE, STEP }
}
