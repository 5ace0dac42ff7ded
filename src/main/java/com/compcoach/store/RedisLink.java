package com.compcoach.store;

import com.compcoach.coach.StoreUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared Lettuce connection to Redis that fails fast while Redis is down and reconnects by itself.
 *
 * <p>Lettuce queues commands while disconnected by default, which would hang every turn; here they are rejected
 * at once and surface as {@link StoreUnavailableException}, and the connection comes back within a second of
 * Redis returning.
 */
public final class RedisLink implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration PING_EVERY = Duration.ofSeconds(1);

  private final RedisURI uri;
  private final ClientResources resources;
  private final RedisClient client;
  private StatefulRedisConnection<String, String> connection;
  private boolean reportedDown;
  /** Why Redis did not answer the last command, or null since it answered one. */
  private volatile String trouble;
  /** When {@link #trouble()} last sent a PING of its own, so a caller hammering it costs Redis one a second. */
  private final AtomicLong lastPing = new AtomicLong(System.nanoTime() - PING_EVERY.toNanos());

  /**
   * Prepares a link to {@code redisUrl} ({@code redis://host:port/db}, {@code rediss://…} for TLS); nothing
   * connects until the first command, so the app starts even while Redis is down.
   */
  public RedisLink(String redisUrl) {
    this.uri = RedisURI.create(redisUrl);
    this.uri.setTimeout(COMMAND_TIMEOUT);
    this.resources = ClientResources.builder()
        .reconnectDelay(Delay.constant(Duration.ofMillis(500)))
        .build();
    this.client = RedisClient.create(resources, uri);
    this.client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
        .build());
  }

  /** Runs {@code command} on the shared connection; Redis errors become {@link StoreUnavailableException}. */
  public <T> T run(Function<RedisCommands<String, String>, T> command) {
    try {
      T result = command.apply(connection().sync());
      markUp();
      return result;
    } catch (RedisException e) {
      throw unavailable(e);
    }
  }

  /**
   * Sends {@code command} on the shared connection without waiting for Redis: the future completes on Lettuce's
   * own thread, and fails with {@link StoreUnavailableException} when Redis does.
   */
  public <T> CompletableFuture<T> async(Function<RedisAsyncCommands<String, String>, CompletionStage<T>> command) {
    CompletionStage<T> sent;
    try {
      sent = command.apply(connection().async());
    } catch (RedisException e) {
      return CompletableFuture.failedFuture(unavailable(e));
    }
    return sent.toCompletableFuture().handle((result, failure) -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      if (cause == null) {
        markUp();
        return result;
      }
      throw new CompletionException(cause instanceof RedisException redisFailure ? unavailable(redisFailure) : cause);
    });
  }

  private StoreUnavailableException unavailable(RedisException e) {
    markDown(e);
    return new StoreUnavailableException("Redis at " + where() + " is unavailable: " + e.getMessage(), e);
  }

  /**
   * Null while Redis answers, else why not, as the last command found (for {@code /healthz}). Answers at once: a
   * PING of its own goes out off the caller's thread, at most once a second, so that an idle app sees Redis go
   * away and come back without waiting for a turn to find it.
   */
  public String trouble() {
    long last = lastPing.get();
    long now = System.nanoTime();
    if (now - last >= PING_EVERY.toNanos() && lastPing.compareAndSet(last, now)) {
      CompletableFuture.runAsync(() -> {
        try {
          run(RedisCommands::ping);
        } catch (RuntimeException e) {
          // Redis's own failures were recorded by markDown; anything else is no news about Redis
        }
      });
    }
    return trouble;
  }

  /** Host and port only: the URL may carry a password, which must never reach a log. */
  public String where() {
    return uri.getHost() + ":" + uri.getPort();
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown();
  }

  private synchronized StatefulRedisConnection<String, String> connection() {
    if (connection == null) {
      // Once made, Lettuce keeps this connection alive across Redis restarts; only the first connect is ours.
      connection = client.connect();
    }
    return connection;
  }

  private synchronized void markDown(RedisException e) {
    trouble = "Redis at " + where() + " is unreachable (" + e.getClass().getSimpleName() + "); threads cannot be "
        + "answered until it is back";
    if (!reportedDown) {
      reportedDown = true;
      LOG.warn("Redis at {} is unavailable; threads answer without memory until it is back: {}",
          where(), e.getClass().getSimpleName());
    }
  }

  private synchronized void markUp() {
    trouble = null;
    if (reportedDown) {
      reportedDown = false;
      LOG.info("Redis at {} is back", where());
    }
  }
}
