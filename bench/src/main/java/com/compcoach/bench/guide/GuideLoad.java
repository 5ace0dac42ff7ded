package com.compcoach.bench.guide;

import com.compcoach.guide.Finding;
import com.compcoach.guide.GuideReader;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.compcoach.library.ParseIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Load benchmark: writes N varied synthetic guides to a temp directory, opens them as a library, and prints the
 * load time, a cached reload's time, and the heap used after GC with the library held. Targets: 10,000 guides in
 * under 3 s and under 300 MB of heap. With a state directory the load starts from an empty parse index there and
 * the time to write the index is printed; {@link GuideRestart} then starts from it. Run with
 * bench/guide-load.sh [count]; {@code GuideLoad [count [dir [stateDir]]]}.
 */
public final class GuideLoad {

  private GuideLoad() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    // With a directory, the guides are written there and left for the parsing floor (ParseFloor) to read next.
    boolean keep = args.length > 1;
    Path dir = keep ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("comp-coach-guides-");
    try {
      long g0 = System.nanoTime();
      new GuideGenerator(42).write(dir, count);
      long generated = System.nanoTime() - g0;
      long bytes;
      try (Stream<Path> files = Files.walk(dir)) {
        bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf("generated %,d guides (%,d KB) in %d ms under %s%n", count, bytes / 1024,
          generated / 1_000_000, dir);
      // A library is written before the app starts, not while it lists: a file changed in the last 2 s has a
      // stamp the index does not trust (Stamp.SETTLE), and the restart would read and hash it again.
      Thread.sleep(2_100);
      // The app starts its logging before it opens a library; so does the benchmark, or logback's start-up (about
      // 0.4 s on this machine) would be counted as reading guides.
      org.slf4j.LoggerFactory.getLogger(GuideLibrary.class).debug("logging started");
      // Measured after a GC so the figure is what the library holds, not leftover garbage from writing files.
      gc();
      long heapBefore = heapUsed();

      long cpu0 = cpuTime();
      long t0 = System.nanoTime();
      ParseIndex index = args.length > 2 ? ParseIndex.inStateDir(Path.of(args[2]), Clock.systemUTC())
          : null;
      GuideLibrary library = GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(), null, index);
      long load = System.nanoTime() - t0;
      long loadCpu = cpuTime() - cpu0;
      if (index != null) {
        // The index is written in the background after the load; how long that takes, on its own.
        long f0 = System.nanoTime();
        index.flush(Duration.ofMinutes(2));
        System.out.printf("parse index written %,d ms after the load ended (%,d KB)%n",
            (System.nanoTime() - f0) / 1_000_000,
            folderSize(Path.of(args[2], ParseIndex.FOLDER)) / 1024);
      }
      if (Boolean.getBoolean("guideload.window")) {
        // For profiles: the load's wall-clock window, to pick its samples and compilations out of a recording.
        System.out.println("load window " + java.time.Instant.now().minusNanos(load) + " " + java.time.Instant.now());
      }

      long t1 = System.nanoTime();
      library.reload();
      long reload = System.nanoTime() - t1;

      gc();
      long heapAfter = heapUsed();
      long errors = library.findings().stream().filter(Finding::isError).count();
      System.out.printf("loaded %,d guides in %,d ms (%d errors, %d warnings); cached reload %,d ms%n",
          library.catalog().guides().size(), load / 1_000_000, errors, library.findings().size() - errors,
          reload / 1_000_000);
      // On a shared machine wall time depends on the neighbours; CPU time and the load average say how much.
      System.out.printf("load used %,d ms of CPU over %d cores (JIT included); system load average %.1f%n",
          loadCpu / 1_000_000, Runtime.getRuntime().availableProcessors(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf("heap used after GC: %,d MB with the library held (%,d MB before loading); max heap %,d MB%n",
          heapAfter >> 20, heapBefore >> 20, Runtime.getRuntime().maxMemory() >> 20);
      // The load's own target is against the floor's CPU, which the script measures next in a fresh JVM.
      System.out.printf("targets: heap < 300 MB: %s; cold load within 1.5x the floor's CPU: see the ratio below%n",
          heapAfter < 300L << 20 ? "met" : "MISSED");
      if (library.catalog().guides().size() != count || errors > 0) {
        // Every generated guide is valid: an error is a style this reader does not read yet. The timings still
        // count (a guide with errors is parsed whole), so the run goes on unless nothing at all was served.
        System.out.printf("NOT READ: %,d of %,d guides have errors; the first:%n",
            count - library.catalog().guides().size(), count);
        library.findings().stream().filter(Finding::isError).limit(5).forEach(System.out::println);
        if (library.catalog().guides().isEmpty()) {
          System.exit(1);
        }
      }
      library.close();
    } finally {
      if (!keep) {
        delete(dir);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("could not remove " + dir + ": " + e.getMessage());
    }
  }

  private static long folderSize(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long cpuTime() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
