package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LevelSegmentsTest {

  private static final String PRAGUE = "L4: base CZK 1,150,000–1,400,000, bonus 10%. L5: base CZK 1,450,000–1,750,000,"
      + " bonus 12%. L6: base CZK 1,800,000–2,150,000, bonus 15%.";

  @Test
  void of_aLinePerLevel_keepsTheLevelTheTitleNames() {
    assertEquals("base CZK 1,450,000–1,750,000, bonus 12%. ",
        LevelSegments.of(PRAGUE, "# Ostrava Systems — Senior Software Engineer (L5)"));
  }

  @Test
  void of_aLinePerLevelAndATitleNamingNone_isRefused() {
    assertNull(LevelSegments.of(PRAGUE, "# Ostrava Systems — Senior Software Engineer"));
  }

  @Test
  void of_oneLevelOrNone_theLineAsWritten() {
    assertEquals("base $150K–$180K, bonus 10%", LevelSegments.of("base $150K–$180K, bonus 10%", "Engineer (L5)"));
    assertEquals("L5: base $150K–$180K", LevelSegments.of("L5: base $150K–$180K", "Engineer"));
  }

  @Test
  void of_percentilesQuartersAndCurrencyCodes_areNoLevels() {
    String percentiles = "base P25: £60,000 / P75: £72,000, bonus 10%";
    assertEquals(percentiles, LevelSegments.of(percentiles, "Data Engineer"));
    String quarters = "Q1: $3K bonus, Q2: $3K bonus";
    assertEquals(quarters, LevelSegments.of(quarters, "Data Engineer"));
    String code = "base EUR 85 – 95k, stock EUR 10 – 15k a year";
    assertEquals(code, LevelSegments.of(code, "Data Engineer"));
  }
}
