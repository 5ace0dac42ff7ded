package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;

  private final Coach coach = Seeds.coach();

  @Test
  void reply_tldr_isTwoLinesWithTheAskNeverTheShortEmail() {
    Turn offer = Seeds.offered(coach, "new york", "they offered 220k base + 15% bonus + 240k RSU over 4 years", DM);
    Reply reply = coach.reply(offer.conversation(), "tl;dr", DM).reply();
    String answer = assertInstanceOf(Reply.Text.class, reply).text();
    assertTrue(answer.startsWith("Their offer: $313K a year."), answer);
    assertTrue(answer.contains("Ask for a base of $262,000"), answer);
    assertFalse(answer.contains("Subject:"), answer);
  }
}
