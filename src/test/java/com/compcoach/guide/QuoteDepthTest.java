package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteDepthTest {

  private static final String PAY_TABLE = "# Staff Engineer\n\n| Region | Base | Stock | Bonus | Total |\n"
      + "|---|---|---|---|---|\n| Denver, CO | $150K–$180K | $30K–$40K | $15K–$20K | $195K–$240K |\n\n";
  private static final String TARGET = "**Negotiate Up Strategy:** In Denver, target $220K–$240K TC.\n";

  @Test
  void capped_lineNestedPastTheCap_blanksOnlyTheMarkersPastItAndKeepsTheLength() {
    String line = "> ".repeat(QuoteDepth.MAX + 4) + "text\nnext line\n";

    String capped = QuoteDepth.capped(line);

    assertEquals("> ".repeat(QuoteDepth.MAX) + "  ".repeat(4) + "text\nnext line\n", capped);
  }

  @Test
  void capped_quotesAsGuidesNestThem_leavesTheTextAlone() {
    String text = "> **Negotiate Up:**\n> > In Denver, aim for $220K.\n>>> three deep\n- > a quote in a list\n";

    assertSame(text, QuoteDepth.capped(text));
  }

  @Test
  void read_negotiateUpNestedThousandsDeepWithLazyLines_readsTheTargetAsOneLevelWouldWithItsLine() {
    String lazyLines = "The market moved this year, so hold firm on the total.\n".repeat(2_000);
    GuideReader reader = new GuideReader();
    List<Target> oneLevel = reader.read("acme/staff-engineer.md", PAY_TABLE + "> " + TARGET + lazyLines)
        .guide().targets();

    GuideReading deep = reader.read("acme/staff-engineer.md", PAY_TABLE + "> ".repeat(50_000) + TARGET + lazyLines);

    assertEquals(List.of(new Target("Denver, CO", "In Denver", Range.of(220_000, 240_000), 7)), oneLevel);
    assertEquals(oneLevel, deep.guide().targets());
  }
}
