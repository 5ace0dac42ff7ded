package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RealityCheckTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;
  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();

  private Turn charlotteOffer(Venue venue) {
    return coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", venue);
  }

  private String says(Turn before, String message, Venue venue) {
    Turn turn = coach.reply(before.conversation(), message, venue);
    return assertInstanceOf(Reply.Text.class, turn.reply()).text();
  }

  @Test
  void reply_askAboveTheBaseTop_saysAStretchAndKeepsTheOffer() {
    Turn offer = charlotteOffer(DM);
    Turn turn = coach.reply(offer.conversation(), "is asking for 240 base crazy?", DM);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("A stretch: $240K base is past the top of the Charlotte base band ($173K–$233K) by $7K."),
        answer);
    assertEquals(180_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_percentBonusNormal_weighsItOnTheOffersBaseAndKeepsTheOffersBonus() {
    Turn offer = charlotteOffer(DM);
    Turn turn = coach.reply(offer.conversation(), "is 10% bonus normal?", DM);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("Low for this role: a 10% bonus is $18K on your $180K base, and the Charlotte bonus "
        + "band is $35K–$61K"), answer);
    assertEquals(40_000L, turn.conversation().offer().bonus());
  }

  @Test
  void reply_tooMuchWithNoFigure_weighsTheAskAgainstTheTarget() {
    String answer = says(charlotteOffer(DM), "is that too much?", DM);
    assertTrue(answer.startsWith("No, not too much: your ask of $357K a year is inside the Charlotte total band"), answer);
    assertTrue(answer.contains("Negotiate-Up target ($334K–$365K)"), answer);
  }

  @Test
  void reply_realisticAfterAWalkAwayInAChannel_weighsItWithoutNamingIt() {
    Turn offer = charlotteOffer(CHANNEL);
    Turn walkAway = coach.reply(offer.conversation(), "my walk-away is 287,500", CHANNEL);
    String answer = says(walkAway, "is that realistic?", CHANNEL);
    assertTrue(answer.contains("Your walk-away (not repeated here): realistic"), answer);
    assertFalse(answer.contains("287"), answer);
  }

  @Test
  void reply_realisticAfterAWalkAwayInADm_saysTheOfferClearsIt() {
    Turn walkAway = coach.reply(charlotteOffer(DM).conversation(), "my walk-away is 260k", DM);
    String answer = says(walkAway, "is that realistic?", DM);
    assertTrue(answer.contains("Your walk-away of $260K: realistic, their offer of $270K a year already clears it"),
        answer);
  }

  @Test
  void reply_walkAwayUnderTheTotalBand_isLowNeverInsideTheBand() {
    Turn walkAway = coach.reply(charlotteOffer(DM).conversation(), "my walk-away is 200k", DM);
    String answer = says(walkAway, "is that realistic?", DM);
    assertTrue(answer.contains("Your walk-away of $200K: low: it's under the bottom of the Charlotte total band "
        + "($250K–$365K), $50K under its low"), answer);
    assertFalse(answer.contains("Your walk-away of $200K: realistic"), answer);
  }

  @Test
  void reply_walkAwayUnderTheBandAndACompetingOffer_isAtLeastTheCompetingOffer() {
    Turn offer = charlotteOffer(DM);
    Turn rival = coach.reply(offer.conversation(), "globex offered 210 base, 30k bonus, 20k rsu a year", DM);
    Turn walkAway = coach.reply(rival.conversation(), "my walk-away is 220k", DM);
    String answer = says(walkAway, "is that realistic?", DM);
    assertTrue(answer.contains("Your competing offer from Globex pays $260K a year: you'd take that before going this "
        + "low, so your walk-away is at least that."), answer);
  }

  @Test
  void reply_isTheOfferTooLow_weighsTheOffer() {
    String answer = says(charlotteOffer(DM), "is the offer too low?", DM);
    assertTrue(answer.startsWith("On the low side: their offer of $270K a year is inside the Charlotte total band"),
        answer);
  }

  @Test
  void reply_signOnPastTheGuidesRange_saysItNeedsAReason() {
    String answer = says(charlotteOffer(DM), "is a 50k signing bonus too much?", DM);
    assertTrue(answer.startsWith("Yes, likely too much on its own: $50K sign-on is past the top of the guide's sign-on "
        + "range ($25K–$35K)"), answer);
  }

  @Test
  void reply_aStepNormalForAPromotion_isNotWeighedAsAnAsk() {
    Turn turn = coach.reply(charlotteOffer(DM).conversation(), "is a 12k bump normal for a promo?", DM);
    assertFalse(turn.reply() instanceof Reply.Text t && t.text().contains("your ask of"), turn.reply().toString());
  }

  @Test
  void reply_noEquityNormal_givesTheStockBandTheGuidePays() {
    String answer = says(charlotteOffer(DM), "is no equity normal", DM);
    assertTrue(answer.startsWith("Not for this role: the Charlotte stock band is $42K–$71K a year"), answer);
  }

  @Test
  void reply_isAFigureCompetitive_weighsTheFigureNotACompetingOffer() {
    Turn offer = charlotteOffer(DM);
    Turn turn = coach.reply(offer.conversation(), "is 190 competitive here?", DM);
    String answer = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(answer.startsWith("Realistic: $190K base is inside the Charlotte base band"), answer);
    assertEquals(offer.conversation().competing(), turn.conversation().competing());
  }
}
