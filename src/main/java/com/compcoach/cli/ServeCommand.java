package com.compcoach.cli;

import com.compcoach.coach.Coach;
import com.compcoach.guide.GuideReader;
import com.compcoach.health.Health;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.compcoach.library.LintLog;
import com.compcoach.library.ParseIndex;
import com.compcoach.slack.HttpFront;
import com.compcoach.slack.ManagementAddress;
import com.compcoach.slack.SlackApp;
import com.compcoach.slack.SlackMetrics;
import com.compcoach.slack.SlackSettings;
import com.compcoach.store.MeteredConversationStore;
import com.compcoach.store.StateBackend;
import com.compcoach.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;

/**
 * {@code serve}: the Slack app over HTTP on {@code PORT} ({@code /slack/events}, {@code /healthz}), and
 * {@code /metrics} on {@code MANAGEMENT_PORT}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs the Slack app over HTTP (POST /slack/events, GET /healthz on PORT; GET /metrics on "
        + "MANAGEMENT_PORT, default 127.0.0.1:9464).")
public final class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = System.getenv();
    SlackSettings settings;
    ManagementAddress management;
    try {
      settings = SlackSettings.from(env, SlackSettings.Mode.HTTP);
      management = ManagementAddress.from(env);
    } catch (SlackSettings.MissingSettingException e) {
      System.err.println("comp-coach serve: " + e.getMessage());
      return 2;
    }
    try (Parts parts = Parts.open(settings, env)) {
      HttpFront front;
      try {
        front = new HttpFront(parts.app(), "0.0.0.0", settings.port(), management, Map.of()).start();
      } catch (IllegalStateException e) {
        System.err.println("comp-coach serve: " + e.getMessage());
        return 1;
      } catch (java.io.IOException e) {
        System.err.println("comp-coach serve: cannot listen on port " + settings.port() + " or MANAGEMENT_PORT "
            + management.port() + ": " + e.getMessage());
        return 1;
      }
      parts.up();
      System.out.println("comp-coach serving Slack on http://0.0.0.0:" + front.port() + SlackApp.eventsPath()
          + " (guides: " + parts.guides() + ", state: " + parts.state().describe()
          + "; metrics on http://" + management.host() + ":" + front.managementPort() + "/metrics)");
      parts.logLibraryFindings();
      // The JVM halts as soon as its hooks end, so the hook closes everything itself rather than the main thread.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(front, parts), "stop"));
      front.join();
      return 0;
    } catch (PartsException e) {
      System.err.println("comp-coach serve: " + e.getMessage());
      return 1;
    }
  }

  /** A part failed to start (a state directory that cannot be opened): one line says which. */
  static final class PartsException extends RuntimeException {
    PartsException(String message) {
      super(message);
    }
  }

  /**
   * Stops a running app in order: the front stops taking requests, then the parts close (see {@link Parts#close}).
   * Failures are swallowed: the process is exiting and nothing is left to tell.
   */
  static void stop(AutoCloseable front, Parts parts) {
    try {
      front.close();
    } catch (Exception ignored) {
      // the parts still close below
    }
    try {
      parts.close();
    } catch (Exception ignored) {
      // the process is exiting; nothing is left to tell
    }
  }

  /** What both {@code serve} and {@code socket} run: the guides, the state, the coach and the Slack app. */
  static final class Parts implements AutoCloseable {

    private final CompletableFuture<GuideLibrary> reading;
    private final StateBackend state;
    private final Coach coach;
    private final SlackApp app;
    private final SlackMetrics metrics;
    private boolean closed;

    Parts(CompletableFuture<GuideLibrary> reading, StateBackend state, Coach coach, SlackApp app,
        SlackMetrics metrics) {
      this.reading = reading;
      this.state = state;
      this.coach = coach;
      this.app = app;
      this.metrics = metrics;
    }

    /** The embedded store or Redis, and the event ledger. */
    StateBackend state() {
      return state;
    }

    /** The Slack app. */
    SlackApp app() {
      return app;
    }

    static Parts open(SlackSettings settings, Map<String, String> env) {
      Clock clock = Clock.systemUTC();
      // Logging starts here, on one thread, before the reader thread's first log line could race its start.
      org.slf4j.LoggerFactory.getLogger(ServeCommand.class);
      // Reading the guides is the slowest part of a start; it runs while Bolt and the server come up. Requests
      // are acked meanwhile, and work after the ack waits for the catalog.
      CompletableFuture<GuideLibrary> reading = new CompletableFuture<>();
      Path indexHome = parseIndexHome(env);
      // A thread of our own, not the common pool: it keeps this thread's class loader, which finds the built-in seeds.
      Thread reader = new Thread(() -> {
        try {
          ParseIndex index = indexHome == null ? null : ParseIndex.inStateDir(indexHome, clock);
          reading.complete(GuideLibrary.open(LibrarySource.of(settings.guidesDir()), new GuideReader(clock), null,
              index));
        } catch (RuntimeException | Error e) {
          // Whatever happened, the future completes: a request never waits for a reader that died.
          reading.completeExceptionally(e);
        }
      }, "guide-reader");
      reader.setDaemon(true);
      reader.start();
      StateBackend state;
      try {
        state = StateBackend.open(StoreSettings.fromEnvironment(env), clock);
      } catch (RuntimeException e) {
        reading.thenAccept(GuideLibrary::close);
        throw new PartsException(e.getMessage());
      }
      try {
        Coach coach = new Coach(() -> reading.join().catalog(), clock);
        // The JVM's meters are bound by up(), once the port answers.
        SlackMetrics metrics = new SlackMetrics();
        SlackApp app = new SlackApp(settings, coach, clock,
            new MeteredConversationStore(state.conversations(), metrics.registry()), state.events(), metrics,
            SlackApp.workPool(SlackApp.WORKERS));
        reading.whenComplete((library, failure) -> onLibraryRead(library, failure, settings, app.health()));
        state.reportTo(app.health());
        return new Parts(reading, state, coach, app, metrics);
      } catch (RuntimeException e) {
        state.close();
        reading.thenAccept(GuideLibrary::close);
        throw new PartsException("the Slack app cannot be built: " + e.getMessage());
      }
    }

    /**
     * Where the parse index lives: {@code STATE_DIR} when the embedded store uses it or it is set explicitly; with
     * Redis and no {@code STATE_DIR}, nowhere (the default folder may not be writable where Redis is used).
     */
    private static Path parseIndexHome(Map<String, String> env) {
      try {
        StoreSettings store = StoreSettings.fromEnvironment(env);
        boolean explicit = !env.getOrDefault("STATE_DIR", "").isBlank();
        return store.redisUrl().isEmpty() || explicit ? store.stateDir() : null;
      } catch (RuntimeException e) {
        // The store's own opening below says what is wrong with the settings.
        return null;
      }
    }

    /** Once the library is read: its troubles go to {@code /healthz}, and a guide directory is watched. */
    private static void onLibraryRead(GuideLibrary library, Throwable failure, SlackSettings settings,
        Health health) {
      if (failure != null) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        // No catalog at all: no card can be answered, so a load balancer should send Slack to another instance.
        health.unavailable(GuideLibrary.HEALTH_PART, "the guide library could not be read ("
            + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
        return;
      }
      library.reportTo(health);
      if (settings.guidesDir() != null) {
        try {
          library.watch();
        } catch (RuntimeException e) {
          health.degraded(GuideLibrary.HEALTH_PART, "changes to the guides are not seen: " + e.getMessage());
        }
      }
    }

    /**
     * Called once the app answers: what no {@code /comp} answer needs is made now, not before the port opened (the
     * JVM's meters, the intent table that thread messages need), which took CPU from the first answer
     * (docs/benchmarks.md, session 17).
     */
    void up() {
      metrics.bindJvm();
      coach.readIntentsSoon();
    }

    /** The guide library, once read. */
    GuideLibrary library() {
      return reading.join();
    }

    /**
     * Where the guides come from, for the start's line, once they are read; a library that could not be read at all
     * says so (the app runs, {@code /healthz} says {@code unavailable} and why) rather than ending the start.
     */
    String guides() {
      try {
        return reading.join().source().describe();
      } catch (CompletionException e) {
        return "none could be read, see /healthz";
      }
    }

    /**
     * From now on, logs what each load of the guide library finds (see {@link LintLog}). Called once the app is up,
     * so that a start that fails says nothing but why. A library that could not be read has nothing to log.
     */
    void logLibraryFindings() {
      reading.thenAccept(LintLog::attach);
    }

    /**
     * Closes once, whoever calls first (the shutdown hook or the command's own exit), in dependency order: the app
     * (its work drains, then the background saves of new cards land), then the state (MVStore commits and closes
     * its file, or the Redis connection closes), then the guide library (its watcher stops).
     */
    @Override
    public synchronized void close() throws Exception {
      if (closed) {
        return;
      }
      closed = true;
      try {
        app.close();
        metrics.close();
      } finally {
        try {
          state.close();
        } finally {
          // The library writes its parse index under STATE_DIR: wait (bounded) for a read still under way, so that
          // nothing writes there once close returns and a restart can take the directory.
          try {
            reading.thenAccept(GuideLibrary::close).get(30, java.util.concurrent.TimeUnit.SECONDS);
          } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a read that failed left nothing to close; one still running after 30 s is left to the JVM's exit
          }
        }
      }
    }
  }
}
