package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.Range;
import org.junit.jupiter.api.Test;

/** Issue #12: a guide's aim for base alone is used for the counter's base, never as a total. */
class SceneTest {

  private static final Guide GUIDE = new GuideReader(Seeds.BEFORE_REVIEW).read("acme/data-engineer.md", """
      # Acme — Data Engineer

      | Region | Base | Stock | Bonus | Total |
      |---|---|---|---|---|
      | Austin, TX (HQ) | $150K–$180K | $20K–$30K | $10K–$20K | $180K–$230K |
      | Chicago, IL | $160K–$190K | $20K–$30K | $10K–$20K | $190K–$240K |

      ## Levers

      1. **Spark** — "I'd like the base at $175K given my Spark work."

      ## Negotiate Up

      - Push base to $195K in Austin.
      - In Chicago, aim for $232K total.

      ## Sources

      - Levels.fyi 2026
      """).guide();

  @Test
  void counterBands_baseAimAboveTheBand_liftsTheBaseTheCounterPlansOn() {
    Scene austin = new Scene(GUIDE, GUIDE.regions().get(0));

    assertTrue(austin.target().isEmpty());
    assertEquals(Range.of(195_000, 195_000), austin.counterBands().base());
    assertEquals(GUIDE.regions().get(0).bands().total(), austin.counterBands().total());
    // The aim stays a total from the band: the base aim is not taken for one.
    assertEquals(Range.of(217_500, 230_000), austin.aimRange());
  }

  @Test
  void counterBands_noBaseAim_areTheRegionsBands() {
    Scene chicago = new Scene(GUIDE, GUIDE.regions().get(1));

    assertEquals(GUIDE.regions().get(1).bands(), chicago.counterBands());
    assertEquals(Range.of(232_000, 232_000), chicago.aimRange());
  }
}
