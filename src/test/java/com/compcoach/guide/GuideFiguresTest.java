package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.compcoach.money.DecimalMark;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One guide's figures: each text's money read once, the same amounts the money grammar reads. */
class GuideFiguresTest {

  private static final List<String> TEXTS = List.of(
      "$150K–$180K", "CA$180K", "£88,000 p.a.", "USD 140,000 – 175,000", "₹35 lakh", "HK$1.28M",
      "between $160K and $195K", "10–15% of base", "I'd like base at $175K and a $20K sign-on.", "92.000 €",
      "€1.200–€1.500", "165,000–222,000", "no figure here", "2026 bands (last cycle)",
      // No digit 0–9: the figures read (none) without the grammar run, whatever else the text holds.
      "one hundred eighty thousand dollars", "１８０，０００ 円", "$K–$M", "¥一百万", "٣٠٠٠ AED", "१५ लाख", "");

  @Test
  void scan_anyText_givesTheGrammarsFiguresUnderEitherDecimalMark() {
    for (DecimalMark decimal : DecimalMark.values()) {
      GuideFigures figures = new GuideFigures(decimal);
      for (String text : TEXTS) {
        assertEquals(Figures.scan(text, decimal), figures.scan(text), decimal + " " + text);
        assertEquals(Figures.inProse(text, decimal), figures.inProse(text), decimal + " " + text);
      }
    }
  }

  @Test
  void scan_sameTextTwice_isReadOnce() {
    GuideFigures figures = new GuideFigures(DecimalMark.POINT);
    List<Figures.Figure> first = figures.scan("| Austin | $150K–$180K | $20K–$30K |");

    assertSame(first, figures.scan(new String("| Austin | $150K–$180K | $20K–$30K |")));
    assertEquals(List.of(150_000L, 20_000L), first.stream().map(Figures.Figure::low).toList());
    assertEquals(List.of(180_000L, 30_000L), first.stream().map(Figures.Figure::high).toList());
  }

  @Test
  void inProse_unmarkedFigures_areLeftOutAsInProse() {
    GuideFigures figures = new GuideFigures(DecimalMark.POINT);

    assertEquals(List.of(), figures.inProse("165,000–222,000 in 2026"));
    assertEquals(List.of("$165K", "12%"), figures.inProse("$165K and 12% in 2026").stream()
        .map(Figures.Figure::written).toList());
  }

  @Test
  void scan_continentalGuide_readsAPointAsThousands() {
    assertEquals(92_000L, new GuideFigures(DecimalMark.COMMA).scan("92.000 €").get(0).low());
    assertEquals(92L, new GuideFigures(DecimalMark.POINT).scan("92.000 €").get(0).low());
  }
}
