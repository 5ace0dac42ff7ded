package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateBackendTest {

  private static final ConversationKey THREAD = new ConversationKey("T1", "C1", "1700000000.000100");

  @TempDir
  Path stateDir;

  @Test
  void open_noRedisUrl_usesTheEmbeddedFileUnderStateDir() {
    StoreSettings settings = StoreSettings.fromEnvironment(Map.of("STATE_DIR", stateDir.toString()));

    try (StateBackend backend = StateBackend.open(settings, Clock.systemUTC())) {
      assertInstanceOf(MvConversationStore.class, backend.conversations());
      assertTrue(backend.conversations().save(THREAD, "U1", "{}", ConversationStore.NEW));
      assertTrue(backend.events().claim("Ev01"));
      assertFalse(backend.events().claim("Ev01"));
      assertTrue(backend.describe().contains(stateDir.toString()), backend.describe());
    }
    assertTrue(Files.isRegularFile(stateDir.resolve(MvConversationStore.FILE_NAME)));
  }

  @Test
  void open_redisUrl_usesRedisAndLeavesStateDirAlone() {
    try (LocalRedis redis = LocalRedis.start()) {
      StoreSettings settings = StoreSettings.fromEnvironment(Map.of(
          "REDIS_URL", redis.url(), "STATE_DIR", stateDir.resolve("unused").toString()));

      try (StateBackend backend = StateBackend.open(settings, Clock.systemUTC())) {
        assertInstanceOf(RedisConversationStore.class, backend.conversations());
        assertTrue(backend.conversations().save(THREAD, "U1", "{}", ConversationStore.NEW));
        assertTrue(backend.conversations().load(THREAD).isPresent());
      }
    }
    assertFalse(Files.exists(stateDir.resolve("unused")));
  }

  /** Start-up while the store is not reachable. */
  @Nested
  class Unreachable {

    @Test
    void open_redisDownAtStart_startsAndReportsUnavailablePerCall() {
      StoreSettings settings = StoreSettings.fromEnvironment(Map.of(
          "REDIS_URL", "redis://127.0.0.1:" + RedisConversationStoreTest.unusedPort()));

      try (StateBackend backend = StateBackend.open(settings, Clock.systemUTC())) {
        assertThrows(StoreUnavailableException.class, () -> backend.conversations().load(THREAD));
        // Events still answered once by this instance.
        assertTrue(backend.events().claim("Ev01"));
        assertFalse(backend.events().claim("Ev01"));
      }
    }

    @Test
    void open_stateDirHeldByAnotherInstance_failsNamingTheFile() {
      StoreSettings settings = StoreSettings.fromEnvironment(Map.of("STATE_DIR", stateDir.toString()));
      try (StateBackend first = StateBackend.open(settings, Clock.systemUTC())) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> StateBackend.open(settings, Clock.systemUTC()));
        assertTrue(e.getMessage().contains(MvConversationStore.FILE_NAME), e.getMessage());
      }
    }
  }
}
