package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Session 14, batch 17: guides written as lists, prose, FAQs and mixed pages, as a user is served them. */
class BatchSeventeenFormsTest {

  private static GuideReading read(String text) {
    return SeedGuides.READER.read("acme/analyst.md", text);
  }

  private static Region region(GuideReading reading, int i) {
    return reading.guide().regions().get(i);
  }

  @Test
  void read_currencyStatedInAParagraphBeforeAnyFigure_everyBareDollarIsThatCurrency() {
    GuideReading reading = read("""
        # Acme — Analyst

        All figures in Canadian dollars.

        ## Pay

        - Toronto (HQ): base $82K–$98K, RSUs $6K a year, bonus 10% of base.
        - Vancouver: base $80K–$95K, RSUs $6K a year, bonus 10% of base.
        """);

    assertEquals(List.of("CAD", "CAD"), reading.guide().regions().stream().map(Region::currency).toList());
  }

  @Test
  void read_currencyStatedOnlyAfterTheFiguresStart_leavesADollarRowAsWritten() {
    GuideReading reading = read("""
        # Acme — Analyst

        ## Pay

        - Austin (HQ): base $82K–$98K, RSUs $6K a year, bonus 10% of base.

        Toronto hires are paid in Canadian dollars; ask the recruiter for that band.
        """);

    assertEquals("USD", region(reading, 0).currency());
  }

  @Test
  void read_noEquityNoBonusSaidOnce_placeLinesOfBaseAloneAreServedWithZeroParts() {
    GuideReading reading = read("""
        # Grants Manager — Fernbrook Foundation

        ## Salary by location

        - Washington, DC (HQ): $78,000–$92,000
        - Philadelphia: $72,000–$85,000

        No equity; no annual bonus. We're a 501(c)(3).
        """);

    Bands dc = region(reading, 0).bands();
    assertEquals(Range.of(78_000, 92_000), dc.base());
    assertEquals(Range.of(0, 0), dc.stock());
    assertEquals(Range.of(0, 0), dc.bonus());
    assertEquals(Range.of(78_000, 92_000), dc.total());
  }

  @Test
  void read_equityNoneSaidOnceAsALineOrAListItem_readsZeroStockWithNoWarning() {
    for (String said : List.of("Equity: none", "**Bonus:** 8% target for everyone\n**Equity:** none",
        "- Equity: none\n- Bonus: 8% in every location")) {
      GuideReading reading = read("""
          # Acme — Data Analyst

          ## Pay

          - Austin (HQ): base $90,000–$110,000, bonus 8%
          - Denver: base $85,000–$104,000, bonus 8%

          """ + said + """

          ## Levers

          1. **Scope.** "I'd like base at $108K."

          Sources: levels.fyi
          """);

      assertEquals(Range.of(0, 0), region(reading, 1).bands().stock(), said);
      assertEquals("0 errors, 0 warnings", Finding.tally(reading.findings()), said);
    }
  }

  @Test
  void read_noBonusAdviceInALeverSentence_isNoPartSaidForEveryone() {
    GuideReading reading = read("""
        # Acme — Analyst

        **Austin (HQ):** base $82K–$98K, RSUs $6K a year, bonus 10% of base.

        ## Levers

        If there's no bonus in the offer, ask for a sign-on: "Could a $10K sign-on make up for it?"
        """);

    assertEquals(Range.of(8_200, 9_800), region(reading, 0).bands().bonus());
  }

  @Test
  void read_bonusWithAFraction_isWorkedOutAtThePercentAsWrittenAndSaidSo() {
    GuideReading reading = read("""
        # Senior Risk Analyst — Marlow Credit Union

        ## Pay

        ### Charlotte, NC (HQ)

        - Base: $98,000–$118,000
        - Equity: none
        - Bonus: 7.5% of base
        """);

    Bands b = region(reading, 0).bands();
    assertEquals(Range.of(7_350, 8_850), b.bonus());
    assertEquals("bonus written as 7.5% of base", b.derivation());
    assertEquals(List.of(), reading.findings().stream()
        .filter(f -> f.severity() != Severity.INFO && f.message().contains("bonus")).toList());
  }

  @Test
  void read_faqQuestionsAmongNumberedLevers_keepTheLeversAndTheirTitles() {
    GuideReading reading = read("""
        # Kaizen Robotics — Robotics Engineer

        ## Pay bands

        - **Munich (HQ):** €78K–€94K base, €10K/yr VSOP, 10% bonus

        ## Negotiation levers

        1. **ROS 2 depth** — "I maintained two ROS 2 packages in production."

        Q: What if they say the band is fixed?
        A: Move to the sign-on lever below.

        2. **Sign-on** — "Could a €10K sign-on cover the bonus I forfeit?"

        **Q: Should I mention other offers?**
        Only if you have one in writing.

        3. **Relocation** — "Would you cover two months of temporary housing?"

        Q: How do I ask about the four-day week?
        A: Say "Could I work a compressed week from the second month?"
        """);

    assertEquals(List.of("ROS 2 depth", "Sign-on", "Relocation", "How do I ask about the four-day week?"),
        reading.guide().levers().stream().map(Lever::title).toList());
    assertEquals(Range.of(10_000, 10_000), region(reading, 0).bands().stock());
  }

  @Test
  void read_whatToAskForLineUnderAPlaceHeading_isThatPlacesTargetNeverItsStock() {
    GuideReading reading = read("""
        # Hollowmere Insurance: Actuarial Analyst

        ### London (head office)
        **What we pay:** basic salary £52,000–£63,000, a 10% bonus, no share scheme.
        **What to ask for:** £72,000 all in.
        """);

    Region london = region(reading, 0);
    assertEquals(Range.of(0, 0), london.bands().stock());
    assertEquals(Range.of(57_200, 69_300), london.bands().total());
    assertEquals(Range.of(72_000, 72_000), reading.guide().target(london).map(Target::total).orElse(null));
  }
}
