package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.LeverAmount.Reference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuideReaderTest {

  private static List<String> amounts(Lever lever) {
    return lever.amounts().stream().map(a -> a.written() + " " + a.refersTo()).toList();
  }

  @Test
  void read_seedWithFrontmatter_givesRowsOnTheirRealFileLines() {
    Guide ml = SeedGuides.guide("ml-ai-engineer");

    assertEquals(List.of(59, 60, 61), ml.regions().stream().map(Region::line).toList());
    assertEquals(List.of("Detroit, MI (HQ)", "Charlotte, NC", "New York"),
        ml.regions().stream().map(Region::name).toList());
    assertTrue(ml.regions().get(0).hq());
    assertFalse(ml.regions().get(1).hq());
    assertEquals(List.of(), SeedGuides.seed("ml-ai-engineer").findings());
  }

  @Test
  void read_seed_takesCompanyFromFolderAndRoleFromFileAndHeading() {
    Guide security = SeedGuides.guide("security-engineer");

    assertEquals(new Company("ally-financial", "Ally Financial"), security.company());
    assertEquals(new Role("security-engineer", "Security Engineer"), security.role());
    assertEquals("ally-financial/security-engineer.md", security.path());
    assertEquals(8, security.dnaTags().size());
    assertEquals("Public Equity (NYSE: ALLY)", security.dnaTags().get(3));
  }

  @Test
  void read_signatureSeed_isFlaggedAndOthersAreNot() {
    assertTrue(SeedGuides.guide("empathetic-automation-platform-engineer").signatureRole());
    assertFalse(SeedGuides.guide("ml-ai-engineer").signatureRole());
    assertFalse(SeedGuides.guide("security-engineer").signatureRole());
  }

  @Test
  void read_stockPerYearColumn_addsUpWithBaseAndBonusToTheTotal() {
    for (String role : List.of("ml-ai-engineer", "security-engineer", "empathetic-automation-platform-engineer")) {
      for (Region r : SeedGuides.guide(role).regions()) {
        Bands b = r.bands();
        assertEquals(b.total().low(), b.base().low() + b.stock().low() + b.bonus().low(), role + " " + r.name());
        assertEquals(b.total().high(), b.base().high() + b.stock().high() + b.bonus().high(), role + " " + r.name());
      }
    }
  }

  @Test
  void read_negotiateUpBlock_matchesEachSentenceToItsRowAndSkipsParenthesisedMarketRanges() {
    Guide ml = SeedGuides.guide("ml-ai-engineer");

    assertEquals(List.of(
        new Target("Detroit, MI (HQ)", "In Detroit", Range.of(318_000, 348_000), 113),
        new Target("Charlotte, NC", "In Charlotte", Range.of(334_000, 365_000), 113),
        new Target("New York", "In New York", Range.of(375_000, 410_000), 113)), ml.targets());
  }

  @Test
  void read_mlLevers_classifiesEveryAmountByTheWordsBeforeIt() {
    List<Lever> levers = SeedGuides.guide("ml-ai-engineer").levers();

    assertEquals(List.of(1, 2, 3, 4), levers.stream().map(Lever::number).toList());
    assertEquals("Fair Lending ML Scarcity Lever", levers.get(0).title());
    assertEquals(99, levers.get(0).line());
    assertEquals(List.of("$330K–$380K MARKET", "$220K–$222K BASE", "$65K–$68K STOCK"), amounts(levers.get(0)));
    assertEquals(List.of("$340K–$348K TOTAL"), amounts(levers.get(1)));
    assertEquals(List.of("22% BONUS"), amounts(levers.get(2)));
    assertEquals(List.of("10% OTHER", "$65K–$68K STOCK", "$25K–$35K SIGN_ON"), amounts(levers.get(3)));
  }

  @Test
  void read_leverAmountWithAPointAsThousandsSeparator_staysAsWrittenWithAWarning() {
    String seed = SeedGuides.text(java.nio.file.Path.of("seeds"), "ally-financial/ml-ai-engineer.md");
    GuideReading reading = SeedGuides.READER.read("acme/ml-ai-engineer.md",
        seed.replace("a base of $220K–$222K", "a base of $220.000–$222.000"));

    assertEquals(List.of("$330K–$380K MARKET", "$65K–$68K STOCK"), amounts(reading.guide().levers().get(0)));
    assertTrue(reading.guide().levers().get(0).text().contains("a base of $220.000–$222.000"));
    assertTrue(reading.findings().contains(Finding.warning("acme/ml-ai-engineer.md", 99, "lever 1: '$220.000–$222.000'"
        + " reads as 222, too small for a yearly amount; quoted as written, not restated per region. Write thousands"
        + " with a comma or K, as in 20,000 or 20K")), reading.findings().toString());
  }

  @Test
  void read_leverAmounts_recordOffsetsIntoTheLeverText() {
    for (Lever lever : SeedGuides.guide("empathetic-automation-platform-engineer").levers()) {
      for (LeverAmount a : lever.amounts()) {
        assertEquals(a.written(), lever.text().substring(a.start(), a.end()));
      }
    }
  }

  @Test
  void read_signatureLevers_tellMarketRefreshAndYearStepsFromTargets() {
    List<Lever> levers = SeedGuides.guide("empathetic-automation-platform-engineer").levers();

    assertEquals(List.of("$280K–$350K MARKET", "$250K–$380K MARKET", "$180K–$250K MARKET", "$480K–$508K TOTAL"),
        amounts(levers.get(0)));
    assertEquals(List.of("$450K–$520K MARKET", "$490K–$508K TOTAL"), amounts(levers.get(2)));
    assertEquals(List.of("$550K–$620K MARKET", "$510K–$580K MARKET", "15-20% OTHER", "$490K–$508K TOTAL", "20% OTHER"),
        amounts(levers.get(3)));
    assertEquals(List.of("$105K–$108K STOCK", "$30K OTHER"), amounts(levers.get(5)));
    assertEquals(List.of("$490K OTHER", "$508K OTHER", "$530K OTHER"), amounts(levers.get(7)));
  }

  @Test
  void read_securityLevers_readCompetingOfferAsMarketAndBillionsAsContext() {
    List<Lever> levers = SeedGuides.guide("security-engineer").levers();

    assertEquals(List.of("100% OTHER", "$196B OTHER", "$170K–$172K BASE"), amounts(levers.get(0)));
    assertEquals(List.of("$50K–$52K STOCK"), amounts(levers.get(1)));
    assertEquals(List.of("$255K MARKET", "$262K–$268K TOTAL"), amounts(levers.get(2)));
    assertEquals(List.of("$20K–$30K SIGN_ON"), amounts(levers.get(3)));
    assertEquals(Reference.MARKET, levers.get(2).amounts().get(0).refersTo());
  }

  @Test
  void read_premiums_takeTheRangeNotAContextFigure() {
    List<Premium> premiums = SeedGuides.guide("security-engineer").premiums();

    assertEquals(List.of(Range.of(14_000, 22_000), Range.of(10_000, 18_000), Range.of(10_000, 16_000),
        Range.of(8_000, 14_000)), premiums.stream().map(Premium::amount).toList());
    assertEquals("Responsible AI Institute Membership — AI Model Security", premiums.get(0).title());
  }

  @Test
  void read_architectureSection_givesSignOnRelocationRefreshBonusTargetAndStipend() {
    Architecture a = SeedGuides.guide("empathetic-automation-platform-engineer").architecture();

    assertEquals(new Architecture(Range.of(35_000, 50_000), Range.of(25_000, 40_000), Range.of(25_000, 35_000),
        Range.of(25, 25), Range.of(2_000, 3_000)), a);
    assertEquals(Architecture.NONE, SeedGuides.guide("ml-ai-engineer").architecture());
  }

  @Test
  void read_architectureSignOnWithAPointAsThousandsSeparator_isNoSignOnRatherThan35Dollars() {
    String seed = SeedGuides.text(java.nio.file.Path.of("seeds"),
        "ally-financial/empathetic-automation-platform-engineer.md");
    Guide guide = SeedGuides.READER.read("acme/empathetic-automation-platform-engineer.md",
        seed.replace("**Sign-On Bonus ($35K–$50K):**", "**Sign-On Bonus ($35.000–$50.000):**")).guide();

    assertNull(guide.architecture().signOn());
    assertEquals(Range.of(25_000, 40_000), guide.architecture().relocation());
  }

  @Test
  void read_levelMapping_keepsHeaderRowsAndNote() {
    LevelMapping levels = SeedGuides.guide("empathetic-automation-platform-engineer").levelMapping();

    assertEquals("Ally Level", levels.header().get(0));
    assertEquals(3, levels.rows().size());
    assertEquals("VP, ML Engineering", levels.rows().get(2).get(4));
    assertTrue(levels.note().startsWith("This is a signature role with no clean equivalent"));
  }

  @Test
  void read_freshness_fromFrontmatterOrFromText() {
    Freshness ml = SeedGuides.guide("ml-ai-engineer").freshness();
    Freshness gbp = SeedGuides.fixture("gbp-cad-millions/staff-engineer.md").guide().freshness();

    assertEquals(new Freshness(LocalDate.of(2026, 2, 23), "2025-Q4", LocalDate.of(2026, 5, 23), "high"), ml);
    assertEquals(new Freshness(LocalDate.of(2026, 9, 30), "2026-Q3", LocalDate.of(2027, 3, 31), "medium"), gbp);
    assertEquals(Freshness.UNKNOWN, SeedGuides.guide("security-engineer").freshness());
  }

  @Test
  void read_reviewDatePassed_warnsOnTheFrontmatterLine() {
    GuideReader after = new GuideReader(LintClock.AFTER_REVIEW);
    GuideReading reading = after.read("ally-financial/ml-ai-engineer.md",
        SeedGuides.text(java.nio.file.Path.of("seeds"), "ally-financial/ml-ai-engineer.md"));

    assertEquals(List.of(Finding.warning("ally-financial/ml-ai-engineer.md", 10,
        "review date passed: next review was due 2026-05-23 (today is 2026-11-23)")), reading.findings());
    assertTrue(reading.usable().isPresent(), "a warning never keeps a guide out");
  }

  @Test
  void read_gbpAndCadRowsWithoutFrontmatter_readMillionsCommasToAndHyphens() {
    Guide guide = SeedGuides.fixture("gbp-cad-millions/staff-engineer.md").usable().orElseThrow();

    Region london = guide.regions().get(0);
    Region toronto = guide.regions().get(1);
    Region vancouver = guide.regions().get(2);
    assertEquals("GBP", london.currency());
    assertEquals(new Bands(Range.of(600_000, 800_000), Range.of(250_000, 420_000), Range.of(200_000, 200_000),
        Range.of(1_050_000, 1_420_000)), london.bands());
    assertEquals("CAD", toronto.currency());
    assertEquals(new Bands(Range.of(165_000, 222_000), Range.of(40_000, 68_000), Range.of(33_000, 58_000),
        Range.of(238_000, 348_000)), toronto.bands());
    assertEquals(Range.of(1_600_000, 2_050_000), vancouver.bands().total());
    assertEquals(Range.of(1_300_000, 1_420_000), guide.target(london).orElseThrow().total());
    assertEquals(List.of("£1.3M MARKET", "£780K–£800K BASE", "£50K–£75K SIGN_ON"), amounts(guide.levers().get(0)));
    assertEquals(List.of("C$348K MARKET", "£1.35M–£1.42M TOTAL"), amounts(guide.levers().get(1)));
  }

  @Test
  void read_textCarryingSlackMarkup_keepsItVerbatimInTheModel() {
    Guide guide = SeedGuides.fixture("channel-mention/support-engineer.md").usable().orElseThrow();

    assertEquals("Ping <!channel> if you must: I'd like the base salary at $115K–$120K & nothing less <script>.",
        guide.levers().get(0).text());
    assertEquals("On-call <!channel> Premium", guide.premiums().get(0).title());
    assertTrue(guide.premiums().get(0).text().contains("Tell <!channel> & <@U123>"));
    assertEquals(List.of("Support & Success", "<b>Bold</b>"), guide.dnaTags());
    assertEquals("Remote (US)", guide.target(guide.regions().get(0)).orElseThrow().region());
  }

  @Nested
  class Failures {

    private static Finding only(GuideReading reading) {
      List<Finding> errors = reading.findings().stream().filter(Finding::isError).toList();
      assertEquals(1, errors.size(), errors.toString());
      return errors.get(0);
    }

    @Test
    void read_badYaml_givesAnErrorOnTheBrokenLineAndNoGuide() {
      GuideReading reading = SeedGuides.fixture("bad-yaml/platform-engineer.md");

      assertEquals(6, only(reading).line());
      assertNull(reading.guide());
    }

    @Test
    void read_frontmatterDisagreesWithTable_namesBothValues() {
      Finding f = only(SeedGuides.fixture("frontmatter-disagrees/data-engineer.md"));

      assertEquals(22, f.line());
      assertTrue(f.message().contains("frontmatter base_low says 160000, the table says $165K (165000)"), f.message());
    }

    @Test
    void read_noPayTable_isAnErrorAndNoGuide() {
      GuideReading reading = SeedGuides.fixture("no-pay-table/product-manager.md");

      assertTrue(only(reading).message().startsWith("no pay table"));
      assertTrue(reading.usable().isEmpty());
    }

    @Test
    void read_lowAboveHigh_namesTheWrittenCell() {
      assertTrue(only(SeedGuides.fixture("low-above-high/qa-engineer.md")).message().contains("('$180K–$140K')"));
    }

    @Test
    void read_totalOffTheSum_reportsBothEnds() {
      List<Finding> errors = SeedGuides.fixture("total-off-sum/sre.md").findings();

      assertEquals(2, errors.size());
      assertTrue(errors.get(1).message().startsWith("total high $400,000 for Chicago, IL (HQ) is off the sum"));
    }

    @Test
    void read_targetRegionWithoutRow_namesTheSentence() {
      Finding f = only(SeedGuides.fixture("target-no-row/mobile-engineer.md"));

      assertTrue(f.message().startsWith("Negotiate-Up target region 'In Miami' matches no row"), f.message());
    }

    /**
     * The security seed with its Detroit row (file line 11) rewritten as a Berlin row of these cells, and its
     * Detroit Negotiate-Up sentence (line 65) as a Berlin one aiming at {@code target}.
     */
    private static GuideReading berlin(String base, String stock, String bonus, String total, String target) {
      String seed = SeedGuides.text(java.nio.file.Path.of("seeds"), "ally-financial/security-engineer.md");
      String row = "| Berlin, DE | " + base + " | " + stock + " | " + bonus + " | " + total + " |";
      String aim = "In Berlin, push for " + target + " TC";
      String text = seed.replace("| Detroit, MI (HQ) | $130K–$172K | $28K–$52K | $27K–$44K | $185K–$268K |", row)
          .replace("In Detroit, push for $248K–$268K TC", aim);
      assertTrue(text.contains(row) && text.contains(aim));
      return SeedGuides.READER.read("acme/security-engineer.md", text);
    }

    private static GuideReading berlin(String base, String stock, String bonus, String total) {
      return berlin(base, stock, bonus, total, "€248K–€268K");
    }

    private static Finding firstError(GuideReading reading) {
      return reading.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
    }

    @Test
    void read_targetWithAPointAsThousandsSeparator_isAnErrorNotAnAimOf248Euros() {
      Finding f = firstError(berlin("€130K–€172K", "€28K–€52K", "€27K–€44K", "€185K–€268K", "€248.000–€268.000"));

      assertEquals(65, f.line());
      assertTrue(f.message().startsWith("Negotiate-Up target '€248.000–€268.000' for 'In Berlin' reads as €248–€268,"
          + " far from the total band of Berlin, DE (€185,000–€268,000)"), f.message());
    }

    @Test
    void read_targetWithAPointAndTheMarkAfter_isReadAsThousandsNearTheBandWithAnInfoLine() {
      GuideReading reading = berlin("€130K–€172K", "€28K–€52K", "€27K–€44K", "€185K–€268K", "248.000–268.000 €");

      Target berlin = reading.guide().targets().stream().filter(t -> t.region().equals("Berlin, DE")).findFirst()
          .orElseThrow();
      assertEquals(Range.of(248_000, 268_000), berlin.total());
      assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.INFO
          && f.message().contains("read with its point grouping thousands")), reading.findings().toString());
    }

    @Test
    void read_premiumWithAPointAsThousandsSeparator_isLeftOutWithAWarningAndTheGuideServes() {
      String seed = SeedGuides.text(java.nio.file.Path.of("seeds"), "ally-financial/security-engineer.md");
      GuideReading reading = SeedGuides.READER.read("acme/security-engineer.md",
          seed.replace("justifies $10K–$16K above", "justifies €10.000–€16.000 above"));

      assertTrue(reading.findings().stream().anyMatch(f -> !f.isError() && f.line() == 43
          && f.message().startsWith("premium '100% Digital, Zero Branches — Total Attack Surface Ownership' reads as"
          + " 10–16, too small for a yearly amount; left out")), reading.findings().toString());
      assertTrue(reading.guide().premiums().stream().noneMatch(p -> p.title().startsWith("100% Digital")));
    }

    @Test
    void read_targetInAnotherCurrencyThanItsRow_isAnError() {
      Finding f = firstError(berlin("€130K–€172K", "€28K–€52K", "€27K–€44K", "€185K–€268K", "$248K–$268K"));

      assertTrue(f.message().contains("is in USD but the row for Berlin, DE is in EUR: write the target in EUR"),
          f.message());
    }

    @Test
    void read_bareDollarTargetForACanadianRow_isThatRowsDollar() {
      GuideReading reading = berlin("C$130K–C$172K", "C$28K–C$52K", "C$27K–C$44K", "C$185K–C$268K", "$248K–$268K");

      assertEquals(List.of(), reading.findings().stream().filter(Finding::isError).toList());
      assertEquals("CAD", reading.guide().regions().get(0).currency());
      assertEquals(Range.of(248_000, 268_000), reading.guide().targets().get(0).total());
    }

    @Test
    void read_pointAsThousandsSeparatorInAYearsBase_isThousandsNeverABandOf130Euros() {
      GuideReading reading = berlin("€130.000–€172.000", "€28K–€52K", "€27K–€44K", "€185K–€268K");

      assertEquals(List.of(), reading.findings().stream().filter(Finding::isError).toList());
      assertEquals(Range.of(130_000, 172_000), reading.guide().regions().get(0).bands().base());
      assertTrue(reading.findings().stream().anyMatch(f -> f.line() == 11
          && f.message().startsWith("'€130.000–€172.000' for Berlin, DE is read as 130,000 to 172,000")),
          reading.findings().toString());
    }

    @Test
    void read_pointGroupedFigureThatCouldBeAMonthsPay_isAnError() {
      GuideReading reading = berlin("€4.500–€5.800", "€28K–€52K", "€27K–€44K", "€185K–€268K");

      Finding f = firstError(reading);
      assertEquals(11, f.line());
      assertTrue(f.message().startsWith("the base cell '€4.500–€5.800' for Berlin, DE could be read two ways"),
          f.message());
      assertNull(reading.guide());
    }

    @Test
    void read_currencyAfterEachFigure_readsTheWholeRangeInThatCurrency() {
      GuideReading reading = berlin("130,000 €–172,000 €", "€28K–€52K", "€27K–€44K", "€185K–€268K");

      Region berlin = reading.guide().regions().get(0);
      assertEquals(Range.of(130_000, 172_000), berlin.bands().base());
      assertEquals("EUR", berlin.currency());
    }

    @Test
    void read_twoSingleFiguresInABandCell_isAnErrorNotTheFirstAlone() {
      GuideReading reading = berlin("€130K / €172K", "€28K–€52K", "€27K–€44K", "€185K–€268K");

      Finding f = firstError(reading);
      assertTrue(f.message().contains("holds two figures where a range is read as one ('€130K', then '€172K')"),
          f.message());
    }

    @Test
    void read_figureThenAnotherInParentheses_readsTheFirst() {
      GuideReading reading = berlin("€150K (median €155K)", "€28K–€52K", "€27K–€44K", "€205K–€246K");

      assertEquals(List.of(), reading.findings().stream().filter(Finding::isError).toList());
      assertEquals(Range.of(150_000, 150_000), reading.guide().regions().get(0).bands().base());
    }

    @Test
    void read_currencyCodeAfterAWholeRange_isTheRangesCurrency() {
      GuideReading reading = berlin("130,000–172,000 EUR", "28,000–52,000 EUR", "27,000–44,000 EUR",
          "185,000–268,000 EUR");

      assertEquals(List.of(), reading.findings().stream().filter(Finding::isError).toList());
      Region berlin = reading.guide().regions().get(0);
      assertEquals("EUR", berlin.currency());
      assertEquals(Range.of(130_000, 172_000), berlin.bands().base());
    }

    @Test
    void read_unclosedFrontmatter_isAnErrorOnLineOne() {
      GuideReading reading = SeedGuides.READER.read("acme/x.md", "---\ncompany: acme\n# no closing line\n");

      assertEquals(Finding.error("acme/x.md", 1, "frontmatter opens with --- but never closes"),
          reading.findings().get(0));
    }

    @Test
    void read_unclosedTomlFrontmatter_namesItsPlusFence() {
      GuideReading reading = SeedGuides.READER.read("acme/x.md", "+++\ncompany = \"acme\"\n# no closing line\n");

      assertEquals(Finding.error("acme/x.md", 1, "frontmatter opens with +++ but never closes"),
          reading.findings().get(0));
    }

    @Test
    void read_yamlAliasBomb_isRefusedNotExpanded() {
      StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
      for (char c = 'b'; c <= 'p'; c++) {
        yaml.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
            .append((char) (c - 1)).append("]\n");
      }
      yaml.append("---\n# Role | Acme\n");

      GuideReading reading = SeedGuides.READER.read("acme/bomb.md", yaml.toString());

      assertTrue(reading.findings().get(0).message().startsWith("frontmatter YAML refused"),
          reading.findings().toString());
    }

    @Test
    void read_globalTag_isRefusedBySafeLoading() {
      GuideReading reading = SeedGuides.READER.read("acme/tag.md",
          "---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\n# R\n");

      assertTrue(reading.findings().get(0).message().startsWith("frontmatter YAML does not parse"),
          reading.findings().toString());
    }
  }
}
