package com.compcoach.store;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.StoreUnavailableException;
import com.compcoach.coach.StoredConversation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times every store call by operation and outcome ({@code comp_coach_store_seconds{op,outcome}} in Prometheus),
 * so conflicts, unavailability and slow commits can be alerted on.
 */
public final class MeteredConversationStore implements ConversationStore {

  private final ConversationStore store;
  private final MeterRegistry registry;
  /** By operation and outcome: building and registering a timer on every call cost more than the call's record. */
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  public MeteredConversationStore(ConversationStore store, MeterRegistry registry) {
    this.store = Objects.requireNonNull(store, "store");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public Optional<StoredConversation> load(ConversationKey key) {
    return timed("load", () -> store.load(key), found -> found.isPresent() ? "found" : "absent");
  }

  @Override
  public boolean save(ConversationKey key, String startedBy, String stateJson, long expectedVersion) {
    return timed("save", () -> store.save(key, startedBy, stateJson, expectedVersion),
        saved -> saved ? "saved" : "conflict");
  }

  @Override
  public boolean saveSoon(ConversationKey key, String startedBy, String stateJson) {
    return timed("save_soon", () -> store.saveSoon(key, startedBy, stateJson), saved -> saved ? "saved" : "conflict");
  }

  @Override
  public <A> CompletableFuture<Optional<A>> tryTurnSoon(ConversationKey key, String startedBy,
      Function<Optional<StoredConversation>, Turned<A>> turn) {
    long start = System.nanoTime();
    CompletableFuture<Optional<A>> saved = store.tryTurnSoon(key, startedBy, turn);
    saved.whenComplete((answer, failure) -> record("turn", outcome(answer, failure), start));
    return saved;
  }

  private static String outcome(Optional<?> answer, Throwable failure) {
    if (failure == null) {
      return answer.isPresent() ? "saved" : "conflict";
    }
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    return cause instanceof StoreUnavailableException ? "unavailable" : "error";
  }

  @Override
  public int forget(String teamId, String channelId, String userId) {
    return timed("forget", () -> store.forget(teamId, channelId, userId), removed -> "done");
  }

  @Override
  public java.util.List<String> startedStates(String teamId, String channelId, String userId) {
    return timed("startedStates", () -> store.startedStates(teamId, channelId, userId), states -> "done");
  }

  @Override
  public String describe() {
    return store.describe();
  }

  @Override
  public void close() {
    store.close();
  }

  private <T> T timed(String op, Supplier<T> call, Function<T, String> outcome) {
    long start = System.nanoTime();
    String result = "unavailable";
    try {
      T value = call.get();
      result = outcome.apply(value);
      return value;
    } catch (StoreUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      result = "error";
      throw e;
    } finally {
      record(op, result, start);
    }
  }

  private void record(String op, String outcome, long startNanos) {
    timers.computeIfAbsent(op + ' ' + outcome, k -> Timer.builder("comp_coach.store")
        .description("conversation store calls by operation and outcome")
        .tag("op", op)
        .tag("outcome", outcome)
        .register(registry))
        .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }
}
