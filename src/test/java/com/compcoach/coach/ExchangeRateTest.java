package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeRateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "assume 1 gbp = 1.27 usd | 1.27",
      "£1 = $1.27 | 1.27",
      "a pound is about 1.27 dollars | 1.27",
      "1.27 usd per gbp | 1.27",
      "gbp/usd 1.27 | 1.27",
      "use a rate of 1.27 | 1.27",
      "exchange rate is 1.27 | 1.27",
      "1 usd = 0.8 gbp | 1.25",
      "1 gbp is about 1.26 usd | 1.26",
      "a quid is 1.27 bucks | 1.27",
      "1 year cliff, and 1 gbp = 1.27 usd | 1.27"})
  void read_rateAsPeopleWriteIt_givesDollarsPerPound(String message, String perPound) {
    ExchangeRate rate = ExchangeRate.read(message, "USD");
    assertEquals(0, new BigDecimal(perPound).compareTo(rate.perUnit("GBP", "USD")), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"my hourly rate is 95", "they offered 190k base", "1 year cliff", "rate this offer 1 to 10",
      "1 year is 2 usd too much", "use 1.5 months", "use 1.27k", "they said to use 1.27 as the base",
      "use 1.27", "ok call it 192.5", "go with 192.5"})
  void read_noRate_isNull(String message) {
    assertNull(ExchangeRate.read(message, "USD"), message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"use 1.27 | 1.27", "ok call it 1.27 | 1.27", "GBP 95,000 base. go with 1.27 | 1.27"})
  void awaited_figureSaidAlone_isTheRate(String message, String perPound) {
    ExchangeRate rate = ExchangeRate.read(ExchangeRate.awaited(message), "USD");
    assertEquals(0, new BigDecimal(perPound).compareTo(rate.perUnit("GBP", "USD")), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"use 1.5 months", "use 1.27k", "they said to use 1.27 as the base"})
  void awaited_noRate_isNull(String message) {
    assertNull(ExchangeRate.read(ExchangeRate.awaited(message), "USD"), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 eur = 1.1 usd", "1 chf = 1.13 usd"})
  void perUnit_rateBetweenOtherCurrencies_isNull(String message) {
    assertNull(ExchangeRate.read(message, "USD").perUnit("GBP", "USD"), message);
  }
}
