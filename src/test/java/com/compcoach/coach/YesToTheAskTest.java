package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YesToTheAskTest {

  private final Coach coach = Seeds.coach();

  private Turn afterTheOffer(String message) {
    return coach.reply(Seeds.charlotteOffer(coach, Venue.DIRECT_MESSAGE).conversation(), message,
        Venue.DIRECT_MESSAGE);
  }

  @Test
  void said_theirYes_true() {
    assertTrue(YesToTheAsk.said("they said yes!!"));
    assertTrue(YesToTheAsk.said("I asked for 158 and they said yes immediately"));
    assertTrue(YesToTheAsk.said("recruiter agreed to it"));
  }

  @Test
  void said_theUsersOwnYesOrAYesToSomethingElse_false() {
    assertFalse(YesToTheAsk.said("I accepted the offer"));
    assertFalse(YesToTheAsk.said("they agreed to my start date"));
    assertFalse(YesToTheAsk.said("should I say yes?"));
  }

  @Test
  void reply_askAndTheirYesInOneMessage_makesTheAskTheirBase() {
    Turn turn = afterTheOffer("I asked for 200 and they said yes immediately, did I leave money on the table?");
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertEquals(200_000L, turn.conversation().offer().base());
    assertTrue(text.startsWith("Congratulations! They said yes to your ask, so their offer is now: base $200,000"),
        text);
    assertTrue(text.contains("take the win"), text);
  }

  @Test
  void reply_theirYesAfterTheStandingAsk_makesTheAskTheirOffer() {
    Turn asked = afterTheOffer("I asked for 210k base");
    Turn turn = coach.reply(asked.conversation(), "they said yes!!", Venue.DIRECT_MESSAGE);
    assertEquals(210_000L, turn.conversation().offer().base());
    assertEquals(50_000L, turn.conversation().offer().stock(), "parts not asked stay as offered");
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.contains("base $210,000"), text);
  }

  @Test
  void said_theirPromiseToThinkItOver_false() {
    assertFalse(YesToTheAsk.said("they agreed to think about it and will let me know friday"));
    assertFalse(YesToTheAsk.said("she agreed to get back to me by monday"));
    assertFalse(YesToTheAsk.said("the recruiter agreed to look into it"));
    assertTrue(YesToTheAsk.said("they agreed to the base"));
  }

  @Test
  void refused_partNamedAfterTheRefusal_isThatPartOnly() {
    assertEquals(java.util.Set.of(com.compcoach.guide.Component.SIGN_ON),
        YesToTheAsk.refused("they agreed on the base but said no to the sign on"));
    assertEquals(java.util.Set.of(com.compcoach.guide.Component.BASE),
        YesToTheAsk.refused("they agreed to the sign-on bonus but not the base"));
  }

  @Test
  void reply_yesToTheBaseNoToTheSignOn_keepsOnlyTheBase() {
    Turn asked = afterTheOffer("I asked for 200 base and 20k sign on");
    Turn turn = coach.reply(asked.conversation(), "they agreed on the base but said no to the sign on",
        Venue.DIRECT_MESSAGE);
    assertEquals(200_000L, turn.conversation().offer().base());
    assertEquals(null, turn.conversation().offer().signOn());
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.contains("They said no to the sign-on"), text);
  }

  @Test
  void reply_yesWithARefusalThatNamesNoPart_asksWhichParts() {
    Turn asked = afterTheOffer("I asked for 200 base and 20k sign on");
    Turn turn = coach.reply(asked.conversation(), "they agreed but turned down the rest", Venue.DIRECT_MESSAGE);
    assertEquals(180_000L, turn.conversation().offer().base());
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.startsWith("Which parts did they say yes to"), text);
  }
}
