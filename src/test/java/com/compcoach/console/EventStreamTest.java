package com.compcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStreamTest {

  private RunningConsole running;

  @BeforeEach
  void start() throws Exception {
    running = new RunningConsole(new RecordingApp(), Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  @Test
  void events_pageReconnectsAfterMessages_getsThemAllInItsFirstSnapshot() throws Exception {
    String card = running.api("chat.postMessage", "channel=C0OFFERS&text=card").path("ts").asText();
    running.api("chat.postMessage", "channel=C0OFFERS&text=counter&thread_ts=" + card);

    JsonNode snapshot = RunningConsole.next(running.events(), "snapshot").data();

    assertEquals(2, snapshot.path("messages").size());
    assertEquals(card, snapshot.path("messages").get(1).path("thread_ts").asText());
    assertEquals("C0OFFERS", snapshot.path("channels").get(0).path("id").asText());
  }

  @Test
  void events_twoPagesOpen_bothSeeEachChangeInOrder() throws Exception {
    BlockingQueue<ConsoleEvent> first = running.events();
    BlockingQueue<ConsoleEvent> second = running.events();
    RunningConsole.next(first, "snapshot");
    RunningConsole.next(second, "snapshot");

    String a = running.api("chat.postMessage", "channel=C0OFFERS&text=a").path("ts").asText();
    String b = running.api("chat.postMessage", "channel=D0COACH&text=b").path("ts").asText();

    for (BlockingQueue<ConsoleEvent> page : List.of(first, second)) {
      assertEquals(a, RunningConsole.next(page, "message").data().path("ts").asText());
      assertEquals(b, RunningConsole.next(page, "message").data().path("ts").asText());
    }
  }
}
