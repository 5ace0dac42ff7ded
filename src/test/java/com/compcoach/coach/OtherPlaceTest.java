package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.compcoach.guide.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherPlaceTest {

  private static final List<Region> NONE_NAMED = List.of();

  @Test
  void of_fairForAPlaceTheGuideLacks_namesIt() {
    assertEquals("Austin", OtherPlace.of("is this fair for austin? thinking of asking to relocate there", NONE_NAMED));
    assertEquals("Seattle", OtherPlace.of("would this be a good number in seattle?", NONE_NAMED));
    assertEquals("Bay Area", OtherPlace.of("is that ok in the bay area", NONE_NAMED));
    assertEquals("Denver", OtherPlace.of("whats the market for this in denver", NONE_NAMED));
    assertEquals("Austin", OtherPlace.of("what's the going rate in austin", NONE_NAMED));
  }

  @Test
  void of_whatIsAskedForOrWho_isNoPlace() {
    assertNull(OtherPlace.of("how much should i ask for then", NONE_NAMED));
    assertNull(OtherPlace.of("is this fair for me?", NONE_NAMED));
    assertNull(OtherPlace.of("is it fair for the role?", NONE_NAMED));
    assertNull(OtherPlace.of("what should i push for base?", NONE_NAMED));
    assertNull(OtherPlace.of("is this a good offer for now", NONE_NAMED));
    assertNull(OtherPlace.of("final round next week, what number should we come in at?", NONE_NAMED));
  }
}
