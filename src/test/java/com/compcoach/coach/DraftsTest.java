package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class DraftsTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  private Reply.Draft says(String message) {
    Turn before = coach.open("ml-ai-engineer detroit 175k base 35k bonus 50k rsu", DM);
    return assertInstanceOf(Reply.Draft.class, coach.reply(before.conversation(), message, DM).reply());
  }

  @Test
  void reply_inBulletPoints_listsEachPartAskedBesideWhatTheyOffered() {
    Reply.Draft list = says("in bullet points pls");
    assertEquals("list", list.kind());
    assertEquals("• Base: $222,000 (offered $175,000)\n• RSUs: $68,000 a year (offered $50,000)\n"
        + "• Bonus: $50,500 (offered $35,000)\n• Total: $340,500 a year (offered $260,000)", list.body());
  }

  @Test
  void reply_rewriteThatForAPhoneCall_isTheCallScript() {
    assertEquals("call", says("can you rewrite that for a phone call").kind());
  }
}
