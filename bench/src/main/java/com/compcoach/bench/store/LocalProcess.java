package com.compcoach.bench.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** A child process the bench starts (an app instance or redis-server) on a free loopback port. */
final class LocalProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final int port;

  private LocalProcess(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  /** {@code java -jar <jar> serve} with the given environment; its output goes to {@code log}. */
  static LocalProcess app(String name, Path jar, Map<String, String> env, Path log) throws IOException {
    return app(name, jar, List.of("-Xmx256m", "-XX:+UseSerialGC"), env, log);
  }

  /** {@code java <jvmFlags> -jar <jar> serve} with the given environment; its output goes to {@code log}. */
  static LocalProcess app(String name, Path jar, List<String> jvmFlags, Map<String, String> env, Path log)
      throws IOException {
    int port = freePort();
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("PORT", Integer.toString(port));
    // Two instances on one machine cannot share the default management port.
    builder.environment().put("MANAGEMENT_PORT", Integer.toString(freePort()));
    return new LocalProcess(name, builder.start(), port);
  }

  /**
   * redis-server on a free port of 127.0.0.1, set up as docs/operations.md recommends: an append-only file fsynced
   * every second, in {@code dataDir}.
   */
  static LocalProcess redis(Path binary, Path dataDir, Path log) throws IOException {
    int port = freePort();
    java.nio.file.Files.createDirectories(dataDir);
    ProcessBuilder builder = new ProcessBuilder(List.of(binary.toString(), "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--dir", dataDir.toString(), "--save", "", "--appendonly", "yes",
        "--appendfsync", "everysec"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    return new LocalProcess("redis", builder.start(), port);
  }

  int port() {
    return port;
  }

  String name() {
    return name;
  }

  /** The operating system's process id. */
  long pid() {
    return process.pid();
  }

  /** Whether the process is still running. */
  boolean alive() {
    return process.isAlive();
  }

  /** Waits until GET /healthz answers 200, bounded. */
  void awaitHealthy(Duration bound) {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was healthy");
      }
      try {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/healthz")).timeout(Duration.ofSeconds(1)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    throw new IllegalStateException(name + " not healthy within " + bound);
  }

  /** Waits until something accepts connections on the port (redis-server), bounded. */
  void awaitListening(Duration bound) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < deadline) {
      try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }
    throw new IllegalStateException(name + " not listening within " + bound);
  }

  /** SIGTERM and wait, so the embedded store closes its file. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
