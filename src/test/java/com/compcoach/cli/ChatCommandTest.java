package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Coach;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChatCommandTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  private static ChatCommand chat(String messages) {
    return new ChatCommand(CLOCK, new ByteArrayInputStream(messages.getBytes(StandardCharsets.UTF_8)));
  }

  /** A coach whose library fails on every look, with a message that would carry the user's figure. */
  private static ChatCommand failingChat(String messages) {
    return new ChatCommand(CLOCK, new ByteArrayInputStream(messages.getBytes(StandardCharsets.UTF_8)),
        (catalog, clock) -> new Coach(() -> {
          throw new IllegalStateException("could not place 183,500 base");
        }, clock));
  }

  @Test
  void call_coachThrows_answersEachMessageFriendlyWithoutTraceOrFigures() {
    CommandRun run = CommandRun.of(failingChat("/comp ml-ai-engineer charlotte\nthey offered 183.5k base\n"),
        "--guides", "seeds");

    assertEquals(0, run.exit(), run.err());
    assertEquals(2, run.out().split(ChatCommand.FAILED, -1).length - 1, run.out());
    assertFalse(run.out().contains("Exception"), run.out());
    assertFalse(run.err().contains("183"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertTrue(run.err().contains("IllegalStateException"), run.err());
  }

  @Test
  void call_coachThrowsInJson_answersWithTheFriendlyLineAsAReply() {
    CommandRun run = CommandRun.of(failingChat("/comp ml-ai-engineer charlotte\n"), "--format", "json",
        "--guides", "seeds");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Something went wrong on my side"), run.out());
  }

  @Test
  void call_threadMessages_answersEachInTurn() {
    CommandRun run = CommandRun.of(chat("/comp ml-ai-engineer charlotte\nthey offered 180k base\n"),
        "--guides", "seeds");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Offer (Charlotte): base $180,000"), run.out());
    assertFalse(run.out().contains(ChatCommand.FAILED), run.out());
  }
}
