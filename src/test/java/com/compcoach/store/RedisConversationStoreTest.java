package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.StoreUnavailableException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RedisConversationStoreTest extends ConversationStoreContract {

  private static LocalRedis redis;
  private RedisLink link;

  @BeforeAll
  static void startRedis() {
    redis = LocalRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @Override
  ConversationStore newStore() {
    redis.inspect().flushall();
    link = new RedisLink(redis.url());
    return new RedisConversationStore(link, clock, ttl());
  }

  @AfterEach
  void closeLink() {
    link.close();
  }

  @Test
  void save_anyTurn_setsTheConversationTtlOnTheKey() {
    store.save(THREAD, "U1", "{}", ConversationStore.NEW);

    long ttlMillis = redis.inspect().pttl(RedisConversationStore.conversationKey(THREAD));

    assertTrue(ttlMillis > ttl().minusMinutes(1).toMillis() && ttlMillis <= ttl().toMillis(), "pttl " + ttlMillis);
  }

  @Test
  void save_stateJson_isReadableAsJsonInRedis() {
    store.save(THREAD, "U1", OFFER_STATE, ConversationStore.NEW);

    assertEquals(OFFER_STATE, redis.inspect().hget(RedisConversationStore.conversationKey(THREAD), "s"));
  }

  @Test
  void save_onOneInstanceThenLoadOnAnother_seesTheSameConversation() {
    store.save(THREAD, "U1", OFFER_STATE, ConversationStore.NEW);

    try (RedisLink otherLink = new RedisLink(redis.url())) {
      RedisConversationStore other = new RedisConversationStore(otherLink, clock, ttl());
      assertEquals(OFFER_STATE, other.load(THREAD).orElseThrow().stateJson());
      assertTrue(other.save(THREAD, "U1", "{\"turn\":2}", 1));
      assertFalse(store.save(THREAD, "U1", "{\"stale\":true}", 1));
    }
    assertEquals("{\"turn\":2}", state(THREAD));
  }

  @Test
  void load_afterRedisStopsAndStartsAgain_recoversWithTheSameConversation() {
    store.save(THREAD, "U1", OFFER_STATE, ConversationStore.NEW);

    redis.stop();
    assertThrows(StoreUnavailableException.class, () -> store.load(THREAD));
    assertThrows(StoreUnavailableException.class, () -> store.save(THREAD, "U1", "{}", 1));
    redis.startAgain();

    // Lettuce reconnects on its own (every 500 ms); await that with a bound instead of sleeping.
    String recovered = Await.value(Duration.ofSeconds(20), () -> {
      try {
        return state(THREAD);
      } catch (StoreUnavailableException stillDown) {
        return null;
      }
    });
    assertEquals(OFFER_STATE, recovered);
    assertTrue(store.save(THREAD, "U1", "{\"turn\":2}", 1));
  }

  @Test
  void tryTurnSoon_redisForgotItsScripts_stillSavesTheTurn() throws Exception {
    store.save(THREAD, "U1", OFFER_STATE, ConversationStore.NEW);
    redis.inspect().scriptFlush(); // as after a Redis restart: the save's script is sent again in full

    Optional<String> answer = store.tryTurnSoon(THREAD, "U1", current -> new ConversationStore.Turned<>(
        "{\"turn\":2}", "next")).get(30, TimeUnit.SECONDS);

    assertEquals(Optional.of("next"), answer);
    assertEquals("{\"turn\":2}", state(THREAD));
    assertEquals(2, store.load(THREAD).orElseThrow().version());
  }

  /** Redis cannot be reached at all. */
  @Nested
  class Unreachable {

    @Test
    void load_redisNeverStarted_throwsUnavailableQuickly() {
      try (RedisLink nowhere = new RedisLink("redis://127.0.0.1:" + unusedPort())) {
        RedisConversationStore lost = new RedisConversationStore(nowhere, clock, ttl());

        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> lost.load(THREAD));
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
      }
    }

    @Test
    void tryTurnSoon_redisNeverStarted_completesUnavailable() {
      try (RedisLink nowhere = new RedisLink("redis://127.0.0.1:" + unusedPort())) {
        RedisConversationStore lost = new RedisConversationStore(nowhere, clock, ttl());

        ExecutionException e = assertThrows(ExecutionException.class, () -> lost.tryTurnSoon(THREAD, "U1",
            current -> new ConversationStore.Turned<>("{}", "never")).get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof StoreUnavailableException, e.getCause().toString());
      }
    }

    @Test
    void describe_urlWithPassword_showsOnlyHostAndPort() {
      try (RedisLink withPassword = new RedisLink("redis://:s3cret@127.0.0.1:" + redis.port())) {
        String description = new RedisConversationStore(withPassword, clock, ttl()).describe();

        assertFalse(description.contains("s3cret"), description);
        assertTrue(description.contains("127.0.0.1:" + redis.port()), description);
      }
    }
  }

  static int unusedPort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
