package com.compcoach.slack;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the replay guard ({@link SeenSignatures}) costs a request: CPU per claim of a new signature while the guard
 * holds a full 5-minute window of them, and the heap each remembered signature takes. The peers' bench runs with
 * the guard off (its one signed request is replayed), so this is the figure to add back.
 * Usage: {@code ReplayGuardCost [requests per second]} (default 1,000, so the window holds 300,000 signatures).
 */
public final class ReplayGuardCost {

  private static final int ROUNDS = 7;

  public static void main(String[] args) {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int window = rate * (int) SignedHeaders.WINDOW.toSeconds();
    long now = Instant.parse("2026-12-05T00:00:00Z").getEpochSecond();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    System.out.printf("replay guard: %,d signatures in the window (%,d requests a second for %d s)%n", window, rate,
        SignedHeaders.WINDOW.toSeconds());
    for (int round = 1; round <= ROUNDS; round++) {
      System.gc();
      long heapBefore = usedHeap();
      SignedHeaders[] requests = requests(window, now);
      // A clock that stands still: every claim lands in the same window, so the guard ends the round full.
      SeenSignatures guard = new SeenSignatures(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC));
      long start = cpu.getCurrentThreadCpuTime();
      int claimed = 0;
      for (SignedHeaders request : requests) {
        claimed += guard.claim(request) ? 1 : 0;
      }
      long spent = cpu.getCurrentThreadCpuTime() - start;
      int replays = 0;
      for (int i = 0; i < requests.length; i += 97) {
        replays += guard.claim(requests[i]) ? 0 : 1;
      }
      SignedHeaders first = requests[0];
      requests = null; // what is left is what the guard holds: each signature's text, its expiry and the map's node
      System.gc();
      long heldBytes = usedHeap() - heapBefore;
      System.out.printf("round %d: %.2f us of CPU per new request, %d bytes of heap per remembered signature "
              + "(%,d claimed, %,d replays refused)%n", round, spent / 1_000.0 / window,
          heldBytes / window, claimed, replays);
      if (guard.claim(first)) {
        throw new IllegalStateException("a replay was claimed");
      }
    }
  }

  /** Distinct signed requests of Slack's shape, their timestamps spread over the window. */
  private static SignedHeaders[] requests(int count, long now) {
    SignedHeaders[] requests = new SignedHeaders[count];
    StringBuilder hex = new StringBuilder(67);
    for (int i = 0; i < count; i++) {
      hex.setLength(0);
      hex.append("v0=");
      for (int j = 0; j < 4; j++) {
        String part = Long.toHexString(ThreadLocalRandom.current().nextLong());
        hex.append("0".repeat(16 - part.length())).append(part);
      }
      requests[i] = new SignedHeaders(now - i % SignedHeaders.WINDOW.toSeconds(), hex.toString());
    }
    return requests;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
