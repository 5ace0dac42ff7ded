package com.compcoach.guide;

import com.compcoach.money.DecimalMark;
import java.util.Map;

/**
 * What a guide declares about its figures, read before its pay bands: the decimal mark, the currency of figures
 * written without a mark (frontmatter or a sentence such as "All figures are in euros"), each frontmatter row's.
 *
 * @param formatDeclared  whether the guide says which decimal mark it uses (else the point, with "92.000" an error)
 * @param currency        the guide-wide currency for unmarked figures, or null
 * @param regionCurrency  frontmatter currencies by region name as written there
 * @param vestingYears    the years a note says grants vest over ("the grant vests over four years"), or 0
 * @param hoursPerYear    the paid hours a year a sentence states for hourly rates ("2,080 paid hours"), or 0
 * @param daysPerYear     the billable days a year a sentence states for day rates ("220 billable days a year"), or 0
 * @param sharePrice      the share price a sentence states for valuing counts of shares, or null
 * @param thousands       whether a sentence says the figures are in thousands ("All figures are GBP, in
 *                        thousands"): a pay cell or target written with no magnitude and under 1,000 is thousands
 * @param payMix          the pay mix a sentence states for every OTE ("Pay is half base, half commission"), or null
 * @param monthsAYear     the monthly salaries a year that turn a monthly figure into a year's: 12, or what a
 *                        sentence states ("paid in 14 payments a year", "14 pagas")
 * @param headingCurrency the currency a heading states for the figures under it ("Fourchettes salariales (en
 *                        dollars canadiens)"), which settles a mark several currencies share ("92 000 $"), or null
 * @param currencyHeadings the currencies headings state, where they state several ("UK offices (GBP)", "EU offices
 *                        (EUR)"): each place under one is in its currency
 * @param midpointSpread  the percent a sentence says every band runs either side of its midpoint ("the band is the
 *                        midpoint ±15%"), or 0: a place's one base figure is then its midpoint
 * @param stockGrantYears the years a footnote marked on the figures says the stock figure is a whole grant over
 *                        ("RSUs approx. $80K¹" over "¹ The RSU figure is the whole new-hire grant, vesting over four
 *                        years"), or 0
 * @param stockGrantLines the table rows whose stock figure carries that footnote's mark, where only some do; empty
 *                        when the grant is every stock figure's
 * @param paychecksAYear  the paychecks a year the guide's one stated pay schedule makes ("on our biweekly payroll"
 *                        26, "paid twice a month" 24), or 0 where it states none or two that disagree
 */
record Conventions(String path, DecimalMark decimal, boolean formatDeclared, String currency,
    Map<String, String> regionCurrency, int vestingYears, int hoursPerYear, int daysPerYear, SharePrice sharePrice,
    boolean thousands, String payMix, int monthsAYear, String headingCurrency,
    CurrencyHeadings currencyHeadings, int midpointSpread, int stockGrantYears, java.util.Set<Integer> stockGrantLines,
    int paychecksAYear) {

  Conventions {
    regionCurrency = Map.copyOf(regionCurrency);
    stockGrantLines = java.util.Set.copyOf(stockGrantLines);
  }

  /** Conventions with twelve monthly salaries a year, where the guide states no other count. */
  Conventions(String path, DecimalMark decimal, boolean formatDeclared, String currency,
      Map<String, String> regionCurrency, int vestingYears, int hoursPerYear, int daysPerYear, SharePrice sharePrice,
      boolean thousands, String payMix) {
    this(path, decimal, formatDeclared, currency, regionCurrency, vestingYears, hoursPerYear, daysPerYear,
        sharePrice, thousands, payMix, 12, null, CurrencyHeadings.NONE, 0, 0, java.util.Set.of(), 0);
  }

  /** The hours and days a year that turn an hourly or a day rate into a year's pay. */
  PaidTime paidTime() {
    return new PaidTime(hoursPerYear, daysPerYear, monthsAYear, paychecksAYear);
  }

  /** The currency declared for a region's unmarked figures, or null. */
  String currencyOf(String region) {
    return regionCurrency.getOrDefault(region, currency);
  }
}
