package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompanyFactsTest {

  private static final Venue CHANNEL = Venue.SHARED_CHANNEL;

  private final Coach coach = Seeds.coach();

  private Turn said(String... messages) {
    Turn turn = coach.open("security-engineer charlotte", CHANNEL);
    for (String m : messages) {
      turn = coach.reply(turn.conversation(), m, CHANNEL);
    }
    return turn;
  }

  private static String text(Turn turn) {
    return new TextRenderer().render(turn.reply());
  }

  @Test
  void reply_financesCap_isKeptAsOurCeilingAndHerAskPastItIsWeighed() {
    Turn capped = said("our offer: 160 base, 10% bonus", "finance capped us at 168");
    assertEquals(168_000L, capped.conversation().ceiling());
    assertEquals(160_000L, capped.conversation().offer().base());
    assertTrue(text(capped).startsWith("Kept $168,000 as the most you may pay on base"), text(capped));
    Turn ask = coach.reply(capped.conversation(), "she wants 175. what can we do?", CHANNEL);
    assertTrue(text(ask).contains("$7K past your $168K cap"), text(ask));
  }

  @Test
  void reply_anAskWeTurnedDown_isHerAskNeverOurMove() {
    Turn turn = said("our offer 165 base 10% bonus. she asked for 180",
        "we said no to 180 and she declined the offer. what now?");
    assertEquals(165_000L, turn.conversation().offer().base());
    assertEquals(180_000L, turn.conversation().baseAsk());
    assertFalse(text(turn).contains("We can meet you"), text(turn));
    assertTrue(text(turn).contains("and the candidate declined"), text(turn));
  }

  @Test
  void reply_sheCameBack_isHerAskAndTheOfferStays() {
    Turn turn = said("we offered 165 base plus 10%", "she came back at 179");
    assertEquals(179_000L, turn.conversation().baseAsk());
    assertEquals(165_000L, turn.conversation().offer().base());
    assertTrue(text(turn).contains("halfway between your $165,000 and the candidate's ask of $179,000 is $172,000"),
        text(turn));
  }

  @Test
  void reply_peersPay_isWeighedAsInternalEquityNotTheOffer() {
    Turn turn = said("we're planning to offer 176 base", "peers on the team make around 170 base. problem?");
    assertEquals(176_000L, turn.conversation().offer().base());
    assertTrue(text(turn).contains("Your base of $176K is $6K above it"), text(turn));
  }

  @Test
  void reply_aSignOnAgainstTheGap_coversTheFirstYearOnlyAndIsNotStored() {
    Turn turn = said("our offer: 168 base, 10% bonus. she wants 178", "would a 15k sign-on bridge the gap?");
    assertEquals(null, turn.conversation().offer().signOn());
    assertTrue(text(turn).contains("it covers the first year's $10K; from the second year the offer is still $10K a "
        + "year under the ask"), text(turn));
  }

  @Test
  void reply_theBandsMidpointAndOurCompaRatio_areAnsweredNotTheCard() {
    Turn turn = said("comp partner here. what's the midpoint of the base band?", "we're at 165 base. what's the "
        + "compa-ratio?");
    assertTrue(text(turn).contains("its midpoint is $159,000"), text(turn));
    assertTrue(text(turn).contains("a compa-ratio of 1.04"), text(turn));
  }
}
