package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12, session 22: tables as sheets paste them, and which year's table or rows are the band. */
class SheetPasteTest {

  private static final ReadingRules RULES = ReadingRules.standard();

  private static PayTable.Row row(String... cells) {
    return new PayTable.Row(List.of(cells), 5);
  }

  @Test
  void of_blankColumnThatHoldsFigures_isKept() {
    SheetPaste.Tidied t = SheetPaste.of(List.of("Region", "", "Base"),
        List.of(row("Austin", "$5K", "$120K–$140K"), row("Denver", "$5K", "$125K–$145K")), RULES);

    assertEquals(List.of("Region", "", "Base"), t.header());
  }

  @Test
  void of_firstRowWithFigures_isNoUnitsRow() {
    SheetPaste.Tidied t = SheetPaste.of(List.of("Region", "Base", "Bonus"),
        List.of(row("", "$120K–$140K", "10%"), row("Denver", "$125K–$145K", "10%")), RULES);

    assertEquals(2, t.rows().size());
    assertEquals(List.of("Region", "Base", "Bonus"), t.header());
  }

  @Test
  void of_placeColumnFilledOnEveryRow_staysThePlace() {
    SheetPaste.Tidied t = SheetPaste.of(List.of("Location", "Office", "Base"),
        List.of(row("Texas", "Austin", "$120K–$140K"), row("Colorado", "Denver", "$125K–$145K")), RULES);

    assertEquals(List.of("Location", "Office", "Base"), t.header());
  }

  @Test
  void of_countryColumnFilledOnEveryRow_isAGroupOfTheCitiesBesideIt() {
    SheetPaste.Tidied t = SheetPaste.of(List.of("Country", "City", "Base"),
        List.of(row("US", "Austin", "$120K–$140K"), row("US", "Denver", "$125K–$145K")), RULES);

    assertEquals(List.of("City", "Base"), t.header());
    assertEquals("Denver", t.rows().get(1).cell(0));
  }

  @Test
  void yearRows_oneYearOnly_readsNothing() {
    assertNull(YearRows.of(List.of("Location", "Year", "Base"),
        List.of(row("London", "2026", "£60K–£70K"), row("Leeds", "2026", "£50K–£60K")), RULES));
  }

  @Test
  void yearRows_fiscalYearsEitherOrder_keepTheLatest() {
    YearRows.Latest latest = YearRows.of(List.of("Location", "FY", "Base"),
        List.of(row("London", "FY2026", "£60K–£70K"), row("London", "FY2027", "£62K–£72K")), RULES);

    assertNotNull(latest);
    assertEquals(List.of(List.of("London", "£62K–£72K")), latest.rows().stream().map(PayTable.Row::cells).toList());
  }

  private static final String TWO_TABLES = """
      ---
      company: acme
      role: data-engineer
      ---
      # Data Engineer — Acme

      ## Bands

      | Location | Base | Bonus | Total |
      |---|---|---|---|
      | Austin (HQ) | $120K–$140K | $10K–$12K | $130K–$152K |
      | Denver | $118K–$138K | $10K–$12K | $128K–$150K |

      *2026 bands.*

      | Location | Base | Bonus | Total |
      |---|---|---|---|
      | %s | $130K–$150K | $10K–$12K | $140K–$162K |
      | %s | $128K–$148K | $10K–$12K | $138K–$160K |

      *%s*

      ## Negotiate Up

      Aim for $150K in Austin and $148K in Denver.
      """;

  private static long austinBaseLow(String first, String second, String caption) {
    GuideReading reading = SeedGuides.READER.read("acme/data-engineer.md",
        TWO_TABLES.formatted(first, second, caption));
    return reading.guide().regions().get(0).bands().base().low();
  }

  @Test
  void read_laterYearsCaptionUnderTheSecondTable_readsItsBand() {
    assertEquals(130_000, austinBaseLow("Austin (HQ)", "Denver", "2027 bands (effective 1 January 2027)."));
  }

  @Test
  void read_laterYearCaptionedAsADraft_keepsTheFirstTable() {
    assertEquals(120_000, austinBaseLow("Austin (HQ)", "Denver", "2027 bands (draft, for reference only)."));
  }

  @Test
  void read_laterYearCaptionOverOtherPlaces_keepsTheFirstTable() {
    assertEquals(120_000, austinBaseLow("Toronto", "Montreal", "2027 bands for Canada."));
  }
}
