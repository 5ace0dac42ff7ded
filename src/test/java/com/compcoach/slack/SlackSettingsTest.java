package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Settings from the environment: defaults, and one line naming whatever is missing or malformed. */
class SlackSettingsTest {

  @Test
  void from_httpWithTokenAndSecret_usesDefaults() {
    SlackSettings settings = SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"),
        SlackSettings.Mode.HTTP);

    assertEquals(3000, settings.port());
    assertEquals("https://slack.com/api/", settings.apiUrl());
    assertEquals(null, settings.guidesDir());
  }

  @Test
  void from_httpWithTheSecretAlone_hasNoTokenYet() {
    SlackSettings settings = SlackSettings.from(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", " "),
        SlackSettings.Mode.HTTP);

    assertNull(settings.botToken(), "serve starts so that Slack can check its URL before the token exists");
    assertEquals("s", settings.signingSecret());
  }

  @Test
  void from_apiUrlWithoutSlash_getsOne() {
    SlackSettings settings = SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
        "SLACK_API_URL", "http://127.0.0.1:9/api", "PORT", "8080"), SlackSettings.Mode.HTTP);

    assertEquals("http://127.0.0.1:9/api/", settings.apiUrl());
    assertEquals(8080, settings.port());
  }

  @Test
  void from_noReplayGuardSetting_guardIsOn() {
    SlackSettings settings = SlackSettings.from(Map.of("SLACK_SIGNING_SECRET", "s"), SlackSettings.Mode.HTTP);

    assertTrue(settings.replayGuard(), "production answers a replayed request once unless told otherwise");
  }

  @Test
  void from_replayGuardOff_guardIsOff() {
    SlackSettings settings = SlackSettings.from(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_REPLAY_GUARD", "OFF"),
        SlackSettings.Mode.HTTP);

    assertFalse(settings.replayGuard());
  }

  @Test
  void toString_withSecrets_showsNoTokenOrSecret() {
    String text = SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "SLACK_SIGNING_SECRET",
        "shh-secret"), SlackSettings.Mode.HTTP).toString();

    assertFalse(text.contains("xoxb-very-secret") || text.contains("shh-secret"), text);
  }

  @Nested
  class MissingOrMalformed {

    @Test
    void from_httpWithNothing_namesTheSigningSecretOnly() {
      var e = assertThrows(SlackSettings.MissingSettingException.class,
          () -> SlackSettings.from(Map.of(), SlackSettings.Mode.HTTP));

      assertEquals("SLACK_SIGNING_SECRET is not set", e.getMessage(), "a bot token can come after the URL check");
    }

    @Test
    void from_socketWithoutAppToken_namesIt() {
      var e = assertThrows(SlackSettings.MissingSettingException.class,
          () -> SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1"), SlackSettings.Mode.SOCKET));

      assertEquals("SLACK_APP_TOKEN is not set", e.getMessage());
    }

    @Test
    void from_socketWithoutBotToken_namesIt() {
      var e = assertThrows(SlackSettings.MissingSettingException.class,
          () -> SlackSettings.from(Map.of("SLACK_APP_TOKEN", "xapp-1"), SlackSettings.Mode.SOCKET));

      assertEquals("SLACK_BOT_TOKEN is not set", e.getMessage(), "Socket Mode has no URL check to wait for a token");
    }

    @Test
    void from_replayGuardNeitherOnNorOff_namesTheValue() {
      var e = assertThrows(SlackSettings.MissingSettingException.class, () -> SlackSettings.from(
          Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_REPLAY_GUARD", "false"), SlackSettings.Mode.HTTP));

      assertEquals("SLACK_REPLAY_GUARD must be on or off, was 'false'", e.getMessage());
    }

    @Test
    void from_portNotANumber_namesTheValue() {
      var e = assertThrows(SlackSettings.MissingSettingException.class, () -> SlackSettings.from(
          Map.of("SLACK_BOT_TOKEN", "x", "SLACK_SIGNING_SECRET", "s", "PORT", "eighty"), SlackSettings.Mode.HTTP));

      assertTrue(e.getMessage().contains("PORT must be a number, was 'eighty'"), e.getMessage());
    }
  }
}
