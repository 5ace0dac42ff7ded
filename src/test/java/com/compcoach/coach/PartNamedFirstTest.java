package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.compcoach.guide.Component;
import org.junit.jupiter.api.Test;

/** A part named in a clause of its own with its figure told after it is read as that part's figure. */
class PartNamedFirstTest {

  private final OfferReader reader = new OfferReader();

  private long part(String message, Component component) {
    return reader.read(message).figures().stream().filter(f -> f.component() == component).findFirst()
        .orElseThrow(() -> new AssertionError("no " + component + " in " + message)).amount();
  }

  @Test
  void read_bonusThenWhatTheySaid_isTheBonusPercent() {
    assertEquals(1500, part("185k base, and bonus, they said 15%", Component.BONUS));
    assertEquals(1500, part("185k base, and bonus, they said it's \"around 15 percent\"", Component.BONUS));
  }

  @Test
  void read_signOnThenWhatTheyMentioned_isTheSignOn() {
    assertEquals(25_000, part("185k base, and the sign on, they mentioned 25k", Component.SIGN_ON));
    assertEquals(10_000, part("185k base. signing bonus? they said 10k", Component.SIGN_ON));
  }

  @Test
  void value_partBesideItsOwnFigure_isLeftAsTyped() {
    assertNull(PartNamedFirst.value("185k base, bonus 15%"));
    assertNull(PartNamedFirst.value("and the bonus?"));
    // "bonus, 20k sign on": the figure has its own part word, so it is not the bonus's.
    assertNull(PartNamedFirst.value("180 base, bonus, 20k sign on"));
  }
}
