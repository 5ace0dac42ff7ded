package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegionTest {

  private static Region named(String name) {
    Range r = Range.of(1, 2);
    return new Region(name, false, "USD", new Bands(r, r, r, r), 1);
  }

  @Test
  void shortName_cityStateAndMarks_givesTheCityAsASentenceNamesIt() {
    assertEquals("Charlotte", named("Charlotte, NC").shortName());
    assertEquals("Detroit", named("Detroit, MI (HQ)").shortName());
    assertEquals("New York", named("New York").shortName());
    assertEquals("東京", named("東京 (Tokyo)").shortName());
    assertEquals("Remote", named("Remote (US)").shortName());
  }
}
