package com.compcoach.bench.store;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.StoredConversation;
import com.compcoach.store.InMemoryConversationStore;
import com.compcoach.store.MvConversationStore;
import com.compcoach.store.RedisConversationStore;
import com.compcoach.store.RedisLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Turns per second of the stores alone (load, then save the next version of a 1.5 KB state), with 1 and 16 writers
 * on distinct threads: shows what one fsync per turn costs and what group commit wins back.
 * Arguments: {@code [--redis-server <path of redis-server>] [--seconds 3]}.
 */
public final class StoreSaveRate {

  private static final String STATE = "{\"pad\":\"" + "x".repeat(1500) + "\"}";

  private StoreSaveRate() {}

  public static void main(String[] args) throws Exception {
    String redisServer = null;
    long seconds = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--redis-server" -> redisServer = args[i + 1];
        case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Duration each = Duration.ofSeconds(seconds);
    Path work = Files.createTempDirectory("comp-coach-save-rate");
    for (int writers : new int[] {1, 16}) {
      measure("in-process", writers, each, () -> new InMemoryConversationStore(Clock.systemUTC()));
      Path dir = work.resolve("mv-" + writers);
      measure("MVStore (fsync)", writers, each,
          () -> MvConversationStore.open(dir, Clock.systemUTC(), Duration.ofDays(30)));
    }
    if (redisServer != null) {
      try (LocalProcess redis = LocalProcess.redis(Path.of(redisServer), work.resolve("redis"),
          work.resolve("redis.log"))) {
        redis.awaitListening(Duration.ofSeconds(20));
        for (int writers : new int[] {1, 16}) {
          RedisLink link = new RedisLink("redis://127.0.0.1:" + redis.port());
          try {
            measure("Redis (AOF everysec)", writers, each,
                () -> new RedisConversationStore(link, Clock.systemUTC(), Duration.ofDays(30)));
          } finally {
            link.close();
          }
        }
      }
    }
  }

  private static void measure(String name, int writers, Duration each, Supplier<ConversationStore> open)
      throws Exception {
    try (ConversationStore store = open.get()) {
      run(store, writers, Duration.ofSeconds(1)); // warm-up
      long turns = run(store, writers, each);
      System.out.printf("%-22s writers=%-3d turns/s=%,10.0f%n", name, writers, turns / (each.toNanos() / 1e9));
    }
  }

  private static long run(ConversationStore store, int writers, Duration length) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    long end = System.nanoTime() + length.toNanos();
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        ConversationKey key = new ConversationKey("T1", "C1", "1700000000." + w + "." + System.nanoTime());
        counts.add(pool.submit(() -> {
          long done = 0;
          while (System.nanoTime() < end) {
            long version = store.load(key).map(StoredConversation::version).orElse(ConversationStore.NEW);
            if (store.save(key, "U1", STATE, version)) {
              done++;
            }
          }
          return done;
        }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }
}
