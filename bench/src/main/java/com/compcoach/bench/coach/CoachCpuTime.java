package com.compcoach.bench.coach;

import com.compcoach.coach.Coach;
import com.compcoach.coach.Conversation;
import com.compcoach.coach.JsonRenderer;
import com.compcoach.coach.TextRenderer;
import com.compcoach.coach.Venue;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * The same work as {@link CoachBench}, timed in CPU time of the measuring thread: on a shared machine other
 * processes stretch wall-clock time, not the CPU a message costs. Prints the median of 15 rounds of 20,000 messages.
 */
public final class CoachCpuTime {

  private static final String OFFER = "they offered 180k base, 200k RSU over 4 years, 15% bonus and $30k sign-on";
  private static final int MESSAGES = 20_000;
  private static final int ROUNDS = 15;

  private CoachCpuTime() {}

  public static void main(String[] args) {
    GuideCatalog catalog;
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.of(null), new GuideReader(Clock.systemUTC()), null)) {
      catalog = library.catalog();
    }
    Coach coach = new Coach(() -> catalog, Clock.systemUTC());
    TextRenderer text = new TextRenderer();
    JsonRenderer json = new JsonRenderer(coach);
    Conversation started = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE).conversation();
    Conversation countered = coach.reply(started, OFFER, Venue.DIRECT_MESSAGE).conversation();
    // Two passes: the first lets the JIT settle every path; the second is the one to read.
    for (int pass = 1; pass <= 2; pass++) {
      System.out.println("pass " + pass);
      measure("offerToJson", i -> json.render(coach.reply(started, OFFER, Venue.DIRECT_MESSAGE)).length());
      measure("offerToText", i -> text.render(coach.reply(started, OFFER, Venue.DIRECT_MESSAGE).reply()).length());
      measure("answerToJson",
          i -> json.render(coach.reply(countered, "they came back with 205k base", Venue.DIRECT_MESSAGE)).length());
    }
  }

  private static void measure(String name, ToIntFunction<Integer> message) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] rounds = new double[ROUNDS];
    long sink = 0;
    for (int warm = 0; warm < 5 * MESSAGES; warm++) {
      sink += message.applyAsInt(warm);
    }
    for (int r = 0; r < ROUNDS; r++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < MESSAGES; i++) {
        sink += message.applyAsInt(i);
      }
      rounds[r] = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / MESSAGES;
    }
    Arrays.sort(rounds);
    System.out.printf("%-14s CPU %6.1f us/message (median of %d rounds; min %.1f, max %.1f) [%d]%n", name,
        rounds[ROUNDS / 2], ROUNDS, rounds[0], rounds[ROUNDS - 1], sink % 10);
  }
}
