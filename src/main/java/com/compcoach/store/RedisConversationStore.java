package com.compcoach.store;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.StoredConversation;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Conversations in Redis, shared by every instance: one hash per thread (version, starter, time, state JSON)
 * with a time to live renewed on each save, written by a Lua compare-and-set on the version.
 */
public final class RedisConversationStore implements ConversationStore {

  static final String PREFIX = "comp-coach:";

  // KEYS[1] conversation hash; ARGV: expected version, next version, starter, state, saved-at millis, ttl millis,
  // the prefix of the per-user index key, thread ts. The index lets /comp forget find a user's threads.
  private static final String SAVE = """
      local current = redis.call('HGET', KEYS[1], 'v')
      if current == false then
        if ARGV[1] ~= '0' then return 0 end
        redis.call('HSET', KEYS[1], 'u', ARGV[3])
      elseif current ~= ARGV[1] then
        return 0
      end
      redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[4], 't', ARGV[5])
      redis.call('PEXPIRE', KEYS[1], ARGV[6])
      local index = ARGV[7] .. redis.call('HGET', KEYS[1], 'u')
      redis.call('SADD', index, ARGV[8])
      redis.call('PEXPIRE', index, ARGV[6])
      return 1
      """;

  private static final String SAVE_DIGEST = digest(SAVE);

  // KEYS[1] the user's index set; ARGV: conversation key prefix for the channel, user id.
  private static final String FORGET = """
      local removed = 0
      for _, ts in ipairs(redis.call('SMEMBERS', KEYS[1])) do
        local key = ARGV[1] .. ts
        if redis.call('HGET', key, 'u') == ARGV[2] then
          removed = removed + redis.call('DEL', key)
        end
      end
      redis.call('DEL', KEYS[1])
      return removed
      """;

  private final RedisLink redis;
  private final Clock clock;
  private final Duration ttl;

  public RedisConversationStore(RedisLink redis, Clock clock, Duration ttl) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  @Override
  public Optional<StoredConversation> load(ConversationKey key) {
    Map<String, String> fields = redis.run(commands -> commands.hgetall(conversationKey(key)));
    if (fields == null || !fields.containsKey("v")) {
      return Optional.empty();
    }
    return Optional.of(new StoredConversation(
        fields.getOrDefault("u", ""),
        fields.getOrDefault("s", ""),
        Long.parseLong(fields.get("v")),
        Instant.ofEpochMilli(Long.parseLong(fields.getOrDefault("t", "0")))));
  }

  @Override
  public boolean save(ConversationKey key, String startedBy, String stateJson, long expectedVersion) {
    try {
      return saveAsync(key, startedBy, stateJson, expectedVersion).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : e;
    }
  }

  /**
   * Loads, runs the turn on the caller's thread, then sends the save without waiting for Redis: the future completes
   * once Redis has the turn (on Lettuce's thread), so a worker is held for one round trip, not two.
   */
  @Override
  public <A> CompletableFuture<Optional<A>> tryTurnSoon(ConversationKey key, String startedBy,
      Function<Optional<StoredConversation>, Turned<A>> turn) {
    try {
      Optional<StoredConversation> current = load(key);
      Turned<A> next = Objects.requireNonNull(turn.apply(current), "turn result");
      long version = current.map(StoredConversation::version).orElse(NEW);
      return saveAsync(key, startedBy, next.stateJson(), version)
          .thenApply(saved -> saved ? Optional.of(next.answer()) : Optional.empty());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The compare-and-set, by the script's digest; Redis is sent the script itself only when it does not know it. */
  private CompletableFuture<Boolean> saveAsync(ConversationKey key, String startedBy, String stateJson,
      long expectedVersion) {
    Objects.requireNonNull(startedBy, "startedBy");
    Objects.requireNonNull(stateJson, "stateJson");
    String[] keys = {conversationKey(key)};
    String[] args = {
        Long.toString(expectedVersion),
        Long.toString(expectedVersion + 1),
        startedBy,
        stateJson,
        Long.toString(clock.millis()),
        Long.toString(ttl.toMillis()),
        indexPrefix(key.teamId(), key.channelId()),
        key.threadTs()};
    return redis.<Long>async(commands -> commands.<Long>evalsha(SAVE_DIGEST, ScriptOutputType.INTEGER, keys, args)
        .exceptionallyCompose(e -> unwrap(e) instanceof RedisNoScriptException
            ? commands.<Long>eval(SAVE, ScriptOutputType.INTEGER, keys, args)
            : CompletableFuture.failedStage(e)))
        .thenApply(saved -> saved != null && saved == 1L);
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  /** The SHA-1 Redis names a script by (EVALSHA), in hex. */
  private static String digest(String script) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
          .digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }

  @Override
  public int forget(String teamId, String channelId, String userId) {
    String[] keys = {indexPrefix(teamId, channelId) + userId};
    String[] args = {PREFIX + "conv:" + teamId + ":" + channelId + ":", userId};
    Long removed = redis.run(commands -> commands.eval(FORGET, ScriptOutputType.INTEGER, keys, args));
    return removed == null ? 0 : removed.intValue();
  }

  @Override
  public java.util.List<String> startedStates(String teamId, String channelId, String userId) {
    String prefix = PREFIX + "conv:" + teamId + ":" + channelId + ":";
    return redis.run(commands -> {
      java.util.List<String> states = new java.util.ArrayList<>();
      for (String ts : commands.smembers(indexPrefix(teamId, channelId) + userId)) {
        Map<String, String> fields = commands.hgetall(prefix + ts);
        if (fields != null && userId.equals(fields.get("u")) && fields.get("s") != null) {
          states.add(fields.get("s"));
        }
      }
      return states;
    });
  }

  @Override
  public String describe() {
    return "Redis at " + redis.where() + " (conversations kept " + StoreSettings.readable(ttl)
        + " after their last turn)";
  }

  /** The link is shared with the event ledger; {@link StateBackend} closes it. */
  @Override
  public void close() {
    // Nothing of our own to release.
  }

  static String conversationKey(ConversationKey key) {
    return PREFIX + "conv:" + key.teamId() + ":" + key.channelId() + ":" + key.threadTs();
  }

  private static String indexPrefix(String teamId, String channelId) {
    return PREFIX + "started:" + teamId + ":" + channelId + ":";
  }
}
