package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12, batch 18: guides written as tables, sheets and exports, and what lint says of their doubtful rows. */
class BatchEighteenFormsTest {

  private static GuideReading read(String body) {
    return SeedGuides.READER.read("acme/data-engineer.md", "# Data Engineer — Acme\n\n## Pay bands\n\n" + body
        + BatchThirteenFormsTest.LEVERS_AND_SOURCES);
  }

  static List<String> said(GuideReading reading, Severity severity) {
    return reading.findings().stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
  }

  @Test
  void aRowGivingOnlyATotal_isLeftOutWithAWarning_theOthersServed() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Total |
        |---|---|---|---|
        | Austin (HQ) | $150K–$180K | $10K–$15K | $160K–$195K |
        | Perth | — | — | A$190K–A$235K |
        """);

    assertEquals(List.of("Austin (HQ)"), reading.guide().regions().stream().map(Region::name).toList());
    assertTrue(said(reading, Severity.WARNING).stream().anyMatch(m -> m.contains("'Perth' gives only a total")),
        reading.findings().toString());
  }

  @Test
  void aBonusPaidQuarterly_withNoTotalToDecide_isReadAsWrittenAndWarned() {
    GuideReading reading = read("""
        | Location | Base | Bonus (paid quarterly) |
        |---|---|---|
        | Austin (HQ) | $150K–$180K | $3K–$5K |
        """);

    assertEquals(Range.of(3_000, 5_000), reading.guide().regions().get(0).bands().bonus());
    assertTrue(said(reading, Severity.WARNING).stream().anyMatch(m -> m.contains("nothing says whether it is a year's"
        + " or a quarter's")), reading.findings().toString());
  }

  @Test
  void aBonusPaidQuarterly_whoseTotalCountsItFourTimes_isFourTimesIt() {
    GuideReading reading = read("""
        | Location | Base | Bonus (paid quarterly) | Total |
        |---|---|---|---|
        | Austin (HQ) | $150K–$180K | $3K–$5K | $162K–$200K |
        """);

    assertEquals(Range.of(12_000, 20_000), reading.guide().regions().get(0).bands().bonus());
    assertEquals(List.of(), said(reading, Severity.WARNING));
  }

  @Test
  void aQuarterlyBonusColumn_isFourTimesIt_butATotalThatNamesTheQuarterlyBonusIsAYears() {
    GuideReading reading = read("""
        | Location | Base | Quarterly bonus | Total (incl. quarterly bonus) |
        |---|---|---|---|
        | Austin (HQ) | $150K–$180K | $3K–$5K | $162K–$200K |
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(12_000, 20_000), bands.bonus());
    assertEquals(Range.of(162_000, 200_000), bands.total());
  }

  @Test
  void aGrantVestingMonthly_inAHeadersFootnote_isAGrantNeverPayPerMonth() {
    GuideReading reading = read("""
        | Location | Base | Stock¹ | Bonus |
        |---|---|---|---|
        | Austin (HQ) | $150K–$180K | $80K–$160K | $10K–$15K |

        ¹ New-hire grant; vests monthly over 4 years after a one-year cliff.
        """);

    Bands bands = reading.guide().regions().get(0).bands();
    assertEquals(Range.of(20_000, 40_000), bands.stock());
    assertEquals(4, bands.grant().years());
  }

  @Test
  void aFootnoteOnNoHeader_changesNothing() {
    GuideReading reading = read("""
        | Location | Base | Stock | Bonus |
        |---|---|---|---|
        | Austin (HQ) | $150K–$180K¹ | $20K–$40K | $10K–$15K |

        ¹ Vests over four years as a grant for managers only.
        """);

    assertEquals(Range.of(20_000, 40_000), reading.guide().regions().get(0).bands().stock());
  }

  @Test
  void aTargetInAnotherCurrencyThanItsRow_isAnErrorSayingWhatToWrite_andNoSecondFinding() {
    GuideReading reading = read("""
        | Location | Base | Bonus | Total |
        |---|---|---|---|
        | Chicago (HQ) | $150K–$180K | $15K–$20K | $165K–$200K |
        | Toronto | $140K–$170K | $14K–$18K | $154K–$188K |

        ## Negotiate up

        Aim for $195K in Chicago and Toronto C$230k.
        """);

    List<String> errors = said(reading, Severity.ERROR);
    assertEquals(1, errors.size(), reading.findings().toString());
    assertTrue(errors.get(0).contains("write the target in USD, or, if Toronto's pay is in CAD, write its row's"
        + " figures with C$"), errors.get(0));
    assertFalse(said(reading, Severity.WARNING).stream().anyMatch(m -> m.contains("no target for Toronto")));
  }

  @Test
  void aBonusPercentWithAFraction_isTheExactShareOfBase_withNoWarning() {
    GuideReading reading = read("""
        | Location | Base | Bonus (% of base) |
        |---|---|---|
        | Austin (HQ) | $80,000–$96,000 | 12.5% |
        """);

    assertEquals(Range.of(10_000, 12_000), reading.guide().regions().get(0).bands().bonus());
    assertEquals(List.of(), said(reading, Severity.WARNING));
  }

  @Test
  void pipeRows_withNoDelimiterLine_areATable_butOnlyWhereEveryLineIsARowOfOneWidth() {
    assertEquals(3, TextTables.pipeRows("| Location | Base | Total |\n| Austin | $1 | $2 |\n| Boise | $1 | $2 |").size());
    assertEquals(List.of(), TextTables.pipeRows("| Location | Base | Total |\n| Austin | $1 |"));
    assertEquals(List.of(), TextTables.pipeRows("| just | a line |"));
  }

  @Test
  void sharePrice_inAShareCountHeader() {
    assertEquals(1850, SharePrice.inHeader("RSUs / yr (shares @ $18.50)").orElseThrow().cents());
    assertEquals("EUR", SharePrice.inHeader("RSUs per year (units, at €12.40 each)").orElseThrow().currency());
    assertTrue(SharePrice.inHeader("RSUs per year (shares)").isEmpty());
  }
}
