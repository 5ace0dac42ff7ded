package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

  @Test
  void fromEnvironment_nothingSet_embeddedStoreInStateForThirtyDays() {
    StoreSettings settings = StoreSettings.fromEnvironment(Map.of());

    assertEquals(Optional.empty(), settings.redisUrl());
    assertEquals(Path.of("state"), settings.stateDir());
    assertEquals(Duration.ofDays(30), settings.conversationTtl());
  }

  @Test
  void fromEnvironment_allSet_usesThem() {
    StoreSettings settings = StoreSettings.fromEnvironment(Map.of(
        "REDIS_URL", "redis://127.0.0.1:6390/2", "STATE_DIR", "/var/lib/comp-coach", "CONVERSATION_TTL", "7d"));

    assertEquals(Optional.of("redis://127.0.0.1:6390/2"), settings.redisUrl());
    assertEquals(Path.of("/var/lib/comp-coach"), settings.stateDir());
    assertEquals(Duration.ofDays(7), settings.conversationTtl());
  }

  @Test
  void fromEnvironment_blankRedisUrl_staysEmbedded() {
    assertFalse(StoreSettings.fromEnvironment(Map.of("REDIS_URL", "  ")).redisUrl().isPresent());
  }

  @Test
  void parseDuration_eachWrittenForm_readsTheSameSpan() {
    assertEquals(Duration.ofHours(12), StoreSettings.parseDuration("X", "12h"));
    assertEquals(Duration.ofMinutes(90), StoreSettings.parseDuration("X", "90m"));
    assertEquals(Duration.ofSeconds(45), StoreSettings.parseDuration("X", "45s"));
    assertEquals(Duration.ofSeconds(3600), StoreSettings.parseDuration("X", "3600"));
    assertEquals(Duration.ofDays(30), StoreSettings.parseDuration("X", "P30D"));
  }

  @Test
  void readable_wholeDaysHoursOrOther_readsAsAPersonWouldSayIt() {
    assertEquals("30 days", StoreSettings.readable(Duration.ofDays(30)));
    assertEquals("1 day", StoreSettings.readable(Duration.ofDays(1)));
    assertEquals("12 hours", StoreSettings.readable(Duration.ofHours(12)));
    assertEquals("PT1M30S", StoreSettings.readable(Duration.ofSeconds(90)));
  }

  /** Settings that cannot be understood: the message names the variable and the value. */
  @Nested
  class Rejected {

    @Test
    void fromEnvironment_ttlWithUnknownUnit_namesVariableAndValue() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> StoreSettings.fromEnvironment(Map.of("CONVERSATION_TTL", "30 fortnights")));

      assertTrue(e.getMessage().contains("CONVERSATION_TTL"), e.getMessage());
      assertTrue(e.getMessage().contains("30 fortnights"), e.getMessage());
    }

    @Test
    void fromEnvironment_zeroTtl_isRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> StoreSettings.fromEnvironment(Map.of("CONVERSATION_TTL", "0d")));

      assertTrue(e.getMessage().contains("'0d'"), e.getMessage());
    }

    @Test
    void fromEnvironment_redisUrlWithoutScheme_isRejectedWithoutShowingThePassword() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> StoreSettings.fromEnvironment(Map.of("REDIS_URL", "http://user:s3cret@cache:6379")));

      assertTrue(e.getMessage().contains("REDIS_URL"), e.getMessage());
      assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
  }
}
