package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the pay table: the table whose header names a base column and a total column. Each body row becomes a
 * {@link Region} in the row's currency; cells that cannot be read, low above high, and totals off the sum of their
 * parts become errors naming the file line and the value.
 */
final class PayTable {

  private static final java.util.regex.Pattern TC = java.util.regex.Pattern.compile("\\btc\\b");
  private static final java.util.regex.Pattern HQ =
      java.util.regex.Pattern.compile("\\b(hq|headquarters)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Below this, a yearly band figure was surely written in a format read otherwise ("€130.000" is €130). */
  static final long SMALLEST_YEARLY = 1_000;

  /** Allowed gap between a total band and base + stock + bonus before lint calls it an error. */
  static final double SUM_TOLERANCE = 0.05;

  /** Which column holds what; -1 where the table has no such column. */
  record Columns(int region, int base, int stock, int bonus, int total) {

    static Columns of(List<String> header) {
      int region = -1;
      int base = -1;
      int stock = -1;
      int bonus = -1;
      int total = -1;
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).toLowerCase(Locale.ROOT);
        if (total < 0 && (h.contains("total") || TC.matcher(h).find())) {
          total = i;
        } else if (base < 0 && h.contains("base")) {
          base = i;
        } else if (stock < 0 && (h.contains("stock") || h.contains("rsu") || h.contains("equity"))) {
          stock = i;
        } else if (bonus < 0 && h.contains("bonus") && !h.contains("sign")) {
          bonus = i;
        } else if (region < 0 && (h.contains("region") || h.contains("location") || h.contains("city")
            || h.contains("market") || h.contains("geo") || h.contains("office"))) {
          region = i;
        }
      }
      if (region < 0) {
        region = 0;
      }
      return new Columns(region, base, stock, bonus, total);
    }

    boolean isPayTable() {
      return base >= 0 && total >= 0;
    }
  }

  /** One body row as text, with its file line. */
  record Row(List<String> cells, int line) {}

  /** What the table gave. */
  record Result(List<Region> regions, List<Finding> findings) {}

  private PayTable() {}

  static Result read(String path, Columns columns, List<Row> rows, java.util.Map<String, String> knownCurrencies) {
    List<Region> regions = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Row row : rows) {
      Region region = row(path, columns, row, knownCurrencies, findings);
      if (region != null) {
        regions.add(region);
      }
    }
    return new Result(List.copyOf(regions), List.copyOf(findings));
  }

  private static Region row(String path, Columns c, Row row, java.util.Map<String, String> knownCurrencies,
      List<Finding> findings) {
    String name = cell(row, c.region()).replace("**", "").replace("__", "").strip();
    if (name.isEmpty()) {
      findings.add(Finding.error(path, row.line(), "pay table row has no region name"));
      return null;
    }
    boolean hq = HQ.matcher(name).find();
    int before = findings.size();
    List<String> currencies = new ArrayList<>();
    Range base = band(path, row, name, "base", cell(row, c.base()), currencies, findings);
    Range stock = c.stock() < 0 ? Range.of(0, 0)
        : band(path, row, name, "stock", cell(row, c.stock()), currencies, findings);
    Range bonus = c.bonus() < 0 ? Range.of(0, 0)
        : band(path, row, name, "bonus", cell(row, c.bonus()), currencies, findings);
    Range total = band(path, row, name, "total", cell(row, c.total()), currencies, findings);
    if (findings.size() > before) {
      return null;
    }
    String currency = currency(path, row, name, currencies, knownCurrencies.get(name), findings);
    if (currency == null) {
      return null;
    }
    Bands bands = new Bands(base, stock, bonus, total);
    if (c.stock() >= 0 && c.bonus() >= 0) {
      sum(path, row.line(), name, "low", base.low() + stock.low() + bonus.low(), total.low(), currency, findings);
      sum(path, row.line(), name, "high", base.high() + stock.high() + bonus.high(), total.high(), currency,
          findings);
    }
    return new Region(name, hq, currency, bands, row.line());
  }

  private static Range band(String path, Row row, String region, String what, String cell,
      List<String> currencies, List<Finding> findings) {
    List<Figures.Figure> figures = Figures.scan(cell);
    if (figures.isEmpty()) {
      findings.add(Finding.error(path, row.line(), "no figure in the " + what + " cell '" + cell + "' for " + region));
      return null;
    }
    Figures.Figure f = figures.get(0);
    if (f.percent()) {
      findings.add(Finding.error(path, row.line(), "the " + what + " cell '" + cell + "' for " + region
          + " is a percent, not an amount"));
      return null;
    }
    // A mark after a whole range ("130,000–172,000 EUR") is its currency. After one figure of several ("130.000 €–
    // 172.000 €") it would leave the range misread, silently: an error, as are the other formats read otherwise.
    String after = markAfter(cell, f.end());
    if (after != null && f.low() == f.high() && figures.size() > 1) {
      findings.add(Finding.error(path, row.line(), "the " + what + " cell '" + cell + "' for " + region
          + " writes the currency after a figure; write it before each, as in €130,000–€172,000 or €130K–€172K"));
      return null;
    }
    if (after != null) {
      currencies.add(Figures.CURRENCIES.containsKey(after) ? Figures.CURRENCIES.get(after) : "?" + after);
    }
    Figures.Figure next = figures.size() > 1 ? figures.get(1) : null;
    if (f.low() == f.high() && next != null && !next.percent()
        && !LeverAmounts.insideParentheses(cell, next.start(), next.end())) {
      findings.add(Finding.error(path, row.line(), "the " + what + " cell '" + cell + "' for " + region
          + " holds two figures where a range is read as one ('" + f.written() + "', then '"
          + next.written() + "'); write the range with a dash or 'to', as in $130K–$172K"));
      return null;
    }
    if (f.high() > 0 && f.high() < SMALLEST_YEARLY) {
      findings.add(Finding.error(path, row.line(), "the " + what + " cell '" + cell + "' for " + region
          + " reads as " + f.low() + "–" + f.high() + ", too small for a yearly amount; write thousands with a comma"
          + " or K, as in 130,000 or 130K (a point is a decimal point)"));
      return null;
    }
    if (f.marked()) {
      currencies.add(f.currency().equals("?") ? "?" + f.mark() : f.currency());
    }
    if (f.range() == null) {
      findings.add(Finding.error(path, row.line(), what + " band for " + region + " has its low " + f.low()
          + " above its high " + f.high() + " ('" + f.written() + "')"));
      return null;
    }
    return f.range();
  }

  private static String currency(String path, Row row, String region, List<String> marks, String declared,
      List<Finding> findings) {
    List<String> distinct = new ArrayList<>(2);
    List<String> known = new ArrayList<>(2);
    for (String m : marks) {
      if (distinct.contains(m)) {
        continue;
      }
      distinct.add(m);
      if (m.startsWith("?")) {
        findings.add(Finding.warning(path, row.line(), "unknown currency mark '" + m.substring(1) + "' in the row for "
            + region + (declared != null ? "; read as " + declared : "; read as XXX (no currency)")));
      } else {
        known.add(m);
      }
    }
    if (known.size() > 1) {
      findings.add(Finding.error(path, row.line(), "the row for " + region + " mixes currencies " + known));
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
    findings.add(Finding.warning(path, row.line(), "no currency mark in the row for " + region + "; read as USD"));
    return "USD";
  }

  private static void sum(String path, int line, String region, String end, long parts, long total, String currency,
      List<Finding> findings) {
    if (total == 0 && parts == 0) {
      return;
    }
    double off = Math.abs(parts - total) / (double) Math.max(total, 1);
    if (off > SUM_TOLERANCE) {
      findings.add(Finding.error(path, line, "total " + end + " " + new Money(total, currency).full() + " for " + region
          + " is off the sum of base + stock + bonus " + new Money(parts, currency).full() + " by "
          + Math.round(off * 100) + "%"));
    }
  }

  /** The currency mark after the figure ending at {@code end}, past spaces ("130,000 €", "130K USD"); or null. */
  private static String markAfter(String cell, int end) {
    int i = end;
    while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
      i++;
    }
    if (i >= cell.length()) {
      return null;
    }
    int cp = cell.codePointAt(i);
    if (Character.getType(cp) == Character.CURRENCY_SYMBOL) {
      return new String(Character.toChars(cp));
    }
    for (String mark : Figures.CURRENCIES.keySet()) {
      if (mark.length() == 3 && Character.isLetter(mark.charAt(2)) && cell.startsWith(mark, i)
          && (i + 3 == cell.length() || !Character.isLetter(cell.charAt(i + 3)))) {
        return mark;
      }
    }
    return null;
  }

  private static String cell(Row row, int index) {
    return index >= 0 && index < row.cells().size() ? row.cells().get(index).strip() : "";
  }
}
