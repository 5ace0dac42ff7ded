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
    return sign() + mark(currency) + String.format("%,d", Math.abs(amount));
  }

  /** Short figure as the guides write it: "$231.5K", "$1.05M", "$900". */
  public String compact() {
    long a = Math.abs(amount);
    String body;
    if (a >= 1_000_000) {
      body = trim(a / 1_000_000.0, a % 10_000 == 0 ? 2 : 3) + "M";
    } else if (a >= 1_000) {
      body = trim(a / 1_000.0, a % 100 == 0 ? 1 : 3) + "K";
    } else {
      body = Long.toString(a);
    }
    return sign() + mark(currency) + body;
  }

  /** A range in compact form with an en dash: "$173K–$233K". */
  public static String compact(Range range, String currency) {
    return new Money(range.low(), currency).compact() + "–" + new Money(range.high(), currency).compact();
  }

  @Override
  public String toString() {
    return full();
  }

  private String sign() {
    return amount < 0 ? "-" : "";
  }

  private static String trim(double value, int decimals) {
    String s = String.format("%." + decimals + "f", value);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
