package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.ReadingRules.Section;
import com.compcoach.guide.SectionItems.Kind;
import com.compcoach.money.DecimalMark;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue #12: a section's items decide what they are; the heading is only the prior, and a move is said as info. */
class SectionItemsTest {

  private static final List<Region> PLACES = List.of(region("Seattle, WA (HQ)"), region("Portland, OR"));
  private final SectionItems items = new SectionItems(ReadingRules.standard(), DecimalMark.POINT);

  private static Region region(String name) {
    Range r = Range.of(100_000, 200_000);
    return new Region(name, name.contains("HQ"), "USD", new Bands(r, r, r, r, null, (Range) null, false), 1);
  }

  @Nested
  class OneItem {

    @Test
    void of_targetPhrasePlaceAndFigureUnderALeversHeading_isATarget() {
      assertEquals(Kind.TARGET, items.of("Aim for $268K total in Seattle and $236K in Portland.", null,
          Section.LEVERS, PLACES));
    }

    @Test
    void of_quotedSpeechWithAFigureUnderATargetsHeading_isALever() {
      assertEquals(Kind.LEVER, items.of("**Relocation** — \"Moving to Seattle costs me about $15K; can we add it?\"",
          null, Section.TARGETS, PLACES));
    }

    @Test
    void of_titledSpeechWithNoFigureUnderATargetsHeading_isALever() {
      // "Things you can ask for" reads as targets by its heading; a titled ask with no amount is a lever.
      assertEquals(Kind.LEVER, items.of("**Title** — \"Would you consider leveling this at Senior, given the scope?\"",
          null, Section.TARGETS, PLACES));
    }

    @Test
    void of_placeMarkedWithNoTargetUnderAnUnnamedHeading_isATarget() {
      assertEquals(Kind.TARGET, items.of("Portland, OR | —", null, Section.NONE, PLACES));
      assertEquals(Kind.TARGET, items.of("**Portland, OR**: n/a", null, Section.NONE, PLACES));
      assertEquals(Kind.HEADING, items.of("Portland, OR", null, Section.NONE, PLACES));
    }

    @Test
    void of_amountOnTopUnderAPayHeading_isAPremium() {
      assertEquals(Kind.PREMIUM, items.of("Guidewire experience: $6K–$10K more base.", null, Section.PAY, PLACES));
    }

    @Test
    void of_itemOfItsOwnHeadingsKind_keepsTheHeading() {
      assertEquals(Kind.HEADING, items.of("**Kafka**: $10K–$18K more base", null, Section.PREMIUMS, PLACES));
    }

    @Test
    void of_quotedTitleUnderSources_keepsTheHeading() {
      assertEquals(Kind.HEADING, items.of("\"Why I'd leave a bank for $300K\", FT, 2026", null, Section.SOURCES,
          PLACES));
    }

    @Test
    void of_quoteOfWhatTheOtherSideSays_isTheirsNotALever() {
      for (String item : List.of("Recruiters often say: \"I can't go above $200K on base.\"",
          "The hiring manager may tell you \"I'm capped at $185K for this level\"",
          "**Pushback**: they'll say \"We can't go above $190K, it's the band's top\"",
          "You'll hear \"I don't have room above $200K\" a lot.")) {
        assertEquals(Kind.THEIRS, items.of(item, null, Section.LEVERS, PLACES), item);
        assertEquals(Kind.THEIRS, items.of(item, null, Section.LEVERAGE, PLACES), item);
      }
    }

    @Test
    void of_candidatesWordingAfterTheOtherSideActs_staysALever() {
      for (String item : List.of("If they counter, say \"I'd like $195K base to sign this week.\"",
          "**When the recruiter pushes back**: \"I'd need $200K base to move.\"",
          "Tell the recruiter: \"My current base is $185K; I'd need $200K.\"")) {
        assertEquals(Kind.LEVER, items.of(item, null, Section.PREMIUMS, PLACES), item);
      }
    }

    @Test
    void of_quoteNobodySays_isNotALever() {
      assertEquals(Kind.HEADING, items.of("Stock is \"restricted stock units\" worth $20K a year", null, Section.PAY,
          PLACES));
    }

    @Test
    void of_regionsPayLineWithATargetWord_isNotATarget() {
      assertEquals(Kind.HEADING, items.of("**Seattle**: base $165K–$205K, target bonus $15K–$25K, total $210K–$280K",
          null, Section.LEVERS, PLACES));
    }

    @Test
    void of_placeLeadingToAFigureAmongLevers_isATarget() {
      assertEquals(Kind.TARGET, items.of("**Seattle**: $268K total", null, Section.LEVERS, PLACES));
      assertEquals(Kind.TARGET, items.of("Portland → $236K", null, Section.LEVERS, PLACES));
    }

    @Test
    void of_placeLeadingToABaseFigureAmongLevers_isNotATarget() {
      assertEquals(Kind.HEADING, items.of("**Seattle**: offers come in at $185K base", null, Section.LEVERS, PLACES));
    }

    @Test
    void of_placeLeadingToAnAmountUnderPremiums_staysAPremium() {
      assertEquals(Kind.HEADING, items.of("**Seattle**: $5K–$10K", null, Section.PREMIUMS, PLACES));
    }

    @Test
    void of_theRecruitersWordsQuoted_isNotALever() {
      assertEquals(Kind.THEIRS, items.of("Recruiters will say \"we can't go above $200K base for this level\".",
          null, Section.PAY, PLACES));
    }

    @Test
    void of_percentOnTopAmongLevers_isAPremium() {
      assertEquals(Kind.PREMIUM, items.of("**Kafka**: +10% on base", null, Section.LEVERS, PLACES));
    }

    @Test
    void of_askForAStockFigureNamingAPlace_isNotATarget() {
      assertEquals(Kind.HEADING, items.of("Ask for RSUs of $40K–$50K a year; cite the Seattle band.", null,
          Section.LEVERS, PLACES));
    }

    @Test
    void of_titledRangeAmongLeversWithNothingToSay_isAPremium() {
      assertEquals(Kind.PREMIUM, items.of("**Kafka**: $10K–$18K", null, Section.LEVERS, PLACES));
    }

    @Test
    void of_targetBeforeThePayTableIsKnown_keepsTheHeading() {
      assertEquals(Kind.HEADING, items.of("Aim for $268K in Seattle", null, Section.LEVERS, List.of()));
    }
  }

  @Nested
  class InAGuide {

    private GuideReading read(String sections) {
      return SeedGuides.READER.read("northwind/platform-engineer.md", """
          # Northwind Logistics · Platform Engineer

          ## Pay

          | Region | Base | Stock | Bonus | Total |
          |---|---|---|---|---|
          | Seattle, WA (HQ) | $165K–$205K | $30K–$50K | $15K–$25K | $210K–$280K |
          | Portland, OR | $150K–$185K | $25K–$40K | $12K–$20K | $187K–$245K |

          """ + sections + """

          ## Sources

          - Levels.fyi 2026
          """);
    }

    private static Map<String, Long> targets(Guide guide) {
      return guide.targets().stream().collect(Collectors.toMap(Target::region, t -> t.total().low()));
    }

    @Test
    void read_targetsBulletUnderHowToPush_areTargetsNotALeverAndAnInfoLineSaysSo() {
      GuideReading reading = read("""
          ## How to push

          - **Pager lever**: "I've carried the pager for a fleet this size; I'd like the base at $200K."
          - Aim for $268K total in Seattle and $236K in Portland.
          """);

      Guide guide = reading.guide();
      assertNotNull(guide, reading.findings().toString());
      assertEquals(1, guide.levers().size());
      assertEquals(Map.of("Seattle, WA (HQ)", 268_000L, "Portland, OR", 236_000L), targets(guide));
      Finding info = reading.findings().stream().filter(f -> f.severity() == Severity.INFO).findFirst().orElseThrow();
      assertEquals(13, info.line());
      assertTrue(info.message().startsWith("section 'How to push' is levers by its heading, but line 13 holds a"
          + " target"), info.message());
      assertEquals("0 errors, 0 warnings", Finding.tally(reading.findings()));
    }

    @Test
    void read_targetsWrittenOtherWaysUnderHowToPush_giveEachPlaceItsOwnFigure() {
      for (String bullet : List.of("- Ceiling to push toward: $268K Seattle / $236K Portland",
          "- Stretch goal: Seattle $268K, Portland $236K", "- Negotiate up to $268K TC in Seattle and $236K TC in Portland.",
          "- Ask for $268K total in Seattle, or $236K if you are based in Portland.")) {
        GuideReading reading = read("## How to push\n\n"
            + "- **Pager lever**: \"I've carried the pager for a fleet this size; I'd like the base at $200K.\"\n"
            + bullet + "\n");

        assertEquals(Map.of("Seattle, WA (HQ)", 268_000L, "Portland, OR", 236_000L), targets(reading.guide()), bullet);
        assertEquals(1, reading.guide().levers().size(), bullet);
      }
    }

    @Test
    void read_recruitersQuoteAmongLevers_isNoLeverAndAnInfoLineSaysSo() {
      GuideReading reading = read("""
          ## How to push

          1. **Pager lever**: "I've carried the pager for a fleet this size; I'd like the base at $200K."
          2. Recruiters often say: "I can't go above $190K on base for this level."
          """);

      assertEquals(List.of("Pager lever"), reading.guide().levers().stream().map(Lever::title).toList());
      assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO && f.line() == 13
          && f.message().contains("other side says")), reading.findings().toString());
    }

    @Test
    void read_recruitersQuoteThenTheCandidatesAnswer_isALeverWordedByTheAnswer() {
      GuideReading reading = read("""
          ## How to push

          1. **Band ceiling** — Recruiters often say: "We can't go above $200K on base." Reply: "I hear you; at $195K base with a $20K sign-on I'd sign today."
          2. Recruiter: "Our band tops out at $200K." You: "I understand — given my Kafka work, I'd need $215K total."
          3. If the hiring manager tells you "there is no equity flexibility", answer: "Could we add a $15K sign-on instead?"
          4. Recruiter: "Our band tops out at $200K."
          """);

      List<Lever> levers = reading.guide().levers();
      assertEquals(List.of("Band ceiling", "Reply to “Our band tops out at $200K.”",
          "Reply to “there is no equity flexibility”"), levers.stream().map(Lever::title).toList());
      assertEquals(List.of("I hear you; at $195K base with a $20K sign-on I'd sign today.",
          "I understand — given my Kafka work, I'd need $215K total.", "Could we add a $15K sign-on instead?"),
          levers.stream().map(Lever::text).toList());
      assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO && f.line() == 15
          && f.message().contains("other side says")), reading.findings().toString());
    }

    @Test
    void read_leverageListOfPremiumsAndOneQuotedLever_givesEachItemItsKind() {
      Guide guide = read("""
          ## Leverage

          - **Kafka at scale**: an extra $10K–$18K on base.
          - **Name the gap**: "My current package is $240K; I'd need $250K total to move."
          """).guide();

      assertEquals(List.of("Kafka at scale"), guide.premiums().stream().map(Premium::title).toList());
      assertEquals(List.of("Name the gap"), guide.levers().stream().map(Lever::title).toList());
    }

    @Test
    void read_targetRowsInsideATableOfLevers_areTargets() {
      Guide guide = read("""
          ## Playbook

          | Move | What to say |
          |---|---|
          | Equity | "Can the RSUs be $50K a year? I'd sign this week." |
          | Seattle target | Aim for $268K total |
          | Portland target | Aim for $236K total |
          """).guide();

      assertEquals(1, guide.levers().size());
      assertEquals(Map.of("Seattle, WA (HQ)", 268_000L, "Portland, OR", 236_000L), targets(guide));
    }

    @Test
    void read_notesUnderCityHeadingsAfterThePayTable_giveTargetsNotSecondRows() {
      GuideReading reading = read("""
          ## Notes by city

          ### Seattle

          Offers land near the middle of the base band, around $185K. Push for $268K total.

          ### Portland

          Portland rarely moves on base past $180K. Target $236K total.

          ## Levers

          1. **Pager lever**
          > "I've carried the pager for a fleet this size; I'd like the base at $200K."
          """);

      Guide guide = reading.guide();
      assertNotNull(guide, reading.findings().toString());
      assertEquals(2, guide.regions().size());
      assertEquals(Map.of("Seattle, WA (HQ)", 268_000L, "Portland, OR", 236_000L), targets(guide));
    }

    @Test
    void read_leversInTwoListsEachNumberedFromOne_keepUniqueNumbers() {
      Guide guide = read("""
          ## Leverage

          1. **Name the gap**: "My current package is $240K; I'd need $250K total to move."

          ## Levers

          1. **Pager lever**: "I've carried the pager for a fleet this size; I'd like the base at $200K."
          2. **Equity lever**: "Can the RSUs be $50K a year? I'd sign this week."
          """).guide();

      assertEquals(List.of(1, 2, 3), guide.levers().stream().map(Lever::number).toList());
    }

    @Test
    void read_leverHeadingsHoldingAPremiumTableAndATargetQuote_giveEachItsKind() {
      GuideReading reading = read("""
          ## Talking points

          | Point | Premium |
          |---|---|
          | Kafka | $10K–$18K |

          ### 1. Pager
          > "I've carried the pager for a fleet this size; I'd like the base at $200K."

          ### 2. Anchor high
          > Aim for $268K total in Seattle and $236K in Portland.
          """);

      Guide guide = reading.guide();
      assertEquals(List.of("Pager"), guide.levers().stream().map(Lever::title).toList());
      assertEquals(List.of("Kafka"), guide.premiums().stream().map(Premium::title).toList());
      assertEquals(Map.of("Seattle, WA (HQ)", 268_000L, "Portland, OR", 236_000L), targets(guide));
      assertEquals("0 errors, 0 warnings", Finding.tally(reading.findings()));
    }

    @Test
    void read_premiumTableAndBulletsUnderAHeadingThatNamesNoKind_arePremiums() {
      Guide guide = read("""
          ## What you bring

          | Skill | Premium |
          |---|---|
          | Kafka | $10K–$18K |

          - Flink: +$5K–$9K
          """).guide();

      assertEquals(List.of("Kafka", "Flink"), guide.premiums().stream().map(Premium::title).toList());
      assertEquals(Range.of(5_000, 9_000), guide.premiums().get(1).amount());
    }

    @Test
    void read_premiumsWrittenAsSentences_giveOnePremiumEachTitledByItsSubject() {
      Guide guide = read("""
          ## Negotiating

          Engine internals experience is worth an extra $8,000 to $12,000 in base. Shipping on Switch is worth
          $5,000 to $8,000 more.
          """).guide();

      assertEquals(List.of("Engine internals experience", "Shipping on Switch"),
          guide.premiums().stream().map(Premium::title).toList());
      assertEquals(Range.of(8_000, 12_000), guide.premiums().get(0).amount());
    }
  }
}
