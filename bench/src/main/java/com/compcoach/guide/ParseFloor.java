package com.compcoach.guide;

import com.vladsch.flexmark.parser.Parser;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * The floor under the load benchmark: in a fresh JVM, only what the issue prescribes for every guide (the file
 * read, the frontmatter through snakeyaml, the markdown through flexmark with the reader's own parser) on the
 * same files and as many threads as the library reads with, and none of the reader's own work. No reader built
 * on these two parsers can load the library faster than this on the same machine. In this package because the
 * parser and the frontmatter loader it runs are the reader's own, package-private ones.
 *
 * <p>Run by bench/guide-load.sh: {@code ParseFloor DIR THREADS}.
 */
public final class ParseFloor {

  private ParseFloor() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    // As in the load benchmark: logging started before the clock (snakeyaml and flexmark log nothing, but the
    // two JVMs should differ only in what they read).
    org.slf4j.LoggerFactory.getLogger(ParseFloor.class).debug("logging started");
    Parser parser = GuideReader.markdownParser();
    Frontmatter frontmatter = new Frontmatter();

    long cpu0 = cpuTime();
    long t0 = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(threads);
    long parsed;
    try {
      parsed = pool.submit(() -> {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
          files = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        List<String> texts = files.parallelStream().map(ParseFloor::text).toList();
        // sum(), not count(): a count of a sized stream may skip the mapping.
        long characters = texts.parallelStream().mapToLong(text -> {
          Frontmatter.Split split = Frontmatter.split(text);
          frontmatter.load(split);
          return parser.parse(text.substring(split.unclosed() ? 0 : split.bodyStart())).getTextLength();
        }).sum();
        return characters > 0 ? texts.size() : 0L;
      }).get();
    } finally {
      pool.shutdown();
    }
    long wall = System.nanoTime() - t0;
    long cpu = cpuTime() - cpu0;
    System.out.printf("floor: snakeyaml + flexmark alone parsed %,d guides in %,d ms (%,d ms of CPU, %d threads):"
        + " no reader built on them loads faster in a fresh JVM on this machine%n",
        parsed, wall / 1_000_000, cpu / 1_000_000, threads);
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long cpuTime() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
