package com.compcoach.bench.store;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.StoredConversation;
import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.Signer;
import com.compcoach.standin.Team;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.MvConversationStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives N concurrent conversation threads of signed Slack events against one or two real app instances and
 * prints turns per second, p50/p99 turn latency (event sent → reply posted), errors, duplicates and lost turns.
 *
 * <p>Arguments: {@code --jar target/comp-coach.jar --threads 200 --turns 4 --instances 1|2
 * --store embedded|redis --redis-server <path of redis-server> --timeout 240 --duplicate-every 10 --preload 0
 * --warm-up-rounds 1 --warm-up-max 26 --settled 0.1 [--state-dir DIR]
 * [--app-java-options "-XX:StartFlightRecording=filename=app.jfr,settings=profile"]}; {@code --state-dir} is the
 * embedded store's folder, preloaded once and kept for later runs. Warm-up runs at least {@code --warm-up-rounds}
 * rounds of as many turns as the measured run, and goes on until the JIT compilers took less than {@code --settled}
 * of a round's CPU (app and driver together), at most {@code --warm-up-max} rounds.
 * Loopback only; bounded by {@code --timeout} seconds.
 */
public final class StoreLoad {

  private static final String SECRET = "bench-signing-secret";
  /** The bench's workspace; the store keys below name its team. */
  private static final Team TEAM = new Team("T1", "bench", "A1", "U1", "u1", "UBOT", "BBOT", "comp");
  /** What each turn says; chosen so every turn goes through the conversation engine and changes its state. */
  private static final List<String> TURNS = List.of(
      "ml-ai-engineer charlotte",
      "they offered 180k base 50k rsu 40k bonus",
      "what should I counter with?",
      "what about sign-on?",
      "thanks");

  private final Map<String, String> options;
  private final ConcurrentMap<String, Semaphore> replies = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicInteger> replyCounts = new ConcurrentHashMap<>();
  private final AtomicLong lastReplyNanos = new AtomicLong(System.nanoTime());
  private final long epoch = System.currentTimeMillis() / 1000;
  private final Payloads payloads = new Payloads(new ObjectMapper(), TEAM);
  /** Each driver thread's connections to the apps, by its number; one thread uses them at a time. */
  private final ConcurrentMap<Integer, List<EventPoster>> connections = new ConcurrentHashMap<>();

  private StoreLoad(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of(
        "--jar", "target/comp-coach.jar", "--threads", "200", "--turns", "4", "--instances", "1",
        "--store", "embedded", "--timeout", "240", "--duplicate-every", "10", "--preload", "0",
        "--warm-up-rounds", "1"));
    options.put("--warm-up-max", "26");
    options.put("--settled", "0.1");
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    System.exit(new StoreLoad(options).run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    int threads = Integer.parseInt(options.get("--threads"));
    int turns = Math.min(Integer.parseInt(options.get("--turns")), TURNS.size());
    int instances = Integer.parseInt(options.get("--instances"));
    boolean redis = options.get("--store").equals("redis") || instances > 1;
    int duplicateEvery = Integer.parseInt(options.get("--duplicate-every"));
    Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("--timeout")));
    long deadline = System.nanoTime() + timeout.toNanos();
    Path work = Files.createTempDirectory("comp-coach-load");
    // A million stored conversations take minutes to write: --state-dir keeps them for the next run.
    Path stateDir = options.containsKey("--state-dir") ? Path.of(options.get("--state-dir")) : work.resolve("state");

    List<LocalProcess> started = new ArrayList<>();
    try (WebApiStandIn api = new WebApiStandIn(TEAM)) {
      Map<String, Long> callsByMethod = new ConcurrentHashMap<>();
      api.onCall(call -> {
        callsByMethod.merge(call.method(), 1L, Long::sum);
        if ("chat.postMessage".equals(call.method()) && call.params().containsKey("thread_ts")) {
          replied(call.params().get("channel"), call.params().get("thread_ts"));
        }
      });
      Map<String, String> env = new HashMap<>(Map.of(
          "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_API_URL", api.apiUrl()));
      if (options.containsKey("--app-java-options")) {
        // e.g. a flight recording of the app, to see where a turn's time goes
        env.put("JAVA_TOOL_OPTIONS", options.get("--app-java-options"));
      }
      LocalProcess redisServer = null;
      if (redis) {
        redisServer = LocalProcess.redis(Path.of(options.get("--redis-server")), work.resolve("redis"),
            work.resolve("redis.log"));
        started.add(redisServer);
        redisServer.awaitListening(Duration.ofSeconds(20));
        env.put("REDIS_URL", "redis://127.0.0.1:" + redisServer.port());
      } else {
        env.put("STATE_DIR", stateDir.toString());
        if (Files.exists(stateDir.resolve(MvConversationStore.FILE_NAME))) {
          System.out.println("state kept from an earlier run in " + stateDir + ": nothing preloaded");
        } else {
          preload(stateDir, Integer.parseInt(options.get("--preload")));
        }
      }
      long launched = System.nanoTime();
      List<LocalProcess> apps = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        LocalProcess app = LocalProcess.app("app-" + (char) ('A' + i), Path.of(options.get("--jar")), env,
            work.resolve("app-" + i + ".log"));
        started.add(app);
        apps.add(app);
      }
      for (LocalProcess app : apps) {
        app.awaitHealthy(Duration.ofSeconds(60));
      }
      long healthy = System.nanoTime();

      Signer signer = new Signer(SECRET);
      List<Integer> senders = apps.stream().map(LocalProcess::port).toList();
      // The first answer after the start: the time a user waits after a restart, whatever the store holds.
      Figures first = new Figures();
      drive("F", 1, 1, senders, signer, 0, deadline, first);
      if (first.errors.get() > 0) {
        System.out.println("first answer: none within 30 s of the first message");
        return false;
      }
      System.out.printf("first answer %.0f ms after the start (healthy after %.0f ms; %s)%n",
          (System.nanoTime() - launched) / 1e6, (healthy - launched) / 1e6,
          redis ? "Redis" : storedFile(stateDir));
      // Warm-up: the JIT and connection pools, on threads not counted below, as many as the measured run has (a
      // smaller one left the JIT compiling during the measured run, which then measured the compiler).
      // At least --warm-up-rounds rounds, then more until the JIT compilers of the app and the driver together
      // took under --settled of the round's CPU (at most --warm-up-max rounds): a server runs warm for days, and
      // a run measured while C2 still compiled measured the compiler (it was a third of the CPU after one round).
      int least = Integer.parseInt(options.get("--warm-up-rounds"));
      int most = Math.min(26, Math.max(least, Integer.parseInt(options.get("--warm-up-max"))));
      double settled = Double.parseDouble(options.get("--settled"));
      for (int round = 0; round < most; round++) {
        Figures warmUp = new Figures();
        List<Map<String, Long>> appBefore = apps.stream().map(app -> ThreadCpu.snapshot(app.pid())).toList();
        Map<String, Long> driverBefore = ThreadCpu.snapshot(ProcessHandle.current().pid());
        long roundStart = System.nanoTime();
        drive(String.valueOf((char) ('a' + round)), threads, turns, senders, signer, 0, deadline, warmUp);
        double roundSeconds = (System.nanoTime() - roundStart) / 1e9;
        double appCompiling = 0;
        double appTotal = 0;
        for (int i = 0; i < apps.size(); i++) {
          Map<String, Long> after = ThreadCpu.snapshot(apps.get(i).pid());
          appCompiling += ThreadCpu.compilingNanos(appBefore.get(i), after);
          appTotal += ThreadCpu.totalNanos(appBefore.get(i), after);
        }
        Map<String, Long> driverAfter = ThreadCpu.snapshot(ProcessHandle.current().pid());
        double driverCompiling = ThreadCpu.compilingNanos(driverBefore, driverAfter);
        double driverTotal = ThreadCpu.totalNanos(driverBefore, driverAfter);
        System.out.printf("warm-up round %d: %.1f turns/s; us per turn: app %.0f (JIT %.0f), driver %.0f (JIT %.0f)%n",
            round + 1, threads * turns / roundSeconds, appTotal / 1e3 / (threads * turns),
            appCompiling / 1e3 / (threads * turns), driverTotal / 1e3 / (threads * turns),
            driverCompiling / 1e3 / (threads * turns));
        if (warmUp.errors.get() > 0) {
          // Not counted below, but said: a warm-up thread that waited 30 s for an answer sent no more turns.
          System.out.println("warm-up round " + (round + 1) + ": " + warmUp.errors.get()
              + " turns unanswered within 30 s");
        }
        if (round + 1 >= least && appCompiling + driverCompiling < settled * (appTotal + driverTotal)) {
          break;
        }
      }

      Figures figures = new Figures();
      long appCpu = cpuNanos(apps);
      long driverCpu = ownCpuNanos();
      List<Map<String, Long>> appThreads = apps.stream().map(app -> ThreadCpu.snapshot(app.pid())).toList();
      Map<String, Long> driverThreads = ThreadCpu.snapshot(ProcessHandle.current().pid());
      long start = System.nanoTime();
      drive("R", threads, turns, senders, signer, duplicateEvery, deadline, figures);
      double seconds = (System.nanoTime() - start) / 1e9;
      double appCpuPerTurn = (cpuNanos(apps) - appCpu) / 1e3 / (threads * turns);
      double driverCpuPerTurn = (ownCpuNanos() - driverCpu) / 1e3 / (threads * turns);
      List<String> appThreadsPerTurn = new ArrayList<>();
      for (int i = 0; i < apps.size(); i++) {
        appThreadsPerTurn.add(ThreadCpu.perTurn(appThreads.get(i), ThreadCpu.snapshot(apps.get(i).pid()),
            threads * turns, 8));
      }
      String driverThreadsPerTurn = ThreadCpu.perTurn(driverThreads,
          ThreadCpu.snapshot(ProcessHandle.current().pid()), threads * turns, 8);
      awaitQuiet(Duration.ofSeconds(2), Duration.ofSeconds(15));

      int duplicates = 0;
      int unanswered = 0;
      for (int t = 0; t < threads; t++) {
        int count = replyCounts.getOrDefault(key("R", t), new AtomicInteger()).get();
        duplicates += Math.max(0, count - turns);
        unanswered += Math.max(0, turns - count);
      }
      for (LocalProcess app : apps) {
        app.stop();
      }
      long lost = lostTurns(redisServer, stateDir, threads, turns);

      String mode = instances + " instance" + (instances > 1 ? "s" : "") + ", " + (redis ? "Redis" : "embedded");
      System.out.printf("%-24s threads=%d turns=%d  turns/s=%.1f  p50=%.1f ms  p99=%.1f ms  errors=%d  "
              + "unanswered=%d  duplicates=%d  lost=%d  (duplicate deliveries sent=%d)%n",
          mode, threads, threads * turns, threads * turns / seconds, figures.percentile(50),
          figures.percentile(99), figures.errors.get(), unanswered, duplicates, lost, figures.duplicatesSent.get());
      // What the machine spent per turn: the app(s), and this driver with the stand-in Web API in it.
      System.out.printf("cpu per turn: app %.0f us, driver and stand-in %.0f us; load average %.1f%n",
          appCpuPerTurn, driverCpuPerTurn,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      // By kind of thread, in µs a turn: JFR's samples leave out the JIT compiler and the GC.
      appThreadsPerTurn.forEach(kinds -> System.out.println("app threads, us per turn: " + kinds));
      System.out.println("driver threads, us per turn: " + driverThreadsPerTurn);
      System.out.println("web api calls: " + callsByMethod + "; logs in " + work);
      return figures.errors.get() == 0 && unanswered == 0 && duplicates == 0 && lost == 0;
    } finally {
      connections.values().forEach(apps -> apps.forEach(EventPoster::close));
      for (LocalProcess process : started) {
        process.close();
      }
    }
  }

  /**
   * Writes {@code count} conversations into the embedded store before the app starts, as months of cards would
   * leave: half of them idle for longer than the time to live, so expiry has work to do.
   */
  private static void preload(Path stateDir, int count) {
    if (count == 0) {
      return;
    }
    String state = "{\"company\":\"ally-financial\",\"role\":\"ml-ai-engineer\",\"region\":\"charlotte\","
        + "\"offer\":{\"base\":180000,\"rsu\":50000,\"bonus\":40000},\"turns\":3}";
    Clock old = Clock.offset(Clock.systemUTC(), Duration.ofDays(-40));
    try (MvConversationStore recent = MvConversationStore.open(stateDir, Clock.systemUTC(), Duration.ofDays(30))) {
      write(recent, 0, count / 2, state);
    }
    try (MvConversationStore stale = MvConversationStore.open(stateDir, old, Duration.ofDays(30))) {
      write(stale, count / 2, count, state);
    }
  }

  /** Conversations {@code from} to {@code to}, with a durable save every 10,000 so the writer keeps up. */
  private static void write(MvConversationStore store, int from, int to, String state) {
    for (int i = from; i < to; i++) {
      ConversationKey key = new ConversationKey("T1", "C" + (i % 500), String.format("1600000000.%07d", i));
      if (i % 10_000 == 0) {
        store.save(key, "U" + (i % 997), state, MvConversationStore.NEW);
      } else {
        store.saveSoon(key, "U" + (i % 997), state);
      }
    }
  }

  /** Every thread sends its turns one after another, each after the previous one was answered. */
  private void drive(String run, int threads, int turns, List<Integer> ports, Signer signer, int duplicateEvery,
      long deadline, Figures figures) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> all = new ArrayList<>();
      AtomicInteger sequence = new AtomicInteger();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        all.add(pool.submit(() -> {
          String channel = "D" + run + thread;
          String threadTs = threadTs(thread);
          Semaphore answered = replies.computeIfAbsent(key(run, thread), k -> new Semaphore(0));
          // One kept-alive connection to each app per driver thread, kept from round to round: a new connection
          // costs Jetty more than a request on an open one (its parser's header cache), and Slack keeps its own.
          List<EventPoster> apps = connections.computeIfAbsent(thread, number -> ports.stream()
              .map(port -> new EventPoster(port, signer, Clock.systemUTC(), Duration.ofSeconds(10))).toList());
          for (int turn = 0; turn < turns; turn++) {
            String ts = turn == 0 ? threadTs : (epoch + 1) + "." + String.format("%06d", thread * 10 + turn);
            ObjectNode message = payloads.message(Channel.of(channel), TURNS.get(turn), ts, threadTs);
            message.put("user", "U" + thread);
            String body = payloads.eventCallback(message, "Ev" + epoch + run + thread + "x" + turn,
                System.currentTimeMillis() / 1000);
            // Turns of one thread alternate between instances: begun on A, continued on B.
            EventPoster target = apps.get(turn % apps.size());
            long sent = System.nanoTime();
            if (!post(target, body, 0)) {
              figures.errors.incrementAndGet();
              continue;
            }
            if (duplicateEvery > 0 && sequence.incrementAndGet() % duplicateEvery == 0) {
              // Slack's retry of the same event, landing on the other instance when there are two.
              figures.duplicatesSent.incrementAndGet();
              if (!post(apps.get((turn + 1) % apps.size()), body, 1)) {
                figures.errors.incrementAndGet();
              }
            }
            long waitNanos = Math.min(TimeUnit.SECONDS.toNanos(30), deadline - System.nanoTime());
            if (!answered.tryAcquire(Math.max(0, waitNanos), TimeUnit.NANOSECONDS)) {
              figures.errors.incrementAndGet();
              return null;
            }
            figures.latencies.add(System.nanoTime() - sent);
          }
          return null;
        }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean post(EventPoster app, String body, int retry) {
    try {
      return app.post(body, retry) / 100 == 2;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private void replied(String channel, String threadTs) {
    lastReplyNanos.set(System.nanoTime());
    if (channel == null || channel.length() < 3 || threadTs == null) {
      return;
    }
    // Channel "D" + run + thread: the thread number is in the channel id.
    String run = channel.substring(1, 2);
    String key = key(run, Integer.parseInt(channel.substring(2)));
    replyCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    replies.computeIfAbsent(key, k -> new Semaphore(0)).release();
  }

  /** Late duplicates would arrive after the last expected reply: wait until the stand-in has been quiet a while. */
  private void awaitQuiet(Duration quiet, Duration bound) {
    long end = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < end && System.nanoTime() - lastReplyNanos.get() < quiet.toNanos()) {
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  /** Turns answered but missing from the store: each answered turn must have bumped the thread's version. */
  private long lostTurns(LocalProcess redisServer, Path stateDir, int threads, int turns) {
    long lost = 0;
    if (redisServer != null) {
      RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisServer.port());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        for (int t = 0; t < threads; t++) {
          String v = connection.sync().hget("comp-coach:conv:T1:DR" + t + ":" + threadTs(t),
              "v");
          lost += Math.max(0, turns - (v == null ? 0 : Long.parseLong(v)));
        }
      } finally {
        client.shutdown();
      }
      return lost;
    }
    try (MvConversationStore store = MvConversationStore.open(stateDir, Clock.systemUTC(),
        Duration.ofDays(30))) {
      for (int t = 0; t < threads; t++) {
        Optional<StoredConversation> stored = store.load(new ConversationKey("T1", "DR" + t,
            threadTs(t)));
        lost += Math.max(0, turns - stored.map(StoredConversation::version).orElse(0L));
      }
    }
    return lost;
  }

  /** What the embedded store held at the start, as the size of its file. */
  private static String storedFile(Path stateDir) throws java.io.IOException {
    Path file = stateDir.resolve(MvConversationStore.FILE_NAME);
    return Files.exists(file) ? "store file " + Files.size(file) / (1 << 20) + " MiB" : "empty store";
  }

  /** CPU time the app processes have used so far. */
  private static long cpuNanos(List<LocalProcess> apps) {
    long total = 0;
    for (LocalProcess app : apps) {
      total += ProcessHandle.of(app.pid()).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos)
          .orElse(0L);
    }
    return total;
  }

  /** CPU time this process (the load driver and the stand-in Web API) has used so far. */
  private static long ownCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** This run's thread {@code thread}: new threads each run, so a kept state folder never holds them already. */
  private String threadTs(int thread) {
    return epoch + "." + String.format("%06d", thread);
  }

  private static String key(String run, int thread) {
    return run + thread;
  }

  /** Latencies and error counts of one run. */
  private static final class Figures {
    final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger duplicatesSent = new AtomicInteger();

    double percentile(int p) {
      long[] sorted;
      synchronized (latencies) {
        sorted = latencies.stream().mapToLong(Long::longValue).toArray();
      }
      if (sorted.length == 0) {
        return Double.NaN;
      }
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }
}
