package com.compcoach.bench.coach;

import com.compcoach.coach.Coach;
import com.compcoach.coach.Conversation;
import com.compcoach.coach.JsonRenderer;
import com.compcoach.coach.TextRenderer;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One coached message end to end, on the built-in seeds: read the offer from the words, place it in the bands,
 * compute the counteroffer and localize the levers, then render the reply as text or as the JSON line of
 * {@code chat --format json}. Run with bench/coach-bench.sh; the figure is microseconds per message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoachBench {

  private static final String OFFER = "they offered 180k base, 200k RSU over 4 years, 15% bonus and $30k sign-on";

  private Coach coach;
  private TextRenderer text;
  private JsonRenderer json;
  private Conversation started;
  private Conversation countered;

  @Setup
  public void setUp() {
    GuideCatalog catalog;
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.of(null), new GuideReader(Clock.systemUTC()), null)) {
      catalog = library.catalog();
    }
    coach = new Coach(() -> catalog, Clock.systemUTC());
    text = new TextRenderer();
    json = new JsonRenderer(coach);
    started = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE).conversation();
    countered = coach.reply(started, OFFER, Venue.DIRECT_MESSAGE).conversation();
  }

  /** An offer typed in the thread, answered as the JSON line. */
  @Benchmark
  public String offerToJson() {
    Turn turn = coach.reply(started, OFFER, Venue.DIRECT_MESSAGE);
    return json.render(turn);
  }

  /** An offer typed in the thread, answered as text. */
  @Benchmark
  public String offerToText() {
    return text.render(coach.reply(started, OFFER, Venue.DIRECT_MESSAGE).reply());
  }

  /** Their answer to the counter ("came back with"), judged and answered as the JSON line. */
  @Benchmark
  public String answerToJson() {
    return json.render(coach.reply(countered, "they came back with 205k base", Venue.DIRECT_MESSAGE));
  }
}
