package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PracticeSessionTest {

  private static final Venue DM = Venue.DIRECT_MESSAGE;
  private final Coach coach = Seeds.coach();

  private Turn says(Turn before, String message) {
    return coach.reply(before.conversation(), message, DM);
  }

  private Turn practising() {
    return says(coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", DM), "practice");
  }

  @Test
  void reply_practice_startsWithTheExpectationsQuestion() {
    Turn turn = practising();
    assertEquals(Practice.START, turn.conversation().practice());
    String text = assertInstanceOf(Reply.Text.class, turn.reply()).text();
    assertTrue(text.contains("Recruiter: ") && text.contains("salary expectations"), text);
  }

  @Test
  void reply_figuresWhilePractising_neverChangeTheOffer() {
    Turn before = practising();
    Turn turn = says(before, "I'd want 300k base and 90k rsu per year");
    assertEquals(before.conversation().offer(), turn.conversation().offer());
    assertEquals(before.conversation().counter(), turn.conversation().counter());
    assertEquals(300_000L, turn.conversation().practice().ask());
  }

  @Test
  void reply_answers_followTheRecruiterLinesFromTheBandAndOffer() {
    Turn turn = says(practising(), "I'd rather hear your range first");
    assertTrue(((Reply.Text) turn.reply()).text().contains("Our base of $180,000"), turn.reply().toString());
    turn = says(turn, "the market for this role is higher, I'm looking for $233,500");
    assertTrue(((Reply.Text) turn.reply()).text().contains("can't go above $233,000"), turn.reply().toString());
  }

  @Test
  void reply_stopPractice_endsWithTheTallyAndKeepsTheOffer() {
    Turn before = practising();
    Turn turn = says(says(before, "230k"), "stop practice");
    assertNull(turn.conversation().practice());
    assertEquals(before.conversation().offer(), turn.conversation().offer());
    assertTrue(((Reply.Text) turn.reply()).text().startsWith("Practice over: 2 of 4"), turn.reply().toString());
  }

  @Test
  void reply_fifthAnswer_endsThePractice() {
    Turn turn = practising();
    for (int i = 0; i < 5; i++) {
      assertNotNull(turn.conversation().practice());
      turn = says(turn, "the market says more");
    }
    assertNull(turn.conversation().practice());
  }

  @Test
  void reply_practiceBeforeARole_asksForOne() {
    Turn turn = coach.reply(Conversation.EMPTY, "practice", DM);
    assertNull(turn.conversation().practice());
    assertTrue(((Reply.Text) turn.reply()).text().startsWith("Pick a role and a region first"));
  }

  @Test
  void write_practiceState_roundTripsThroughJson() {
    Conversation c = practising().conversation().withPractice(new Practice(2, 233_500L, 5, 6));
    ConversationJson json = new ConversationJson();
    assertEquals(c, json.read(json.write(c)));
  }
}
