package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.slack.HttpFront;
import com.compcoach.slack.SlackSettings;
import com.compcoach.store.MvConversationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} and {@code socket} do when the process is told to stop (their shutdown hook). */
class ServeCommandTest {

  private static final ConversationKey THREAD = new ConversationKey("T0ACME", "C0OFFERS", "1800000000.000100");

  @TempDir
  Path stateDir;

  @Test
  void stop_runningApp_closesTheFrontAndReleasesTheStateFile() throws Exception {
    ServeCommand.Parts parts = ServeCommand.Parts.open(settings(), Map.of("STATE_DIR", stateDir.toString()));
    parts.state().conversations().save(THREAD, "U0PAT", "{}", ConversationStore.NEW);
    HttpFront front = new HttpFront(parts.app(), "127.0.0.1", 0, Map.of());
    AtomicBoolean frontClosed = new AtomicBoolean();

    ServeCommand.stop(() -> {
      front.close();
      frontClosed.set(true);
    }, parts);

    assertTrue(frontClosed.get(), "the HTTP front stops taking requests");
    // A second process (or a restart) can open the state only once this one closed it; the saved thread is there.
    try (MvConversationStore reopened = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(1))) {
      assertEquals("U0PAT", reopened.load(THREAD).orElseThrow().startedBy());
    }
  }

  @Test
  void close_calledByTheHookAndByTheCommand_closesOnce() throws Exception {
    ServeCommand.Parts parts = ServeCommand.Parts.open(settings(), Map.of("STATE_DIR", stateDir.toString()));

    ServeCommand.stop(() -> { }, parts);
    parts.close();

    try (MvConversationStore reopened = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(1))) {
      assertTrue(reopened.load(THREAD).isEmpty());
    }
  }

  private static SlackSettings settings() {
    return new SlackSettings("xoxb-test", "test-signing-secret", null, 0, null, "http://127.0.0.1:9/api/");
  }
}
