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

  @Test
  void dashRuled_multilineTable_joinsACellOverTwoLinesAndStartsEachRowAtItsFirstLine() {
    String block = """
        ----------------------------------------
        Office          Base
        --------------  ------------------------
        Frankfurt am    €76,000–€90,000
        Main

        Munich          €82,000–€96,000
        ----------------------------------------
        """;
    List<TextTables.Line> rows = TextTables.dashRuled(block);

    assertEquals(List.of("Frankfurt am Main", "€76,000–€90,000"), rows.get(1).cells());
    assertEquals(block.indexOf("Frankfurt"), rows.get(1).offset());
    assertEquals(List.of("Munich", "€82,000–€96,000"), rows.get(2).cells());
  }

  @Test
  void dashRuled_oneRunOfDashesUnderAHeading_isNoTable() {
    assertTrue(TextTables.dashRuled("""
        Pay bands
        ---------
        We pay well.
        """).isEmpty());
  }

  @Test
  void latex_escapedDollarsAndDoubleHyphens_readAsARange() {
    List<TextTables.Line> rows = TextTables.latex("""
        \\begin{tabular}{lr}
        \\hline
        \\textbf{Location} & \\textbf{Base} \\\\
        Boston (HQ) & \\$150K--\\$180K \\\\ \\hline
        Jena & 62\\,000--74\\,000 \\\\
        \\end{tabular}
        """);

    assertEquals(List.of("Location", "Base"), rows.get(0).cells());
    assertEquals(List.of("Boston (HQ)", "$150K–$180K"), rows.get(1).cells());
    assertEquals(List.of("Jena", "62,000–74,000"), rows.get(2).cells());
  }

  @Test
  void listTable_aStarARowADashACell_aCellOverTwoLinesIsOne() {
    List<TextTables.Line> rows = TextTables.listTable("""
           * - City
             - Base
           * - Wellington (HQ)
             - NZ$105,000–
               NZ$125,000
        """);

    assertEquals(List.of("City", "Base"), rows.get(0).cells());
    assertEquals(List.of("Wellington (HQ)", "NZ$105,000– NZ$125,000"), rows.get(1).cells());
  }
}
