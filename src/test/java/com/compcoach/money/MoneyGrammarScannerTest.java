package com.compcoach.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One scanner reads a guide's texts one after another: each reads as if it were scanned alone. */
class MoneyGrammarScannerTest {

  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();

  @Test
  void scan_textsOneAfterAnother_eachReadAsAlone() {
    List<String> texts = List.of(
        "Aim for £118,000 in London and £98,000 in Leeds (Q4 2025), or push for the top of the band.",
        "$180K",
        "no figure here",
        "€1.250M–1.400M",
        "150–180k",
        "Base: 92.000 € and 10 % bonus");
    for (DecimalMark decimal : DecimalMark.values()) {
      MoneyGrammar.Scanner scanner = GRAMMAR.scanner(decimal);
      for (String text : texts) {
        assertEquals(GRAMMAR.scan(text, decimal), scanner.scan(text), text + " under " + decimal);
      }
      // Back to a long text after short ones: nothing of the last text's bounds is left over.
      assertEquals(GRAMMAR.scan(texts.get(0), decimal), scanner.scan(texts.get(0)));
    }
  }

  @Test
  void scan_figureAtTheStartAfterALongerText_foundWithItsOffsets() {
    MoneyGrammar.Scanner scanner = GRAMMAR.scanner(DecimalMark.POINT);
    scanner.scan("The London office pays £118,000 to £130,000 a year.");

    List<Amount> found = scanner.scan("$210K total");

    assertEquals(List.of("$210K"), found.stream().map(Amount::written).toList());
    assertEquals(0, found.get(0).start());
    assertEquals(210_000, found.get(0).low());
  }

  @Test
  void scan_digitsAfterALetterDigitOrPoint_areNoFigureButAfterHalfASurrogatePairAre() {
    // The grammar is not tried where its look-behind refuses the char before: each text reads as the grammar reads it.
    List<String> found = List.of("L5 band: $180K", "ver1.2.3 pays 5%", "Q3 2026 bonus", "x२5 and Ⅻ5 and ²5 and é5",
        "café$5K", "_5 ,5 .5", "𝐀5 then 𝟓5").stream()
        .map(text -> GRAMMAR.scanner(DecimalMark.POINT).scan(text).stream().map(a -> a.written() + "@" + a.start())
            .toList().toString())
        .toList();

    assertEquals(List.of("[$180K@9]", "[5%@14]", "[2026@3]", "[]", "[5K@5]", "[]", "[5@2, 5@11]"), found);
  }
}
