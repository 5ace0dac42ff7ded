package com.compcoach.slack;

import com.compcoach.coach.Coach;
import com.compcoach.coach.ConversationJson;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.EventLedger;
import com.compcoach.health.Health;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt app: configured from {@link SlackSettings}, every listener registered here in one place, and the two
 * ways in (an HTTP handler for {@link HttpFront}, or a Socket Mode connection).
 */
public final class SlackApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SlackApp.class);

  /** Threads for the work after the ack: Web API calls mostly wait on the network, so more than the cores. */
  public static final int WORKERS = 16;

  /**
   * Requests whose work may wait or run at once; beyond it a request is refused at once (an event gets 503, which
   * Slack delivers again later) instead of making acks wait or memory grow while Slack is slow or hung. Kept small:
   * a task that waits longer than a young collection survives it, and 4,096 waiting tasks were promoted by the
   * thousand, which tripled the full collections under load (docs/benchmarks.md); 512 is still 32 per worker.
   */
  static final int BACKLOG = 512;

  /**
   * Thread replies in flight to Slack at once (posted on threads of their own, no worker held), each on a kept-alive
   * connection; more wait in line.
   */
  static final int CALLS_IN_FLIGHT = 64;

  /**
   * How long a command's ack waits for room in a full backlog before it says busy: Slack does not send a command
   * again, so a burst is better answered late than refused, and the ack still comes well within Slack's 3 s.
   */
  static final Duration ROOM_WAIT = Duration.ofSeconds(2);

  /** The first wait before checking a token again after Slack could not be reached. */
  /** Said in the log and on {@code /healthz} while {@code SLACK_REPLAY_GUARD=off}. */
  static final String REPLAY_GUARD_OFF = "SLACK_REPLAY_GUARD=off: a signed request sent again within 5 minutes is "
      + "answered again; for load tests only, never in production";

  static final String LINK_DISABLED = "Socket Mode: Slack says Socket Mode is turned off for this app (link_disabled); "
      + "no new connection is asked for. Turn it on in the app's settings (Socket Mode) and restart, or run serve";

  static final Duration RECHECK_FIRST = Duration.ofSeconds(5);
  static final Duration RECHECK_MAX = Duration.ofMinutes(1);

  private final SlackSettings settings;
  private final App app;
  private final ExecutorService work;
  /** Runs the Web API calls that hold no worker ({@link WebApi#postAsync}): up to {@link #CALLS_IN_FLIGHT}. */
  private final ExecutorService calls = callPool();
  /** The kept-alive connections the JSON calls go on; closed with the app. */
  private final SlackConnections connections;
  /** The timer of rate-limited retries, when this app made its own; null when given a {@link WebApi.Later}. */
  private final ScheduledExecutorService retries;
  private final BoltHandler boltHandler;
  private final TextRoute healthHandler;
  private final TextRoute metricsHandler;
  private final Health health = new Health();
  private final TokenCheck tokenCheck;
  private final TokenGate tokenGate;
  /** Checks the token again while Slack cannot be reached; its wait doubles up to {@link #RECHECK_MAX}. */
  private final ScheduledExecutorService tokenTimer = timer("slack-token-check");
  private long recheckMillis = RECHECK_FIRST.toMillis();

  /**
   * Builds the app; nothing is sent to Slack until {@link #start()}.
   *
   * @param clock   the time reminders are planned against (the coach's clock, so "tomorrow" means the same to both)
   * @param metrics where requests, acks and Web API calls are counted ({@code /metrics})
   * @param work    runs everything after the ack; shut down with the app
   */
  public SlackApp(SlackSettings settings, Coach coach, Clock clock, ConversationStore store, EventLedger ledger,
      SlackMetrics metrics, ExecutorService work) {
    this(settings, coach, clock, store, ledger, metrics, work, timer("slack-retry-timer"));
  }

  /** @param retries schedules the retries of rate-limited calls; shut down with the app */
  SlackApp(SlackSettings settings, Coach coach, Clock clock, ConversationStore store, EventLedger ledger,
      SlackMetrics metrics, ExecutorService work, ScheduledExecutorService retries) {
    // A rate-limited call frees its worker: the timer hands the retry back to the workers when Slack said.
    this(settings, coach, clock, store, ledger, metrics, work,
        (wait, retry) -> retries.schedule(() -> work.execute(GuardedWork.logging(retry)), wait.toMillis(),
            TimeUnit.MILLISECONDS),
        retries, WebApi.READ_TIMEOUT, BACKLOG, ROOM_WAIT);
  }

  /**
   * @param later       runs the retries of rate-limited calls and of turns that lost a race (tests see the waits)
   * @param readTimeout how long a Web API call waits for each read of Slack's answer
   */
  SlackApp(SlackSettings settings, Coach coach, Clock clock, ConversationStore store, EventLedger ledger,
      SlackMetrics metrics, ExecutorService work, WebApi.Later later, Duration readTimeout) {
    this(settings, coach, clock, store, ledger, metrics, work, later, readTimeout, BACKLOG, ROOM_WAIT);
  }

  /**
   * @param backlog  the work that may wait or run at once (see {@link #BACKLOG})
   * @param roomWait how long a command's ack waits for room (see {@link #ROOM_WAIT})
   */
  SlackApp(SlackSettings settings, Coach coach, Clock clock, ConversationStore store, EventLedger ledger,
      SlackMetrics metrics, ExecutorService work, WebApi.Later later, Duration readTimeout, int backlog,
      Duration roomWait) {
    this(settings, coach, clock, store, ledger, metrics, work, later, null, readTimeout, backlog, roomWait);
  }

  /** @param later runs the retries of rate-limited calls (tests see the waits asked for) */
  SlackApp(SlackSettings settings, Coach coach, Clock clock, ConversationStore store, EventLedger ledger,
      SlackMetrics metrics, ExecutorService work, WebApi.Later later) {
    this(settings, coach, clock, store, ledger, metrics, work, later, null, WebApi.READ_TIMEOUT, BACKLOG, ROOM_WAIT);
  }

  private SlackApp(SlackSettings settings, Coach coach, Clock clock, ConversationStore store, EventLedger ledger,
      SlackMetrics metrics, ExecutorService work, WebApi.Later later, ScheduledExecutorService retries,
      Duration readTimeout, int backlog, Duration roomWait) {
    this.settings = settings;
    this.work = work;
    this.retries = retries;
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // The SDK's own per-team call statistics keep a background thread and memory we do not read.
    slackConfig.setStatsEnabled(false);
    // The SDK's client, for the calls that are not messages (token check, views, users, files, response_url).
    // Timeouts end a hung call, so a slow Slack costs a worker for a bounded time and the message is retried.
    okhttp3.OkHttpClient okHttp = SlackHttpClient.buildOkHttpClient(slackConfig).newBuilder()
        .connectTimeout(WebApi.CONNECT_TIMEOUT)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .build();
    SlackHttpClient http = new SlackHttpClient(okHttp);
    http.setConfig(slackConfig);
    Slack slack = Slack.getInstance(slackConfig, http);
    AppConfig config = AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret())
        // Bolt reads SLACK_CLIENT_ID/SECRET from the environment and would switch to OAuth: this app is single-team.
        .clientId(null)
        .clientSecret(null)
        .redirectUri(null)
        .scope(null)
        .userScope(null)
        .oauthInstallPath(null)
        .oauthRedirectUriPath(null)
        .authTestCacheEnabled(true)
        .authTestCacheExpirationMillis(-1)
        // Slack retries any event not acked in 3 s: ack every event type, even those with no listener.
        .allEventsApiAutoAckEnabled(true)
        .build();
    this.tokenCheck = new TokenCheck(slack.methods(settings.botToken()), settings.apiUrl(),
        settings.botToken() != null);
    this.tokenGate = new TokenGate(config, health);
    this.app = new GatedApp(config, tokenGate);
    ConversationJson json = new ConversationJson();
    this.connections = new SlackConnections(java.net.URI.create(settings.apiUrl()), "Bearer " + settings.botToken(),
        WebApi.CONNECT_TIMEOUT, readTimeout);
    WebApi api = new WebApi(slack, settings.botToken(), connections, calls, metrics, later,
        SlackHosts.of(settings.apiUrl()), () -> tokenTimer.execute(this::checkToken));
    ReplyRenderer renderer = new ReplyRenderer();
    GuardedWork guarded = new GuardedWork(work, backlog, roomWait, metrics);
    // A card's save does not wait for the disk (saveSoon), so the worker that posted the card does it.
    Conversations conversations = new Conversations(store, json, Runnable::run, later, guarded::resume, metrics);
    RecentLookups recent = new RecentLookups();
    RecentDrafts drafts = new RecentDrafts(clock);
    Delivery delivery = new Delivery(api, renderer, conversations, recent, drafts, metrics);
    Crew crew = new Crew(coach, conversations, delivery, guarded, new TurnQueue(guarded), ledger, metrics, renderer,
        new OfferModal(), api, new RecentAnswers(), new ScheduledReminders(api, conversations, delivery, clock), drafts);

    // The app has one command, and only Slack can sign one: a command named otherwise is /comp renamed by the
    // workspace's admin (another app had /comp), and Bolt's 404 made Slack show the person an error.
    app.command(CompCommand.ANY, new CompCommand(crew));
    app.blockAction(BlockIds.LEVERS, new ThreadButton(crew, Coach::levers));
    app.blockAction(BlockIds.COMPARE, new ThreadButton(crew, Coach::compare));
    app.blockAction(BlockIds.BANDS, new ThreadButton(crew, Coach::bands));
    app.blockAction(BlockIds.ENTER_OFFER, new OfferButton(crew));
    app.blockAction(BlockIds.REGION, new RegionSelect(crew));
    app.blockAction(Pattern.compile(BlockIds.CHOOSE_PATTERN), new ChoiceButton(crew));
    app.viewSubmission(BlockIds.OFFER_VIEW, new OfferSubmission(crew));
    ThreadMessages messages = new ThreadMessages(crew);
    app.event(MessageEvent.class, messages);
    app.event(MessageThreadBroadcastEvent.class, messages.broadcasts());
    app.event(MessageFileShareEvent.class, new SharedFiles(crew));
    app.event(MessageChangedEvent.class, new EditedMessages(crew));
    app.event(AppMentionEvent.class, new Mentions(crew));
    app.event(AppHomeOpenedEvent.class, new HomeOpened(crew, new HomeView(), recent, drafts));
    // Slack says a token is gone (revoked, or the app uninstalled): the bot's is checked again at once, off the
    // request's thread, so /healthz says why now rather than at the next reply that fails.
    app.event(TokensRevokedEvent.class, (payload, context) -> {
      tokenTimer.execute(this::checkToken);
      return context.ack();
    });
    app.event(AppUninstalledEvent.class, (payload, context) -> {
      tokenTimer.execute(this::checkToken);
      return context.ack();
    });

    if (!settings.replayGuard()) {
      // Loud on purpose: with the guard off, a captured request sent again is answered again.
      LOG.warn(REPLAY_GUARD_OFF);
      health.degraded("replay-guard", REPLAY_GUARD_OFF);
    }
    this.boltHandler = new BoltHandler(app, new EventRoute(messages, tokenGate), metrics, java.time.Clock.systemUTC(),
        settings.replayGuard());
    this.healthHandler = HealthHandler.route(health);
    // Prometheus text, served only on the management port (MANAGEMENT_PORT).
    this.metricsHandler = TextRoute.always200("/metrics", "text/plain; version=0.0.4; charset=utf-8", metrics::scrape);
  }

  /**
   * Starts Bolt and checks the bot token once with {@code auth.test}. Whatever the answer the app runs: Slack's URL
   * check is answered and requests are verified, while a token that is missing, refused or cannot be checked is
   * logged with its cause and shown on {@code /healthz} (see {@link TokenGate}); an unreachable Slack is asked again
   * in the background until it answers. Called once the Web API is reachable, which for the local console means
   * after the shared server started.
   */
  public void start() {
    app.start();
    checkToken();
  }

  /** Checks the token now; if Slack could not be reached, once more later, each wait twice the last. */
  void checkToken() {
    TokenStanding standing = tokenCheck.check();
    tokenGate.update(standing);
    if (standing instanceof TokenStanding.Unreachable && !tokenTimer.isShutdown()) {
      long wait;
      synchronized (this) {
        wait = recheckMillis;
        recheckMillis = Math.min(recheckMillis * 2, RECHECK_MAX.toMillis());
      }
      tokenTimer.schedule(this::checkToken, wait, TimeUnit.MILLISECONDS);
    }
  }

  /** What {@code /healthz} reports: parts (the guide library, the token, the workers) mark themselves broken here. */
  public Health health() {
    return health;
  }

  /** Where Slack's requests are taken over HTTP. */
  public static String eventsPath() {
    return BoltHandler.PATH;
  }

  BoltHandler boltHandler() {
    return boltHandler;
  }

  TextRoute healthHandler() {
    return healthHandler;
  }

  TextRoute metricsHandler() {
    return metricsHandler;
  }

  /**
   * Connects over Socket Mode with {@code SLACK_APP_TOKEN}; Slack's refresh and disconnect messages reconnect it.
   *
   * @return closes the connection
   */
  public AutoCloseable connectSocketMode() throws Exception {
    // Over Socket Mode nothing waits for a URL check, so a token that does not work stops the start, saying why.
    start();
    if (!(tokenGate.standing() instanceof TokenStanding.Accepted)) {
      throw new IllegalStateException(tokenGate.standing().cause());
    }
    SocketModeApp socket = new SocketModeApp(settings.appToken(), app);
    socket.startAsync();
    SocketModeClient client = socket.getClient();
    // Wrapping the client's queue keeps what it holds; junk is left out before Slack's SDK throws on it.
    client.setMessageQueue(new EnvelopeFilter(client.getMessageQueue(),
        () -> tokenTimer.execute(() -> linkDisabled(client))));
    return socket::close;
  }

  /**
   * Slack turned Socket Mode off in the app's settings: every new connection would be refused the same way, and the
   * SDK would ask for one every few seconds for ever. The client stops, says why once, and {@code /healthz} says it.
   */
  private void linkDisabled(SocketModeClient client) {
    LOG.warn(LINK_DISABLED);
    health.degraded("socket-mode", LINK_DISABLED);
    client.setAutoReconnectEnabled(false);
    client.setAutoReconnectOnCloseEnabled(false);
    try {
      client.disconnect();
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warn("Socket Mode: the connection did not close cleanly: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * A pool of {@code threads} daemon threads for the work after the ack (see {@link #WORKERS}). Its queue takes
   * whatever is admitted, so no request thread ever waits for room; how much is admitted is bounded by
   * {@link #BACKLOG}.
   */
  public static ExecutorService workPool(int threads) {
    java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    return new java.util.concurrent.ThreadPoolExecutor(threads, threads, 30, java.util.concurrent.TimeUnit.SECONDS,
        new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
          Thread thread = new Thread(r, "slack-work-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static ExecutorService callPool() {
    java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(CALLS_IN_FLIGHT,
        CALLS_IN_FLIGHT, 30, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
          Thread thread = new Thread(r, "slack-call");
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ScheduledExecutorService timer(String name) {
    return Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, name);
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public void close() throws Exception {
    app.stop();
    tokenTimer.shutdownNow();
    if (retries != null) {
      // A retry still waiting for its Retry-After is dropped with the process; its call is logged as rate limited.
      retries.shutdownNow();
    }
    // Cards posted just before a stop still get their conversation saved: the workers save what they post.
    work.shutdown();
    work.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    // Replies already saved are posted before the stop (each call is bounded by its timeouts).
    calls.shutdown();
    calls.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    connections.close();
  }
}
