package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sign-on paid in shares: each year's share, or "half in year 1 and half in year 2". */
final class SignOnShares {

  private SignOnShares() {}

  /** "50k sign-on, half in year 1 and half in year 2": a sign-on paid over two years, kept with its years. */
  static void overTwoYears(String lower, List<Figure> figures) {
    // "half when i start and half at 6 months": both halves are paid in year 1, so year 1 counts all of it.
    if (SIGN_ON_SPLIT.matcher(lower).find() && !withinYearOne(lower)) {
      figures.replaceAll(f -> f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER
          && f.years() < 2 ? new Figure(f.purpose(), f.component(), f.amount(), false, f.currency(), 2, f.yearly(),
          f.written(), f.period(), f.wholeGrant()) : f);
    }
  }

  /**
   * A sign-on given as each year's share ("sign-on is 25k in year 1 and 25k in year 2", "30k first year, 20k second
   * year", "15k now and 15k after 12 months"): one sign-on of both shares, the second paid after year 1, never two figures of one part.
   */
  static void signOnByYear(String lower, List<OfferAmount> amounts, List<Figure> figures, List<String> loose,
                                   List<String> differences) {
    int at = -1;
    for (int k = 0; k < figures.size() && at < 0; k++) {
      Figure f = figures.get(k);
      at = f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER && !f.percent() ? k : -1;
    }
    if (at < 0) {
      return;
    }
    long first = 0;
    long second = 0;
    String secondWritten = null;
    Matcher year = IN_YEAR.matcher(lower);
    for (OfferAmount a : amounts) {
      year.region(a.end(), lower.length());
      if (a.percent() || !year.lookingAt()) {
        continue;
      }
      boolean one = year.group(1) != null;
      long amount = a.whole(false);
      if (one && first == 0) {
        first = amount;
      } else if (!one && second == 0) {
        second = amount;
        secondWritten = a.written();
      }
    }
    Figure signOn = figures.get(at);
    if (first == 0 || second == 0 || first < 1_000 || second < 1_000 || signOn.amount() != first) {
      return;
    }
    figures.removeIf(f -> f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER);
    loose.remove(secondWritten);
    // "20k upfront and another 20k after a year": "another" is the second share, not a step up.
    differences.remove(secondWritten);
    figures.add(new Figure(Figure.Purpose.OFFER, Component.SIGN_ON, first + second, false, signOn.currency(), 0,
        false, signOn.written(), signOn.period(), false, false, second));
  }

  /**
   * When a sign-on's share is paid, right after its amount: in year 1 ("25k in year 1", "15k now", "up front") or
   * after it ("25k in year 2", "15k after 12 months", "the second year").
   */
  private static final Pattern IN_YEAR = Pattern.compile("\\s*(?:is\\s+)?(?:paid\\s+)?(?:(?:in|for|during|on|at)\\s+)?"
      + "(?:the\\s+)?(?:((?:year|yr)\\s*(?:1|one)\\b|(?:first|1st)\\s+(?:year|yr)\\b|now\\b|up ?front\\b|at signing\\b"
      + "|on (?:day one|day 1|joining|start)\\b)|((?:year|yr)\\s*(?:2|two)\\b|(?:second|2nd)\\s+(?:year|yr)\\b"
      + "|after (?:12 months|a year|one year|1 year|the first year)\\b|(?:at|in) (?:12|twelve) months\\b))");

  /** Whether the later share is paid before a year is out: "at 6 months", "after 90 days", "half in month 3". */
  private static boolean withinYearOne(String lower) {
    if (!lower.contains("month") && !lower.contains("day")) {
      return false;
    }
    Matcher later = LATER_IN_YEAR_ONE.matcher(lower);
    while (later.find()) {
      boolean days = later.group(2) != null;
      String count = later.group(1) != null ? later.group(1) : days ? later.group(2) : later.group(3);
      int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : WORD_COUNTS.indexOf(count) + 1;
      if (n > 0 && n < (days ? 365 : 12)) {
        return true;
      }
    }
    return false;
  }

  /** Spelled month counts, one to eleven, in order. */
  private static final List<String> WORD_COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven");

  /**
   * A later share's time in months (group 1) or days (group 2), said of that share: "half at 6 months", "the rest
   * after six months", "15k after 90 days". A month count said of anything else ("clawback if i leave in 6 months")
   * times no payment.
   */
  private static final Pattern LATER_IN_YEAR_ONE = Pattern.compile("(?:\\bhalf|\\brest|\\bremainder|\\bbalance"
      + "|\\bsecond (?:half|payment|installment|instalment|part|tranche)|\\d\\s*k|\\d{3},?\\d{3})"
      + "(?:\\s+(?:is\\s+)?(?:paid|comes|payable|due))?\\s+(?:at|after|in|on|within)\\s+(?:the\\s+)?"
      + "(?:(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ]months?"
      + "|(\\d{1,3})[- ]days?|month\\s+(\\d{1,2}))\\b");

  /** A sign-on paid in two parts: "half in year 1 and half in year 2", "split over two years", "in 2 installments". */
  static final Pattern SIGN_ON_SPLIT = Pattern.compile("\\b(?:half (?:in|at|after|on|up ?front|now)\\b"
      + "|split (?:over|across|into|in|between) (?:two|2)\\b|(?:paid )?(?:over|across) (?:two|2) years"
      + "|in (?:two|2) (?:installments|instalments|payments|tranches|parts))");
}
