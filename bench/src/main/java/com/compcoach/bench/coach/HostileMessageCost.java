package com.compcoach.bench.coach;

import com.compcoach.coach.Coach;
import com.compcoach.coach.Conversation;
import com.compcoach.coach.Venue;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * CPU time of one thread reply to a 40,000-character hostile message (repeated digits, k's, separators, unicode,
 * words the readers look for), cold (the first one in a fresh JVM) and warm (median of 200). The goal is under
 * 50 ms each. Run by bench/hostile-messages.sh; prints one line per message kind.
 */
public final class HostileMessageCost {

  private static final int LENGTH = 40_000;
  private static final int RUNS = 200;

  private HostileMessageCost() {}

  public static void main(String[] args) {
    GuideCatalog catalog;
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.of(null), new GuideReader(Clock.systemUTC()), null)) {
      catalog = library.catalog();
    }
    Coach coach = new Coach(() -> catalog, Clock.systemUTC());
    Conversation thread = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", Venue.DIRECT_MESSAGE)
        .conversation();
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("digits", fill("9"));
    kinds.put("k figures", fill("1k "));
    kinds.put("figures and words", fill("180k base, 50k rsu not 40k bonus a month from Globex; "));
    kinds.put("separators", fill("1,000,000.000 - "));
    kinds.put("k's", fill("k"));
    kinds.put("question words", fill("what should I ask for should I accept what if they say no "));
    kinds.put("unicode", fill("东京😀e\u0301\u200B\u00A0"));
    kinds.put("capitalized names", fill("Globex Initech Stripe offered "));
    System.out.printf("%-20s %10s %10s  (goal: under 50 ms)%n", "40,000 characters of", "cold ms", "warm ms");
    for (Map.Entry<String, String> kind : kinds.entrySet()) {
      measure(kind.getKey(), () -> coach.reply(thread, kind.getValue(), Venue.DIRECT_MESSAGE).reply().hashCode());
    }
    // The same through /comp, whose text goes to the role and region look-up before any offer reading.
    String command = "ml-ai-engineer charlotte " + fill("180k base Globex 东京 ");
    measure("/comp text", () -> coach.open(command, Venue.DIRECT_MESSAGE).reply().hashCode());
  }

  /** Prints the CPU of the first call and the median of the next {@link #RUNS}. */
  private static void measure(String name, IntSupplier reply) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long sink = reply.getAsInt();
    double cold = (threads.getCurrentThreadCpuTime() - start) / 1e6;
    double[] warm = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = threads.getCurrentThreadCpuTime();
      sink += reply.getAsInt();
      warm[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
    }
    Arrays.sort(warm);
    System.out.printf("%-20s %10.2f %10.3f%s%n", name, cold, warm[RUNS / 2], sink == 42 ? " " : "");
  }

  private static String fill(String piece) {
    StringBuilder text = new StringBuilder(LENGTH + piece.length());
    while (text.length() < LENGTH) {
      text.append(piece);
    }
    return text.substring(0, LENGTH);
  }
}
