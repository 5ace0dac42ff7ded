package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guides from the review of session 18's change (under {@code guides/review18/}): each was served wrong, or refused,
 * on the merged change before its fix.
 */
class ReviewEighteenFormsTest {

  private static GuideReading read(String name) {
    return ReviewGuides.read("review18", name);
  }

  private static Region place(GuideReading reading, String name) {
    return ReviewGuides.place(reading, name);
  }

  @Test
  void read_newYorkHiresGetRsus_givesAustinAndDenverNoStock() {
    GuideReading reading = read("one-city-new-hires-get-rsus-is-that-citys-not-everyones");

    assertEquals(Range.of(0, 0), place(reading, "Austin").bands().stock());
    assertEquals(Range.of(0, 0), place(reading, "Denver").bands().stock());
  }

  @Test
  void read_rarelyAchievableFiguresInBrackets_keepsTheAimsAfterThem() {
    GuideReading reading = read("rarely-achievable-figures-in-brackets-are-no-aims");

    assertEquals(Range.of(195_000, 195_000), reading.guide().target(place(reading, "Austin")).orElseThrow().total());
    assertEquals(Range.of(180_000, 180_000), reading.guide().target(place(reading, "Denver")).orElseThrow().total());
  }

  @Test
  void read_planPaidOutAt112PercentOfTarget_isNoBonusOfBase() {
    GuideReading reading = read("bonus-heading-plan-paid-out-at-112-percent-of-target-is-no-percent-of-base");

    assertTrue(place(reading, "Austin").bands().bonus().high() < 150_000, reading.findings().toString());
  }

  @Test
  void read_twoTimeSlotLines_isServed() {
    GuideReading reading = read("two-time-slots-are-no-pasted-chat");

    assertNotNull(reading.guide(), reading.findings().toString());
  }

  @Test
  void read_mostHiresAcceptTheFirstOffer_keepsTheAimATotal() {
    GuideReading reading = read("most-hires-accept-the-first-offer-is-no-sign-at");

    assertTrue(reading.guide().baseTarget(place(reading, "Austin")).isEmpty(), reading.guide().baseTargets().toString());
    assertEquals(Range.of(176_000, 176_000), reading.guide().target(place(reading, "Austin")).orElseThrow().total());
  }

  @Test
  void read_denverIsHqMinusTenPercent_marksNoHeadquarters() {
    GuideReading reading = read("denver-is-hq-minus-10-percent-marks-no-headquarters");

    assertFalse(place(reading, "Denver").hq());
  }
}
