package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import org.junit.jupiter.api.Test;

/** A share count with its price in one message is the grant's value; without a price it is asked about. */
class SharesAtPriceTest {

  private final OfferReader reader = new OfferReader();

  private Figure stock(String message) {
    return reader.read(message).figures().stream().filter(f -> f.component() == Component.STOCK).findFirst()
        .orElseThrow(() -> new AssertionError("no stock in " + message));
  }

  @Test
  void read_sharesPerYearWithTheirPrice_isTheirValueAYear() {
    assertEquals(20_800, stock("RSUs: 400 shares/yr (stock ~$52)").amount());
    assertEquals(20_800, stock("400 RSUs a year at $52 a share").amount());
    assertEquals(36_000, stock("base 180k, 300 rsus/yr at $120/share").amount());
  }

  @Test
  void read_sharesOverYearsWithTheirPrice_isTheGrantSpreadOverItsYears() {
    Figure grant = stock("1,000 RSUs over 4 years, stock is trading at $150");
    assertEquals(150_000, grant.amount());
    assertEquals(4, grant.years());
    Figure other = stock("2000 shares @ $45 vesting over 4 years");
    assertEquals(90_000, other.amount());
    assertEquals(4, other.years());
  }

  @Test
  void read_sharesWithTheirPrice_saysWhatItWorkedOut() {
    Reading r = reader.read("400 RSUs a year at $52 a share");
    assertTrue(r.remarks().get(0).startsWith("Took 400 RSUs at $52 a share as $20,800"), r.remarks().toString());
  }

  @Test
  void value_sharesWithoutAPrice_isLeftToTheQuestion() {
    assertNull(SharesAtPrice.value("400 shares a year"));
    assertNull(SharesAtPrice.value("120k RSUs over 4 years at $52k base"));
    assertTrue(reader.read("400 shares a year").unclear().get(0).startsWith("What are 400 shares worth?"));
  }
}
