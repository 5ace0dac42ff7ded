package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.StoredConversation;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.MvConversationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real app in a child JVM on the embedded store: {@code kill -9} mid-conversation, restart, the thread goes on. */
class DurableThreadsTest {

  private static final String DM = "D0PAT";
  private static final String THREAD = "1800000050.000001";

  @TempDir
  Path stateDir;

  private WebApiStandIn api;
  private int events;

  @BeforeEach
  void startApi() throws Exception {
    api = new WebApiStandIn();
  }

  @AfterEach
  void stopApi() {
    api.close();
  }

  @Test
  void threadMessage_afterKillDashNineAndRestartOnSameStateDir_goesOnWithTheOffer() throws Exception {
    try (AppProcess first = AppProcess.start(api, Map.of("STATE_DIR", stateDir.toString()))) {
      say(first, "ml-ai-engineer charlotte");
      awaitReply(1);
      say(first, "they offered 180k base, 50k rsu, 40k bonus");
      assertTrue(awaitReply(2).contains("Counter"), "the offer was coached before the crash");
      // A third turn in flight when the process dies: whether or not it was answered, nothing answered is lost.
      say(first, "my walk-away is 240k");
      first.killHard();
    }
    int answeredBeforeCrash = api.calls("chat.postMessage").size();

    try (MvConversationStore onDisk = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30))) {
      StoredConversation stored = onDisk.load(new ConversationKey(WebApiStandIn.TEAM, DM, THREAD)).orElseThrow();
      assertTrue(stored.version() >= answeredBeforeCrash,
          "answered " + answeredBeforeCrash + " turns, stored version " + stored.version());
      assertTrue(stored.stateJson().contains("180000"), "the offer is on disk");
    }

    try (AppProcess second = AppProcess.start(api, Map.of("STATE_DIR", stateDir.toString()))) {
      say(second, "why?");
      String reply = awaitReply(answeredBeforeCrash + 1);
      assertTrue(reply.contains("$233,000"), "explains the counter to the offer made before the crash: " + reply);
      assertEquals(THREAD, api.calls("chat.postMessage").get(answeredBeforeCrash).params().get("thread_ts"));
    }
  }

  @Test
  void threadMessage_retriedBySlackAfterKillDashNineAndRestart_isAnsweredOnce() throws Exception {
    String card = "ml-ai-engineer charlotte";
    try (AppProcess first = AppProcess.start(api, Map.of("STATE_DIR", stateDir.toString()))) {
      say(first, card);
      awaitReply(1);
      first.killHard();
    }

    try (AppProcess second = AppProcess.start(api, Map.of("STATE_DIR", stateDir.toString()))) {
      // Slack did not see the first ack in time and sends the same event again, to the restarted app.
      assertEquals(200, second.sender.retriedEvent(message(card, events), 1).statusCode());
      say(second, "they offered 180k base, 50k rsu, 40k bonus");
      // The thread's turns run in order, so once the offer is answered the retry was dealt with before it.
      assertTrue(awaitReply(2).contains("Counter"), "the offer is answered");
      assertEquals(2, api.calls("chat.postMessage").size(), "the retried card message was not answered again");
    }
    assertEquals(2, stored().version(), "the retry was not taken as a turn");
  }

  private StoredConversation stored() {
    try (MvConversationStore onDisk = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30))) {
      return onDisk.load(new ConversationKey(WebApiStandIn.TEAM, DM, THREAD)).orElseThrow();
    }
  }

  private void say(AppProcess app, String text) throws Exception {
    assertEquals(200, app.sender.event(message(text, ++events)).statusCode());
  }

  /** The {@code number}-th message of the thread as the Events API delivers it (a retry repeats it exactly). */
  private static String message(String text, int number) {
    Map<String, String> values = new HashMap<>(Map.of("channel", DM, "channel_type", "im", "text", text,
        "ts", "1800000100." + (100000 + number), "thread_ts", THREAD, "event_id", "EvDurable" + number));
    return Fixtures.text("event-message-in-card-thread.json", values);
  }

  /** The blocks of the {@code count}-th message posted, once it is there (bounded). */
  private String awaitReply(int count) throws InterruptedException {
    return api.await("chat.postMessage", count, Duration.ofSeconds(30)).get(count - 1).params().get("blocks");
  }
}
