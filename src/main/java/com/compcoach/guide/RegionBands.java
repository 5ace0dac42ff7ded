package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import com.compcoach.money.Currencies;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one region's cells (from a pay-table row or a region's bullet) into a {@link Region}: the figures by the
 * money grammar, a unit or currency from the header, a grant divided by its years, a bonus percent of base, and
 * the sum check (total ≈ base + stock + bonus) choosing between a per-year and a whole-grant reading. Anything
 * it cannot read is an error naming the cell; anything it derives is an info line.
 */
final class RegionBands {

  /** Below this, a yearly band figure was surely written in a format read otherwise ("€130.000" is €130). */
  static final long SMALLEST_YEARLY = 1_000;
  /** A figure no one writes as a month's or an hour's pay: a year's, whichever way its separators are read. */
  private static final long PLAINLY_YEARLY = 10_000;

  /** Allowed gap between a total band and base + stock + bonus before lint calls it an error. */
  static final double SUM_TOLERANCE = 0.05;

  /** "the low 140s", "mid-150s", "high $170s": a stretch of figures a person says, not a figure. */
  private static final Pattern DECADE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:low|lower|mid|middle|high|upper)[- ]?\\p{Sc}?\\d{2,3}0['’]?s(?![\\p{L}])");
  /** A percent of something other than base: "8% of new bookings", "10% of quota", "5% of revenue". */
  private static final Pattern OF_SALES = Pattern.compile("(?i)%\\s*(?:of|on)\\s+(?:(?:new|net|gross|closed|annual|"
      + "first-year)\\s+)?(?:bookings|booking|quota|revenue|sales|margin|deals?|profit|billings|arr|acv|tcv|gmv)\\b");
  // The hq_words, and the same said in the guide's language: only a region's name is read in it.
  // "sede" with a word after it is any office ("Torino (sede R&D)", "sede di Torino", "sede operativa"): the head
  // office only with its qualifier ("sede centrale", "sede legale") or as the whole marker ("Milano (sede)").
  private static final Pattern HQ = Pattern.compile("(?i)(?<![\\p{L}])(" + ReadingRules.standard().hqWords()
      + "|hauptsitz|zentrale|firmensitz|sede central|sede principal|oficina central|siège|siège social|hoofdkantoor"
      + "|sede centrale|sede principale|sede legale|sede(?!\\s*[\\p{L}\\p{N}&])|matriz)(?![\\p{L}])");
  private static final Pattern TOKENS = Pattern.compile("[\\s()\\[\\],/;:]+");
  /** A figure written with a fraction ("7,5", "12.5%"). */
  private static final Pattern FRACTION = Pattern.compile("\\d[.,]\\d");
  /**
   * "2 months of base", "1.5 months' salary", "2-month bonus", "2–3 months" alone in a bonus cell: a bonus counted in
   * months of the base.
   */
  private static final Pattern MONTHS_OF_BASE = Pattern.compile(
      "\\s*(\\d{1,2}(?:\\.\\d)?)(?:\\s*[–-]\\s*(\\d{1,2}(?:\\.\\d)?))?\\s*-?\\s*months?['’]?"
          + "(?:\\s+(?:of\\s+)?(?:base|salary|basic|pay)|\\s+bonus|\\s*$)");
  /** A count of months before a month counter: "4ヶ月分", "4か月", "2〜3カ月", "4개월", "4个月". */
  private static final Pattern MONTHS_CJK = Pattern.compile(
      "(\\d{1,2}(?:\\.\\d)?)(?:\\s*[〜~～–-]\\s*(\\d{1,2}(?:\\.\\d)?))?\\s*(?:[ヶかカケヵ箇个個]\\s*月|개월)");
  /** A cell of a count alone or two, "2" or "2–3": months, where its header says so. */
  private static final Pattern BARE_COUNT = Pattern.compile("\\s*\\d{1,2}(?:\\.\\d)?(?:\\s*[–-]\\s*\\d{1,2}(?:\\.\\d)?)?\\s*");
  /** "Equity (% of base)", "15% of base salary": a stock percent that is of the base, not of the company. */
  private static final Pattern OF_BASE = Pattern.compile("(?i)of\\s+(?:the\\s+)?(?:base|salary|base\\s+salary)\\b");
  /** A total header that says it holds the equity: "Total (OTE + equity)". */
  private static final Pattern STOCK_WORDS = Pattern.compile("(?i)equity|stock|rsu");
  /** "750–1,250 RSUs", "400 shares": a count of shares written in a stock cell. */
  private static final Pattern SHARES_AFTER = Pattern.compile("(?i)\\s*(?:shares|rsus?|psus?|units)\\b");
  /** Above this a "k" count of shares a year would be worth a fortune: "30k RSU/yr" is money ("1.2k RSUs" may be shares). */
  private static final long THOUSANDS_OF_SHARES = 5_000;
  /** "RSU/yr", "RSUs a year", "RSU per year": a unit word then a year's mark, as a value a year is written. */
  private static final Pattern UNIT_A_YEAR = Pattern.compile(
      "(?i)\\s*(?:rsus?|psus?|units|shares)\\s*(?:/\\s*(?:yr|year)|a\\s+year|per\\s+year|per\\s+annum|p\\.?a\\.?|annually)\\b");

  /**
   * "30k RSU/yr" in a guide that states no share price: a value a year written in thousands, as comp notes write
   * stock, never thirty thousand shares a year (worth a million at any price a guide would state).
   */
  private boolean valueAYear(Figures.Figure f, String afterFigure) {
    return f.magnitude() && f.high() >= THOUSANDS_OF_SHARES && conventions.sharePrice() == null
        && UNIT_A_YEAR.matcher(afterFigure).lookingAt();
  }

  /** A header that says its cells write three figures, low, middle and high: "Base (min / mid / max)". */
  /** Dollars other than the US dollar, whose bare "$" a guide's stated currency settles. */
  private static final java.util.Set<String> OTHER_DOLLARS = java.util.Set.of("CAD", "AUD", "NZD", "SGD", "HKD");
  private static final Pattern MIN_MID_MAX = Pattern.compile("(?i)\\bmin\\w*\\s*/\\s*mid\\w*\\s*/\\s*max");
  /** "/ 4 yrs" after a grant: the second figure counts years, not money. */
  static final Pattern YEARS_AFTER = Pattern.compile("(?i)\\s*-?\\s*(?:yrs?|years?|y)\\b");
  /** "/4yr", "/ 4 years": a vesting period written as a unit, not as words about a grant. */
  /** A figure right before its slash and years: "120k/4y", "$80K / 4 yrs". */
  private static final Pattern GRANT_PER_YEARS = Pattern.compile("(?i)[\\dkm]\\s*/\\s*\\d+\\s*-?\\s*(?:yrs?|years?|y)\\b");
  static final Pattern PER_YEARS = Pattern.compile("(?i)/\\s*\\d+\\s*-?\\s*(yrs?|years?|y)\\b");

  /** An aside in parentheses after a cell's word: "none (credit union)". */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)");
  /** How the warning about equity written as a percent of the company starts, so it is given once a guide. */
  private static final String EQUITY_PERCENT = "equity is written as a percent of the company";
  /** How the warning about equity written as a count of options starts, so it is given once a guide. */
  private static final String EQUITY_OPTIONS = "equity is written as a count of options";
  /** "10,000 options", "8,000–12,000 stock options": a count of options after the figure. */
  private static final Pattern OPTIONS_AFTER = Pattern.compile("(?i)\\s*(?:stock\\s+)?options\\b");
  /** A label or header naming options ("Options:", "Stock options", "ISOs"), under which a bare figure counts them. */
  private static final Pattern OPTIONS_LABEL = Pattern.compile("(?i)\\b(?:(?:stock\\s+)?options?|isos?|nsos?|esos?)\\b");
  /** A header that says its options are written as money: "Options (annual value)", "Options (annualised)". */
  private static final Pattern VALUED = Pattern.compile("(?i)value|annual|yearly|worth|per\\s+year|a\\s+year|/\\s*y|p\\.a\\.");
  /** "at a $0.85 strike", "exercise price $4": a count of options beside its price. */
  static final Pattern STRIKE = Pattern.compile("(?i)\\bstrike\\b|\\bexercise\\s+price\\b");

  /** One cell's text and what its column header says about it. */
  record Cell(String text, String header) {}

  /** A stock cell's text where the guide says the stock is what the total leaves ("the rest is equity"). */
  static final String REST_OF_TOTAL = "the rest of the total";

  /** A band as read from one cell: the figure, and the currency it was written in (or null). */
  private record Band(Figures.Figure figure, String currency) {}

  private final Conventions conventions;
  private final GuideFigures figures;
  private final ReadingRules rules;
  private final List<Finding> findings;
  /** Each header's unit, worked out once for all the rows under it. */
  private final Map<String, HeaderUnit> units = new java.util.HashMap<>();
  /** Whether each header says its figures are per month, worked out once for all the rows under it. */
  private final Map<String, Boolean> monthly = new java.util.HashMap<>();
  private final Map<String, Boolean> quarterly = new java.util.HashMap<>();
  private final Map<String, Integer> weekly = new java.util.HashMap<>();
  /** Whether each header says its figures are per hour, worked out once for all the rows under it. */
  private final Map<String, Boolean> hourly = new java.util.HashMap<>();
  /** Whether each header says its figures are per day, worked out once for all the rows under it. */
  private final Map<String, Boolean> daily = new java.util.HashMap<>();
  /** Whether a header says its figures are each paycheck's, by header. */
  private final Map<String, Boolean> perPaycheck = new java.util.HashMap<>();
  /** Whether each stock header says its cells count shares, worked out once for all the rows under it. */
  private final Map<String, Boolean> shareHeaders = new java.util.HashMap<>();
  /** Options the row's stock cell counts instead of valuing; cleared per row. */
  private Options options;
  /** How the row being read was written other than as yearly figures, said on the card; cleared per row. */
  private final List<String> notes = new ArrayList<>();

  /** Whether the table writes its money ranges low over high with a slash ("155k / 190k"), as its own convention. */
  private final boolean slashRanges;
  /** Whether a figure read here had a point that could only group thousands ("72.000 €" for a base). */
  private boolean pointsGroup;

  RegionBands(Conventions conventions, GuideFigures figures, ReadingRules rules, List<Finding> findings) {
    this(conventions, figures, rules, findings, false);
  }

  RegionBands(Conventions conventions, GuideFigures figures, ReadingRules rules, List<Finding> findings,
      boolean slashRanges) {
    this.conventions = conventions;
    this.figures = figures;
    this.rules = rules;
    this.findings = findings;
    this.slashRanges = slashRanges;
  }

  /** Whether a region's name says it is headquarters. */
  static boolean isHq(String name) {
    Matcher hq = HQ.matcher(name);
    while (hq.find()) {
      if (!hq.group(1).regionMatches(true, 0, "our home office", 0, 15) || wholeAside(name, hq.start(), hq.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words stand as a name's whole bracket or aside: "Charlotte (our home office)", "Charlotte — our home
   * office". "Charlotte (20 min from our home office)" or "Remote (works from our home office policy)" only mention
   * it, and mark no headquarters (s30 G).
   */
  private static boolean wholeAside(String name, int start, int end) {
    String before = name.substring(0, start).stripTrailing();
    String after = name.substring(end).strip();
    boolean opens = before.endsWith("(") || before.endsWith("[") || before.endsWith("—") || before.endsWith("–")
        || before.endsWith(" -") || before.endsWith(",");
    boolean closes = after.isEmpty() || after.startsWith(")") || after.startsWith("]");
    return opens && closes;
  }

  /**
   * The region, or null when a cell cannot be read (the reason is a finding).
   *
   * @param cells the cells by what they name; BASE must be present, the rest may be missing
   */
  Region read(String name, int line, Map<Column, Cell> cells, String rowCurrency) {
    return read(name, line, cells, rowCurrency, null);
  }

  /**
   * As {@link #read(String, int, Map, String)}, under a heading that states a currency ("### EU offices (EUR)"): it
   * settles a shared mark and unmarked figures, never a figure marked in another currency ("CA$…" under "(USD)").
   */
  Region read(String name, int line, Map<Column, Cell> cells, String rowCurrency, String headingCurrency) {
    notes.clear();
    options = null;
    int before = errors();
    List<String> currencies = new ArrayList<>();
    if (rowCurrency != null) {
      currencies.add(rowCurrency);
    }
    // Only a row's own Currency cell decides a shared mark: a guide-wide "figures in CAD" may sit over a US row.
    // A heading's "(in Canadian dollars)" over "92 000 $" settles the mark the same way.
    String stated = rowCurrency != null ? rowCurrency : headingCurrency != null ? headingCurrency
        : conventions.headingCurrency();
    if (!cells.containsKey(Column.BASE) && cells.containsKey(Column.PAY_MIX)) {
      return fromMix(name, line, cells, currencies, stated);
    }
    Band base = band(name, line, "base", cells.get(Column.BASE), currencies, stated, true);
    boolean stockIsRest = cells.get(Column.STOCK) != null && cells.get(Column.STOCK).text().equals(REST_OF_TOTAL);
    Band stock = stockIsRest ? null : band(name, line, "stock", cells.get(Column.STOCK), currencies, stated, false);
    double[] monthsRange = cells.containsKey(Column.BONUS) ? monthsOfBase(cells.get(Column.BONUS)) : null;
    double months = monthsRange == null ? 0 : monthsRange[0];
    Cell bonusCell = cells.get(Column.BONUS);
    if (bonusCell != null && months == 0 && rules.saysRetirement(bonusCell.header() + " " + bonusCell.text())) {
      // "| Profit sharing |" over "4% into 401(k)": money paid into a retirement plan, not cash pay, so no bonus.
      findings.add(Finding.warning(conventions.path(), line, "the bonus for " + name + " is written as '"
          + bonusCell.text().strip() + "' under '" + bonusCell.header().strip() + "', money paid into a retirement"
          + " plan: not read as a bonus"));
      bonusCell = null;
    }
    Band bonus = months > 0 ? null : band(name, line, "bonus", bonusCell, currencies, stated, false);
    Band total = band(name, line, "total", cells.get(Column.TOTAL), currencies, stated, false);
    if (errors() > before || base == null) {
      return null;
    }
    if (currencies.isEmpty() && stated != null) {
      // "## Ranges (EUR)" or "Pay at a glance (EUR):" over "Berlin: base 78–96k": unmarked figures in its currency.
      currencies.add(stated);
    }
    String currency = currency(name, line, currencies);
    if (currency == null) {
      return null;
    }
    if (rowCurrency == null && OTHER_DOLLARS.contains(currency) && "$".equals(base.figure().mark())
        && Places.namesUnitedStates(name) && !("AUD".equals(currency) && Places.namesAustralianState(name))) {
      // "Perth, WA" in an AUD guide is Western Australia, not Washington.
      // "currency: CAD" over "| Seattle, WA | $150,000–$175,000 |": a bare "$" on a US row may well mean US dollars.
      findings.add(Finding.warning(conventions.path(), line, "'" + name + "' is a US place and its bare '$' figures"
          + " are read as " + currency + ", the currency the guide states: write US$ if they are US dollars, or write "
          + currency + " before them to say so"));
    }
    if (rowCurrency == null && stated == null && conventions.currency() == null && "USD".equals(currency)
        && "$".equals(base.figure().mark()) && rules.namesOtherDollarPlace(name) && !Places.namesUnitedStates(name)) {
      // "| Perth (HQ) | $150K-$175K |" in a guide that states no currency: the "$" is read as the US dollar, but a
      // careful reader would ask whether it is the place's own dollar. A US state after the name ("Vancouver, WA",
      // "Victoria, TX") says the place is the US one, paid in US dollars.
      findings.add(Finding.warning(conventions.path(), line, "'" + name + "' is paid in a dollar other than the US"
          + " one and the guide states no currency: its bare '$' figures are read as USD; say which dollar (as"
          + " 'All figures in AUD') or write the mark (A$, CA$, US$)"));
    }
    if (bonus != null && bonus.figure().percent() && cells.get(Column.BONUS) != null
        && OF_SALES.matcher(cells.get(Column.BONUS).text()).find()) {
      // "8% of new bookings": a commission on sales, no percent of base, so no amount the reader can work out.
      findings.add(Finding.error(conventions.path(), line, "the bonus for " + name + " is written as '"
          + cells.get(Column.BONUS).text().strip() + "', a percent of sales, not of base: write its amount at target"
          + " (as 'commission $40K at target')"));
      return null;
    }
    Range baseRange = base.figure().range();
    PercentOfBase bonusRate = null;
    Range bonusRange = Range.of(0, 0);
    double[] fraction = bonus != null && bonus.figure().percent() ? fractionPercent(bonus.figure().written()) : null;
    if (fraction != null) {
      // "7,5", "12.5%": kept exactly, so a place uplifted from this one has its bonus worked out at 7.5% too.
      bonusRate = PercentOfBase.of(fraction[0], fraction[1]);
      bonusRange = bonusRate.on(baseRange);
      String written = bonus.figure().written().strip() + (bonus.figure().written().contains("%") ? "" : "%");
      findings.add(Finding.info(conventions.path(), line, "bonus for " + name + " is " + written + " of base: read as "
          + Money.compact(bonusRange, currency) + " (derived)"));
      notes.add("bonus written as " + written + " of base");
    } else if (bonus != null && bonus.figure().percent()) {
      Range bonusPercent = bonus.figure().range();
      bonusRate = PercentOfBase.whole(bonusPercent);
      bonusRange = bonusRate.on(baseRange);
      findings.add(Finding.info(conventions.path(), line, "bonus for " + name + " is " + percent(bonusPercent)
          + " of base: read as " + Money.compact(bonusRange, currency) + " (derived)"));
    } else if (bonus != null) {
      bonusRange = bonus.figure().range();
    } else if (months > 0) {
      // "2 months of base", as Japanese and Korean bonuses are written: a month's pay is the yearly base over the
      // salaries a year (a thirteenth where the guide says pay comes 13 times a year).
      int paid = conventions.monthsAYear();
      bonusRange = Range.of(Math.round(baseRange.low() * months / paid),
          Math.round(baseRange.high() * monthsRange[1] / paid));
      findings.add(Finding.info(conventions.path(), line, "bonus for " + name + " is " + cells.get(Column.BONUS).text()
          + ": read as " + Money.compact(bonusRange, currency) + " (" + (paid == 12 ? "a twelfth" : "1/" + paid)
          + " of the base a month, derived)"));
      notes.add("bonus written as " + cells.get(Column.BONUS).text());
    }
    boolean bonusGiven = bonus != null || months > 0;
    Range totalRange = total == null ? null : total.figure().range();
    Grant grant = null;
    Range stockRange = Range.of(0, 0);
    if (stock != null && stock.figure().percent()) {
      Range percent = stock.figure().range();
      stockRange = Range.of(Math.round(baseRange.low() * percent.low() / 100.0),
          Math.round(baseRange.high() * percent.high() / 100.0));
      findings.add(Finding.info(conventions.path(), line, "stock for " + name + " is " + percent(percent)
          + " of base a year: read as " + Money.compact(stockRange, currency) + " (derived)"));
      notes.add("stock written as " + percent(percent) + " of base");
    } else if (stock != null) {
      Cell cell = cells.get(Column.STOCK);
      Range written = stock.figure().range();
      // "—" under "Stock (4-yr grant)": no grant at all, never a grant of nothing over four years.
      int years = written.high() == 0 ? 0 : grantYears(cell, line);
      if (years > 0 && totalRange != null && cells.get(Column.BONUS) != null) {
        // The sum check decides: a grant over N years, or already a year's worth ("Stock (RSU/4yr)").
        Range perYear = divide(written, years);
        boolean grantFits = fits(baseRange, perYear, bonusRange, totalRange);
        boolean yearFits = fits(baseRange, written, bonusRange, totalRange);
        // When both readings fit, the sum cannot choose and the words do ("Equity grant (vests over two years)").
        if (grantFits && (!yearFits || explicitGrant(cell)) || !yearFits && explicitGrant(cell)) {
          grant = new Grant(written, years);
        }
      } else if (years > 0 && saysGrantOver(cell, line)) {
        grant = new Grant(written, years);
      } else if (written.high() > 0 && explicitGrant(cell) && !rules.saysPerYear(cell.header() + " " + cell.text())) {
        findings.add(Finding.warning(conventions.path(), line, "stock for " + name + " is written as a grant ('"
            + cell.text() + "') but says over how many years nowhere; read as per year. Write 'over 4 years'"));
      }
      stockRange = perYear(name, line, written, grant, currency);
    }
    if (bonus != null && !bonus.figure().percent() && rules.saysPaidQuarterly(cells.get(Column.BONUS).header())) {
      // "Bonus (paid quarterly)" over "$3K–$5K": a year's amount paid out in quarters, or each quarter's? The total
      // decides where there is one; else it is read as written, and said.
      Range year = bonusRange;
      Range quarters = Range.of(year.low() * 4, year.high() * 4);
      if (totalRange != null && fits(baseRange, stockRange, quarters, totalRange)
          && !fits(baseRange, stockRange, year, totalRange)) {
        bonusRange = quarters;
        findings.add(Finding.info(conventions.path(), line, "bonus for " + name + " is paid quarterly and the total"
            + " counts it four times: read as " + Money.compact(bonusRange, currency) + " a year (derived)"));
        notes.add("bonus written per quarter × 4");
      } else if (totalRange == null) {
        findings.add(Finding.warning(conventions.path(), line, "the bonus '" + bonus.figure().written().strip()
            + "' for " + name + " is paid quarterly, and nothing says whether it is a year's or a quarter's: read as"
            + " a year's; write 'a year' or 'a quarter' after it"));
      }
    }
    if (stockIsRest) {
      stockRange = rest(name, line, baseRange, bonusRange, totalRange, currency);
      if (stockRange == null) {
        return null;
      }
    }
    boolean totalDerived = totalRange == null;
    if (!totalDerived && stock != null && bonusGiven && stockRange.high() > 0
        && fits(baseRange, Range.of(0, 0), bonusRange, totalRange) && !fits(baseRange, stockRange, bonusRange, totalRange)) {
      // The sum check decides: "OTE", "total cash" written as base + bonus, the stock on top of it.
      String cash = Money.compact(totalRange, currency);
      totalRange = Range.of(totalRange.low() + stockRange.low(), totalRange.high() + stockRange.high());
      totalDerived = true;
      findings.add(Finding.info(conventions.path(), line, "the total for " + name + " (" + cash + ") is base + bonus,"
          + " cash without the stock: read the total as it plus stock, " + Money.compact(totalRange, currency)
          + " (derived)"));
      notes.add("total written as cash (" + cash + "), stock added");
    } else if (totalDerived) {
      totalRange = Range.of(baseRange.low() + stockRange.low() + bonusRange.low(),
          baseRange.high() + stockRange.high() + bonusRange.high());
      findings.add(Finding.info(conventions.path(), line, "no total for " + name + ": read as base + stock + bonus, "
          + Money.compact(totalRange, currency) + " (derived)"));
    } else if ((stock != null || stockIsRest) && bonusGiven) {
      sum(line, name, "low", baseRange.low() + stockRange.low() + bonusRange.low(), totalRange.low(), currency);
      sum(line, name, "high", baseRange.high() + stockRange.high() + bonusRange.high(), totalRange.high(), currency);
    } else {
      absent(line, name, stock == null && !stockIsRest, !bonusGiven, baseRange, stockRange, bonusRange, totalRange, currency);
    }
    if (errors() > before) {
      return null;
    }
    Bands bands = new Bands(baseRange, stockRange, bonusRange, totalRange, grant, bonusRate, totalDerived,
        notes.isEmpty() ? null : String.join("; ", notes), options);
    return new Region(name, isHq(name), currency, bands, line);
  }

  /**
   * A sales row written as OTE and a pay mix ("$280K–$340K", "50/50"): the base is the mix's first share of the
   * OTE and the variable (the bonus) its second, each derived with an info line; the total is the OTE and the stock
   * beside it, unless the total column already holds the equity ("Total (OTE + equity)").
   */
  private Region fromMix(String name, int line, Map<Column, Cell> cells, List<String> currencies, String stated) {
    notes.clear();
    int before = errors();
    Cell mixCell = cells.get(Column.PAY_MIX);
    int[] three = PayMix.threeInCell(mixCell.text());
    List<Column> order = three == null ? null : partsInOrder(mixCell.header());
    if (order != null && cells.get(Column.STOCK) == null) {
      return fromThreeShares(name, line, cells, currencies, stated, three, order);
    }
    PayMix.Shares mix = PayMix.inCell(mixCell.text());
    if (mix == null || !mix.whole()) {
      findings.add(Finding.error(conventions.path(), line, "the pay-mix cell '" + mixCell.text() + "' for " + name
          + " does not say how the OTE splits between base and variable; write it as 50/50 or 60/40"));
      return null;
    }
    Band total = band(name, line, "total", cells.get(Column.TOTAL), currencies, stated, true);
    boolean stockIsRest = cells.get(Column.STOCK) != null && cells.get(Column.STOCK).text().equals(REST_OF_TOTAL);
    Band stock = stockIsRest ? null : band(name, line, "stock", cells.get(Column.STOCK), currencies, stated, false);
    if (errors() > before || total == null) {
      return null;
    }
    String currency = currency(name, line, currencies);
    if (currency == null) {
      return null;
    }
    // "OTE $180K–$220K; new-hire RSUs $40K vesting over 4 years": the grant is read over its years, as beside a base.
    Cell stockCell = cells.get(Column.STOCK);
    int years = stock == null || stock.figure().percent() ? 0 : grantYears(stockCell, line);
    Grant grant = years > 0 && saysGrantOver(stockCell, line) ? new Grant(stock.figure().range(), years) : null;
    Range stockRange = stock == null ? Range.of(0, 0) : perYear(name, line, stock.figure().range(), grant, currency);
    Range written = total.figure().range();
    boolean holdsEquity = stock != null && rules.column(cells.get(Column.TOTAL).header()) == Column.TOTAL
        && STOCK_WORDS.matcher(cells.get(Column.TOTAL).header()).find();
    Range ote = holdsEquity ? Range.of(written.low() - stockRange.low(), written.high() - stockRange.high()) : written;
    int baseShare = mix.basePercent();
    Range base = Range.of(Math.round(ote.low() * baseShare / 100.0), Math.round(ote.high() * baseShare / 100.0));
    Range bonus = Range.of(ote.low() - base.low(), ote.high() - base.high());
    Range totalRange = holdsEquity ? written
        : Range.of(ote.low() + stockRange.low(), ote.high() + stockRange.high());
    // "Total target cash" split as the guide says is no OTE by name: the lines say what the guide wrote.
    String whole = cells.get(Column.TOTAL).header().contains("OTE") || cells.get(Column.TOTAL).text().contains("OTE")
        || PayMix.spokenOf(cells.get(Column.TOTAL).header()) ? "OTE" : "total";
    findings.add(Finding.info(conventions.path(), line, "base and variable for " + name + " are the " + whole + " "
        + Money.compact(ote, currency) + " split " + mix + ": read as base "
        + Money.compact(base, currency) + " and variable (bonus) " + Money.compact(bonus, currency) + " (derived)"));
    notes.add(0, "base and variable (bonus) split " + mix + " from " + (whole.equals("OTE") ? "OTE " : "the total ")
        + Money.compact(ote, currency));
    return new Region(name, isHq(name), currency, new Bands(base, stockRange, bonus, totalRange, grant, null,
        !holdsEquity, String.join("; ", notes)), line);
  }

  /**
   * The three parts a pay-mix header names in the order its cells give their shares ("Mix (base / bonus / equity)"),
   * or null where it does not name base, bonus and stock once each.
   */
  private List<Column> partsInOrder(String header) {
    if (header == null) {
      return null;
    }
    int open = header.indexOf('(');
    String named = open >= 0 && header.indexOf(')', open) > open ? header.substring(open + 1, header.indexOf(')', open))
        : header;
    String[] words = named.split("[/:]");
    if (words.length != 3) {
      return null;
    }
    List<Column> order = new ArrayList<>();
    for (String w : words) {
      Column c = rules.column(w.strip());
      if (c != Column.BASE && c != Column.BONUS && c != Column.STOCK || order.contains(c)) {
        return null;
      }
      order.add(c);
    }
    return List.copyOf(order);
  }

  /**
   * A row written as a total and a mix of three shares in the header's order ("$200K–$240K", "75 / 10 / 15" under
   * "Mix (base / bonus / equity)"): each part is its share of the total, derived with an info line; shares that do
   * not make up the whole are an error, never a guess.
   */
  private Region fromThreeShares(String name, int line, Map<Column, Cell> cells, List<String> currencies,
      String stated, int[] shares, List<Column> order) {
    Cell mixCell = cells.get(Column.PAY_MIX);
    if (shares[0] + shares[1] + shares[2] != 100) {
      findings.add(Finding.error(conventions.path(), line, "the pay-mix cell '" + mixCell.text() + "' for " + name
          + " does not add up to 100%, so the total cannot be split into its parts"));
      return null;
    }
    int before = errors();
    Band total = band(name, line, "total", cells.get(Column.TOTAL), currencies, stated, true);
    if (errors() > before || total == null) {
      return null;
    }
    String currency = currency(name, line, currencies);
    if (currency == null) {
      return null;
    }
    Range whole = total.figure().range();
    Map<Column, Range> parts = new EnumMap<>(Column.class);
    for (int i = 0; i < 3; i++) {
      parts.put(order.get(i), Range.of(Math.round(whole.low() * shares[i] / 100.0),
          Math.round(whole.high() * shares[i] / 100.0)));
    }
    String split = shares[0] + "/" + shares[1] + "/" + shares[2] + " (" + order.stream()
        .map(c -> c == Column.STOCK ? "stock" : c.name().toLowerCase(Locale.ROOT)).collect(
            Collectors.joining("/")) + ")";
    findings.add(Finding.info(conventions.path(), line, "base, bonus and stock for " + name + " are the total "
        + Money.compact(whole, currency) + " split " + split + ": read as base "
        + Money.compact(parts.get(Column.BASE), currency) + ", bonus " + Money.compact(parts.get(Column.BONUS), currency)
        + " and stock " + Money.compact(parts.get(Column.STOCK), currency) + " (derived)"));
    return new Region(name, isHq(name), currency, new Bands(parts.get(Column.BASE), parts.get(Column.STOCK),
        parts.get(Column.BONUS), whole, null, null, false, "base, bonus and stock split " + split + " from the total "
        + Money.compact(whole, currency)), line);
  }

  /**
   * The fewest and most months of base a bonus cell says it is ("2 months of base", "1.5 months' salary", "2–3
   * months"), or null.
   */
  private static double[] monthsOfBase(Cell cell) {
    String text = cell.text();
    if (cell.header() != null && cell.header().toLowerCase(Locale.ROOT).contains("months")
        && BARE_COUNT.matcher(text).matches()) {
      // "2–3" under "Bonus (months of base)": the header says what the count is of.
      text = text.strip() + " months";
    }
    if (text.indexOf('月') >= 0 || text.indexOf('월') >= 0) {
      return monthsWrittenInCjk(text);
    }
    if (!text.contains("month")) {
      return null;
    }
    Matcher m = MONTHS_OF_BASE.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    double low = Double.parseDouble(m.group(1));
    double high = m.group(2) == null ? low : Double.parseDouble(m.group(2));
    return low > 0 && high >= low ? new double[] {low, high} : null;
  }

  /**
   * "年2回 計4ヶ月分" (twice a year, four months in all), "4개월분", "2〜3ヶ月": months of base written in Japanese,
   * Korean or Chinese, the count before a month counter. Where several counts stand, only the one after "計"/"合計"
   * (in all) is the year's; several with none so marked are left unread (an error), never one of them guessed.
   */
  private static double[] monthsWrittenInCjk(String text) {
    int all = text.lastIndexOf('計');
    Matcher m = MONTHS_CJK.matcher(text);
    double[] found = null;
    int count = 0;
    int from = all >= 0 ? all : 0;
    while (m.find(from)) {
      count++;
      double low = Double.parseDouble(m.group(1));
      double high = m.group(2) == null ? low : Double.parseDouble(m.group(2));
      found = low > 0 && high >= low ? new double[] {low, high} : null;
      from = m.end();
    }
    return count == 1 ? found : null;
  }

  private int errors() {
    int n = 0;
    for (Finding f : findings) {
      if (f.isError()) {
        n++;
      }
    }
    return n;
  }

  /**
   * A percent written with a fraction ("7,5", "12.5%", "7.5–10%") as its exact low and high points, or null where
   * every figure in it is whole. A percent's comma or point before one or two digits is its decimal mark.
   */
  /** "target 8%", "(target: 8%)", "targeted at 8%": the percent after is the bonus's target. */
  private static final Pattern TARGET_BEFORE = Pattern.compile("(?i)\\btarget(?:ed)?\\s*(?:of|is|at|:)?\\s*$");

  private static double[] fractionPercent(String written) {
    return FRACTION.matcher(written).find() ? Figures.decimals(written) : null;
  }


  private static String percent(Range r) {
    return r.low() == r.high() ? r.low() + "%" : r.low() + "–" + r.high() + "%";
  }

  private static Range divide(Range r, int years) {
    return Range.of(Math.round(r.low() / (double) years), Math.round(r.high() / (double) years));
  }

  private static boolean fits(Range base, Range stock, Range bonus, Range total) {
    return off(base.low() + stock.low() + bonus.low(), total.low()) <= SUM_TOLERANCE
        && off(base.high() + stock.high() + bonus.high(), total.high()) <= SUM_TOLERANCE;
  }

  private static double off(long parts, long total) {
    if (total == 0 && parts == 0) {
      return 0;
    }
    return Math.abs(parts - total) / (double) Math.max(total, 1);
  }

  /** "120k/4y RSU", "$40K vesting over 4 years": a figure over its years is a grant vesting over them. */
  private boolean saysGrantOver(Cell cell, int line) {
    return explicitGrant(cell) || GRANT_PER_YEARS.matcher(cell.text()).find() || grantOfShares(cell)
        || footnotedGrant(cell, line);
  }

  /**
   * A stock figure a footnote says is the whole grant ({@link Conventions#stockGrantYears}), unless it says a year's;
   * where the mark sits on some rows of a table only, on those rows alone.
   */
  private boolean footnotedGrant(Cell cell, int line) {
    return conventions.stockGrantYears() > 0 && !rules.saysPerYear(cell.header() + " " + cell.text())
        && (conventions.stockGrantLines().isEmpty() || conventions.stockGrantLines().contains(line));
  }

  /** A stock figure's yearly worth: the figure, or a grant's over its years, said with an info line. */
  private Range perYear(String name, int line, Range written, Grant grant, String currency) {
    if (grant == null) {
      return written;
    }
    Range year = divide(written, grant.years());
    findings.add(Finding.info(conventions.path(), line, "stock for " + name + " is a grant of "
        + Money.compact(written, currency) + " over " + grant.years() + " years: read as "
        + Money.compact(year, currency) + " a year (derived)"));
    return year;
  }

  /** The years a stock cell or its header names ("over 4 years", "/4yr", "vesting 25% per year"), 0 when none. */
  private int grantYears(Cell cell, int line) {
    int inCell = ReadingRules.years(cell.text());
    int inHeader = inCell > 0 ? inCell : ReadingRules.years(cell.header());
    if (inHeader == 0) {
      inHeader = VestingSchedule.years(cell.text() + " " + cell.header());
    }
    if (inHeader == 0 && footnotedGrant(cell, line)) {
      return conventions.stockGrantYears();
    }
    return inHeader > 0 || !explicitGrant(cell) && !grantOfShares(cell) ? inHeader : conventions.vestingYears();
  }

  /**
   * "12,000 RSUs" in a guide saying "Grants vest over four years": a count of shares with no year's word is the
   * grant, never a year's worth.
   */
  private boolean grantOfShares(Cell cell) {
    if (conventions.vestingYears() == 0 || cell.text().indexOf(' ') < 0) {
      return false;
    }
    List<Figures.Figure> scanned = figures.scan(cell.text());
    return !scanned.isEmpty() && !scanned.get(0).marked()
        && SHARES_AFTER.matcher(cell.text()).region(scanned.get(0).end(), cell.text().length()).lookingAt()
        && !rules.saysPerYear(cell.header() + " " + cell.text());
  }

  /** The strike written after a count of options: the first figure after it with a currency mark, as written. */
  private static String strike(List<Figures.Figure> figures, Figures.Figure count) {
    for (Figures.Figure f : figures) {
      if (f.start() >= count.end() && f.marked() && !f.percent() && f.low() == f.high()) {
        return f.written();
      }
    }
    return null;
  }

  /** Whether the cell or header says grant in words ("grant", "vesting", "over"), not only a "/4yr". */
  private boolean explicitGrant(Cell cell) {
    String words = PER_YEARS.matcher(cell.header() + " " + cell.text()).replaceAll(" ");
    // "vesting 25% per year", "vests 25/25/25/25": a share of a grant vesting each year says a grant; its "per year"
    // is the schedule's, not the figure's.
    if (VestingSchedule.years(words) > 0) {
      // Unless the header or cell says the figure is a year's outside the schedule: "Equity per year" over "$30K
      // (grant vests 25% per year)" is a year's worth.
      return !rules.saysPerYear(VestingSchedule.without(words));
    }
    // "a grant of 36,000 in RSUs vesting semi-annually over 3 years": how often it vests is no year's worth.
    words = words.contains("vest") ? HeaderNotes.VESTING_SCHEDULE.matcher(words).replaceAll("$1") : words;
    return rules.saysGrant(words) && !rules.saysPerYear(words);
  }

  /**
   * Between a percent and the amounts it works out to: "95% of the Boise band: ", "90% of HQ = ", "… → ". Never a
   * bracket or "or" ("90% of HQ (floor $120K)", "95% of HQ or $140K, whichever is higher"): those give a floor or a
   * choice, not the band.
   */
  /** A cell that is only a dash: "-", "–", "—". */
  private static final Pattern DASH_CELL = Pattern.compile("^[-–—]+$");
  static final Pattern WORKED_OUT = Pattern.compile("[^.;%()]{0,60}?(?::|=|→|\\bi\\.e\\.|\\bthat is\\b)\\s*[$€£]?\\s*");

  private Band band(String region, int line, String what, Cell cell, List<String> currencies, String stated,
      boolean required) {
    if (cell == null) {
      return null;
    }
    String text = RegionProse.rangesInWords(cell.text().replace("**", "").replace("__", "").strip());
    List<Figures.Figure> figures = this.figures.scan(text);
    String path = conventions.path();
    if (figures.isEmpty()) {
      // "none (credit union)": the words in parentheses say why, the cell says none.
      String bare = text.indexOf('(') > 0 ? ASIDE.matcher(text).replaceAll("").strip() : text;
      if (!required && !what.equals("total") && (rules.saysNoTarget(bare) || rules.saysNotKnown(bare) || bare.equals("0"))) {
        if (rules.saysNotKnown(bare)) {
          // "TBD" is a figure not known yet: 0 is the guide's want of one, said aloud.
          findings.add(Finding.warning(path, line, "the " + what + " cell '" + text + "' for " + region + " says its"
              + " figure is not known yet: read as 0; write the figure, or 'none' if there is none"));
        } else if (DASH_CELL.matcher(bare).matches()) {
          // A sheet's dash is most often its zero, but it can mean "not filled in": the reading is said.
          findings.add(Finding.info(path, line, "the " + what + " cell '" + bare + "' for " + region + " is a dash:"
              + " read as none (0)"));
        }
        return new Band(new Figures.Figure(text, 0, 0, null, null, 0, 0, false, false, false), null);
      }
      if (what.equals("total") && rules.saysNoTarget(text)) {
        return null;
      }
      findings.add(Finding.error(path, line, "no figure in the " + what + " cell '" + text + "' for " + region));
      return null;
    }
    Figures.Figure f = figures.get(0);
    if (what.equals("bonus") && f.percent() && figures.size() > 1) {
      // "up to 12% (target 8%)": the target is the bonus a hire is paid; the other percent is its cap.
      for (Figures.Figure g : figures.subList(1, figures.size())) {
        if (g.percent() && TARGET_BEFORE.matcher(text.substring(Math.max(0, g.start() - 16), g.start())).find()) {
          findings.add(Finding.info(path, line, "the bonus cell '" + text + "' for " + region + " is read at its"
              + " target, " + g.written().strip() + ", not its cap"));
          f = g;
          break;
        }
      }
    }
    if (!what.equals("bonus") && f.percent() && figures.size() > 1 && !figures.get(1).percent()
        && figures.get(1).low() < figures.get(1).high() && WORKED_OUT.matcher(text.substring(f.end(), figures.get(1).start())).matches()) {
      // "Base is 95% of the Boise band: $112,100–$134,900": the percent says how the band was set, the amounts
      // after it are the band.
      figures = figures.subList(1, figures.size());
      f = figures.get(0);
    }
    String afterFigure = text.substring(f.end());
    if (!afterFigure.isEmpty() && rules.openEndedAtStart(afterFigure)) {
      // "$215K+", "$190K and up": the top of the band is not written, and one figure is no band.
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region + " is open at"
          + " the top ('" + f.written() + afterFigure.stripTrailing() + "'): a band needs its top; write it as a"
          + " range, as in $215K–$260K"));
      return null;
    }
    if (!f.percent() && f.low() == f.high() && figures.size() == 1
        && rules.oneEndBefore(text.substring(0, f.start())) != null) {
      // "base starting at $66,000", "up to $150K", a bonus "from $2K" or "≥ $5K": one end of the band is written,
      // and one figure is no band (a percent bonus "up to 15%" is read from none, above).
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region + " gives one"
          + " end of the band only ('" + text.substring(0, f.end()).strip() + "'): a band needs both ends; write it"
          + " as a range, as in $66K–$80K"));
      return null;
    }
    if (what.equals("stock") && !f.marked() && !f.percent() && (OPTIONS_AFTER.matcher(afterFigure).lookingAt()
        || !f.magnitude() && f.high() >= SMALLEST_YEARLY && (STRIKE.matcher(afterFigure).find()
            || OPTIONS_LABEL.matcher(cell.header()).find() && !VALUED.matcher(cell.header()).find()))) {
      // "10,000–16,000 options at a $4.20 strike": a count of options is no money, and what an option is worth
      // depends on a share price above the strike that no guide can promise. Left out, said once, never valued.
      if (findings.stream().noneMatch(x -> x.message().startsWith(EQUITY_OPTIONS))) {
        findings.add(Finding.warning(path, line, EQUITY_OPTIONS + " ('" + text + "' for " + region + "): options"
            + " are not valued, so they are left out of every row (its stock band reads 0) and the other figures are"
            + " read; the count and strike are kept and shown as not valued. Give their yearly value in money, as in"
            + " '$20K–$40K a year', to show it"));
      }
      Range count = f.range();
      if (count != null) {
        options = new Options(count, strike(figures, f));
      }
      return null;
    }
    if (what.equals("stock") && !f.marked() && !f.percent()
        && (!f.magnitude() && shareHeaders.computeIfAbsent(cell.header(), this::countsShares)
            || SHARES_AFTER.matcher(afterFigure).lookingAt() && !valueAYear(f, afterFigure))) {
      // "750–1,250" under "RSUs per year (shares)": a count of shares, money only at the price the guide states
      // ("20K–40K" under "Stock (value of shares)" writes its size as money does, and stays money).
      SharePrice price = conventions.sharePrice() != null ? conventions.sharePrice()
          : SharePrice.inHeader(cell.header()).orElse(null);
      if (price == null) {
        findings.add(Finding.error(path, line, "the stock cell '" + text + "' for " + region + " counts shares;"
            + " the guide states no share price to value them at: write one, as in 'we value RSUs at $40 a share',"
            + " or give the yearly value in money"));
        return null;
      }
      Figures.Figure count = f;
      f = price.value(f);
      String period = grantOfShares(cell) ? "" : " a year";
      findings.add(Finding.info(path, line, "stock for " + region + " is written as shares ('" + count.written()
          + "'): read as " + f.low() + "–" + f.high() + period + " at " + price.written() + " a share (derived)"));
      notes.add("stock written as " + count.written() + " shares" + period + ", at " + price.written() + " a share");
    }
    boolean headerPercent = cell.header().contains("%") || cell.header().toLowerCase(Locale.ROOT).contains("percent");
    if (!f.percent() && headerPercent && !f.marked() && !f.magnitude()) {
      f = new Figures.Figure(f.written(), f.start(), f.end(), null, null, f.low(), f.high(), true, false,
          f.ambiguous());
    }
    if (f.percent() && what.equals("stock") && OF_BASE.matcher(cell.header() + " " + text).find()) {
      // "15–20%" under "Equity (% of base, yearly)": a share of the base band, worked out once the base is read.
      return new Band(f, null);
    }
    if (f.percent() && what.equals("stock")) {
      // "0.25%–0.5%", "0.1% – 0.2% fully diluted": a share of the company, which the bands hold no place for. The
      // row keeps its other figures; one warning says so, never a figure made up without a valuation.
      if (findings.stream().noneMatch(x -> x.message().startsWith(EQUITY_PERCENT))) {
        findings.add(Finding.warning(path, line, EQUITY_PERCENT + " ('" + text + "' for " + region + "): the bands"
            + " hold equity only as money, so it is left out of every row (its stock band reads 0) and the other"
            + " figures are read. Give its yearly value in money, as in '$20K–$40K a year', to show it"));
      }
      return null;
    }
    if (f.percent() && !what.equals("bonus")) {
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region
          + " is a percent, not an amount"));
      return null;
    }
    Figures.Figure next = figures.size() > 1 ? figures.get(1) : null;
    if (figures.size() == 3 && !f.percent() && MIN_MID_MAX.matcher(cell.header()).find()
        && f.low() < next.low() && next.low() < figures.get(2).low()
        && text.substring(f.end(), next.start()).strip().equals("/")
        && text.substring(next.end(), figures.get(2).start()).strip().equals("/")) {
      // "$140K / $160K / $180K" under "Base (min / mid / max)": the band is min to max, the midpoint dropped.
      Figures.Figure max = figures.get(2);
      f = new Figures.Figure(text.substring(f.start(), max.end()), f.start(), max.end(),
          f.mark() != null ? f.mark() : max.mark(), f.iso() != null ? f.iso() : max.iso(), f.low(), max.high(),
          false, f.magnitude() || max.magnitude(), f.ambiguous() || max.ambiguous());
      next = null;
    }
    if (slashRanges && figures.size() == 2 && f.low() == f.high() && next.low() == next.high() && !f.percent() && !next.percent()
        && f.low() < next.low() && text.substring(f.end(), next.start()).strip().equals("/")
        && text.substring(next.end()).isBlank() && f.magnitude() == next.magnitude()) {
      // "155k / 190k" in a table that writes every money range so: low over high, the low first, nothing else in
      // the cell. One such cell among dashed ranges stays an error ("€58K / €72K"): two figures, not the table's way.
      f = new Figures.Figure(text.substring(f.start(), next.end()), f.start(), next.end(),
          f.mark() != null ? f.mark() : next.mark(), f.iso() != null ? f.iso() : next.iso(), f.low(), next.high(),
          false, f.magnitude(), f.ambiguous() || next.ambiguous());
      next = null;
    }
    Matcher decade = text.contains("0s") ? DECADE.matcher(text) : null;
    if (decade != null && decade.find()) {
      // "the low 140s to the high 160s": a stretch of figures, not a figure; which ends are meant is a guess.
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region + " writes '"
          + decade.group() + "', a stretch of figures rather than a figure: write the band's two ends, as in"
          + " $140K–$168K"));
      return null;
    }
    if (f.low() == f.high() && !f.percent() && next != null && !next.percent()
        && !LeverAmounts.insideParentheses(text, next.start(), next.end())
        && !(what.equals("stock") && VestingSchedule.within(text, next.start()))
        && !(next.mark() == null && !next.magnitude() && YEARS_AFTER.matcher(text.substring(next.end())).lookingAt())) {
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region
          + " holds two figures where a range is read as one ('" + f.written() + "', then '"
          + next.written() + "'); write the range with a dash or 'to', as in $130K–$172K"));
      return null;
    }
    if (f.ambiguous() && !conventions.formatDeclared()) {
      Figures.Figure grouped = pointGroupsThousands(text, f);
      boolean likeTheOthers = false;
      if (grouped == null && pointsGroup && !f.percent()) {
        // "Gehalt 72.000 € bis 86.000 €, …, Aktien 8.000 € pro Jahr": the base's point can only group thousands, so
        // the same writer's "8.000 €" beside it does too.
        grouped = commaReading(text, f);
        likeTheOthers = grouped != null;
      }
      if (grouped != null) {
        findings.add(Finding.info(path, line, "'" + f.written() + "' for " + region + " is read as "
            + String.format(java.util.Locale.ROOT, grouped.high() != grouped.low() ? "%,d to %,d" : "%,d", grouped.low(),
            grouped.high()) + (likeTheOthers ? ": the point groups thousands, as in the figures read before it"
            : ": with the point as a decimal mark it would be no year's pay, so the point groups thousands")));
        f = grouped;
        pointsGroup = true;
      }
    }
    if (f.ambiguous() && !conventions.formatDeclared()) {
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region
          + " could be read two ways ('" + f.written() + "' as " + f.low() + " or as thousands); write thousands"
          + " with a comma or K, as in 130,000 or 130K, or say the guide uses the continental format"
          + " (a point as thousands separator)"));
      return null;
    }
    HeaderUnit unit = units.computeIfAbsent(cell.header(), HeaderUnit::of);
    if (!f.percent() && !f.magnitude() && unit.scale() > 1) {
      f = withUnit(text, f, unit.word(), unit.scale());
    }
    boolean perHour = !f.percent() && (hourly.computeIfAbsent(cell.header(), rules::saysPerHour)
        || (afterFigure.indexOf('/') >= 0 || afterFigure.contains("hour")) && rules.perHourAtStart(afterFigure));
    if (!f.percent() && !f.magnitude() && unit.scale() == 1 && conventions.thousands() && f.high() < SMALLEST_YEARLY
        && !perHour) {
      // "All figures are GBP, in thousands": "62–78" is 62,000–78,000 (an info line names the sentence); a rate an
      // hour ("$55–$72/hr") is never in thousands.
      f = withUnit(text, f, "k", 1000);
    }
    if (perHour) {
      // "$55–$72/hr": a contractor's rate, a year's pay only at the paid hours the guide states.
      f = yearly(f, conventions.hoursPerYear(), "hour", "paid hours", "annualised at 2,080 hours", what, text, region,
          line);
      if (f == null) {
        return null;
      }
    }
    if (!f.percent() && (daily.computeIfAbsent(cell.header(), rules::saysPerDay)
        || (afterFigure.indexOf('/') >= 0 || afterFigure.contains("day")) && rules.perDayAtStart(afterFigure))) {
      // "£550–£650/day": a contractor's day rate, a year's pay only at the billable days the guide states.
      f = yearly(f, conventions.daysPerYear(), "day", "billable days", "we assume 220 billable days a year", what,
          text, region, line);
      if (f == null) {
        return null;
      }
    }
    if (!f.percent() && (perPaycheck.computeIfAbsent(cell.header(), rules::saysPerPaycheck)
        || afterFigure.indexOf('p') >= 0 && rules.perPaycheckAtStart(afterFigure))) {
      // "$2,450 - $2,900 per paycheck": a year's pay only at the paychecks a year the guide's pay schedule makes
      // (every two weeks 26, twice a month 24): never read as a year's, never guessed.
      f = yearly(f, conventions.paychecksAYear(), "paycheck", "paychecks", "paid every two weeks, 26 paychecks a year",
          what, text, region, line);
      if (f == null) {
        return null;
      }
    }
    if (!f.percent() && (monthly.computeIfAbsent(cell.header(), rules::saysPerMonth) || rules.perMonthAtStart(afterFigure))) {
      // "Base / month" over "S$9,000–S$11,000": a year's pay is twelve months', or the payments a year the guide
      // states ("14 payments a year", as Spain and Portugal pay).
      Figures.Figure month = f;
      int months = conventions.monthsAYear();
      f = f.times(months);
      findings.add(Finding.info(path, line, what + " for " + region + " is written per month ('" + month.written()
          + "'): read as " + f.low() + "–" + f.high() + " a year (× " + months + (months == 12 ? ""
          : ", the payments a year the guide states") + ", derived)"));
      notes.add(what + " written per month (" + month.written() + ") × " + months);
    }
    int weeks = f.percent() ? 0 : weekly.computeIfAbsent(cell.header(), rules::weeksAYear);
    if (weeks > 0 && plainlyAYear(f, weeks, unit.currency())) {
      // "Base (paid weekly)" over "$140,000–$160,000": a figure that size is a year's pay, never 52 of them. Where
      // the header says the figures are each period's ("Bi-weekly base"), the two disagree and a warning says so.
      if (!rules.saysPaidByWeeks(cell.header())) {
        findings.add(Finding.warning(path, line, "the header '" + cell.header() + "' says " + what
            + " is written per " + (weeks == 26 ? "two weeks" : "week") + ", but '" + f.written() + "' for " + region
            + " is a year's pay in size: read as a year's, not × " + weeks + "; say 'annual' in the header, or"
            + " write each period's pay"));
      }
      weeks = 0;
    }
    if (weeks > 0) {
      // "Bi-weekly base pay" over "$2,900 – $3,400": a year pays 26 periods of two weeks (52 of one).
      Figures.Figure period = f;
      f = f.times(weeks);
      String each = weeks == 26 ? "two weeks" : "week";
      findings.add(Finding.info(path, line, what + " for " + region + " is written per " + each + " ('"
          + period.written() + "'): read as " + f.low() + "–" + f.high() + " a year (× " + weeks + ", derived)"));
      notes.add(what + " written per " + each + " (" + period.written() + ") × " + weeks);
    }
    if (!f.percent() && what.equals("bonus") && (quarterly.computeIfAbsent(cell.header(), rules::saysPerQuarter)
        || afterFigure.contains("q") && rules.perQuarterAtStart(afterFigure))) {
      // "Quarterly bonus" over "1,500–2,500": a year pays four quarters. Only a bonus is paid so; "Total (incl.
      // quarterly bonus)" or stock "vesting quarterly" is a year's.
      Figures.Figure quarter = f;
      f = f.times(4);
      findings.add(Finding.info(path, line, what + " for " + region + " is written per quarter ('"
          + quarter.written() + "'): read as " + f.low() + "–" + f.high() + " a year (× 4, derived)"));
      notes.add(what + " written per quarter (" + quarter.written() + ") × 4");
    }
    if (what.equals("base") && !f.percent() && f.low() == f.high() && conventions.midpointSpread() > 0) {
      // "the band is the midpoint ±15%" over "London: £90,000": the one figure is the band's midpoint.
      int spread = conventions.midpointSpread();
      Figures.Figure mid = f;
      f = new Figures.Figure(f.written(), f.start(), f.end(), f.mark(), f.iso(),
          Math.round(mid.low() * (100 - spread) / 100.0), Math.round(mid.low() * (100 + spread) / 100.0), false,
          f.magnitude(), f.ambiguous());
      findings.add(Finding.info(path, line, "base for " + region + " is written as its midpoint ('" + mid.written()
          + "'): read as " + f.low() + "–" + f.high() + ", the midpoint ±" + spread + "% the guide states (derived)"));
      notes.add("base written as the midpoint (" + mid.written() + ") ±" + spread + "%");
    }
    if (!f.percent() && what.equals("bonus") && rules.perHalfYear(cell.header(), afterFigure)) {
      // "semi-annual bonus of $3,000 per payout": a year pays two halves.
      Figures.Figure half = f;
      f = f.times(2);
      findings.add(Finding.info(path, line, what + " for " + region + " is written per half-year ('"
          + half.written() + "'): read as " + f.low() + "–" + f.high() + " a year (× 2, derived)"));
      notes.add(what + " written per half-year (" + half.written() + ") × 2");
    }
    if (!f.percent() && f.high() > 0 && f.high() < SMALLEST_YEARLY) {
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region
          + " reads as " + f.low() + "–" + f.high() + ", too small for a yearly amount; write thousands with a comma"
          + " or K, as in 130,000 or 130K (a point is a decimal point)"));
      return null;
    }
    if (f.range() == null) {
      findings.add(Finding.error(path, line, what + " band for " + region + " has its low " + f.low()
          + " above its high " + f.high() + " ('" + f.written() + "')"));
      return null;
    }
    String currency = f.percent() ? null : f.marked() ? (f.currency().equals("?") ? "?" + f.mark() : f.currency())
        : unit.currency();
    if (currency != null && stated != null && f.marked() && Currencies.standard().mayMean(f.mark(), stated)) {
      // "800 000 kr" in a row the guide says is NOK: the shared mark is that row's krone.
      currency = stated;
    }
    if (currency != null) {
      currencies.add(currency);
    }
    return new Band(f, currency);
  }

  /**
   * A rate per hour or per day as a year's pay at the count a year the guide states, with an info line and a note
   * for the card; null, with an error asking for the count, where the guide states none (a year is never guessed).
   */
  /** Currencies in which a week's pay over 10,000 (two weeks' over 20,000) is plainly a year's figure instead. */
  private static final Set<String> DOLLAR_LIKE = Set.of("USD", "CAD", "AUD", "NZD", "EUR", "GBP", "CHF", "SGD", "IEP");

  /** Whether a figure under a week's or two weeks' header is plainly a year's pay by its size (see DOLLAR_LIKE). */
  private static boolean plainlyAYear(Figures.Figure f, int weeks, String headerCurrency) {
    String currency = f.currency() != null && !f.currency().startsWith("?") ? f.currency() : headerCurrency;
    if (currency == null && f.marked() && "$".equals(f.mark())) {
      currency = "USD";
    }
    return (currency == null || DOLLAR_LIKE.contains(currency)) && f.low() > (weeks == 26 ? 20_000 : 10_000);
  }

  private Figures.Figure yearly(Figures.Figure rate, int perYear, String period, String counted, String example,
      String what, String text, String region, int line) {
    String path = conventions.path();
    if (perYear == 0 && period.equals("paycheck")) {
      // Every two weeks is 26 paychecks, twice a month 24: the same figure is two different years.
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region + " is per paycheck,"
          + " and the guide states no one pay schedule, so how many paychecks a year make its yearly pay is not known"
          + " (26 paid every two weeks, 24 twice a month): write it, as in '" + example + "', or give the yearly"
          + " figures"));
      return null;
    }
    if (perYear == 0) {
      findings.add(Finding.error(path, line, "the " + what + " cell '" + text + "' for " + region + " is per " + period
          + ", and the guide says nowhere how many " + counted + " a year make its yearly pay: write them, as in '"
          + example + "', or give the yearly figures"));
      return null;
    }
    Figures.Figure year = rate.perYear(perYear);
    String unit = counted.substring(counted.indexOf(' ') + 1);
    findings.add(Finding.info(path, line, what + " for " + region + " is written per " + period + " ('"
        + rate.written() + "'): read as " + year.low() + "–" + year.high() + " a year (× " + perYear + " " + unit
        + ", derived)"));
    notes.add(what + " written per " + period + " (" + rate.written() + ") × " + perYear + " " + unit + " a year");
    return year;
  }

  private String currency(String region, int line, List<String> marks) {
    String declared = conventions.currencyOf(region);
    String path = conventions.path();
    List<String> distinct = new ArrayList<>(2);
    List<String> known = new ArrayList<>(2);
    for (String m : marks) {
      if (distinct.contains(m)) {
        continue;
      }
      distinct.add(m);
      if (m.startsWith("?")) {
        findings.add(Finding.warning(path, line, "unknown currency mark '" + m.substring(1) + "' in the row for "
            + region + (declared != null ? "; read as " + declared : "; read as XXX (no currency)")));
      } else {
        known.add(m);
      }
    }
    if (known.size() > 1) {
      findings.add(Finding.error(path, line, "the row for " + region + " mixes currencies " + known));
      return null;
    }
    if (known.size() == 1) {
      return known.get(0);
    }
    if (declared != null) {
      return declared;
    }
    if (!distinct.isEmpty()) {
      return "XXX";
    }
    findings.add(Finding.warning(path, line, "no currency mark in the row for " + region + "; read as USD"));
    return "USD";
  }

  /**
   * A component the region does not give is read as 0 only when the total agrees (base + the rest ≈ total);
   * otherwise its figures were surely written in a way not read, and a 0 band would be a wrong figure.
   */
  /** The stock a region says is the rest of its total: the total less base and bonus, end by end; null if none is. */
  private Range rest(String region, int line, Range base, Range bonus, Range total, String currency) {
    long low = total == null ? -1 : total.low() - base.low() - bonus.low();
    long high = total == null ? -1 : total.high() - base.high() - bonus.high();
    if (low < 0 || high < low) {
      findings.add(Finding.error(conventions.path(), line, "the stock for " + region + " is written as the rest of"
          + " the total, but " + (total == null ? "no total is given" : "the total " + Money.compact(total, currency)
          + " less the base and bonus leaves no band") + "; write the stock, as in 'stock $40K–$60K a year'"));
      return null;
    }
    Range stock = Range.of(low, high);
    findings.add(Finding.info(conventions.path(), line, "stock for " + region + " is written as the rest of the total:"
        + " read as " + Money.compact(stock, currency) + " a year, the total less base and bonus (derived)"));
    notes.add("stock written as the rest of the total");
    return stock;
  }

  private void absent(int line, String region, boolean noStock, boolean noBonus, Range base, Range stock,
      Range bonus, Range total, String currency) {
    String missing = noStock && noBonus ? "stock or bonus" : noStock ? "stock" : "bonus";
    long low = base.low() + stock.low() + bonus.low();
    long high = base.high() + stock.high() + bonus.high();
    if (off(low, total.low()) > SUM_TOLERANCE || off(high, total.high()) > SUM_TOLERANCE) {
      findings.add(Finding.error(conventions.path(), line, "no " + missing + " figure was read for " + region
          + ", but its total " + Money.compact(total, currency) + " is not the sum of the parts read ("
          + Money.compact(Range.of(low, high), currency) + "); label each figure, as in 'stock $10K–$20K'"));
      return;
    }
    findings.add(Finding.info(conventions.path(), line, "no " + missing + " for " + region + ": read as 0"));
  }

  private void sum(int line, String region, String end, long parts, long total, String currency) {
    double off = off(parts, total);
    if (off > SUM_TOLERANCE) {
      findings.add(Finding.error(conventions.path(), line, "total " + end + " " + new Money(total, currency).full()
          + " for " + region + " is off the sum of base + stock + bonus " + new Money(parts, currency).full()
          + " by " + Math.round(off * 100) + "%"));
    }
  }

  /**
   * The figure read with the point grouping thousands, where that is the only reading a year's pay can have: "68.000 €"
   * is 68,000, never 68 euros a year; null where either reading could be meant ("€1.200" may be a month's 1,200).
   */
  /** The figure at {@code f}'s place read with the point grouping thousands, where that reading is clear; or null. */
  private static Figures.Figure commaReading(String text, Figures.Figure f) {
    for (Figures.Figure g : Figures.scan(text, com.compcoach.money.DecimalMark.COMMA)) {
      if (g.start() == f.start()) {
        return !g.ambiguous() && g.low() >= SMALLEST_YEARLY ? g : null;
      }
    }
    return null;
  }

  private static Figures.Figure pointGroupsThousands(String text, Figures.Figure f) {
    if (f.percent() || f.high() >= SMALLEST_YEARLY) {
      return null;
    }
    for (Figures.Figure g : Figures.scan(text, com.compcoach.money.DecimalMark.COMMA)) {
      if (g.start() == f.start()) {
        return g.low() >= PLAINLY_YEARLY && !g.ambiguous() ? g : null;
      }
    }
    return null;
  }

  /**
   * A cell's figure in a unit written elsewhere (the header's "(LPA)", a sentence's "in thousands"): read again with
   * the unit's word after it, so "₹3.5–5.5" and "163.5–214" keep their halves rather than being rounded first.
   */
  private Figures.Figure withUnit(String text, Figures.Figure f, String word, long scale) {
    List<Figures.Figure> withUnit = this.figures.scan(text.substring(0, f.end()) + " " + word);
    Figures.Figure read = withUnit.isEmpty() ? null : withUnit.get(withUnit.size() - 1);
    return read != null && read.magnitude() && read.start() == f.start() ? read : f.scaled(scale);
  }

  /**
   * Whether a stock header says its cells count shares: "RSUs per year (shares)", but not "Shares per year (DKK)",
   * whose currency says its cells are money (a price in the header, "shares @ $18.50", is no such currency).
   */
  private boolean countsShares(String header) {
    return rules.countsShares(header)
        && (HeaderUnit.of(header).currency() == null || SharePrice.inHeader(header).isPresent());
  }

  /** What a header says of its cells' unit: "Salary (k USD)" is thousands of dollars; "Base ($)" is dollars. */
  record HeaderUnit(long scale, String currency) {

    static HeaderUnit of(String header) {
      long scale = 1;
      String currency = null;
      Currencies currencies = Currencies.standard();
      for (String token : TOKENS.split(header.strip())) {
        if (token.isEmpty()) {
          continue;
        }
        String t = token;
        long tokenScale = unitScale(t);
        if (tokenScale > 1) {
          scale = tokenScale;
          continue;
        }
        if (t.length() >= 2 && t.charAt(0) == 'T' && currencies.ofMark(t.substring(1)).isPresent()
            && !Character.isLowerCase(t.charAt(1))) {
          // "TEUR", "T€", "TSEK": a German or Nordic accountant's thousands (Tausend, tusen) of a currency.
          scale = 1_000L;
          t = t.substring(1);
        }
        // "$K", "£k", "k$", "$000", "USD000s": a mark and a magnitude in one token, either way round.
        for (int i = 1; i < t.length(); i++) {
          if (unitScale(t.substring(i)) > 1 && currencies.ofMark(t.substring(0, i)).isPresent()) {
            scale = unitScale(t.substring(i));
            t = t.substring(0, i);
            break;
          }
          if (unitScale(t.substring(0, i)) > 1 && currencies.ofMark(t.substring(i)).isPresent()) {
            scale = unitScale(t.substring(0, i));
            t = t.substring(i);
            break;
          }
        }
        if (currency == null && (t.length() == 3 ? t.equals(t.toUpperCase(Locale.ROOT)) : true)) {
          currency = currencies.ofMark(t).orElse(null);
        }
      }
      return new HeaderUnit(scale, currency);
    }

    /** The magnitude word for this unit, as a figure would write it after itself ("38 lakh"). */
    String word() {
      return scale == 100_000L ? "lakh" : scale == 10_000_000L ? "crore" : scale == 1_000_000L ? "million"
          : "thousand";
    }

    private static long unitScale(String token) {
      return switch (token.toLowerCase(Locale.ROOT)) {
        case "k", "thousands", "thousand", "000s", "'000", "’000", "'000s", "000", "000's", "ks", "tkr" -> 1_000L;
        case "m", "millions", "million", "mn", "mm" -> 1_000_000L;
        // Lakhs per annum ("Base (LPA)") and crores, as Indian pay is written.
        case "lpa", "lakh", "lakhs", "lac", "lacs" -> 100_000L;
        case "crore", "crores", "cr" -> 10_000_000L;
        default -> 1L;
      };
    }
  }
}
