package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablePartsTest {

  private static final ReadingRules RULES = ReadingRules.standard();
  private static final List<String> BASE = List.of("City", "Base");
  private static final List<PayTable.Row> BASE_ROWS = List.of(
      new PayTable.Row(List.of("Raleigh (HQ)", "$142K–$172K"), 7),
      new PayTable.Row(List.of("Durham", "$140K–$170K"), 8));

  @Test
  void of_equityAndBonusBySamePlaces_joinsThemToTheBaseRows() {
    List<String> more = List.of("City", "Equity (per year)", "Bonus");
    List<PayTable.Row> moreRows = List.of(new PayTable.Row(List.of("Durham", "$20K–$32K", "10%"), 14),
        new PayTable.Row(List.of("Raleigh (HQ)", "$22K–$34K", "10%"), 13));

    TableParts.Joined joined = TableParts.of(BASE, PayTable.Columns.of(BASE, RULES), BASE_ROWS, more,
        PayTable.Columns.of(more, RULES), moreRows);

    assertEquals(List.of("City", "Base", "Equity (per year)", "Bonus"), joined.header());
    assertEquals(List.of("Raleigh (HQ)", "$142K–$172K", "$22K–$34K", "10%"), joined.rows().get(0).cells());
    assertEquals(List.of(), joined.unmatched());
  }

  @Test
  void of_secondTableOfOtherPlaces_isNoPartOfTheFirst() {
    List<String> more = List.of("City", "Bonus");
    List<PayTable.Row> moreRows = List.of(new PayTable.Row(List.of("Boston", "10%"), 14),
        new PayTable.Row(List.of("Denver", "8%"), 15));

    assertNull(TableParts.of(BASE, PayTable.Columns.of(BASE, RULES), BASE_ROWS, more,
        PayTable.Columns.of(more, RULES), moreRows));
  }
}
