package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MvConversationStoreTest extends ConversationStoreContract {

  @TempDir
  Path stateDir;

  @Override
  ConversationStore newStore() {
    return MvConversationStore.open(stateDir, clock, ttl());
  }

  @Test
  void open_afterClose_keepsEveryTurnAndVersion() {
    store.save(THREAD, "U1", "{\"turn\":1}", ConversationStore.NEW);
    store.save(THREAD, "U1", OFFER_STATE, 1);
    store.close();

    store = newStore();

    assertEquals(OFFER_STATE, state(THREAD));
    assertEquals(2, store.load(THREAD).orElseThrow().version());
    assertEquals("U1", store.load(THREAD).orElseThrow().startedBy());
  }

  @Test
  void open_newStateDir_createsTheFolderAndFile() {
    Path nested = stateDir.resolve("deeper/state");
    try (MvConversationStore fresh = MvConversationStore.open(nested, clock, ttl())) {
      fresh.save(THREAD, "U1", "{}", ConversationStore.NEW);
    }

    assertTrue(Files.isRegularFile(nested.resolve(MvConversationStore.FILE_NAME)));
  }

  @Test
  void load_threadIdleLongerThanTtl_isEmptyAndStartsAfresh() {
    store.save(THREAD, "U1", "{\"turn\":1}", ConversationStore.NEW);
    clock.advance(ttl().plus(Duration.ofMinutes(1)));

    assertTrue(store.load(THREAD).isEmpty());
    assertTrue(store.save(THREAD, "U2", "{\"turn\":1}", ConversationStore.NEW));
    assertEquals("U2", store.load(THREAD).orElseThrow().startedBy());
  }

  @Test
  void dropExpired_threadsPastTheirTtl_dropsThemFromTheFileAndKeepsTheRest() {
    ConversationKey fresh = new ConversationKey("T1", "C1", "1800000000.000009");
    store.save(THREAD, "U1", "{}", ConversationStore.NEW);
    clock.advance(ttl().plusDays(1));
    store.save(fresh, "U1", "{}", ConversationStore.NEW);

    assertEquals(1, ((MvConversationStore) store).dropExpired());
    clock.advance(Duration.ofDays(-10));

    // Had the sweep not dropped it, moving the clock back would make the thread visible again.
    assertTrue(store.load(THREAD).isEmpty());
    assertTrue(store.load(fresh).isPresent());
  }

  @Test
  void open_withThreadsPastTheirTtl_neverLoadsThemBeforeTheSweep() {
    store.save(THREAD, "U1", "{}", ConversationStore.NEW);
    store.close();
    clock.advance(ttl().plusDays(1));

    store = newStore();

    assertTrue(store.load(THREAD).isEmpty());
  }

  @Test
  void describe_always_namesTheFile() {
    assertTrue(store.describe().contains(stateDir.resolve(MvConversationStore.FILE_NAME).toString()));
  }

  /** A STATE_DIR that cannot be used. */
  @Nested
  class Unusable {

    @Test
    void open_fileHeldByAnotherStore_failsNamingTheFile() {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> MvConversationStore.open(stateDir, clock, ttl()));

      assertTrue(e.getMessage().contains(MvConversationStore.FILE_NAME), e.getMessage());
      assertTrue(e.getMessage().contains("another instance"), e.getMessage());
    }

    @Test
    void open_stateDirIsAFile_failsNamingIt() throws Exception {
      Path notADir = Files.writeString(stateDir.resolve("plain-file"), "x");

      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> MvConversationStore.open(notADir, clock, ttl()));

      assertTrue(e.getMessage().contains(notADir.toString()), e.getMessage());
    }
  }
}
