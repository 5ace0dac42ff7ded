package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RedisEventLedgerTest {

  private static LocalRedis redis;
  private RedisLink linkA;
  private RedisLink linkB;
  private RedisEventLedger instanceA;
  private RedisEventLedger instanceB;

  @BeforeAll
  static void startRedis() {
    redis = LocalRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @BeforeEach
  void twoInstances() {
    redis.inspect().flushall();
    linkA = new RedisLink(redis.url());
    linkB = new RedisLink(redis.url());
    instanceA = new RedisEventLedger(linkA, Duration.ofMinutes(10), new InProcessEventLedger());
    instanceB = new RedisEventLedger(linkB, Duration.ofMinutes(10), new InProcessEventLedger());
  }

  @AfterEach
  void closeLinks() {
    linkA.close();
    linkB.close();
  }

  @Test
  void claim_sameEventOnTwoInstancesWhileRedisStallsPastTheirTimeout_onlyOneAnswers() throws Exception {
    // Connected first: a connection opened during the stall would fail, which is Redis being down, not slow.
    instanceA.claim("EvWarmA");
    instanceB.claim("EvWarmB");
    // Redis takes no command for 3 s: both SETs time out (after 2 s), and Redis then does both, one of them first.
    redis.inspect().clientPause(3_000);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> onA = two.submit(() -> instanceA.claim("EvStalled"));
      Future<Boolean> onB = two.submit(() -> instanceB.claim("EvStalled"));

      assertTrue(onA.get(20, TimeUnit.SECONDS) ^ onB.get(20, TimeUnit.SECONDS), "exactly one instance answers");
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void claim_sameEventOnTwoInstances_onlyTheFirstAnswers() {
    assertTrue(instanceA.claim("Ev01"));

    assertFalse(instanceB.claim("Ev01"));
    assertFalse(instanceA.claim("Ev01"));
  }

  @Test
  void claim_manyEventsRacedByTwoInstances_eachAnsweredExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int event = 0; event < 200; event++) {
        String id = "Ev" + event;
        claims.add(pool.submit(() -> instanceA.claim(id)));
        claims.add(pool.submit(() -> instanceB.claim(id)));
      }
      int answered = 0;
      for (Future<Boolean> claim : claims) {
        answered += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(200, answered);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void claim_anyEvent_setsTheTenMinuteWindowOnItsKey() {
    instanceA.claim("Ev01");

    long ttl = redis.inspect().pttl(RedisConversationStore.PREFIX + "event:Ev01");

    assertTrue(ttl > Duration.ofMinutes(9).toMillis() && ttl <= Duration.ofMinutes(10).toMillis(), "pttl " + ttl);
  }

  /** Redis is down: events are still answered, once per instance. */
  @Nested
  class RedisDown {

    @Test
    void claim_whileRedisIsStopped_fallsBackToThisInstancesMemory() {
      instanceA.claim("EvBefore");
      redis.stop();
      try {
        assertTrue(instanceA.claim("EvDuring"));
        assertFalse(instanceA.claim("EvDuring"));
        assertFalse(instanceA.claim("EvBefore"));
      } finally {
        redis.startAgain();
      }
    }
  }
}
