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

  @Test
  void compact_rupeesOfALakhOrMore_showsLakhsAsIndiaWritesThem() {
    assertEquals("₹35 L", new Money(3_500_000, "INR").compact());
    assertEquals("₹47.8 L", new Money(4_780_000, "INR").compact());
    assertEquals("₹38 L–₹48 L", Money.compact(Range.of(3_800_000, 4_800_000), "INR"));
  }

  @Test
  void compact_rupeesOfACroreOrMore_showsCrores() {
    assertEquals("₹1.2 Cr", new Money(12_000_000, "INR").compact());
    assertEquals("₹1.25 Cr", new Money(12_499_000, "INR").compact());
  }

  @Test
  void compact_rupeesUnderALakh_showsTheFullFigureInIndianGrouping() {
    assertEquals("₹85,000", new Money(85_000, "INR").compact());
  }

  @Test
  void full_rupees_groupsLakhsAndCrores() {
    assertEquals("₹35,00,000", new Money(3_500_000, "INR").full());
    assertEquals("₹1,20,00,000", new Money(12_000_000, "INR").full());
    assertEquals("₹4,500", new Money(4_500, "INR").full());
  }

  @Test
  void full_otherCurrencies_keepThousandsGroups() {
    assertEquals("$3,500,000", new Money(3_500_000, "USD").full());
    assertEquals("$1.05M", new Money(1_050_000, "USD").compact());
  }

  @Test
  void compact_oddThousands_readAsAPersonWritesThem() {
    assertEquals("$249.2K", new Money(249_188, "USD").compact());
    assertEquals("$107.8K", new Money(107_812, "USD").compact());
    assertEquals("$252.75K", new Money(252_750, "USD").compact());
    assertEquals("$6,225", new Money(6_225, "USD").compact());
    assertEquals("$20.16K", new Money(20_160, "USD").compact());
    assertEquals("$26,775", new Money(26_775, "USD").compact());
    assertEquals("-$4.5K", new Money(-4_500, "USD").compact());
    assertEquals("£93,437", new Money(93_437, "GBP").compact());
    assertEquals("$1.18M", new Money(1_176_500, "USD").compact());
    assertEquals("£93,437–£97,750", Money.compact(new Range(93_437, 97_750), "GBP"));
  }
}
