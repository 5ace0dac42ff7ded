package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guides from the review of session 19's change (under {@code guides/review19/}): each was served wrong, or refused,
 * on the merged change before its fix.
 */
class ReviewNineteenFormsTest {

  private static GuideReading read(String name) {
    return ReviewGuides.read("review19", name);
  }

  private static Region place(GuideReading reading, String name) {
    return ReviewGuides.place(reading, name);
  }

  @Test
  void read_engineersAtStripeArePaid_makesNoPlaceOfStripe() {
    GuideReading reading = read("engineers-at-stripe-are-paid-is-no-place");

    assertTrue(reading.guide().regions().stream().noneMatch(r -> r.name().contains("Stripe")),
        reading.guide().regions().toString());
  }

  @Test
  void read_brexAFintechHeadquarteredInSanFrancisco_marksNoHeadquarters() {
    GuideReading reading = read("brex-a-fintech-headquartered-in-san-francisco-marks-no-headquarters");

    assertFalse(place(reading, "San Francisco").hq());
  }

  @Test
  void read_boldBareFiguresUnderBaseGbp_readsThemInPounds() {
    GuideReading reading = read("bold-bare-figures-under-base-gbp-are-pounds");

    assertEquals("GBP", place(reading, "London").currency());
    assertEquals(Range.of(80_000, 96_000), place(reading, "London").bands().base());
  }

  @Test
  void read_noPsusAtThisLevel_keepsTheRsuGrantForEveryPlace() {
    GuideReading reading = read("no-psus-at-this-level-keeps-the-rsu-grant");

    assertEquals(Range.of(30_000, 30_000), place(reading, "Denver").bands().stock());
    assertEquals(Range.of(30_000, 30_000), place(reading, "Chicago").bands().stock());
  }

  @Test
  void read_eachOfficeHasADifferentBonusTarget_warnsThatBonusReadZero() {
    GuideReading reading = read("each-office-has-a-different-bonus-target-still-warns");

    assertTrue(reading.findings().stream().anyMatch(f -> f.message().contains("gives no bonus, so bonus read 0")),
        reading.findings().toString());
  }

  @Test
  void read_productDesignerDashModernistStudio_namesTheCompanyAndTheRole() {
    GuideReading reading = read("modernist-studio-is-the-company-not-a-role");

    assertEquals("Modernist Studio", reading.guide().company().name());
    assertEquals("Product Designer", reading.guide().role().title());
  }

  @Test
  void read_dokuWikiLevelFourHeadingUnderALever_makesNoLeverOfIt() {
    GuideReading reading = read("dokuwiki-level-four-heading-is-no-lever");

    assertTrue(reading.guide().levers().stream().noneMatch(l -> l.title().contains("Why this works")),
        reading.guide().levers().toString());
  }

  @Test
  void read_swissApostropheThousandsInAMonthlyAim_isServedAtTwelveMonths() {
    GuideReading reading = read("swiss-apostrophe-thousands-a-month-aim-is-served");

    assertNotNull(reading.guide(), reading.findings().toString());
    assertEquals(Range.of(126_000, 126_000), reading.guide().baseTarget(place(reading, "Zürich")).orElseThrow().base());
  }
}
