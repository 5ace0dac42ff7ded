package com.compcoach.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second JVM on the test classpath whose output lines the test reads, and which the test can kill with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux), as a crash or {@code kill -9} would.
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private ChildJvm(Process process) {
    this.process = process;
    Thread reader = new Thread(this::pump, "child-jvm-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code mainClass} with {@code args} in a new JVM with the given extra environment. */
  public static ChildJvm start(Class<?> mainClass, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return startCommand(command, env);
  }

  /** Starts any command (e.g. {@code java -jar target/comp-coach.jar serve}). */
  public static ChildJvm startCommand(List<String> command, Map<String, String> env) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    try {
      return new ChildJvm(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first output line matching {@code wanted} within {@code bound}; fails naming what was seen. */
  public String awaitLine(Predicate<String> wanted, Duration bound) {
    long deadline = System.nanoTime() + bound.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
        if (line == null) {
          throw new AssertionError("no matching line within " + bound + "; alive=" + process.isAlive()
              + "; last lines: " + tail());
        }
        synchronized (seen) {
          seen.add(line);
        }
        if (wanted.test(line)) {
          return line;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Every line read so far, including those {@link #awaitLine} skipped over and those still queued. */
  public List<String> linesSoFar() {
    synchronized (seen) {
      lines.drainTo(seen);
      return List.copyOf(seen);
    }
  }

  /** SIGKILL: no shutdown hooks, no flushing, no closing of files. */
  public void killHard() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        throw new AssertionError("child JVM did not die after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      killHard();
    }
  }

  private void pump() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException streamClosed) {
      // The child died; the lines read so far are all there is.
    }
  }

  private String tail() {
    List<String> all = linesSoFar();
    return String.join(" | ", all.subList(Math.max(0, all.size() - 5), all.size()));
  }
}
