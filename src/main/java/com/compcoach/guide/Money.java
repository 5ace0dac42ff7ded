package com.compcoach.guide;

import java.util.Map;

/** An amount of whole currency units in one ISO currency, formatted the way the guides write it. */
public record Money(long amount, String currency) {

  /** Rupees are written in lakhs and crores, not thousands and millions. */
  private static final String INDIAN = "INR";
  private static final long LAKH = 100_000;
  private static final long CRORE = 10_000_000;
  private static final Map<String, String> MARKS = Map.of(
      "USD", "$", "GBP", "£", "EUR", "€", "CAD", "C$", "AUD", "A$", "JPY", "¥", "INR", "₹");

  /** The mark written before an amount: "$", "£", "C$"; the ISO code and a space where none is known. */
  public static String mark(String currency) {
    return MARKS.getOrDefault(currency, currency + " ");
  }

  /** Full figure with thousands separators: "$231,500"; rupees grouped as India writes them, "₹35,00,000". */
  public String full() {
    // Built by hand rather than String.format: this runs dozens of times per reply, and stays locale-independent.
    StringBuilder out = new StringBuilder(16).append(sign()).append(mark(currency));
    String digits = Long.toString(Math.abs(amount));
    if (INDIAN.equals(currency) && digits.length() > 3) {
      // Lakhs and crores: the last three digits, then groups of two ("1,20,00,000").
      int head = digits.length() - 3;
      int first = head % 2 == 0 ? 2 : 1;
      out.append(digits, 0, first);
      for (int i = first; i < head; i += 2) {
        out.append(',').append(digits, i, i + 2);
      }
      return out.append(',').append(digits, head, digits.length()).toString();
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /**
   * Short figure as a person writes it: "$231.5K", "$249.2K" (for 249,188), "$1.05M", "$900"; rupees in lakhs and crores as India writes
   * them, "₹35 L", "₹47.8 L", "₹1.2 Cr" (a figure under a lakh in full, "₹85,000").
   */
  public String compact() {
    long a = Math.abs(amount);
    if (INDIAN.equals(currency)) {
      return a < LAKH ? full() : lakhs(a);
    }
    StringBuilder out = new StringBuilder(12).append(sign()).append(mark(currency));
    if (a >= 1_000_000 || (a % 10 != 0 && a >= 999_950)) {
      // Two decimals of millions at most, half up, as people write them: 1,176,500 → 1.18M.
      long hundredths = (a + 5_000) / 10_000;
      decimal(out, hundredths / 100, hundredths % 100, 2);
      out.append('M');
    } else if (a % 10 == 0 && a >= 1_000) {
      // Exact in two decimals of thousands at most: "$252.75K", "$20.16K", "$4.5K".
      decimal(out, a / 1_000, (a % 1_000) / 10, 2);
      out.append('K');
    } else if (a >= 100_000) {
      // Nobody writes "$249.188K": one decimal, half up, "$249.2K" (within $50 of a yearly figure).
      long tenths = (a + 50) / 100;
      decimal(out, tenths / 10, tenths % 10, 1);
      out.append('K');
    } else if (a >= 1_000) {
      // A smaller odd figure, a bonus or a gap someone checks, stays exact: "$26,775", never "$26.8K".
      return full();
    } else {
      out.append(a);
    }
    return out.toString();
  }

  /** A range in compact form with an en dash: "$173K–$233K". */
  public static String compact(Range range, String currency) {
    // A single figure ("aim for $320K") is shown as written, not as "$320K–$320K".
    if (range.low() == range.high()) {
      return new Money(range.low(), currency).compact();
    }
    String low = new Money(range.low(), currency).compact();
    String high = new Money(range.high(), currency).compact();
    // One end exact in full ("£93,437") and the other short ("£97.75K") reads as two styles: both in full then.
    if (low.contains(",") != high.contains(",") && !INDIAN.equals(currency)) {
      return new Money(range.low(), currency).full() + "–" + new Money(range.high(), currency).full();
    }
    return low + "–" + high;
  }

  @Override
  public String toString() {
    return full();
  }

  /** "₹35 L", "₹1.25 Cr": two decimals at most, half up. */
  private String lakhs(long a) {
    long unit = a >= CRORE ? CRORE : LAKH;
    long hundredths = (a * 100 + unit / 2) / unit;
    StringBuilder out = new StringBuilder(12).append(sign()).append(mark(currency));
    decimal(out, hundredths / 100, hundredths % 100, 2);
    return out.append(unit == CRORE ? " Cr" : " L").toString();
  }

  private String sign() {
    return amount < 0 ? "-" : "";
  }

  /** Appends whole.fraction with {@code digits} fraction digits, trailing zeros (and a bare point) dropped. */
  private static void decimal(StringBuilder out, long whole, long fraction, int digits) {
    out.append(whole);
    if (fraction == 0) {
      return;
    }
    String f = Long.toString(fraction);
    int end = f.length();
    while (f.charAt(end - 1) == '0') {
      end--;
    }
    out.append('.');
    for (int i = f.length(); i < digits; i++) {
      out.append('0');
    }
    out.append(f, 0, end);
  }
}
