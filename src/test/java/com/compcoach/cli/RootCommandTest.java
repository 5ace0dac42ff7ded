package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootCommandTest {

  @Test
  void defaultMode_noSlackSettings_startsTheConsole() {
    assertEquals("console", new RootCommand(Map.of("PORT", "3000", "GUIDES_DIR", "/guides")).defaultMode());
  }

  @Test
  void defaultMode_botTokenAndSecret_servesOverHttp() {
    assertEquals("serve", new RootCommand(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s")).defaultMode());
  }

  @Test
  void defaultMode_appToken_usesSocketMode() {
    assertEquals("socket", new RootCommand(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")).defaultMode());
  }

  @Test
  void defaultMode_blankSlackSettings_stillStartsTheConsole() {
    assertEquals("console", new RootCommand(Map.of("SLACK_BOT_TOKEN", " ", "SLACK_APP_TOKEN", "")).defaultMode());
  }
}
