package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue #12: a pay table with a row per level in each region gives the band of the level the guide is for. */
class LevelRowsTest {

  private static GuideReading read(String title) {
    return SeedGuides.READER.read("tessellate/controls-engineer.md", "# " + title + """


        | Site | Level | Base | Stock | Bonus | Total |
        |---|---|---|---|---|---|
        | Pittsburgh (HQ) | IC3 | $112K–$135K | $10K–$18K | $6K–$10K | $128K–$163K |
        | Pittsburgh (HQ) | IC4 | $138K–$165K | $18K–$30K | $10K–$16K | $166K–$211K |
        | Boston | IC3 | $122K–$146K | $10K–$18K | $6K–$11K | $138K–$175K |
        | Boston | IC4 | $150K–$180K | $18K–$32K | $11K–$18K | $179K–$230K |
        | Austin | IC3 | $110K–$130K | $10K–$18K | $6K–$10K | $126K–$158K |

        ## Levers

        1. **Bring-up** — "I'd like base at $160K."

        ## Sources

        - Levels.fyi 2026
        """);
  }

  @Test
  void read_titleNamesOneLevel_eachRegionHasThatLevelsBand() {
    GuideReading reading = read("Tessellate · Senior Controls Engineer (IC4)");

    Guide guide = reading.guide();
    assertEquals(2, guide.regions().size(), reading.findings().toString());
    assertEquals(Range.of(138_000, 165_000), guide.regions().get(0).bands().base());
    assertEquals(Range.of(150_000, 180_000), guide.regions().get(1).bands().base());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().contains("'Austin' has no row for IC4")), reading.findings().toString());
  }

  @Test
  void read_titleNamesNoLevel_isAnErrorNamingTheLevels() {
    GuideReading reading = read("Tessellate · Controls Engineer");

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.isError() && f.line() == 5
        && f.message().contains("'Pittsburgh (HQ)' a row for each level (IC3, IC4)")), reading.findings().toString());
  }

  @Test
  void read_titleNamesNoLevel_theErrorSaysWhatToWriteAndWhere() {
    GuideReading reading = read("Tessellate · Controls Engineer");

    String error = reading.findings().stream().filter(Finding::isError).findFirst().orElseThrow().message();
    assertTrue(error.contains("'# Controls Engineer (IC4)'") && error.contains("'role: Controls Engineer (IC4)'")
        && error.contains("a guide of their own"), error);
  }

  @Test
  void read_twoOfficesInOneCityByPostcode_areTwoPlacesNotLevels() {
    GuideReading reading = SeedGuides.READER.read("tessellate/controls-engineer.md", """
        # Controls Engineer — Tessellate

        | Office | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | London (EC2) | £80K–£95K | £5K–£8K | £4K–£6K | £89K–£109K |
        | London (W1) | £82K–£97K | £5K–£8K | £4K–£6K | £91K–£111K |

        ## Levers

        1. **Bring-up** — "I'd like base at £92K."

        ## Sources

        - Levels.fyi 2026
        """);

    assertEquals(2, reading.guide().regions().size(), reading.findings().toString());
    assertEquals("London (W1)", reading.guide().regions().get(1).name());
  }
}
