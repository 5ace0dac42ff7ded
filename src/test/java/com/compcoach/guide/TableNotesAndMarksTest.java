package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pay tables as sheets paste them (session 31): notes that change a row, midpoint columns, dashes, grades, months. */
class TableNotesAndMarksTest {

  private static final ReadingRules RULES = ReadingRules.standard();

  private static GuideReading read(String table) {
    return SeedGuides.READER.read("acme/analyst.md", "# Acme — Analyst II\n\n## Pay\n\n" + table
        + "\n## Levers\n\n1. **Scope** — \"I'd like the top of the band.\"\n\n## Sources\n\n- Radford 2026\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10% in NYC", "NYC gets +10% on base", "add 5% for London", "8% higher in Zurich",
      "-5% outside the metro", "+$5K for on-site"})
  void saysFigureChange_noteChangingTheRow_isTrue(String note) {
    assertTrue(RULES.saysFigureChange(note), note);
  }

  @ParameterizedTest
  @ValueSource(strings = {"B2B contracts possible (+20%)", "10% target, paid quarterly", "hybrid, 3 days",
      "range 80-90k", "2-3 years' experience"})
  void saysFigureChange_noteAsideOrAboutSomethingElse_isFalse(String note) {
    assertFalse(RULES.saysFigureChange(note), note);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Total (mid)", "Base (median)", "Total (midpoint)", "TC (avg)"})
  void column_partWithAMidpointBracket_isIgnored(String header) {
    assertEquals(ReadingRules.Column.IGNORED, RULES.column(header));
  }

  @ParameterizedTest
  @ValueSource(strings = {"relocation up to $5K extra", "+$2K sign-on", "+10% home office stipend",
      "signing bonus 10% higher"})
  void saysFigureChange_changeOfAnotherThingThanTheBand_isFalse(String note) {
    assertFalse(RULES.saysFigureChange(note), note);
  }

  @Test
  void saysFigureChange_changeThenAnotherThingInItsOwnClause_isTrue() {
    assertTrue(RULES.saysFigureChange("+10% in NYC, relocation offered"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bonus (avg)", "Bonus (average)", "Bonus (median)"})
  void column_bonusWithAnAverageBracket_isTheBonus(String header) {
    assertEquals(ReadingRules.Column.BONUS, RULES.column(header));
  }

  @Test
  void column_stockWithAnAverageBracket_isTheStock() {
    assertEquals(ReadingRules.Column.STOCK, RULES.column("Stock (average)"));
  }

  @Test
  void read_bonusAvgColumnBesideABonusColumn_readsTheUnmarkedBonus() {
    GuideReading reading = read("""
        | Location | Base | Bonus (avg) | Bonus |
        |---|---|---|---|
        | Hartford (HQ) | $100,000–$120,000 | 12% | 10% - 15% |
        """);

    assertNotNull(reading.guide(), () -> reading.findings().toString());
    assertEquals(10000, reading.guide().regions().get(0).bands().bonus().low());
    assertEquals(18000, reading.guide().regions().get(0).bands().bonus().high());
  }

  @Test
  void read_notesColumnOfRelocationExtra_warnsNothing() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Notes |
        |---|---|---|---|
        | Hartford (HQ) | $86,000–$100,000 | 7% | relocation up to $5K extra |
        """);

    assertTrue(reading.findings().stream().noneMatch(f -> f.severity() == Severity.WARNING),
        () -> reading.findings().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TBC", "to be confirmed", "TBD"})
  void read_stockCellNotKnownYet_isZeroWithAWarning(String cell) {
    GuideReading reading = read("""
        | Location | Base | Stock | Bonus |
        |---|---|---|---|
        | Hartford (HQ) | $86,000–$100,000 | %s | 7%% |
        """.formatted(cell));

    assertNotNull(reading.guide(), () -> reading.findings().toString());
    assertEquals(0, reading.guide().regions().get(0).bands().stock().high());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().contains("not known yet")), () -> reading.findings().toString());
  }

  @Test
  void column_partWithATargetBracket_staysThePart() {
    assertEquals(ReadingRules.Column.BONUS, RULES.column("Bonus (target)"));
  }

  @Test
  void read_notesColumnRaisingOneRow_warnsAtThatRow() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Notes |
        |---|---|---|---|
        | Hartford (HQ) | $86,000–$100,000 | 7% | |
        | New York | $86,000–$100,000 | 7% | +10% in NYC |
        """);

    List<Finding> warnings = reading.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
    assertEquals(1, warnings.size(), () -> reading.findings().toString());
    assertTrue(warnings.get(0).message().contains("+10% in NYC"), warnings.get(0).message());
  }

  @Test
  void read_dashInAPartCell_isNoneSaidInAnInfoLine() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Equity |
        |---|---|---|---|
        | Rotterdam (HQ) | €68,000–€82,000 | 12% | - |
        """);

    assertNotNull(reading.guide(), () -> reading.findings().toString());
    assertEquals(0, reading.guide().regions().get(0).bands().stock().high());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO
        && f.message().contains("'-'") && f.message().contains("read as none")), () -> reading.findings().toString());
  }

  @Test
  void read_tbdInAPartCell_isWarned() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Equity |
        |---|---|---|---|
        | Rotterdam (HQ) | €68,000–€82,000 | 12% | TBD |
        """);

    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().contains("not known yet")), () -> reading.findings().toString());
  }

  @Test
  void read_tableUnderEachGradeOfTheRole_servesTheGradeTheTitleNames() {
    GuideReading reading = SeedGuides.READER.read("acme/analyst.md", """
        # Acme — Actuarial Analyst II

        ## Pay by level

        ### Actuarial Analyst I

        | Location | Base | Bonus |
        |---|---|---|
        | Hartford (HQ) | $72,000–$84,000 | 5% |

        ### Actuarial Analyst II

        | Location | Base | Bonus |
        |---|---|---|
        | Hartford (HQ) | $86,000–$100,000 | 7% |

        ## Sources

        - SOA survey 2026
        """);

    assertNotNull(reading.guide(), () -> reading.findings().toString());
    assertEquals(86000, reading.guide().regions().get(0).bands().base().low());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Shift bonus", "Night shift bonus"})
  void read_shiftBonusColumnPerHour_isADifferentialNotTheBonus(String header) {
    GuideReading reading = read("""
        | Site | Base | %s | Total cash |
        |---|---|---|---|
        | Wichita (HQ) | $27.50 - $32.00 /hr | $1.50/hr nights | $57,200 - $66,560 |

        Hourly sites work 40 h/week.
        """.formatted(header));

    assertNotNull(reading.guide(), () -> reading.findings().toString());
    assertEquals(0, reading.guide().regions().get(0).bands().bonus().high());
    assertEquals(1, reading.guide().premiums().size());
  }

  @Test
  void read_shiftBonusColumnPerYear_staysTheBonus() {
    GuideReading reading = read("""
        | Location | Base | Shift bonus | Total |
        |---|---|---|---|
        | Savannah (HQ) | $62,000–$72,000 | $4,000–$6,000 | $66,000–$78,000 |
        """);

    assertNotNull(reading.guide(), () -> reading.findings().toString());
    assertEquals(4000, reading.guide().regions().get(0).bands().bonus().low());
  }

  @Test
  void read_bonusAsMonthsInJapanese_isThoseMonthsOfBase() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Stock |
        |---|---|---|---|
        | Tokyo (HQ) | 600万〜780万円 | 年2回 計4ヶ月分 | なし |
        """);

    assertNotNull(reading.guide(), () -> reading.findings().toString());
    assertEquals(2000000, reading.guide().regions().get(0).bands().bonus().low());
    assertEquals(2600000, reading.guide().regions().get(0).bands().bonus().high());
  }
}
