package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheets pasted as text: a CSV export's cells are the sheet's cells, its machine headers read as words. */
class TextTablesTest {

  @Test
  void delimited_quotedCellsWithCommas_keepTheirCommas() {
    List<TextTables.Line> rows = TextTables.delimited("""
        Office,Base Low,Base High
        "Cambridge, UK (HQ)","£62,000","£78,000"
        """);

    assertEquals(List.of("Cambridge, UK (HQ)", "£62,000", "£78,000"), rows.get(1).cells());
  }

  @Test
  void delimited_fencedSnakeCaseHeader_readsAsWords() {
    List<TextTables.Line> rows = TextTables.delimited("""
        ```csv
        location,base_min,base_max,bonus_pct
        Columbus OH (HQ),128000,152000,10
        ```
        """);

    assertEquals(List.of("location", "base min", "base max", "bonus %"), rows.get(0).cells());
    assertEquals("Columbus OH (HQ)", rows.get(1).cells().get(0));
  }

  @Test
  void delimited_semicolonsWithDecimalCommas_splitAtTheSemicolons() {
    List<TextTables.Line> rows = TextTables.delimited("""
        Ubicación;Salario mínimo;Bonus %
        Sevilla;46000;7,5
        """);

    assertEquals(List.of("Sevilla", "46000", "7,5"), rows.get(1).cells());
  }

  @Test
  void delimited_proseWithCommas_isNoTable() {
    assertTrue(TextTables.delimited("""
        We hire in Austin, Denver and Boston.
        Pay is reviewed each spring, after the survey.
        """).isEmpty());
  }
}
