package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;

/**
 * What each of the first four years pays: base, the stock that vests that year under the grant's schedule, the
 * bonus, the one-time money (sign-on and relocation, in year 1) and refresh grants where the letter states them.
 * Pure arithmetic on figures the user gave or the counter computed; the method is in docs/coaching.md.
 */
final class YearByYear {

  static final int YEARS = 4;

  /** One year's pay, in whole units of the offer's currency. */
  record Year(int number, long base, long stock, long bonus, long oneTime, long refresh) {
    long total() {
      return base + stock + bonus + oneTime + refresh;
    }
  }

  /**
   * The years of one package whose sign-on pays {@code signOnLater} of itself in year 2 ("half in year 1 and half in
   * year 2").
   *
   * @param stockAverage the grant's yearly average (grant ÷ its years)
   * @param vesting      the grant's schedule, or null for even years
   * @param grantYears   the years the grant vests over when no schedule is given ("150k over 3 years"), or null
   */
  static List<Year> years(long base, long stockAverage, long bonus, long signOn, long signOnLater, Vesting vesting,
                          Integer grantYears, OfferTerms terms) {
    long relocation = terms == null || terms.relocation() == null ? 0 : terms.relocation();
    long refresh = terms == null || terms.refresh() == null ? 0 : terms.refresh();
    List<Year> years = new ArrayList<>();
    for (int y = 1; y <= YEARS; y++) {
      long stock = stockIn(y, stockAverage, vesting, grantYears);
      // A refresh granted on each anniversary vests evenly over four years: year 2 holds a quarter of one grant,
      // year 3 a quarter of two, year 4 a quarter of three.
      long refreshed = refresh * (y - 1) / 4;
      long later = Math.min(signOnLater, signOn);
      years.add(new Year(y, base, stock, bonus, y == 1 ? signOn - later + relocation : y == 2 ? later : 0, refreshed));
    }
    return List.copyOf(years);
  }

  /**
   * The stock that vests in year {@code year}: the schedule's share of the grant, else the yearly average while the
   * grant lasts, so a 3-year grant pays nothing in year 4 in every table and total that counts years.
   */
  static long stockIn(int year, long stockAverage, Vesting vesting, Integer grantYears) {
    if (vesting != null) {
      long grant = stockAverage * vesting.years();
      return year <= vesting.years() ? grant * vesting.yearly().get(year - 1) / 100 : 0;
    }
    return grantYears == null || year <= grantYears ? stockAverage : 0;
  }

  /** The stock that vests over the first four years, as {@link #stockIn} counts each. */
  static long stockOverYears(long stockAverage, Vesting vesting, Integer grantYears) {
    long sum = 0;
    for (int y = 1; y <= YEARS; y++) {
      sum += stockIn(y, stockAverage, vesting, grantYears);
    }
    return sum;
  }

  /** The year the grant's last share vests when that is before year 4, else 0. */
  static int grantEnds(Vesting vesting, Integer grantYears) {
    int years = vesting != null ? vesting.years() : grantYears == null ? YEARS : grantYears;
    return years < YEARS ? years : 0;
  }

  /**
   * What year 1 pays less than the average year because of the schedule (5/15/40/40 pays 5% of the grant in year 1
   * against 25% on average); 0 for even vesting.
   */
  static long yearOneGap(long stockAverage, Vesting vesting) {
    if (vesting == null) {
      return 0;
    }
    return Math.max(0, stockAverage - vesting.firstYear(stockAverage));
  }

  /** The years as a fixed-width table, one row per component, for a code block. */
  static String table(String heading, List<Year> years, String currency) {
    List<String[]> rows = new ArrayList<>();
    String[] head = new String[years.size() + 1];
    head[0] = heading + " (" + currency + ")";
    for (int i = 0; i < years.size(); i++) {
      head[i + 1] = "Year " + years.get(i).number();
    }
    rows.add(head);
    rows.add(row("Base", years, Year::base));
    rows.add(row("Stock vesting", years, Year::stock));
    rows.add(row("Bonus", years, Year::bonus));
    if (years.stream().anyMatch(y -> y.oneTime() > 0)) {
      rows.add(row("Sign-on, relocation", years, Year::oneTime));
    }
    if (years.stream().anyMatch(y -> y.refresh() > 0)) {
      rows.add(row("Refresh grants", years, Year::refresh));
    }
    rows.add(row("Total", years, Year::total));
    int[] widths = new int[head.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      out.append(pad(r[0], widths[0], false));
      for (int i = 1; i < r.length; i++) {
        out.append("  ").append(pad(r[i], widths[i], true));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private interface Part {
    long of(Year year);
  }

  private static String[] row(String label, List<Year> years, Part part) {
    String[] r = new String[years.size() + 1];
    r[0] = label;
    for (int i = 0; i < years.size(); i++) {
      long v = part.of(years.get(i));
      r[i + 1] = v == 0 ? "-" : String.format(java.util.Locale.ROOT, "%,d", v);
    }
    return r;
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}
