package com.compcoach.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Money written every way people write it, with what it must read as: the figure grouped by commas, spaces or
 * apostrophes or not at all, with or without cents, or with a magnitude (K, thousand, M, million); its currency as
 * a symbol or a code, before or after, with or without a space; and a pay period or none. Every caller of the money
 * grammar (guides, offers, letters) reads these back the same.
 */
public final class WrittenFigures {

  /** A figure as written and the reading it must give. */
  public record Written(String text, BigDecimal amount, String currency, Period period) {

    /** The amount for a year, rounded to whole units as the coach shows it. */
    public long yearlyWhole() {
      long perYear = period == null ? 1 : period.perYear();
      return amount.multiply(BigDecimal.valueOf(perYear)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The amount in whole units, as a guide's band holds it. */
    public long whole() {
      return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
  }

  /** A currency and the ways its figures are marked. */
  private record Marked(String code, List<String> marks) {}

  private static final List<Marked> CURRENCIES = List.of(
      new Marked("USD", List.of("US$", "USD")),
      new Marked("GBP", List.of("£", "GBP")),
      new Marked("EUR", List.of("€", "EUR")),
      new Marked("CAD", List.of("C$", "CA$", "CAD")),
      new Marked("CHF", List.of("CHF")),
      new Marked("JPY", List.of("¥", "JPY")),
      new Marked("INR", List.of("₹", "INR")),
      new Marked("SGD", List.of("S$", "SGD")));
  private static final List<String> SEPARATORS = List.of(",", " ", "'", "\u00A0", "");
  private static final List<Period> PERIODS = List.of(Period.YEAR, Period.MONTH, Period.HOUR);
  private static final List<String> YEAR_WORDS = List.of("/yr", " a year", " per annum", "/year", " p.a.");
  private static final List<String> MONTH_WORDS = List.of("/mo", " a month", " per month", "/month");
  private static final List<String> HOUR_WORDS = List.of("/hr", " an hour", " per hour", "/h");

  private WrittenFigures() {}

  /** Any figure, in any of the forms above. */
  public static Arbitrary<Written> any() {
    Arbitrary<String[]> number = Arbitraries.oneOf(full(), magnitude());
    Arbitrary<Marked> currency = Arbitraries.of(CURRENCIES);
    return Combinators.combine(number, currency, Arbitraries.integers().between(0, 3), Arbitraries.integers()
        .between(0, 99), Arbitraries.integers().between(-1, PERIODS.size() - 1), Arbitraries.integers().between(0, 3))
        .as((n, c, place, pick, p, word) -> {
          String mark = c.marks().get(pick % c.marks().size());
          boolean letters = Character.isLetter(mark.charAt(0));
          String text = switch (place) {
            case 0 -> mark + n[0];
            case 1 -> mark + " " + n[0];
            // A code after a figure stands apart from it: "180k USD", never "180kUSD".
            case 2 -> n[0] + (letters ? " " : "") + mark;
            default -> n[0] + " " + mark;
          };
          Period period = p < 0 ? null : PERIODS.get(p);
          if (period != null) {
            List<String> words = switch (period) {
              case MONTH -> MONTH_WORDS;
              case HOUR -> HOUR_WORDS;
              default -> YEAR_WORDS;
            };
            text += words.get(word % words.size());
          }
          return new Written(text, new BigDecimal(n[1]), c.code(), period);
        });
  }

  /** "184,250", "184 250.75", "1'250'000": as {written, value}. */
  private static Arbitrary<String[]> full() {
    return Combinators.combine(Arbitraries.longs().between(1_000, 9_999_999), Arbitraries.integers().between(-1, 99),
        Arbitraries.of(SEPARATORS)).as((whole, cents, sep) -> {
          String grouped = String.format(java.util.Locale.ROOT, "%,d", whole).replace(",", sep);
          String fraction = cents < 0 ? "" : String.format(java.util.Locale.ROOT, ".%02d", cents);
          return new String[] {grouped + fraction, whole + fraction};
        });
  }

  /** "180k", "180K", "180 thousand", "1.2M", "2 million": as {written, value}. */
  private static Arbitrary<String[]> magnitude() {
    Arbitrary<String[]> thousands = Combinators.combine(Arbitraries.integers().between(20, 999),
        Arbitraries.of("k", "K", " thousand", " k")).as((n, m) -> new String[] {n + m, n + "000"});
    Arbitrary<String[]> millions = Combinators.combine(Arbitraries.integers().between(1, 20),
        Arbitraries.integers().between(0, 9), Arbitraries.of("M", " million", "m", "mn"))
        .as((n, tenth, m) -> new String[] {n + (tenth == 0 ? "" : "." + tenth) + m,
            new BigDecimal(n + "." + tenth).multiply(BigDecimal.valueOf(1_000_000)).stripTrailingZeros()
                .toPlainString()});
    return Arbitraries.oneOf(thousands, millions);
  }
}
