package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "$165K–$222K | USD | 165000 | 222000",
      "£1.05M–£1.42M | GBP | 1050000 | 1420000",
      "£98K–£134K | GBP | 98000 | 134000",
      "€98K — €134K | EUR | 98000 | 134000",
      "C$165,000 to C$190,000 | CAD | 165000 | 190000",
      "CA$40K to CA$68K | CAD | 40000 | 68000",
      "US$100K-US$120K | USD | 100000 | 120000",
      "$1.05–1.42M | USD | 1050000 | 1420000",
      "C$0.238M–C$0.348M | CAD | 238000 | 348000",
      "GBP 600K–800K | GBP | 600000 | 800000",
      "$231.5K | USD | 231500 | 231500",
      "CHF 118’000.– bis 142’000.– | CHF | 118000 | 142000",
      "Fr. 96'000.– bis Fr. 118'000.– | CHF | 96000 | 118000",
      "72\u202F000\u00A0€ à 88\u202F000\u00A0€ | EUR | 72000 | 88000",
      "$80,000 hasta $98,000 | USD | 80000 | 98000",
  })
  void scan_writtenRange_givesWholeUnitsAndCurrency(String written, String currency, long low, long high) {
    Figures.Figure f = Figures.scan(written).get(0);

    assertEquals(currency, f.currency());
    assertEquals(Range.of(low, high), f.range());
    assertEquals(written, f.written());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"165,000 | 165000 | 165000", "33,000-58,000 | 33000 | 58000"})
  void scan_bareNumbersInACell_areReadWithoutCurrency(String written, long low, long high) {
    Figures.Figure f = Figures.scan(written).get(0);

    assertNull(f.currency());
    assertEquals(Range.of(low, high), f.range());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"22% | 22 | 22", "within 15-20% of | 15 | 20"})
  void inProse_percent_isMarkedAsPercent(String text, long low, long high) {
    Figures.Figure f = Figures.inProse(text).get(0);

    assertTrue(f.percent());
    assertEquals(Range.of(low, high), f.range());
  }

  @org.junit.jupiter.api.Test
  void inProse_numbersWithoutMark_areNotMoney() {
    List<Figures.Figure> figures = Figures.inProse("fewer than 1,500 engineers serve 11 million customers since 2025");

    assertEquals(List.of(), figures);
  }

  @org.junit.jupiter.api.Test
  void scan_unknownCurrencyMark_isReportedAsUnknown() {
    Figures.Figure f = Figures.scan("₴150M–₴190M").get(0);

    assertEquals("?", f.currency());
    assertEquals(Range.of(150_000_000, 190_000_000), f.range());
  }

  @org.junit.jupiter.api.Test
  void scan_figureBeyondALong_isSkippedNotThrown() {
    assertEquals(List.of(Range.of(5_000, 5_000)),
        Figures.scan("$999999999999999B or $5K").stream().map(Figures.Figure::range).toList());
  }

  @org.junit.jupiter.api.Test
  void scan_highWrittenFirst_keepsBothFiguresButNoRange() {
    Figures.Figure f = Figures.scan("$180K–$140K").get(0);

    assertNull(f.range());
    assertEquals(180_000, f.low());
    assertEquals(140_000, f.high());
  }
}
