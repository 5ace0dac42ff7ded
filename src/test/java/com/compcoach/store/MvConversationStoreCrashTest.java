package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.StoredConversation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a JVM in the middle of saving turns: every turn it acknowledged is on disk afterwards, and cards saved
 * soon are on disk once the background writer ran.
 */
class MvConversationStoreCrashTest {

  @TempDir
  Path stateDir;

  @Test
  void open_afterWriterKilledWithSigkillMidWrite_keepsEveryAcknowledgedTurn() {
    Map<Integer, Long> acknowledged = new HashMap<>();
    try (ChildJvm writer = ChildJvm.start(MvStoreTurnWriter.class, Map.of(), stateDir.toString())) {
      writer.awaitLine("ready"::equals, Duration.ofSeconds(30));
      // Every thread has acknowledged turns before the kill (waiting for one thread's 30th alone flaked under load:
      // a thread that started late had acknowledged nothing yet), and the busiest is well into its run.
      Map<Integer, Long> seen = new HashMap<>();
      writer.awaitLine(line -> {
        if (line.startsWith("ack ")) {
          seen.merge(thread(line), acks(line), Math::max);
        }
        return seen.size() == 10 && seen.values().stream().allMatch(acked -> acked >= 3)
            && seen.values().stream().anyMatch(acked -> acked >= 30);
      }, Duration.ofSeconds(60));
      // Killed while it is still writing: the next save is in flight at this moment.
      writer.killHard();
      List<String> lines = writer.linesSoFar();
      for (String line : lines) {
        if (line.startsWith("ack ")) {
          String[] parts = line.split(" ");
          acknowledged.merge(Integer.parseInt(parts[1]), Long.parseLong(parts[2]), Math::max);
        }
      }
    }
    assertEquals(10, acknowledged.size(), "every thread had acknowledged turns");

    try (MvConversationStore reopened = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30))) {
      acknowledged.forEach((thread, lastAck) -> {
        StoredConversation stored = reopened.load(new ConversationKey("T1", "C1", "1700000000." + thread))
            .orElseThrow(() -> new AssertionError("thread " + thread + " lost entirely"));
        assertTrue(stored.version() >= lastAck,
            "thread " + thread + " acknowledged version " + lastAck + " but disk has " + stored.version());
        assertTrue(stored.stateJson().contains("\"thread\":" + thread + ","), stored.stateJson());
      });
    }
  }

  @Test
  void open_afterKillOnceTheBackgroundWriterRan_keepsCardsSavedSoon() {
    try (ChildJvm writer = ChildJvm.start(MvStoreCardWriter.class, Map.of(), stateDir.toString())) {
      writer.awaitLine("saved"::equals, Duration.ofSeconds(30));
      // No save waits for the disk here: the writer says when MVStore's background writer has committed every card
      // (a growing file flaked as a sign: a background commit in the middle of the twenty grows it too, and a commit
      // may reuse free space and not grow it at all).
      writer.awaitLine("committed"::equals, Duration.ofSeconds(30));
      writer.killHard();
    }

    try (MvConversationStore reopened = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30))) {
      for (int card = 0; card < 20; card++) {
        StoredConversation stored = reopened.load(new ConversationKey("T1", "C1", "1800000000." + card))
            .orElseThrow(() -> new AssertionError("a card saved soon was lost"));
        assertEquals("{\"card\":" + card + "}", stored.stateJson());
        assertEquals(1, stored.version());
      }
    }
  }

  private static int thread(String line) {
    return Integer.parseInt(line.split(" ")[1]);
  }

  private static long acks(String line) {
    return Long.parseLong(line.split(" ")[2]);
  }
}
