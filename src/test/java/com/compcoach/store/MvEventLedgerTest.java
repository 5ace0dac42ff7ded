package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.EventLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's event ledger: each event answered once, across a restart, for at least its window. */
class MvEventLedgerTest {

  private static final Duration WINDOW = Duration.ofMinutes(10);

  @TempDir
  Path stateDir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private MvConversationStore store;

  @BeforeEach
  void open() {
    store = MvConversationStore.open(stateDir, clock, Duration.ofDays(30));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void claim_sameEventTwice_onlyTheFirstIsTaken() {
    EventLedger ledger = store.eventLedger(WINDOW);

    assertTrue(ledger.claim("Ev1"));
    assertFalse(ledger.claim("Ev1"));
    assertTrue(ledger.claim("Ev2"));
  }

  @Test
  void claim_retryAfterRestart_isNotTakenAgain() {
    store.eventLedger(WINDOW).claim("Ev1");
    store.close();

    store = MvConversationStore.open(stateDir, clock, Duration.ofDays(30));

    assertFalse(store.eventLedger(WINDOW).claim("Ev1"), "a retry after a restart must not be answered again");
  }

  @Test
  void claim_retryAtTheEndOfTheWindow_isStillNotTaken() {
    EventLedger ledger = store.eventLedger(WINDOW);
    ledger.claim("Ev1");

    clock.advance(WINDOW.minusSeconds(1));

    assertFalse(ledger.claim("Ev1"));
  }

  @Test
  void claim_twoWindowsLater_theIdIsForgotten() {
    EventLedger ledger = store.eventLedger(WINDOW);
    ledger.claim("Ev1");

    clock.advance(WINDOW.multipliedBy(2).plusSeconds(1));

    assertTrue(ledger.claim("Ev1"), "old ids are dropped, so the ledger does not grow for ever");
  }
}
