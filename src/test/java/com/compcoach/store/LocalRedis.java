package com.compcoach.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (the binary embedded-redis ships) on a free loopback port, with an append-only
 * file in a temporary folder so data survives {@link #restart()} the way a production Redis with AOF does.
 */
public final class LocalRedis implements AutoCloseable {

  private final int port;
  private final Path dataDir;
  private RedisServer server;
  private RedisClient inspector;
  private StatefulRedisConnection<String, String> inspection;

  private LocalRedis(int port, Path dataDir) {
    this.port = port;
    this.dataDir = dataDir;
  }

  /** Starts a server on a free port of 127.0.0.1. */
  public static LocalRedis start() {
    try {
      LocalRedis redis = new LocalRedis(freePort(), Files.createTempDirectory("comp-coach-redis"));
      redis.startServer();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code REDIS_URL} to give the app. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** A connection of the test's own, to look at what the code under test wrote (opened on first use). */
  public synchronized RedisCommands<String, String> inspect() {
    if (inspection == null) {
      inspector = RedisClient.create(url());
      inspection = inspector.connect();
    }
    return inspection.sync();
  }

  public int port() {
    return port;
  }

  /** Stops the server process; clients see connection errors until {@link #startAgain()}. */
  public void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server again on the same port and data folder. */
  public void startAgain() {
    startServer();
  }

  @Override
  public void close() {
    if (inspection != null) {
      inspection.close();
      inspector.shutdown();
    }
    if (server != null && server.isActive()) {
      stop();
    }
  }

  private void startServer() {
    try {
      server = RedisServer.newRedisServer()
          .bind("127.0.0.1")
          .port(port)
          .setting("dir " + dataDir)
          .setting("appendonly yes")
          .setting("appendfsync always")
          .setting("save \"\"")
          .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
