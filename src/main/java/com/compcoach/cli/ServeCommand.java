package com.compcoach.cli;

import com.compcoach.coach.Coach;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.compcoach.slack.HttpFront;
import com.compcoach.slack.SlackApp;
import com.compcoach.slack.SlackMetrics;
import com.compcoach.slack.SlackSettings;
import com.compcoach.store.StateBackend;
import com.compcoach.store.StoreSettings;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: the Slack app over HTTP on {@code PORT}: {@code /slack/events}, {@code /healthz}, {@code /metrics}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs the Slack app over HTTP (POST /slack/events, GET /healthz, GET /metrics).")
public final class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = System.getenv();
    SlackSettings settings;
    try {
      settings = SlackSettings.from(env, SlackSettings.Mode.HTTP);
    } catch (SlackSettings.MissingSettingException e) {
      System.err.println("comp-coach serve: " + e.getMessage());
      return 2;
    }
    try (Parts parts = Parts.open(settings, env)) {
      HttpFront front = new HttpFront(parts.app(), "0.0.0.0", settings.port(), Map.of()).start();
      System.out.println("comp-coach serving Slack on http://0.0.0.0:" + front.port() + SlackApp.eventsPath()
          + " (guides: " + parts.library().source().describe() + ", state: " + parts.state().describe() + ")");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          front.close();
        } catch (Exception ignored) {
          // the process is exiting; nothing is left to tell
        }
      }));
      front.join();
      return 0;
    } catch (PartsException e) {
      System.err.println("comp-coach serve: " + e.getMessage());
      return 1;
    }
  }

  /** A part failed to start (a token Slack refuses, a state directory that cannot be opened): one line says which. */
  static final class PartsException extends RuntimeException {
    PartsException(String message) {
      super(message);
    }
  }

  /** What both {@code serve} and {@code socket} run: the guides, the state, the coach and the Slack app. */
  record Parts(GuideLibrary library, StateBackend state, SlackApp app) implements AutoCloseable {

    static Parts open(SlackSettings settings, Map<String, String> env) {
      Clock clock = Clock.systemUTC();
      GuideLibrary library = GuideLibrary.open(LibrarySource.of(settings.guidesDir()));
      if (settings.guidesDir() != null) {
        library.watch();
      }
      StateBackend state;
      try {
        state = StateBackend.open(StoreSettings.fromEnvironment(env), clock);
      } catch (RuntimeException e) {
        library.close();
        throw new PartsException(e.getMessage());
      }
      try {
        Coach coach = new Coach(library::catalog, clock);
        SlackApp app = new SlackApp(settings, coach, state.conversations(), state.events(), new SlackMetrics(),
            SlackApp.workPool(16));
        return new Parts(library, state, app);
      } catch (RuntimeException e) {
        state.close();
        library.close();
        throw new PartsException("Slack refused to start the app: " + e.getMessage());
      }
    }

    @Override
    public void close() throws Exception {
      app.close();
      state.close();
      library.close();
    }
  }
}
