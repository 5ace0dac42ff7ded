package com.compcoach.bench.guide;

import com.compcoach.coach.Coach;
import com.compcoach.coach.TextRenderer;
import com.compcoach.coach.Venue;
import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.compcoach.library.ParseIndex;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Restart benchmark, in a fresh JVM over a library {@link GuideLoad} left behind with its parse index: the time from
 * the JVM's start, and from opening the library, to the first answer the coach gives; then, with the directory
 * watched, the time from an edited guide's write to the coach answering its new figures; then the heap after GC.
 * Targets: first answer under 1 s, an edit answered within 300 ms, heap under 300 MB.
 * Run by bench/guide-load.sh: {@code GuideRestart GUIDES_DIR STATE_DIR}.
 */
public final class GuideRestart {

  private static final int EDITS = 3;

  private GuideRestart() {}

  public static void main(String[] args) throws Exception {
    Path guides = Path.of(args[0]);
    Path state = Path.of(args[1]);
    org.slf4j.LoggerFactory.getLogger(GuideRestart.class).debug("logging started");
    Clock clock = Clock.systemUTC();
    TextRenderer text = new TextRenderer();

    long cpu0 = cpuTime();
    long t0 = System.nanoTime();
    // The index reads its file on a thread of its own while the library lists the guide files.
    ParseIndex index = ParseIndex.inStateDir(state, clock);
    GuideLibrary library = GuideLibrary.open(LibrarySource.directory(guides), new GuideReader(clock), null, index);
    long opened = System.nanoTime() - t0;
    long openedCpu = cpuTime() - cpu0;
    Coach coach = new Coach(library::catalog, clock);
    Guide guide = library.catalog().guides().get(library.catalog().guides().size() / 2);
    String query = query(guide);
    String answer = text.render(coach.open(query, Venue.DIRECT_MESSAGE).reply());
    long firstAnswer = System.nanoTime() - t0;
    long firstAnswerCpu = cpuTime() - cpu0;
    long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    Money before = baseLow(guide);
    check(answer, before, "the first answer");
    System.out.printf("restart with the index: first answer %,d ms after opening the library (%,d ms of CPU; the"
        + " library open, its index file read, in %,d ms and %,d ms of CPU; %,d ms after the JVM started),"
        + " %,d guides served; system load average %.1f%n",
        firstAnswer / 1_000_000, firstAnswerCpu / 1_000_000, opened / 1_000_000,
        openedCpu / 1_000_000, sinceJvmStart,
        library.catalog().guides().size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    // Each edit sets what the reloads are checked for.
    AtomicReference<Consumer<GuideCatalog>> probe = new AtomicReference<>(catalog -> { });
    library.onReload(catalog -> probe.get().accept(catalog));
    library.watch();
    // Three edits, one after another, each of another guide: the first comes while the watcher is warming the
    // reader up (a start from the index has parsed nothing), the later ones as edits come in a running app.
    long[] edits = new long[EDITS];
    long[] editsCpu = new long[EDITS];
    int size = library.catalog().guides().size();
    for (int i = 0; i < EDITS; i++) {
      // Spread over the library, wrapping round on one under ~300 guides (a guide edited twice is put back between).
      Guide target = library.catalog().guides().get((size / 3 + i * 101) % size);
      long[] took = edit(probe, coach, text, guides, target);
      edits[i] = took[0];
      editsCpu[i] = took[1];
    }
    long editAnswered = edits[EDITS - 1];
    System.out.printf("edited guides: new figures answered %s ms after each write (watcher debounce %d ms"
        + " included); the process's CPU from each write to its answer (every thread: the reload, the JIT, the"
        + " index write) %s ms%n", millis(edits), GuideLibrary.DEFAULT_DEBOUNCE.toMillis(), millis(editsCpu));

    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf("heap used after GC with the library held: %,d MB%n", heap >> 20);
    System.out.printf("targets: first answer < 1000 ms: %s; last edit answered < 300 ms: %s; heap < 300 MB: %s%n",
        firstAnswer < 1_000_000_000L ? "met" : "MISSED", editAnswered < 300_000_000L ? "met" : "MISSED",
        heap < 300L << 20 ? "met" : "MISSED");
    library.close();
  }

  /**
   * Overwrites the guide's file with another style's version of it (same company and role, other figures) and
   * returns the nanoseconds from the write to the coach answering the new HQ base, and the process's CPU in that
   * time (on a loaded machine the wall time measures the neighbours too); the old text is put back after.
   */
  private static long[] edit(AtomicReference<Consumer<GuideCatalog>> probe, Coach coach, TextRenderer text,
      Path guides, Guide guide) throws Exception {
    Path file = guides.resolve(guide.path());
    String old = Files.readString(file, StandardCharsets.UTF_8);
    // The edit's figure is the generator's, not read here: a reader run on this thread before the write would load
    // and compile the reader's code for the library, and the first edit would not show what a restart leaves cold.
    GuideGenerator.Written edited;
    long seed = 7;
    do {
      edited = new GuideGenerator(seed++).written(guide.company().name(), guide.company().slug(),
          guide.role().title(), guide.role().slug());
    } while (new Money(edited.hqBaseLow(), edited.currency()).equals(baseLow(guide)));
    Money expected = new Money(edited.hqBaseLow(), edited.currency());
    String editQuery = query(guide, edited.hqPlace());
    CompletableFuture<String> answered = new CompletableFuture<>();
    Consumer<GuideCatalog> check = catalog -> {
      String reply = text.render(coach.open(editQuery, Venue.DIRECT_MESSAGE).reply());
      if (reply.contains(expected.full()) || reply.contains(expected.compact())) {
        answered.complete(reply);
      }
    };
    probe.set(check);
    long c0 = cpuTime();
    long w0 = System.nanoTime();
    Files.writeString(file, edited.text(), StandardCharsets.UTF_8);
    answered.get(30, TimeUnit.SECONDS);
    long took = System.nanoTime() - w0;
    long cpu = cpuTime() - c0;
    CompletableFuture<Void> restored = new CompletableFuture<>();
    Money was = baseLow(guide);
    Consumer<GuideCatalog> back = catalog -> {
      if (text.render(coach.open(query(guide), Venue.DIRECT_MESSAGE).reply()).contains(was.compact())) {
        restored.complete(null);
      }
    };
    probe.set(back);
    Files.writeString(file, old, StandardCharsets.UTF_8);
    restored.get(30, TimeUnit.SECONDS);
    probe.set(catalog -> { });
    return new long[] {took, cpu};
  }

  private static String millis(long[] nanos) {
    return java.util.Arrays.stream(nanos).mapToObj(e -> String.format("%,d", e / 1_000_000))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** What a user types for this guide's headquarters: "company-slug role-slug place". */
  private static String query(Guide guide) {
    return query(guide, guide.leverRegion().name().replace("(HQ)", ""));
  }

  private static String query(Guide guide, String place) {
    return guide.company().slug() + " " + guide.role().slug() + " " + place.split(",")[0].trim();
  }

  private static Money baseLow(Guide guide) {
    Region hq = guide.leverRegion();
    return new Money(hq.bands().base().low(), hq.currency());
  }

  private static long cpuTime() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void check(String answer, Money figure, String what) {
    if (!answer.contains(figure.full()) && !answer.contains(figure.compact())) {
      System.out.println(what + " does not show " + figure.full() + ":\n" + answer);
      System.exit(1);
    }
  }
}
