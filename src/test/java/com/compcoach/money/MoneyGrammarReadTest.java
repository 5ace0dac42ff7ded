package com.compcoach.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MoneyGrammar#read}: what each figure of an offer or a letter is, as the grammar tells its callers. */
class MoneyGrammarReadTest {

  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();

  private static List<Token> read(String text) {
    return GRAMMAR.read(text, Token.Context.PLAIN);
  }

  private static Token.Money money(String text, Token.Context context) {
    List<Token> tokens = GRAMMAR.read(text, context);
    assertEquals(1, tokens.size(), () -> text + " → " + tokens);
    return assertInstanceOf(Token.Money.class, tokens.get(0), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "$192,500.00 per annum | $ | - | 192500.00 | YEAR",
      "£88,000.50 a year | £ | GBP | 88000.50 | YEAR",
      "CAD 140,000 | CAD | CAD | 140000 | -",
      "140 000 € | € | EUR | 140000 | -",
      "¥12,000,000 | ¥ | JPY | 12000000 | -",
      "USD180k | USD | USD | 180000 | -",
      "$180K/yr | $ | - | 180000 | YEAR",
      "180k/year | - | - | 180000 | YEAR",
      "£45ph | £ | GBP | 45 | HOUR",
      "$85/hr | $ | - | 85 | HOUR",
      "$14,500 /mo | $ | - | 14500 | MONTH",
      "6,500 biweekly | - | - | 6500 | BIWEEK",
      "€95.000,00 p.a. | € | EUR | 95000.00 | YEAR",
      "CAD $120,000 | CAD $ | CAD | 120000 | -",
      "$120,000 CAD | CAD | CAD | 120000 | -",
      "US$ 150,000 | US$ | USD | 150000 | -",
      "95,000 euros | euros | EUR | 95000 | -",
      "85,000 pounds sterling | pounds sterling | GBP | 85000 | -",
      "120,000 Canadian dollars | Canadian dollars | CAD | 120000 | -",
      "180 thousand | - | - | 180000 | -",
      "1.2 million | - | - | 1200000 | -",
      "₹35 lakh | ₹ | INR | 3500000 | -",
      "₹1.2 crore | ₹ | INR | 12000000 | -",
      "CHF 140'000 | CHF | CHF | 140000 | -",
  })
  void read_moneyAsPeopleWriteIt_keepsCentsCurrencyAndPeriod(String text, String mark, String currency,
      String amount, Period period) {
    Token.Money m = money(text, Token.Context.PLAIN);

    assertEquals(mark, m.mark());
    assertEquals(currency, m.currency());
    assertEquals(new BigDecimal(amount), m.amount());
    assertEquals(period, m.period());
  }

  @Test
  void read_bareDollarWithNothingToSettleIt_isUnsettledNotUsd() {
    Token.Money m = money("$180,000", Token.Context.PLAIN);

    assertNull(m.currency());
    assertTrue(m.currencyUnsettled());
  }

  @Test
  void read_bareDollarInACanadianContext_isCad() {
    assertEquals("CAD", money("$180,000", new Token.Context(DecimalMark.POINT, "CAD")).currency());
  }

  @Test
  void read_bareDollarInAPoundContext_staysUnsettled() {
    assertNull(money("$180,000", new Token.Context(DecimalMark.POINT, "GBP")).currency());
  }

  @Test
  void read_plainDollarsWord_isABareDollar() {
    Token.Money m = money("95,000 dollars", Token.Context.PLAIN);

    assertTrue(m.currencyUnsettled());
    assertEquals("AUD", money("95,000 dollars", new Token.Context(DecimalMark.POINT, "AUD")).currency());
  }

  @Test
  void read_minusBeforeAFigure_isNegative() {
    Token.Money m = money("-5k base", Token.Context.PLAIN);

    assertTrue(m.negative());
    assertEquals("-5k", m.written());
    assertEquals(new BigDecimal("-5000"), m.yearly());
  }

  @Test
  void read_hourlyRate_givesTheYearAtTwoThousandEightyHours() {
    assertEquals(0, new BigDecimal("176800").compareTo(money("$85/hr", Token.Context.PLAIN).yearly()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "180-200k | 180 | 200k | 180000 | 200000",
      "180k to 200k | 180k | 200k | 180000 | 200000",
      "$150,000 – $170,000 | $150,000 | $170,000 | 150000 | 170000",
      "between 170 and 180 | 170 | 180 | 170 | 180",
      "between 170k and 180k | 170k | 180k | 170000 | 180000",
  })
  void read_range_isOneTokenWithBothEndsAsWritten(String text, String lowWritten, String highWritten, long low,
      long high) {
    Token.Money m = money(text, Token.Context.PLAIN);

    assertTrue(m.ranged());
    assertEquals(lowWritten, m.range().lowWritten());
    assertEquals(highWritten, m.range().highWritten());
    assertEquals(0, BigDecimal.valueOf(low).compareTo(m.range().low()));
    assertEquals(0, BigDecimal.valueOf(high).compareTo(m.range().high()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "starting March 1-15 | DATE",
      "start on 1/3/2027 | DATE",
      "by 2027-03-01 | DATE",
      "on the 15th | DATE",
      "on 15 March 2027 | DATE",
      "June 15, 2027 | DATE",
      "call me at 9:30 | TIME",
      "at 5pm | TIME",
      "+1 (555) 123-4567 | PHONE",
      "555-123-4567 | PHONE",
      "Charlotte, NC 28202 | ADDRESS",
      "Austin, TX 78701-1234 | ADDRESS",
      "440 S Church St | ADDRESS",
      "Suite 400 | ADDRESS",
      "start in 2027 | YEAR",
      "10,000 shares | SHARES",
      "5k options | SHARES",
      "over 4 years | COUNT",
      "a 4-year grant | COUNT",
      "in 30 days | COUNT",
      "a 12m cliff | COUNT",
      "vesting 5/15/40/40 | SCHEDULE",
      "1.5e5 base | EXPONENT",
      "$1e6 base | EXPONENT",
  })
  void read_digitsThatAreNotMoney_sayWhatTheyAre(String text, Token.Kind kind) {
    List<Token> tokens = read(text);

    assertEquals(1, tokens.size(), () -> text + " → " + tokens);
    assertEquals(kind, assertInstanceOf(Token.Other.class, tokens.get(0)).kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"level L5", "the 409A price", "2FA", "a 3x multiple", "a 401(k) plan"})
  void read_digitsGluedToAWord_areNoFigure(String text) {
    assertEquals(List.of(), read(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"12.5% | 12.5", "10 per cent | 10", "15 percent | 15"})
  void read_percent_isKeptExactly(String text, String value) {
    Token.Percent p = assertInstanceOf(Token.Percent.class, read(text).get(0));

    assertEquals(new BigDecimal(value), p.value());
  }

  @Test
  void read_dateRangeBesideMoney_leavesTheMoneyAlone() {
    List<Token> tokens = read("a $20,000 sign-on paid March 1-15, 2027");

    assertEquals(2, tokens.size(), tokens::toString);
    assertEquals(new BigDecimal("20000"), assertInstanceOf(Token.Money.class, tokens.get(0)).amount());
    assertEquals(Token.Kind.DATE, assertInstanceOf(Token.Other.class, tokens.get(1)).kind());
  }

  @Test
  void read_pointWithThreeDigitsAndNothingDeclared_isFlaggedAmbiguous() {
    assertTrue(money("€92.000", Token.Context.PLAIN).ambiguous());
    assertFalse(money("92.000 €", new Token.Context(DecimalMark.COMMA, null)).ambiguous());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "two hundred thousand | 200000 | -",
      "one hundred and fifty-five thousand dollars | 155000 | -",
      "Ninety Five Thousand Euros | 95000 | EUR",
      "five lakh | 500000 | -",
      "1.2 million | 1200000 | -",
      "180 thousand | 180000 | -",
      "one hundred fifty k | 150000 | -",
      "two hundred k base | 200000 | -",
  })
  void read_amountInWords_readsTheFigure(String text, long amount, String currency) {
    Token.Money m = money(text, Token.Context.PLAIN);

    assertEquals(0, BigDecimal.valueOf(amount).compareTo(m.amount()), text);
    assertEquals(currency, m.currency());
  }

  @Test
  void read_amountInWordsWithItsFigureInBrackets_readsItOnce() {
    List<Token> tokens = read("a sign-on of Twenty Thousand Dollars ($20,000.00)");

    assertEquals(1, tokens.size(), tokens::toString);
    assertEquals(new BigDecimal("20000.00"), assertInstanceOf(Token.Money.class, tokens.get(0)).amount());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"two hundred", "thousand", "twenty four", "one of the four"})
  void read_wordsThatSpellNoAmount_areNoFigure(String text) {
    assertEquals(List.of(), read(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"twelve | 12", "twenty-four | 24", "48 | 48", "Four | 4"})
  void cardinal_countInWordsOrDigits_isItsNumber(String word, int n) {
    assertEquals(n, NumberWords.cardinal(word));
  }

  @Test
  void count_lettersCountingWords_areCounts() {
    assertEquals(1, NumberWords.count("a"));
    assertEquals(2, NumberWords.count("second"));
    assertNull(NumberWords.cardinal("a"));
  }
}
