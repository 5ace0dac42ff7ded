package com.compcoach.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {

  @Test
  void degraded_twoParts_bothCausesListedUntilEachRecovers() {
    Health health = new Health();
    health.degraded("slack-token", "Slack refused the token: invalid_auth");
    health.degraded("guides", "reader ran out of memory");

    assertFalse(health.ok());
    assertEquals(Map.of("guides", "reader ran out of memory", "slack-token", "Slack refused the token: invalid_auth"),
        health.causes());

    health.recovered("guides");
    assertEquals(Map.of("slack-token", "Slack refused the token: invalid_auth"), health.causes());
    health.recovered("slack-token");
    assertTrue(health.ok());
  }
}
