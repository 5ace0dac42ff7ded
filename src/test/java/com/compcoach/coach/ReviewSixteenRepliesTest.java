package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Replies from the review of session 16's change: each answered wrong, or dropped the offer, before its fix. */
class ReviewSixteenRepliesTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  @Test
  void reply_offerTypedWithASalaryReviewBesideIt_readsTheOffer() {
    Turn turn = Seeds.offered(coach, "charlotte",
        "they offered 185k base, 15% bonus, 40k rsu a year, with a salary review at 6 months", DM);

    assertEquals(185_000L, turn.conversation().offer().base());
  }

  @Test
  void reply_theGistThenTheirOffer_readsTheOfferNeverSaysThereIsNone() {
    Turn turn = Seeds.offered(coach, "charlotte", "the gist: they offered 185k base, 15% bonus, 40k rsu a year", DM);
    String said = new TextRenderer().render(turn.reply());

    assertEquals(185_000L, turn.conversation().offer().base());
    assertFalse(said.contains("No offer yet"), said);
  }

  @Test
  void reply_askedForANumberASecondTime_isNoAnswerAboutCounteringTwice() {
    Turn card = coach.open("ml-ai-engineer charlotte", DM);
    String said = new TextRenderer().render(coach.reply(card.conversation(),
        "the recruiter asked me for my number a second time on the call, what do i say?", DM).reply());

    assertFalse(said.startsWith("Two rounds at most"), said);
  }

  @Test
  void reply_bothBaseAndSignOnAfterATotalOnly_givesTheCountersBaseAndAsksTheirs() {
    Turn offer = Seeds.offered(coach, "charlotte", "they offered 250k total", DM);
    String said = new TextRenderer().render(
        coach.reply(offer.conversation(), "should i ask for both more base and a sign-on?", DM).reply());

    assertTrue(said.contains("Base: $233,000, the counter's. Tell me their base"), said);
    assertFalse(said.contains("not given"), said);
  }

  @Test
  void reply_finalNumbersCameThroughWithTheSalary_isTheOfferNeverABaseThatWontMove() {
    Turn turn = Seeds.offered(coach, "charlotte", "ok final numbers from ally came thru: salary 158,500 + annual bonus"
        + " at 12% target, RSUs $100k vesting 4yrs (25% a year), and they'll do $7,500 signing", DM);
    String said = new TextRenderer().render(turn.reply());

    assertEquals(158_500L, turn.conversation().offer().base());
    assertFalse(said.contains("the base is fixed"), said);
  }
}
