package com.compcoach.store;

import com.compcoach.coach.ConversationKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A child process of {@link MvConversationStoreCrashTest}: saves twenty new cards with {@code saveSoon}, as the app
 * does after posting them, prints "saved" after, and "committed" once MVStore's background writer has committed
 * them all, then idles until it is killed.
 */
public final class MvStoreCardWriter {

  private MvStoreCardWriter() {}

  public static void main(String[] args) throws Exception {
    Path stateDir = Path.of(args[0]);
    MvConversationStore store = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30));
    // One durable turn first, so what follows is the background writer's alone.
    store.save(new ConversationKey("T1", "C0", "1700000000.0"), "U1", "{}", MvConversationStore.NEW);
    for (int card = 0; card < 20; card++) {
      store.saveSoon(new ConversationKey("T1", "C1", "1800000000." + card), "U1", "{\"card\":" + card + "}");
    }
    System.out.println("saved");
    Await.value(Duration.ofSeconds(20), () -> store.committed() ? Boolean.TRUE : null);
    System.out.println("committed");
    // Nothing else happens in this process: whatever reaches the disk now is the background writer's doing.
    Thread.currentThread().join();
  }
}
