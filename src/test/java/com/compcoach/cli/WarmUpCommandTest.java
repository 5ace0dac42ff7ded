package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warm-up}: a whole conversation through the real app and its stand-in of Slack, touching nothing real. */
class WarmUpCommandTest {

  @TempDir
  Path dir;

  @Test
  void warmUp_withProductionSettingsSet_answersEveryStepAndLeavesTheirStateAndLibraryAlone() throws Exception {
    Path state = dir.resolve("state");
    Path emptyLibrary = Files.createDirectories(dir.resolve("guides"));
    Map<String, String> production = Map.of("STATE_DIR", state.toString(), "GUIDES_DIR", emptyLibrary.toString(),
        "SLACK_BOT_TOKEN", "xoxb-real", "SLACK_SIGNING_SECRET", "real-secret", "SLACK_API_URL", "http://127.0.0.1:9/");

    CommandRun run = CommandRun.of(new WarmUpCommand(production));

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("the app answered 3 times"), run.out());
    assertFalse(Files.exists(state), "the warm-up's conversations must not land in the real STATE_DIR");
  }
}
