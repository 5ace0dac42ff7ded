package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PulledTest {

  private final Coach coach = Seeds.coach();

  private Turn afterTheOffer(String message) {
    return coach.reply(Seeds.charlotteOffer(coach, Venue.DIRECT_MESSAGE).conversation(), message,
        Venue.DIRECT_MESSAGE);
  }

  @Test
  void readable_afterICountered_leavesTheirFiguresOnly() {
    assertEquals("they lowered the offer to 185 base", Pulled.readable("they lowered the offer to 185 base after I "
        + "countered"));
  }

  @Test
  void reply_loweredAfterTheUsersCounter_readsTheNewBaseAsTheirsAndSaysTheDrop() {
    Turn asked = afterTheOffer("I countered at 225 base");
    Turn turn = coach.reply(asked.conversation(), "they lowered the offer to 170 base after I countered",
        Venue.DIRECT_MESSAGE);
    assertEquals(170_000L, turn.conversation().offer().base(), "their new base, never an ask of the user's");
    Reply.Text text = assertInstanceOf(Reply.Text.class, turn.reply());
    assertTrue(text.text().startsWith("They lowered their offer after your counter: $270K a year to $260K, $10K "
        + "less."), text.text());
    assertTrue(text.text().contains("whether the first offer still stands"), text.text());
  }

  @Test
  void reply_rescinded_asksOnceForTheOriginalAndNeverCountersAgain() {
    Turn turn = afterTheOffer("they rescinded the offer");
    Reply.Text text = assertInstanceOf(Reply.Text.class, turn.reply());
    assertTrue(text.text().contains("whether the original offer stands"), text.text());
    assertTrue(text.text().contains("of $270,000 a year"), text.text());
    assertTrue(text.text().contains("Don't counter again"), text.text());
    assertFalse(text.text().contains("Counter firmly"), text.text());
  }

  @Test
  void reply_aFearOfRescinding_isNotAnOfferPulled() {
    Turn turn = afterTheOffer("what if they rescind the offer?");
    Reply.Text text = assertInstanceOf(Reply.Text.class, turn.reply());
    assertFalse(text.text().startsWith("I'm sorry"), text.text());
  }

  @Test
  void reply_emailAfterARescind_isTheAskOnceNoteNeverACounter() {
    Turn offer = Seeds.offered(coach, "new york", "offer was 210 base, 30k bonus, 60k rsu a yr", Venue.DIRECT_MESSAGE);
    Turn pulled = coach.reply(offer.conversation(), "they rescinded the offer. what now", Venue.DIRECT_MESSAGE);
    Turn asked = coach.reply(pulled.conversation(), "did i ask for too much?", Venue.DIRECT_MESSAGE);
    String answer = assertInstanceOf(Reply.Text.class, coach.reply(asked.conversation(),
        "how do i word the email asking if the offer still stands", Venue.DIRECT_MESSAGE).reply()).text();
    assertTrue(answer.contains("I was glad to receive the offer of $300,000 a year"), answer);
    assertFalse(answer.contains("ready to sign"), answer);
  }

  @Test
  void reply_rescindedAfterMyCounter_opensWithTheRescindNotTheOwnAskNote() {
    Turn turn = afterTheOffer("i countered at 225 base and they pulled the offer");
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.startsWith("I'm sorry"), text);
    assertFalse(text.contains("meet in the middle"), text);
  }

  @Test
  void reply_wasItMyFaultAfterARescind_noBlameAndTheAskAgainstTheBand() {
    Turn pulled = afterTheOffer("i countered at 225 base and they pulled the offer");
    String text = assertInstanceOf(Reply.Text.class, coach.reply(pulled.conversation(), "was it my fault?",
        Venue.DIRECT_MESSAGE).reply()).text();
    assertTrue(text.startsWith("No. Asking once, politely, is normal"), text);
    assertTrue(text.contains("a base of $225,000, is inside the Charlotte base band"), text);
  }
}
