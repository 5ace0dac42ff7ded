package com.compcoach.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU a process's threads have used, by kind of thread (the name from {@code /proc/PID/task/TID/comm} without its
 * number: "slack-work", "C2 CompilerThre", "http"): JFR's samples miss the JIT compiler and GC threads, which a short
 * run pays for too. Linux only; elsewhere every snapshot is empty.
 */
final class ThreadCpu {

  private ThreadCpu() {}

  /**
   * Nanoseconds of CPU used so far by each kind of thread of the process ({@code schedstat}'s first field: exact,
   * where {@code stat}'s ticks of 10 ms lose the many threads that each ran a few milliseconds).
   */
  static Map<String, Long> snapshot(long pid) {
    Map<String, Long> nanos = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      tasks.forEach(task -> {
        try {
          String schedstat = Files.readString(task.resolve("schedstat"));
          long used = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
          nanos.merge(kind(Files.readString(task.resolve("comm")).strip()), used, Long::sum);
        } catch (IOException | RuntimeException gone) {
          // the thread ended between the listing and the read
        }
      });
    } catch (IOException notLinux) {
      return Map.of();
    }
    return nanos;
  }

  /** "slack-work-14" → "slack-work"; "C2 CompilerThre" stays. */
  static String kind(String threadName) {
    return threadName.replaceAll("[-_ #]*\\d+$", "").replaceAll("-\\d+-", "-");
  }

  /** The kinds that used the most CPU between two snapshots, as µs per turn, largest first. */
  static String perTurn(Map<String, Long> before, Map<String, Long> after, int turns, int shown) {
    Map<String, Long> used = new HashMap<>();
    after.forEach((kind, nanos) -> used.put(kind, nanos - before.getOrDefault(kind, 0L)));
    return used.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(shown)
        .map(e -> String.format("%s %.0f", e.getKey(), e.getValue() / 1e3 / turns))
        .collect(Collectors.joining(", "));
  }

  /** CPU the JIT compiler threads used between two snapshots. */
  static long compilingNanos(Map<String, Long> before, Map<String, Long> after) {
    long used = 0;
    for (Map.Entry<String, Long> kind : after.entrySet()) {
      if (kind.getKey().contains("CompilerThre")) {
        used += kind.getValue() - before.getOrDefault(kind.getKey(), 0L);
      }
    }
    return used;
  }

  /** CPU all threads used between two snapshots (threads that ended meanwhile are not counted). */
  static long totalNanos(Map<String, Long> before, Map<String, Long> after) {
    long used = 0;
    for (Map.Entry<String, Long> kind : after.entrySet()) {
      used += Math.max(0, kind.getValue() - before.getOrDefault(kind.getKey(), 0L));
    }
    return used;
  }
}
