package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void compact_aTargetOfOneFigure_showsItOnce() {
    assertEquals("$320K", Money.compact(Range.of(320_000, 320_000), "USD"));
  }

  @Test
  void compact_aBand_showsBothEndsWithAnEnDash() {
    assertEquals("£88K–£110K", Money.compact(Range.of(88_000, 110_000), "GBP"));
  }
}
