package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue #12: what a guide says once about its figures (hours a year, thousands, its number format) or its equity. */
class FigureConventionsTest {

  private static GuideReading read(String lead, String header, String row) {
    return SeedGuides.READER.read("acme/qa-engineer.md", "# Acme — QA Engineer\n\n" + lead + "\n\n## Pay\n\n"
        + header + "\n" + "|---".repeat(header.split("\\|").length - 1) + "|\n" + row + "\n" + """

        ## Levers

        1. **Harness** — "I'd like the rate at the top of the band given my harness work."

        ## Sources

        - Agency rate cards 2026
        """);
  }

  @Test
  void read_hourlyRateWithTheHoursStated_isAYearsPayWithAnInfoLine() {
    GuideReading reading = read("Annualised at 40 hours × 52 weeks.", "| Region | Hourly rate | Annualised |",
        "| Austin (HQ) | $55–$72/hr | $114,400–$149,760 |");

    assertEquals(Range.of(114_400, 149_760), reading.guide().regions().get(0).bands().base());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO
        && f.message().contains("× 2080 hours, derived")), reading.findings().toString());
  }

  @Test
  void read_hourlyRateWithNoHoursStated_isAnErrorAskingForThem() {
    GuideReading reading = read("Contract rates below.", "| Region | Hourly rate | Annualised |",
        "| Austin (HQ) | $55–$72/hr | $114,400–$149,760 |");

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.isError()
        && f.message().contains("is per hour, and the guide says nowhere how many paid hours")), reading.findings().toString());
  }

  @Test
  void read_figuresInThousandsSaidOnce_scaleBareCells() {
    GuideReading reading = read("All figures are in thousands of US dollars.", "| Region | Base | Bonus | Total |",
        "| Austin (HQ) | 150–180 | 20–30 | 170–210 |");

    assertEquals(Range.of(150_000, 180_000), reading.guide().regions().get(0).bands().base());
  }

  @Test
  void read_bareSmallCellsWithNoThousandsSaid_stayAnError() {
    GuideReading reading = read("Pay for QA engineers.", "| Region | Base | Bonus | Total |",
        "| Austin (HQ) | 150–180 | 20–30 | 170–210 |");

    assertNull(reading.guide());
  }

  @Test
  void read_everyBasePointGrouped_readsTheContinentalWayWithAnInfoLine() {
    GuideReading reading = read("Alle Angaben brutto pro Jahr.", "| Standort | Grundgehalt | Bonus | Gesamt |",
        "| Berlin (Hauptsitz) | 78.000 – 95.000 € | 15.000 – 23.000 € | 93.000 – 118.000 € |\n"
            + "| Hamburg | 74.000 – 90.000 € | 13.000 – 21.000 € | 87.000 – 111.000 € |");

    Region berlin = reading.guide().regions().get(0);
    assertEquals(Range.of(78_000, 95_000), berlin.bands().base());
    assertTrue(berlin.hq());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO
        && f.message().startsWith("every base in this pay table is written with a point")), reading.findings().toString());
  }

  @Test
  void read_equityAsAPercentOfTheCompany_isOneWarningAndTheRowsStay() {
    GuideReading reading = read("Seed stage.", "| Region | Base | Equity | Total cash |",
        "| Boston (HQ) | $160K–$190K | 0.25%–0.5% | $160K–$190K |\n| Remote | $150K–$180K | 0.1% – 0.2% | $150K–$180K |");

    assertEquals(2, reading.guide().regions().size());
    assertEquals(1, reading.findings().stream().filter(f -> f.severity() == Severity.WARNING
        && f.message().startsWith("equity is written as a percent of the company")).count(), reading.findings().toString());
  }

  @Test
  void read_openEndedBaseCell_isAnErrorAskingForTheTop() {
    GuideReading reading = read("Bands for 2026.", "| Region | Base | Bonus | Total |",
        "| Austin (HQ) | $150K+ | $10K–$20K | $170K–$210K |");

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.isError() && f.message().contains("is open at the top")),
        reading.findings().toString());
  }

  @Test
  void read_shareCountsWithAPriceStated_areTheirValueWithAnInfoLine() {
    GuideReading reading = read("We value RSUs at $40 a share.", "| Region | Base | RSUs per year (shares) |",
        "| Austin (HQ) | $150K–$180K | 500–1,000 |");

    assertEquals(Range.of(20_000, 40_000), reading.guide().regions().get(0).bands().stock());
    assertTrue(reading.guide().regions().get(0).bands().derivation().contains("at $40 a share"));
  }

  @Test
  void read_shareCountsWithNoPriceStated_isAnErrorAskingForOne() {
    GuideReading reading = read("Equity is granted in shares.", "| Region | Base | RSUs per year (shares) |",
        "| Austin (HQ) | $150K–$180K | 1,500–2,500 |");

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.isError() && f.message().contains("counts shares")),
        reading.findings().toString());
  }

  @Test
  void read_dayRateWithNoDaysStated_isAnErrorAskingForThem() {
    GuideReading reading = read("Contract roles.", "| Region | Day rate |", "| London (HQ) | £550–£650/day |");

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.isError()
        && f.message().contains("is per day, and the guide says nowhere how many billable days")),
        reading.findings().toString());
  }

  @Test
  void read_oteWithAPayMix_splitsItIntoBaseAndVariable() {
    GuideReading reading = read("Sales pay.", "| Region | OTE | Pay mix | Equity |",
        "| Austin (HQ) | $200K–$240K | 60/40 | $10K–$20K |");

    Bands b = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(120_000, 144_000), b.base());
    assertEquals(Range.of(80_000, 96_000), b.bonus());
    assertEquals(Range.of(210_000, 260_000), b.total());
  }

  @Test
  void read_payMixThatDoesNotAddUp_isAnError() {
    GuideReading reading = read("Sales pay.", "| Region | OTE | Pay mix | Equity |",
        "| Austin (HQ) | $200K–$240K | 60/50 | $10K–$20K |");

    assertNull(reading.guide());
  }

  @Test
  void read_bonusInMonthsOfBase_isThatManyTwelfthsOfTheBase() {
    GuideReading reading = read("Bonus is paid in June and December.", "| Region | Base | Bonus |",
        "| Austin (HQ) | $120K–$180K | 2 months of base |");

    assertEquals(Range.of(20_000, 30_000), reading.guide().regions().get(0).bands().bonus());
  }
}
