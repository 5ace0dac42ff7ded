package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Guides from the review of session 14's change: each was read wrong in silence, or threw, before its fix. */
class ReviewFourteenFormsTest {

  private static GuideReading read(String text) {
    return SeedGuides.READER.read("acme/data-engineer.md", text);
  }

  @Test
  void anItalicHeaderAndANoteThatSalariesArePaidMonthly_leaveTheBaseAYears() {
    GuideReading reading = read("""
        # Acme — Data Engineer

        ## Pay bands

        | *Region* | *Base* | *Bonus* |
        |---|---|---|
        | Austin, TX (HQ) | $150K–$180K | 10% |
        | Denver, CO | $140K–$170K | 10% |

        *Salaries are paid monthly; bonus once a year.*

        ## Levers

        - **Sign-on**: "Could you add a sign-on bonus?"
        """);

    Region first = reading.guide().regions().get(0);
    assertEquals(Range.of(150_000, 180_000), first.bands().base(), reading.findings().toString());
    assertEquals("USD", first.currency());
  }

  @Test
  void aFootnoteSayingTheBaseIsPaidMonthlyThroughPayroll_leavesTheBaseAYears() {
    GuideReading reading = read("""
        # Acme — Data Engineer

        ## Pay bands

        | Region | Base salary† | Bonus |
        |---|---|---|
        | Austin, TX (HQ) | $150K–$180K | 10% |
        | Denver, CO | $140K–$170K | 10% |

        † Paid monthly through payroll.

        ## Levers

        - **Sign-on**: "Could you add a sign-on bonus?"
        """);

    Region first = reading.guide().regions().get(0);
    assertEquals(Range.of(150_000, 180_000), first.bands().base(), reading.findings().toString());
    assertEquals("USD", first.currency());
  }

  @Test
  void proseSayingWhichPercentilesAreTheBand_comesBeforeHeadersMarkingTheMarketsEnds() {
    GuideReading reading = read("""
        # Security Engineer — Ravenmoor Insurance

        ## Base salary (market percentiles)

        We hire between the 25th and 75th percentile.

        | Location | P10 (bottom of market) | P25 | P50 | P75 | P90 (top of market) |
        |---|---|---|---|---|---|
        | Hartford, CT (HQ) | $110,000 | $128,000 | $142,000 | $156,000 | $175,000 |
        | Boston, MA | $118,000 | $135,000 | $150,000 | $165,000 | $185,000 |

        No equity.

        ## Levers

        1. **Incident-response lever** — "I've led IR for a ransomware event at a carrier; I'd like the base at $150,000."

        ## Sources

        - ISC2 workforce study 2026
        """);

    Region first = reading.guide().regions().get(0);
    assertEquals(Range.of(128_000, 156_000), first.bands().base(), reading.findings().toString());
    assertEquals("USD", first.currency());
  }

  @Test
  void aHeadingInCanadianDollarsWithThreeCapitalsInBrackets_isStillInCanadianDollars() {
    GuideReading reading = read("""
        # Maple — Data Engineer

        ## Pay bands in Canadian dollars (FTE, per year)

        | Region | Base | Bonus | Total |
        |---|---|---|---|
        | Toronto (HQ) | $150K–$180K | $10K–$20K | $160K–$200K |
        | Montreal | $140K–$170K | $10K–$20K | $150K–$190K |

        ## Levers

        - **Sign-on**: "Could you add a sign-on bonus?"
        """);

    Region first = reading.guide().regions().get(0);
    assertEquals(Range.of(150_000, 180_000), first.bands().base(), reading.findings().toString());
    assertEquals("CAD", first.currency());
  }

  @Test
  void aCaptionInDollarsOverALeverList_leavesTheFrontmattersCurrencyOnThePayTable() {
    GuideReading reading = read("""
        ---
        title: Data Engineer
        company: Maple
        currency: CAD
        ---

        # Data Engineer at Maple

        ## Pay bands

        | Region | Base | Bonus | Total |
        |---|---|---|---|
        | Toronto (HQ) | $150K–$180K | $10K–$20K | $160K–$200K |
        | Montreal | $140K–$170K | $10K–$20K | $150K–$190K |

        ## Levers

        Relocation from the US (USD, one-off):

        - **Relocation**: "Could you cover the move from Seattle?"
        - **Sign-on**: "Could you add a sign-on bonus?"
        """);

    Region first = reading.guide().regions().get(0);
    assertEquals(Range.of(150_000, 180_000), first.bands().base(), reading.findings().toString());
    assertEquals("CAD", first.currency());
  }

  @Test
  void anAnnualBonusPaidInQuarterlyInstalments_isAYearsBonus() {
    GuideReading reading = read("""
        # Acme — Data Engineer

        ## Pay bands

        | Region | Base | Annual bonus (paid in quarterly instalments) |
        |---|---|---|
        | Austin, TX (HQ) | $150K–$180K | $12K–$16K |
        | Denver, CO | $140K–$170K | $12K–$16K |

        ## Levers

        - **Sign-on**: "Could you add a sign-on bonus?"
        """);

    Region first = reading.guide().regions().get(0);
    assertEquals(Range.of(12_000, 16_000), first.bands().bonus(), reading.findings().toString());
    assertEquals("USD", first.currency());
  }

  @Test
  void aTargetSentenceWithDottedCapitalIs_readsWithoutThrowing() {
    GuideReading reading = read("""
        # Support Engineer — Lattice Ledger

        Lattice Ledger sells reconciliation software to mid-size banks. Support engineers take the escalations the first
        line cannot close, with database access in the customer's environment.

        ## Compensation by location

        | Location | Currency | Base | Quarterly bonus | Equity (per year) |
        |---|---|---|---|---|
        | Denver, CO (HQ) | USD | 92,000–110,000 | 1,500–2,500 | 6,000–10,000 |
        | Remote (US) | USD | 88,000–105,000 | 1,500–2,500 | 6,000–10,000 |
        | Dublin | EUR | 68,000–82,000 | 1,200–2,000 | 5,000–8,000 |
        | Remote (EU) | EUR | 64,000–78,000 | 1,200–2,000 | 5,000–8,000 |

        The bonus is paid every quarter against the team's CSAT and backlog goals.

        ## Negotiate up

        Aim for €95,000 in Dublin (also for hires from İzmir, İstanbul or İskenderun) and $120,000 for Remote (US).

        ## Levers

        1. **Escalation lever** — "I've run tier-3 for core banking customers for four years; I'd like the base at $108,000."

        ## Sources

        - Pave benchmark export, support engineering, Q3 2026
        """);

    assertTrue(reading.guide() != null, reading.findings().toString());
    assertEquals(4, reading.guide().regions().size());
  }
}
