package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12, batch 20: guides written as tables, sheets and exports, read as a careful reader reads them. */
class BatchTwentyFormsTest {

  private static GuideReading read(String body) {
    return SeedGuides.READER.read("acme/data-engineer.md", "# Data Engineer — Acme\n\n" + body
        + BatchThirteenFormsTest.LEVERS_AND_SOURCES);
  }

  @Test
  void aFootnoteOnATabbedSheetsHeader_makesItsColumnTheFourYearGrant() {
    GuideReading reading = read("## Pay bands\n\nOffice\tBase\tBonus\tEquity*\n"
        + "Austin (HQ)\t$150,000–$180,000\t10%\t$40,000–$80,000\n"
        + "Denver\t$140,000–$170,000\t10%\t$40,000–$80,000\n\n"
        + "*Equity is the initial RSU grant, vesting over four years.\n");

    assertEquals(Range.of(10_000, 20_000), reading.guide().regions().get(0).bands().stock());
  }

  @Test
  void aBandsEndsStackedInACell_areItsRange_andAHighOverALowOrAStackedTotalIsRefused() {
    GuideReading stacked = read("""
        ## Pay bands

        | Location | Base | Bonus |
        |---|---|---|
        | Austin (HQ) | $150K<br>$180K | 10% |
        """);
    GuideReading upsideDown = read("""
        ## Pay bands

        | Location | Base | Bonus |
        |---|---|---|
        | Austin (HQ) | $180K<br>$150K | 10% |
        """);

    GuideReading twoThings = read("""
        ## Pay bands

        | Location | Base | Bonus |
        |---|---|---|
        | Austin (HQ) | $150K<br>$195K total | 10% |
        """);

    assertEquals(Range.of(150_000, 180_000), stacked.guide().regions().get(0).bands().base());
    assertNull(upsideDown.guide());
    assertNull(twoThings.guide());
  }

  @Test
  void aBandColumnOfCodes_keepsTheBandASentenceNames_andWithoutOneIsAnError() {
    String table = """
        ## Salary bands

        | Band | Office | Salary | Bonus | Total |
        |---|---|---|---|---|
        | B2 | London (HQ) | £48,000–£56,000 | 5% | £50,400–£58,800 |
        | B3 | London (HQ) | £58,000–£68,000 | 8% | £62,640–£73,440 |
        """;

    GuideReading named = read("Data engineers are hired into band B3.\n\n" + table);
    GuideReading unnamed = read(table);

    assertEquals(Range.of(58_000, 68_000), named.guide().regions().get(0).bands().base());
    assertEquals(1, named.guide().regions().size());
    assertNull(unnamed.guide());
    assertTrue(BatchEighteenFormsTest.said(unnamed, Severity.ERROR).get(0).contains("a row for each level (B2, B3)"),
        unnamed.findings().toString());
  }

  @Test
  void partsDownTheSideByLevel_keepTheTitlesLevel() {
    GuideReading reading = SeedGuides.READER.read("acme/data-engineer.md", """
        # Data Engineer (L5) — Acme

        ## Bands by level

        | Level | Component | Austin (HQ) | Denver |
        |---|---|---|---|
        | L4 | Base | $120K–$140K | $115K–$135K |
        | | Bonus | 8% | 8% |
        | L5 | Base | $145K–$170K | $140K–$165K |
        | | Bonus | 10% | 10% |
        """ + BatchThirteenFormsTest.LEVERS_AND_SOURCES);

    Region denver = reading.guide().regions().get(1);
    assertEquals(Range.of(140_000, 165_000), denver.bands().base());
    assertEquals(Range.of(14_000, 16_500), denver.bands().bonus());
  }

  @Test
  void aUnitColumn_marksTheBareFiguresBesideIt() {
    assertEquals("EUR 72k", LongTables.withUnit("72", "k EUR/yr"));
    assertEquals("8%", LongTables.withUnit("8", "% of base"));
    assertEquals("USD 95,000", LongTables.withUnit("95,000", "USD/yr"));
    assertEquals("£62k", LongTables.withUnit("62", "£k"));
    assertEquals("$95K", LongTables.withUnit("$95K", "USD/yr"));
  }

  @Test
  void aSplitSaidInWords_givesATotalsOnlyTableItsBase_onlyWhereBothSharesAreWritten() {
    assertEquals("80/20", PayMix.stated("Target cash is split 80% base salary and 20% bonus at target."));
    assertEquals("75/25", PayMix.stated("The split is 75/25 (base/bonus)."));
    assertEquals("90/10", PayMix.stated("Base is 90% of total cash and the annual bonus is the other 10%."));
    assertNull(PayMix.stated("Base is about 80% of the total."));
  }

  @Test
  void aPlaceNamesTheUnitedStates_byItsStateCountryOrRemoteUs() {
    assertTrue(Places.namesUnitedStates("Seattle, WA"));
    assertTrue(Places.namesUnitedStates("Remote (US)"));
    assertTrue(Places.namesUnitedStates("Austin, Texas"));
    assertTrue(!Places.namesUnitedStates("Toronto, ON"));
    assertTrue(!Places.namesUnitedStates("Seattle"));
  }

  @Test
  void aUsRowsBareDollar_underAStatedCad_isWarnedAbout() {
    GuideReading reading = SeedGuides.READER.read("acme/data-engineer.md", """
        ---
        currency: CAD
        ---

        # Data Engineer — Acme

        ## Pay bands

        | Location | Base | Bonus |
        |---|---|---|
        | Toronto (HQ) | $120,000–$142,000 | 10% |
        | Seattle, WA | $150,000–$175,000 | 10% |
        """ + BatchThirteenFormsTest.LEVERS_AND_SOURCES);

    List<String> warnings = BatchEighteenFormsTest.said(reading, Severity.WARNING);
    assertEquals(1, warnings.stream().filter(m -> m.contains("US place")).count(), warnings.toString());
    assertTrue(warnings.stream().anyMatch(m -> m.contains("'Seattle, WA'") && m.contains("write US$")), warnings
        .toString());
  }
}
