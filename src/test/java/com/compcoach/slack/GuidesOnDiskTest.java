package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.Await;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over a guide directory holding what it must not read, at start and added while it runs: a 50 MB
 * guide and a link to a file outside. The bot keeps answering, says why in its log, and keeps watching.
 */
class GuidesOnDiskTest {

  private static final Duration WITHIN = Duration.ofSeconds(20);

  @TempDir
  Path guides;
  @TempDir
  Path outside;
  @TempDir
  Path state;

  @Test
  void serve_hugeAndLinkedGuides_answersFromTheOthersLogsWhyAndSeesLaterEdits() throws Exception {
    copySeed("ml-ai-engineer.md");
    sparse(guides.resolve("acme/staff-engineer.md"), 50L * 1024 * 1024);
    Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Files.createSymbolicLink(guides.resolve("ally-financial/passwd.md"), outside.resolve("passwd"));

    try (WebApiStandIn api = new WebApiStandIn();
        AppProcess app = AppProcess.start(api, Map.of("STATE_DIR", state.toString(), "GUIDES_DIR",
            guides.toString()))) {
      assertEquals(200, app.sender.command(command(api, "ml-ai-engineer charlotte")).statusCode());
      assertTrue(api.awaitPost(1).params().get("blocks").contains("Charlotte, NC"));
      awaitOutput(app, "acme/staff-engineer.md:1: error: is 52428800 bytes, over the 1024 KiB a guide may have; "
          + "it is not read");
      awaitOutput(app, "ally-financial/passwd.md:1: error: is a link leading outside the guide directory; "
          + "it is not read");

      // Added while running: another huge one, then a guide that is fine. The watcher must live to see the second.
      sparse(guides.resolve("acme/security-engineer.md"), 60L * 1024 * 1024);
      copySeed("security-engineer.md");
      awaitOutput(app, "acme/security-engineer.md:1: error: is 62914560 bytes");
      app.sender.command(command(api, "security-engineer new york"));

      assertTrue(api.awaitPost(2).params().get("blocks").contains("New York"), "the new guide is served");
      assertEquals("ok\n", app.sender.get("/healthz").body(), "refused files are lint errors, not a broken app");
      assertTrue(!app.output().contains("root:x"), "nothing of the linked file is shown");
    }
  }

  @Test
  void serve_guideTheReaderCannotRead_answersFromTheOthersAndHealthzSaysDegradedWithTheCause() throws Exception {
    copySeed("ml-ai-engineer.md");
    Files.createDirectories(guides.resolve("acme"));
    // A list nested two hundred thousand levels deep: under the size cap, and over any reader's stack.
    Files.writeString(guides.resolve("acme/staff-engineer.md"), "# Staff Engineer\n\n" + "- ".repeat(200_000));

    try (WebApiStandIn api = new WebApiStandIn();
        AppProcess app = AppProcess.start(api, Map.of("STATE_DIR", state.toString(), "GUIDES_DIR",
            guides.toString()))) {
      app.sender.command(command(api, "ml-ai-engineer charlotte"));

      assertTrue(api.awaitPost(1).params().get("blocks").contains("Charlotte, NC"));
      String health = Await.value(WITHIN, () -> healthz(app).startsWith("degraded") ? healthz(app) : null);
      assertTrue(health.contains("guides: reading acme/staff-engineer.md failed (StackOverflowError)"), health);
    }
  }

  private static String healthz(AppProcess app) {
    try {
      return app.sender.get("/healthz").body();
    } catch (Exception e) {
      return "";
    }
  }

  private void copySeed(String name) throws Exception {
    Path to = guides.resolve("ally-financial").resolve(name);
    Files.createDirectories(to.getParent());
    Files.copy(Path.of("seeds/ally-financial").resolve(name), to);
  }

  private static void sparse(Path file, long length) throws Exception {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
      huge.setLength(length); // costs the disk nothing; read whole, it would take the reader's heap
    }
  }

  private static Map<String, String> command(WebApiStandIn api, String text) {
    return Map.of("team_id", WebApiStandIn.TEAM, "channel_id", SlackHarness.CHANNEL, "user_id", "U0PAT",
        "command", "/comp", "text", text, "response_url", api.responseUrl("cmd"),
        "trigger_id", SlackHarness.triggerId(), "api_app_id", "A0APP");
  }

  /** Waits (bounded) until the app has logged a line containing {@code text}. */
  private static void awaitOutput(AppProcess app, String text) {
    Await.value(WITHIN, () -> app.output().contains(text) ? text : null);
  }
}
