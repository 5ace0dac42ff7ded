package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileColumnsTest {

  private static final List<String> HEADER = List.of("Location", "P10", "P25", "P50", "P75", "P90");
  private static final List<PayTable.Row> ROWS = List.of(
      new PayTable.Row(List.of("Austin", "$110K", "$120K", "$130K", "$140K", "$155K"), 9));

  @Test
  void of_guideSaysWhichPercentilesItHiresBetween_readsThemAsTheBaseBand() {
    PercentileColumns.Read read = PercentileColumns.of(HEADER, ROWS, "Market data (base salary, USD)",
        "We hire between the 25th and 75th percentile; P10 and P90 are for context.");

    assertNull(read.error());
    assertEquals(List.of("Location", "Base"), read.header());
    assertEquals(List.of("Austin", "$120K – $140K"), read.rows().get(0).cells());
  }

  @Test
  void of_fivePercentilesAndNothingSaysWhich_isAnErrorSayingWhatToWrite() {
    PercentileColumns.Read read = PercentileColumns.of(HEADER, ROWS, "Market data (base salary)",
        "P10 and P90 are shown for context only.");

    assertNotNull(read.error());
    assertEquals(true, read.error().contains("we hire between P25 and P75"), read.error());
  }

  @Test
  void of_lowMedianAndHighOnly_readsTheEnds() {
    PercentileColumns.Read read = PercentileColumns.of(List.of("City", "Base P25", "Base P50", "Base P75"),
        List.of(new PayTable.Row(List.of("Leeds", "£50K", "£55K", "£60K"), 5)), "Pay", "");

    assertEquals(List.of("Leeds", "£50K – £60K"), read.rows().get(0).cells());
  }

  @Test
  void of_tableWithoutPercentiles_isNotOne() {
    assertNull(PercentileColumns.of(List.of("Region", "Base", "Total"), ROWS, "Pay", ""));
  }

  private static List<PayTable.Row> placeRows(String low, String lowPay, String high, String highPay) {
    return List.of(new PayTable.Row(List.of("Denver (HQ)", low, lowPay), 7),
        new PayTable.Row(List.of("", high, highPay), 8));
  }

  @Test
  void rows_aColumnNamedForPercentiles_readsTheBandFromItsRows() {
    PercentileColumns.Read read = PercentileColumns.rows(List.of("Location", "Percentile", "Base"),
        placeRows("P25", "$128K", "P75", "$156K"), "");

    assertEquals(List.of("Denver (HQ)", "$128K – $156K"), read.rows().get(0).cells());
  }

  @Test
  void rows_aLevelColumn_isNoPercentiles() {
    assertNull(PercentileColumns.rows(List.of("Location", "Level", "Base"), placeRows("P25", "$128K", "P75", "$156K"),
        ""));
  }

  @Test
  void rows_pointsUnderTen_areLevelsNotPercentiles() {
    assertNull(PercentileColumns.rows(List.of("Location", "", "Base"), placeRows("P3", "$128K", "P4", "$156K"), ""));
  }

  @Test
  void rows_cellsThatHoldRangesAlready_areBandsNotPercentileFigures() {
    assertNull(PercentileColumns.rows(List.of("Location", "Percentile", "Base"),
        placeRows("P25", "$120K–$140K", "P75", "$150K–$175K"), ""));
  }
}
