package com.compcoach.store;

import com.compcoach.coach.ConversationKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link MvConversationStoreCrashTest}: ten writer threads, one conversation each, save turns
 * as fast as they can (so group commits batch them) and print "ack thread version" only after each save returned,
 * as the app posts a reply only after its save.
 */
public final class MvStoreTurnWriter {

  private MvStoreTurnWriter() {}

  public static void main(String[] args) throws InterruptedException {
    Path stateDir = Path.of(args[0]);
    MvConversationStore store = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30));
    System.out.println("ready");
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < 10; t++) {
      int thread = t;
      Thread writer = new Thread(() -> {
        ConversationKey key = new ConversationKey("T1", "C1", "1700000000." + thread);
        for (long version = 0; ; version++) {
          String state = "{\"thread\":" + thread + ",\"turn\":" + (version + 1) + ",\"pad\":\"" + "x".repeat(200)
              + "\"}";
          if (!store.save(key, "U1", state, version)) {
            throw new IllegalStateException("unexpected conflict on thread " + thread);
          }
          System.out.println("ack " + thread + " " + (version + 1));
        }
      });
      writer.start();
      writers.add(writer);
    }
    // Runs until the test kills this process with SIGKILL.
    for (Thread writer : writers) {
      writer.join();
    }
  }
}
