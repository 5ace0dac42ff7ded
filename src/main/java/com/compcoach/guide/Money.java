package com.compcoach.guide;

import java.util.Map;

/** An amount of whole currency units in one ISO currency, formatted the way the guides write it. */
public record Money(long amount, String currency) {

  private static final Map<String, String> MARKS = Map.of(
      "USD", "$", "GBP", "£", "EUR", "€", "CAD", "C$", "AUD", "A$", "JPY", "¥", "INR", "₹");

  /** The mark written before an amount: "$", "£", "C$"; the ISO code and a space where none is known. */
  public static String mark(String currency) {
    return MARKS.getOrDefault(currency, currency + " ");
  }

  /** Full figure with thousands separators: "$231,500". */
  public String full() {
    // Built by hand rather than String.format: this runs dozens of times per reply, and stays locale-independent.
    StringBuilder out = new StringBuilder(16).append(sign()).append(mark(currency));
    String digits = Long.toString(Math.abs(amount));
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** Short figure as the guides write it: "$231.5K", "$1.05M", "$900". */
  public String compact() {
    long a = Math.abs(amount);
    StringBuilder out = new StringBuilder(12).append(sign()).append(mark(currency));
    if (a >= 1_000_000) {
      if (a % 10_000 == 0) {
        decimal(out, a / 1_000_000, (a % 1_000_000) / 10_000, 2);
      } else {
        // Three decimals of millions, half up: 1,176,500 → 1.177M.
        long thousandths = a / 1_000 + (a % 1_000 >= 500 ? 1 : 0);
        decimal(out, thousandths / 1_000, thousandths % 1_000, 3);
      }
      out.append('M');
    } else if (a >= 1_000) {
      decimal(out, a / 1_000, a % 1_000, 3);
      out.append('K');
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
    return new Money(range.low(), currency).compact() + "–" + new Money(range.high(), currency).compact();
  }

  @Override
  public String toString() {
    return full();
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
