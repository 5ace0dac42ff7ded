package com.compcoach.store;

import com.compcoach.coach.ConversationKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The child process of {@link MvConversationStoreCrashTest}: saves turns round-robin over ten threads and
 * prints "ack thread version" only after each save returned, as the app posts a reply only after its save.
 */
public final class MvStoreTurnWriter {

  private MvStoreTurnWriter() {}

  public static void main(String[] args) {
    Path stateDir = Path.of(args[0]);
    int threads = 10;
    long[] versions = new long[threads];
    try (MvConversationStore store = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30))) {
      System.out.println("ready");
      for (long turn = 1; ; turn++) {
        int thread = (int) (turn % threads);
        ConversationKey key = new ConversationKey("T1", "C1", "1700000000." + thread);
        String state = "{\"thread\":" + thread + ",\"turn\":" + turn + ",\"pad\":\"" + "x".repeat(200) + "\"}";
        if (!store.save(key, "U1", state, versions[thread])) {
          throw new IllegalStateException("unexpected conflict on thread " + thread);
        }
        versions[thread]++;
        System.out.println("ack " + thread + " " + versions[thread]);
      }
    }
  }
}
