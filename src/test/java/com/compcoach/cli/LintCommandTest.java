package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LintCommandTest {

  /** The day the seeds' review date (2026-05-23) has passed. */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void call_builtInSeeds_passesWithOnlyWarnings() {
    CommandRun run = CommandRun.of(new LintCommand(TODAY));

    assertEquals(0, run.exit(), run.out());
    assertEquals(List.of("seeds/ally-financial/ml-ai-engineer.md:10: warning: review date passed: next review was due "
        + "2026-05-23 (today is 2026-11-23)"), run.out().lines().toList());
    for (String line : run.out().lines().toList()) {
      assertTrue(line.matches("seeds/[^:]+\\.md:\\d+: warning: .+"), line);
    }
    assertTrue(run.err().startsWith("3 guides served, 0 errors"), run.err());
  }

  @Test
  void call_explainASeed_printsEachFieldWithTheLineItCameFrom() {
    CommandRun run = CommandRun.of(new LintCommand(TODAY), "--explain", "seeds/ally-financial/ml-ai-engineer.md");

    List<String> lines = run.out().lines().toList();
    assertEquals(0, run.exit(), run.err());
    assertTrue(lines.contains("ally-financial/ml-ai-engineer.md:1: role: ML/AI Engineer (ml-ai-engineer)"),
        run.out());
    assertTrue(lines.contains("ally-financial/ml-ai-engineer.md:59: region: Detroit, MI (HQ), USD, headquarters"),
        run.out());
    assertTrue(lines.contains("ally-financial/ml-ai-engineer.md:59:   base $165K–$222K"), run.out());
    assertTrue(lines.contains("ally-financial/ml-ai-engineer.md:113: target: Charlotte, NC $334K–$365K"
        + " (written 'In Charlotte')"), run.out());
  }

  @Test
  void call_explainAFileThatIsNotThere_saysSoWithoutAStackTrace() {
    CommandRun run = CommandRun.of(new LintCommand(TODAY), "--explain", "no/such/guide.md");

    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("Cannot read no/such/guide.md"), run.err());
  }

  @Nested
  class FixtureLibrary {

    private final String dir = AskCommandTest.fixtureLibrary();
    private final CommandRun run = CommandRun.of(new LintCommand(TODAY), "--guides", dir);

    private List<String> lines() {
      return Arrays.stream(run.out().split("\n")).map(l -> l.substring(dir.length() + 1)).toList();
    }

    @Test
    void call_anyError_exits1() {
      assertEquals(1, run.exit());
    }

    @Test
    void call_badYaml_namesTheLineWhereTheBrokenValueStarts() {
      assertTrue(lines().contains("bad-yaml/platform-engineer.md:6: error: frontmatter YAML does not parse: "
          + "while scanning a quoted scalar: found unexpected end of stream"), run.out());
    }

    @Test
    void call_frontmatterDisagreesWithTable_namesBothValues() {
      assertTrue(lines().contains("frontmatter-disagrees/data-engineer.md:22: error: frontmatter and table disagree "
          + "on Austin, TX (HQ) base low: frontmatter base_low says 160000, the table says $165K (165000)"), run.out());
    }

    @Test
    void call_noPayTable_isAnError() {
      assertTrue(lines().contains("no-pay-table/product-manager.md:1: error: no pay table: no table has a header "
          + "naming a base column and a total column, and no place is written with its pay; write a table (| Region |"
          + " Base | Stock | Bonus | Total |) or a line per place ('Austin: base $150K–$180K, stock $20K–$30K a year,"
          + " bonus 10%')"), run.out());
    }

    @Test
    void call_lowAboveHigh_namesTheCell() {
      assertTrue(lines().contains("low-above-high/qa-engineer.md:7: error: base band for Seattle, WA (HQ) has its "
          + "low 180000 above its high 140000 ('$180K–$140K')"), run.out());
    }

    @Test
    void call_totalOffTheSum_namesBothFigures() {
      assertTrue(lines().contains("total-off-sum/sre.md:7: error: total low $300,000 for Chicago, IL (HQ) is off "
          + "the sum of base + stock + bonus $238,000 by 21%"), run.out());
    }

    @Test
    void call_targetRegionWithoutRow_isAnError() {
      assertTrue(lines().contains("target-no-row/mobile-engineer.md:14: error: Negotiate-Up target region "
          + "'In Miami' matches no row of the pay table (rows: Boston, MA (HQ))"), run.out());
    }

    @Test
    void call_twoGuidesWithOneSlug_leavesTheSecondOut() {
      assertTrue(lines().contains("duplicate-slug/security-engineer.md:1: error: two guides with one slug: "
          + "duplicate-slug/security-engineer is also duplicate-slug/Security_Engineer.md; this one is left out"),
          run.out());
    }

    @Test
    void call_warningsOnly_reportsReviewSourcesLeversAndCurrencyMark() {
      List<String> warnings = lines().stream().filter(l -> l.startsWith("warnings-only/")).toList();

      assertEquals(List.of(
          "warnings-only/design-engineer.md:1: warning: no levers: the guide has no numbered negotiation levers",
          "warnings-only/design-engineer.md:1: warning: no sources: the guide names no evidence or data sources",
          "warnings-only/design-engineer.md:3: warning: review date passed: next review was due 2026-01-15 "
              + "(today is 2026-11-23)",
          "warnings-only/design-engineer.md:11: warning: unknown currency mark '₴' in the row for Kyiv, UA (HQ); "
              + "read as XXX (no currency)"), warnings);
    }

    @Test
    void call_goodGuidesBesideBadOnes_stillAnswer() {
      CommandRun ask = CommandRun.of(new AskCommand(), "--guides", dir, "support engineer remote");

      assertEquals(0, ask.exit(), ask.err());
      assertTrue(run.err().startsWith("16 guides served, 8 errors"), run.err());
    }
  }
}
