package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (guides31): pay written per paycheck ("$2,450 - $2,900 per paycheck") is a year's pay only at the
 * paychecks a year the guide's pay schedule makes; on `main` it was served as the year's pay ($2.45K a year) in
 * silence. A reason after a colon or "because" ("Nobody in this role gets equity: we are a public hospital
 * district.") no longer hides the statement it gives the reason for.
 */
class PerPaycheckFiguresTest {

  private static GuideReading read(String schedule, String figures) {
    String text = """
        # Store Manager — Fairway Outfitters

        %s No equity and no bonus for store roles.

        ## Pay

        - Denver (HQ): %s
        - Boise: $2,200 - $2,600 per paycheck

        ## Levers

        1. **Sign-on** — "Could a $3,000 sign-on cover the bonus I leave?"

        ## Sources

        - Pay schedule 2026
        """.formatted(schedule, figures);
    return SeedGuides.READER.read("store-manager.md", text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We pay on a biweekly payroll.|65000",
      "Paychecks come every other Friday.|65000",
      "Store managers are paid twice a month.|60000",
      "We run 24 pay periods a year.|60000",
      "Everyone is paid weekly.|130000",
      "Salaries are paid monthly.|30000"})
  void read_perPaycheckBaseUnderAStatedSchedule_readsTimesThePaychecksAYear(String schedule, long yearLow) {
    GuideReading reading = read(schedule, "$2,500 - $2,900 per paycheck");

    assertEquals(yearLow, reading.guide().regions().get(0).bands().base().low(), schedule);
  }

  @Test
  void read_perPaycheckBaseWithNoScheduleStated_isAnErrorNeverAYearsPay() {
    GuideReading reading = read("Store managers are salaried.", "$2,500 - $2,900 per paycheck");

    assertNull(reading.guide());
    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
        && f.message().contains("per paycheck") && f.message().contains("no one pay schedule")), reading.findings()
        .toString());
  }

  @Test
  void read_twoPaySchedulesThatDisagree_leavesThePaycheckFigureUnread() {
    GuideReading reading = read("Hourly staff are paid weekly; managers are paid every two weeks.",
        "$2,500 - $2,900 per paycheck");

    assertNull(reading.guide());
  }

  @Test
  void read_scheduleWordInASentenceNotAboutPay_statesNoSchedule() {
    GuideReading reading = read("The district managers visit every two weeks.", "$2,500 - $2,900 per paycheck");

    assertNull(reading.guide());
  }

  @Test
  void read_perPaycheckTargetWithNoSchedule_isLeftOutWithAnError() {
    String text = """
        # Program Manager — Acme

        ## Pay

        - Seattle (HQ): base $74,000 – $86,000
        - Denver: base $68,000 – $78,000

        No equity, no bonus.

        **Negotiate up:** in Seattle aim for $3,300 per paycheck; in Denver $80,000.
        """;
    GuideReading reading = SeedGuides.READER.read("pm.md", text);

    assertTrue(reading.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
        && f.message().startsWith("Negotiate-Up target '$3,300' is per paycheck")), reading.findings().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nobody in this role gets equity: we are a public hospital district.",
      "There is no bonus and no equity: we are a nonprofit.",
      "No bonus and no equity because we're a nonprofit.",
      "No bonus and no equity, as we are a co-op."})
  void read_noneSaidWithAReasonAfterAColonOrBecause_isEveryPlacesNone(String sentence) {
    String text = """
        # Clinic Manager — Acme

        ## Pay

        - Austin (HQ): $75,000 – $86,000
        - Denver: $71,500 – $82,000

        %s
        No bonus.
        """.formatted(sentence);
    GuideReading reading = SeedGuides.READER.read("cm.md", text);

    List<Region> regions = reading.guide().regions();
    assertEquals(2, regions.size(), sentence);
    assertEquals(0, regions.get(1).bands().stock().high(), sentence);
  }
}
