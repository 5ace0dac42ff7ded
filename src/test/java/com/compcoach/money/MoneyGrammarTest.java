package com.compcoach.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyGrammarTest {

  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();

  private static Amount one(String text, DecimalMark decimal) {
    return GRAMMAR.parse(text, decimal).orElseThrow(() -> new AssertionError("not one amount: " + text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "$180K | USD | 180000 | 180000",
      "180k | | 180000 | 180000",
      "$180,000 | USD | 180000 | 180000",
      "USD 180,000 | USD | 180000 | 180000",
      "180,000 USD | USD | 180000 | 180000",
      "CA$180K | CAD | 180000 | 180000",
      "£88,000 | GBP | 88000 | 88000",
      "€92K | EUR | 92000 | 92000",
      "CHF 140,000 | CHF | 140000 | 140000",
      "S$160K | SGD | 160000 | 160000",
      "₹3,500,000 | INR | 3500000 | 3500000",
      "$190–240K | USD | 190000 | 240000",
      "$165,000 to $190,000 | USD | 165000 | 190000",
      "150-190 | | 150 | 190",
      "CHF 140,000–175,000 | CHF | 140000 | 175000",
      "130K–172K € | EUR | 130000 | 172000",
      "HK$1.28M | HKD | 1280000 | 1280000",
      "¥10.6M | JPY | 10600000 | 10600000",
      "₹35 lakh | INR | 3500000 | 3500000",
      "CHF 140'000 | CHF | 140000 | 140000",
      "180 000 € | EUR | 180000 | 180000",
      "₹65,00,000 | INR | 6500000 | 6500000",
      "₹1,20,00,000 | INR | 12000000 | 12000000",
      "₹3.5–5.5 LPA | INR | 350000 | 550000",
      "720 000–1 100 000 kr | SEK | 720000 | 1100000",
  })
  void parse_figuresAsPeopleWriteThem_readToWholeUnitsInTheirCurrency(String text, String currency, long low,
      long high) {
    Amount a = one(text, DecimalMark.POINT);

    assertEquals(currency, a.currency());
    assertEquals(low, a.low());
    assertEquals(high, a.high());
    assertFalse(a.ambiguous(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "92 - 112 (k) | 92000 | 112000",
      "£78 – 95 (K) | 78000 | 95000",
      "140 (thousand) | 140000 | 140000",
  })
  void parse_thousandsInBracketsAfterTheFigure_areItsMagnitude(String text, long low, long high) {
    Amount a = one(text, DecimalMark.POINT);

    assertEquals(low, a.low());
    assertEquals(high, a.high());
  }

  @Test
  void parse_aPlanNamedWithKInBracketsGluedToItsNumber_isNoThousands() {
    assertTrue(GRAMMAR.parse("401(k)", DecimalMark.POINT).map(a -> a.high() < 1000).orElse(true));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"401 (k)", "401 (K)", "our 401 (k) plan", "a 401 (k) match of 4%", "403 (k)", "457 (k)"})
  void parse_aPlanNamedWithASpaceBeforeItsBracketedLetter_isNoThousands(String text) {
    assertTrue(GRAMMAR.parse(text, DecimalMark.POINT).map(a -> a.high() < 1000).orElse(true), text);
  }

  @Test
  void parse_thousandsInBracketsAfterARangeEndingInAPlanLikeNumber_stayThousands() {
    Amount a = one("350 - 401 (k)", DecimalMark.POINT);

    assertEquals(350000, a.low());
  }

  @Test
  void parse_pointWithThreeDigitsAndNothingDeclared_isFlaggedAmbiguous() {
    Amount a = one("€92.000", DecimalMark.POINT);

    assertTrue(a.ambiguous());
  }

  @Test
  void parse_continentalFormatDeclared_readsThePointAsThousands() {
    Amount a = one("92.000 €", DecimalMark.COMMA);

    assertEquals(92_000, a.low());
    assertEquals("EUR", a.currency());
    assertFalse(a.ambiguous());
  }

  @Test
  void parse_bothSeparators_settleThemselvesWhateverIsDeclared() {
    assertEquals(1_234_568, one("€1.234.567,89", DecimalMark.POINT).low());
    assertEquals(1_234_568, one("$1,234,567.89", DecimalMark.COMMA).low());
  }

  @Test
  void parse_japaneseTenThousandsAndWaveDash_isARangeInYen() {
    Amount a = one("900万円〜1,200万円", DecimalMark.POINT);

    assertEquals(9_000_000, a.low());
    assertEquals(12_000_000, a.high());
    assertEquals("JPY", a.currency());
  }

  @Test
  void parse_koreanManWonAndSpacedTilde_isARangeInWon() {
    Amount a = one("6,500만원 ~ 8,500만원", DecimalMark.POINT);

    assertEquals(65_000_000, a.low());
    assertEquals(85_000_000, a.high());
    assertEquals("KRW", a.currency());
  }

  @Test
  void parse_hundredMillionThenTenThousands_isOneFigure() {
    assertEquals(103_500_000, one("1억 350만원", DecimalMark.POINT).low());
    assertEquals(120_000_000, one("1億2,000万円", DecimalMark.POINT).low());
    Amount range = one("7,650만원 ~ 1억 350만원", DecimalMark.POINT);
    assertEquals(76_500_000, range.low());
    assertEquals(103_500_000, range.high());
  }

  @Test
  void scan_tildeWithoutSpaces_isNoRange() {
    List<Amount> found = MoneyGrammar.standard().scan("rsu ~40k~ 50k/yr", DecimalMark.POINT);

    assertEquals(2, found.size());
    assertFalse(found.get(0).ranged());
  }

  @Test
  void parse_percentRange_isAPercent() {
    Amount a = one("10–15%", DecimalMark.POINT);

    assertTrue(a.percent());
    assertEquals(10, a.low());
    assertEquals(15, a.high());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bonus de 10 % à 15 % du salaire | 10 | 15",
      "Bonus 5 % bis 10 % des Grundgehalts | 5 | 10",
      "un bono del 10% al 15% del salario | 10 | 15",
      "bônus de 10% a 15% do salário | 10 | 15",
      "target 10% to 15% of base | 10 | 15",
      "bonus 10 % – 15 % | 10 | 15",
  })
  void scan_twoRisingPercentsJoinedByAWord_areOneRange(String text, long low, long high) {
    List<Amount> found = GRAMMAR.scan(text, DecimalMark.POINT);

    assertEquals(1, found.size(), text);
    assertTrue(found.get(0).percent());
    assertEquals(low, found.get(0).low());
    assertEquals(high, found.get(0).high());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "10 % à 100 % d'atteinte",
      "15 % bis 2027",
      "15 % à 10 %",
  })
  void scan_percentsJoinedByAWordThatAreNoRange_keepTheFirstAlone(String text) {
    Amount first = GRAMMAR.scan(text, DecimalMark.POINT).get(0);

    assertFalse(first.ranged(), text);
    assertEquals(first.low(), first.high());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Your starting salary will be £78.5K.Paid monthly in arrears. | 78500",
      "RSUs valued at $1.2M.Vesting over four years. | 1200000",
      "a bonus of $12k.paid in March | 12000",
      "Salario mensual de $85,000.00 M.N. (pesos) | 85000",
      "Salario mensual de $85,000 M.N | 85000"})
  void scan_magnitudeBeforeAPoint_isAMagnitudeBeforeAWordNeverBeforeAnAbbreviation(String text, long low) {
    List<Amount> found = GRAMMAR.scan(text, DecimalMark.POINT);

    assertEquals(low, found.get(0).low(), text);
  }

  @Test
  void scan_prose_findsEachFigureWithItsOffsets() {
    String text = "Aim for £118,000 in London and £98,000 in Leeds (Q4 2025).";
    List<Amount> found = GRAMMAR.scan(text, DecimalMark.POINT);

    assertEquals(List.of("£118,000", "£98,000", "2025"), found.stream().map(Amount::written).toList());
    assertEquals("£118,000", text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void parse_textThatIsNotOneAmount_isEmpty() {
    assertTrue(GRAMMAR.parse("about 180k base", DecimalMark.POINT).isEmpty());
    assertTrue(GRAMMAR.parse("", DecimalMark.POINT).isEmpty());
  }

  @Test
  void currencies_namedInWords_areFound() {
    assertEquals("EUR", GRAMMAR.currencies().namedIn("All figures are in euros, per year.").orElseThrow());
    assertTrue(GRAMMAR.currencies().namedIn("All figures are per year.").isEmpty());
  }
}
