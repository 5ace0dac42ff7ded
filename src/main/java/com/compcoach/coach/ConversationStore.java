package com.compcoach.coach;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Durable memory of threaded conversations, keyed by team, channel and thread, with optimistic concurrency.
 *
 * <p>A turn is: {@link #load} (remember the version, or {@link #NEW} when absent), compute the next state, then
 * {@link #save} with that version. {@code save} returns {@code false} when another writer saved first: reload and
 * run the turn again on the newer state. When {@code save} returns {@code true} the turn is durable (committed
 * to disk or to Redis), so it is safe to post the reply. Any method may throw {@link StoreUnavailableException}
 * when the backing store cannot be reached; callers answer "my memory is unavailable for now" and go on.
 *
 * <p>The state is JSON text so the store never depends on the shape of the conversation model; the caller owns
 * the codec.
 */
public interface ConversationStore extends AutoCloseable {

  /** The expected version to pass to {@link #save} for a conversation that does not exist yet. */
  long NEW = 0L;

  /** The thread's conversation, or empty when none was saved (or it expired or was forgotten). */
  Optional<StoredConversation> load(ConversationKey key);

  /**
   * Saves {@code stateJson} as the thread's next state if its current version is {@code expectedVersion}.
   *
   * @param startedBy the Slack user id recorded when the conversation is created; kept unchanged afterwards
   * @return {@code true} when saved (the new version is {@code expectedVersion + 1}), {@code false} on conflict
   */
  boolean save(ConversationKey key, String startedBy, String stateJson, long expectedVersion);

  /**
   * Saves a new thread's first state as {@code save(key, startedBy, stateJson, NEW)} does, except that it may return
   * before the state is on disk: a store that syncs to disk writes it within {@link #SOON}. For state a crash may
   * lose at little cost (a card's starting point, which the card itself shows), where waiting for the disk would
   * cost every card a sync.
   *
   * @return {@code true} when saved, {@code false} when the thread already has a state
   */
  default boolean saveSoon(ConversationKey key, String startedBy, String stateJson) {
    return save(key, startedBy, stateJson, NEW);
  }

  /** How long a {@link #saveSoon} may stay off the disk at most. */
  java.time.Duration SOON = java.time.Duration.ofMillis(200);

  /**
   * Deletes every conversation {@code userId} started in the channel.
   *
   * @return how many conversations were deleted
   */
  int forget(String teamId, String channelId, String userId);

  /**
   * The states of every conversation {@code userId} started in the channel, as {@link #forget} would delete them:
   * read first so what lives outside the store (scheduled reminders) can be deleted with them. A store that cannot
   * list answers none.
   */
  default java.util.List<String> startedStates(String teamId, String channelId, String userId) {
    return java.util.List.of();
  }

  /** How often {@link #takeTurn} reloads after losing a race before giving up; races are rare and short. */
  int TURN_ATTEMPTS = 20;

  /**
   * Runs one turn with optimistic concurrency: loads the thread, asks {@code turn} for the next state and the
   * answer, saves, and on a conflict runs {@code turn} again on the newer state. Every turn is saved (also when the
   * state is unchanged) so the version counts answered turns and the time to live restarts from the last turn.
   * Post the returned answer only after this returns: the turn is durable by then.
   *
   * @param startedBy the user who sent this turn; recorded as the starter if the thread is new
   * @param turn a pure function of the stored conversation (empty for a new thread); may run more than once
   * @throws StoreUnavailableException when the store cannot be reached
   * @throws IllegalStateException when {@link #TURN_ATTEMPTS} attempts all lost their race
   */
  default <A> A takeTurn(ConversationKey key, String startedBy,
      Function<Optional<StoredConversation>, Turned<A>> turn) {
    for (int attempt = 1; attempt <= TURN_ATTEMPTS; attempt++) {
      Optional<A> answer = tryTurn(key, startedBy, turn);
      if (answer.isPresent()) {
        return answer.get();
      }
    }
    throw new IllegalStateException("thread " + key + " changed under " + TURN_ATTEMPTS + " attempts in a row");
  }

  /**
   * One attempt of {@link #takeTurn}: the answer once the turn is durable, or empty when another writer saved the
   * thread first (the caller decides when to try again).
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  default <A> Optional<A> tryTurn(ConversationKey key, String startedBy,
      Function<Optional<StoredConversation>, Turned<A>> turn) {
    Optional<StoredConversation> current = load(key);
    Turned<A> next = Objects.requireNonNull(turn.apply(current), "turn result");
    long version = current.map(StoredConversation::version).orElse(NEW);
    return save(key, startedBy, next.stateJson(), version) ? Optional.of(next.answer()) : Optional.empty();
  }

  /**
   * {@link #tryTurn} for callers that go on when the turn is durable instead of waiting for it: a store that syncs
   * to disk in batches completes the future then, holding no thread meanwhile. Same contract otherwise.
   */
  default <A> java.util.concurrent.CompletableFuture<Optional<A>> tryTurnSoon(ConversationKey key,
      String startedBy, Function<Optional<StoredConversation>, Turned<A>> turn) {
    try {
      return java.util.concurrent.CompletableFuture.completedFuture(tryTurn(key, startedBy, turn));
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.failedFuture(e);
    }
  }

  /** What one turn produced: the next state to save and the answer to post once it is saved. */
  record Turned<A>(String stateJson, A answer) {

    public Turned {
      Objects.requireNonNull(stateJson, "stateJson");
    }
  }

  /** A short description for the startup log line, e.g. "embedded MVStore at ./state/conversations.mv.db". */
  String describe();

  /** Releases files and connections; idempotent. */
  @Override
  void close();
}
