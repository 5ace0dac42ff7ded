package com.compcoach.bench.coach;

import com.compcoach.coach.Coach;
import com.compcoach.coach.Conversation;
import com.compcoach.coach.Venue;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.letter.LetterReader;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * CPU time of one thread reply to a 40,000-character hostile message (repeated digits, k's, separators, unicode,
 * words the readers look for), and of reading one as an offer letter, cold (the first one in a fresh JVM) and warm
 * (median of 200). The goal is under 50 ms each. Run by bench/hostile-messages.sh; prints one line per kind.
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
    // The same sizes pasted or shared as an offer letter.
    LetterReader letters = new LetterReader();
    LocalDate today = LocalDate.of(2026, 12, 5);
    Map<String, String> pasted = new LinkedHashMap<>();
    pasted.put("letter, repeated", fill("Your annual base salary will be $182,500.00, paid bi-weekly. You are eligible "
        + "for a target bonus of 15% of base. Sign-on bonus: $25,000, repayable if you leave within 12 months. "
        + "You will be granted 2,400 RSUs vesting 25% after one year, then quarterly. Start date: January 11, 2027. "));
    pasted.put("letter, digits", fill("1,000.000,00 $£€ 5/15/40/40 1/48th "));
    pasted.put("letter, one word", fill("a"));
    for (Map.Entry<String, String> kind : pasted.entrySet()) {
      measure(kind.getKey(), () -> letters.read(kind.getValue(), today).hashCode());
    }
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
