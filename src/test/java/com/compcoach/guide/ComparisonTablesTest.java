package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #12: pay shown for comparison (last cycle's table, offers made before) is never served as the band. */
class ComparisonTablesTest {

  private static final String LAST_YEAR = """
      | Region | Base | Stock | Bonus | Total |
      |---|---|---|---|---|
      | Austin, TX (HQ) | $140K–$170K | $20K–$30K | $10K–$20K | $170K–$220K |
      """;
  private static final String THIS_YEAR = """
      | Region | Base | Stock | Bonus | Total |
      |---|---|---|---|---|
      | Austin, TX (HQ) | $150K–$180K | $20K–$30K | $10K–$20K | $180K–$230K |
      """;

  private static GuideReading read(String pay) {
    return SeedGuides.READER.read("acme/data-engineer.md", "# Acme — Data Engineer\n\n" + pay + """

        ## Levers

        1. **Spark** — "I'd like the base at $175K given my Spark work."

        ## Sources

        - Levels.fyi 2026
        """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"## 2025 bands (last cycle, for comparison only)\n\n", "## Pay\n\n*Last year's bands, for reference:*\n\n",
      "## What we offered last cycle\n\n"})
  void read_comparisonTableBeforeTheBand_isPassedOver(String lead) {
    GuideReading reading = read(lead + LAST_YEAR + "\n## 2026 bands\n\n" + THIS_YEAR);

    assertEquals(Range.of(150_000, 180_000), reading.guide().regions().get(0).bands().base(), lead);
    assertTrue(reading.findings().stream().noneMatch(f -> f.severity() == Severity.WARNING), reading.findings().toString());
  }

  @Test
  void read_onlyTableSaysItIsForComparison_isReadWithAWarning() {
    GuideReading reading = read("## 2025 bands (last cycle)\n\n" + LAST_YEAR);

    assertEquals(Range.of(140_000, 170_000), reading.guide().regions().get(0).bands().base());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().contains("the only pay table is shown for comparison (its heading '2025 bands (last cycle)'")), reading.findings().toString());
  }

  @Test
  void read_tableUnderAQuestionAboutTheRole_isTheBand() {
    GuideReading reading = read("**What does the role pay?**\n\n" + THIS_YEAR);

    assertEquals(Range.of(150_000, 180_000), reading.guide().regions().get(0).bands().base());
    assertTrue(reading.findings().stream().noneMatch(f -> f.severity() == Severity.WARNING), reading.findings().toString());
  }
}
