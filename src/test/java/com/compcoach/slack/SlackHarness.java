package com.compcoach.slack;

import com.compcoach.coach.Coach;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.Team;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.StateBackend;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real app (Bolt, our Jetty adapter, the coach over the seed guides, an in-process store) on 127.0.0.1, talking
 * to a {@link WebApiStandIn}. Work after the ack runs on one thread, in order, so a later reply proves earlier work
 * done.
 */
final class SlackHarness implements AutoCloseable {

  static final String SECRET = "test-signing-secret";
  static final String CHANNEL = "C0OFFERS";

  final WebApiStandIn api;
  final GuideLibrary library;
  final StateBackend state;
  final SlackApp app;
  final HttpFront front;
  final SlackSender sender;
  /** Every wait a 429 asked for; the retry runs at once so tests never sleep (unless retries are held). */
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  /** When set, retries of rate-limited calls wait in {@link #heldRetries} until a test runs them. */
  volatile boolean holdRetries;
  final List<Runnable> heldRetries = new CopyOnWriteArrayList<>();
  private final Payloads payloads = new Payloads(new ObjectMapper(), Team.TEST);
  private final ExecutorService work;
  private int events;

  SlackHarness() throws Exception {
    this(Map.of());
  }

  SlackHarness(Map<String, String> extraEnv) throws Exception {
    this(extraEnv, api -> { });
  }

  /**
   * @param extraEnv    settings over the defaults ("" unsets one: {@code SLACK_BOT_TOKEN=""} starts without a token)
   * @param beforeStart prepares the Web API before the app's first call ({@code auth.test}) reaches it
   */
  SlackHarness(Map<String, String> extraEnv, java.util.function.Consumer<WebApiStandIn> beforeStart) throws Exception {
    this(extraEnv, beforeStart, Executors.newSingleThreadExecutor(), WebApi.READ_TIMEOUT, Clock.systemUTC(),
        SlackApp.BACKLOG, SlackApp.ROOM_WAIT);
  }

  /** @param clock the app's and the coach's time (a fixed day for dated tests); requests are still signed now */
  SlackHarness(Clock clock) throws Exception {
    this(clock, WebApi.READ_TIMEOUT);
  }

  /** As {@link #SlackHarness(Clock)}, waiting {@code readTimeout} for each read of the stand-in's answer. */
  SlackHarness(Clock clock, Duration readTimeout) throws Exception {
    this(Map.of(), api -> { }, Executors.newSingleThreadExecutor(), readTimeout, clock, SlackApp.BACKLOG,
        SlackApp.ROOM_WAIT);
  }

  /**
   * @param work        the workers after the ack (a real pool to see turns race; {@link #settle()} then proves
   *                    nothing)
   * @param readTimeout how long the app waits for each read of the stand-in's answer
   */
  SlackHarness(Map<String, String> extraEnv, ExecutorService work, Duration readTimeout) throws Exception {
    this(extraEnv, api -> { }, work, readTimeout, Clock.systemUTC(), SlackApp.BACKLOG, SlackApp.ROOM_WAIT);
  }

  /**
   * @param backlog  the work after the ack that may wait or run at once
   * @param roomWait how long a command's ack waits for room in a full backlog
   */
  SlackHarness(ExecutorService work, int backlog, Duration roomWait) throws Exception {
    this(Map.of(), api -> { }, work, WebApi.READ_TIMEOUT, Clock.systemUTC(), backlog, roomWait);
  }

  private SlackHarness(Map<String, String> extraEnv, java.util.function.Consumer<WebApiStandIn> beforeStart,
      ExecutorService work, Duration readTimeout, Clock clock, int backlog, Duration roomWait) throws Exception {
    this.work = work;
    // The stand-in keeps the app's time, so a reminder planned on a fixed day is never "in the past" there.
    api = new WebApiStandIn(Team.TEST, clock);
    beforeStart.accept(api);
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", api.apiUrl());
    env.putAll(extraEnv);
    SlackSettings settings = SlackSettings.from(env, SlackSettings.Mode.HTTP);
    library = GuideLibrary.open(LibrarySource.seeds());
    state = StateBackend.inMemory(clock);
    app = new SlackApp(settings, new Coach(library::catalog, clock), clock, state.conversations(), state.events(),
        new SlackMetrics(), work, (wait, retry) -> {
          pauses.add(wait);
          if (holdRetries) {
            heldRetries.add(retry);
          } else {
            retry.run();
          }
        }, readTimeout, backlog, roomWait);
    front = new HttpFront(app, "127.0.0.1", 0, new ManagementAddress("127.0.0.1", 0), Map.of()).start();
    sender = new SlackSender(URI.create("http://127.0.0.1:" + front.port() + SlackApp.eventsPath()), SECRET,
        Clock.systemUTC());
  }

  /** The Prometheus text of the management port. */
  String metrics() throws Exception {
    return sender.get(URI.create("http://127.0.0.1:" + front.managementPort() + "/metrics")).body();
  }

  /**
   * A trigger id of its own, as Slack gives every invocation: two commands typed alike in one second are still two
   * requests with two signatures, never a replay.
   */
  static String triggerId() {
    return "1111.2222." + java.util.UUID.randomUUID().toString().replace("-", "");
  }

  /** The fields of a {@code /comp} command typed in a channel; the map is the test's to change. */
  Map<String, String> command(String text, String channel) {
    return payloads.slashCommand(Channel.of(channel), "/comp", text, triggerId(), api.responseUrl("cmd"));
  }

  /** A user's message in a thread, as the Events API delivers it. */
  String threadMessage(String channel, String threadTs, String text, String eventId) {
    String ts = "1800000100." + (100000 + ++events);
    return payloads.eventCallback(payloads.message(Channel.of(channel), text, ts, threadTs), eventId, 1800000100L);
  }

  /** Posts {@code /comp text} in the channel and returns the ts of the card it posted. */
  String card(String text) throws Exception {
    int before = api.calls("chat.postMessage").size();
    sender.command(command(text, CHANNEL));
    String ts = api.awaitPost(before + 1).ts();
    settle();
    return ts;
  }

  /** Waits (bounded) until the work queued so far is done: the card's conversation saved, its metrics counted. */
  void settle() throws Exception {
    work.submit(() -> { }).get(10, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    front.close();
    app.close();
    state.close();
    library.close();
    api.close();
  }
}
