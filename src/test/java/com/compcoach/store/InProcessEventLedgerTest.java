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
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InProcessEventLedgerTest {

  private final AtomicLong nanos = new AtomicLong();
  private final InProcessEventLedger ledger = new InProcessEventLedger(Duration.ofMinutes(10), nanos::get);

  @Test
  void claim_firstDelivery_isTrue() {
    assertTrue(ledger.claim("Ev01"));
  }

  @Test
  void claim_slackRetryOfTheSameEvent_isFalse() {
    ledger.claim("Ev01");

    assertFalse(ledger.claim("Ev01"));
    assertTrue(ledger.claim("Ev02"));
  }

  @Test
  void claim_sameEventAfterTheWindow_isTrueAgain() {
    ledger.claim("Ev01");
    nanos.addAndGet(Duration.ofMinutes(9).toNanos());
    assertFalse(ledger.claim("Ev01"));

    nanos.addAndGet(Duration.ofMinutes(2).toNanos());

    assertTrue(ledger.claim("Ev01"));
  }

  @Test
  void claim_manyThreadsRacingForOneEvent_exactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> ledger.claim("EvRace")));
      }
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, winners);
    } finally {
      pool.shutdownNow();
    }
  }
}
