package com.compcoach.bench.store;

import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.Signer;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.Team;
import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The hostile run of issue #16: {@code serve} started as the README starts it ({@code -Xmx128m -XX:+UseSerialGC
 * -XX:+ExitOnOutOfMemoryError}), then slow senders (bodies and headers a byte every 5 s), big bodies (40 MB
 * declared without a signature, 40 MB chunked with a signature of the right shape, 24 MB announced and streamed)
 * and junk, while a signed {@code /comp} is timed every 200 ms and {@code /healthz} beside it. It lives beside
 * {@link StoreLoad} because it drives the same app process with the same stand-in Web API.
 *
 * <p>Prints the figures; exits 1 when a signed request took 3 s or more, failed, the app died, or its log holds
 * anything the run sent that must never be logged.
 */
public final class HostileRun {

  private static final String SECRET = "hostile-run-signing-secret";
  private static final String TOKEN = "xoxb-hostile-run-token";
  private static final String FIGURE = "987,654";
  private static final Duration SLACK_DEADLINE = Duration.ofSeconds(3);

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong slowCut = new AtomicLong();
  private final AtomicLong slowHeldMillis = new AtomicLong();
  private final AtomicLong bigRefused = new AtomicLong();
  private final AtomicLong bigBytesWritten = new AtomicLong();
  private final AtomicLong junkSent = new AtomicLong();
  private final Payloads payloads = new Payloads(new ObjectMapper(), Team.TEST);
  private final AtomicLong commands = new AtomicLong();
  private int port;
  private SlackSender sender;

  private HostileRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("--jar", "target/comp-coach.jar", "--seconds", "60",
        "--slow", "80", "--big", "6"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    System.exit(new HostileRun().run(options) ? 0 : 1);
  }

  private boolean run(Map<String, String> options) throws Exception {
    Path work = Files.createTempDirectory("comp-coach-hostile");
    Path log = work.resolve("serve.log");
    try (WebApiStandIn api = new WebApiStandIn()) {
      Map<String, String> env = Map.of("SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", TOKEN, "SLACK_API_URL",
          api.apiUrl(), "STATE_DIR", work.resolve("state").toString());
      try (LocalProcess app = LocalProcess.app("serve", Path.of(options.get("--jar")),
          List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"), env, log)) {
        app.awaitHealthy(Duration.ofSeconds(60));
        port = app.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        sender = new SlackSender(http, URI.create("http://127.0.0.1:" + port + "/slack/events"), new Signer(SECRET),
            Clock.systemUTC(), Duration.ofSeconds(10));
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          warm.add(signedCommand());
        }
        int slow = Integer.parseInt(options.get("--slow"));
        int big = Integer.parseInt(options.get("--big"));
        List<Thread> attackers = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
          attackers.add(start("slow-" + i, i % 2 == 0 ? this::slowBody : this::slowHeaders));
        }
        for (int i = 0; i < big; i++) {
          int kind = i;
          attackers.add(start("big-" + i, () -> bigBodies(kind)));
        }
        attackers.add(start("junk", this::junk));
        // Let the attackers fill the connections before the clock starts.
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3));

        List<Long> commands = Collections.synchronizedList(new ArrayList<>());
        List<Long> health = new ArrayList<>();
        long failures = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(options.get("--seconds")));
        while (System.nanoTime() < end && app.alive()) {
          long took = signedCommand();
          if (took < 0) {
            failures++;
          } else {
            commands.add(took);
          }
          health.add(healthz(http));
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        running.set(false);
        for (Thread attacker : attackers) {
          attacker.join(15_000);
        }
        boolean alive = app.alive();
        long peakRss = peakRssKib(app.pid());
        app.stop();
        List<String> lines = Files.readAllLines(log);
        long leaks = lines.stream().filter(l -> l.contains(FIGURE) || l.contains(TOKEN) || l.contains(SECRET)
            || l.contains("they offered")).count();

        long over = commands.stream().filter(ms -> ms >= SLACK_DEADLINE.toMillis()).count();
        System.out.printf("warm-up: %d signed /comp, p50 %d ms%n", warm.size(), percentile(warm, 50));
        System.out.printf("signed /comp under attack: %d answered, %d failed, p50 %d ms, p99 %d ms, max %d ms, "
            + "%d at or over 3 s%n", commands.size(), failures, percentile(commands, 50), percentile(commands, 99),
            percentile(commands, 100), over);
        System.out.printf("/healthz under attack: %d, p50 %d ms, max %d ms%n", health.size(), percentile(health, 50),
            percentile(health, 100));
        System.out.printf("slow senders (%d): cut %d times, held a connection %d ms on average before the cut%n",
            slow, slowCut.get(), slowCut.get() == 0 ? 0 : slowHeldMillis.get() / slowCut.get());
        System.out.printf("big bodies (%d senders): %d refused, %d KiB written on average before the refusal "
            + "reached the sender (the kernel's socket buffers take most of it; the app reads at most 1 MiB)%n", big,
            bigRefused.get(), bigRefused.get() == 0 ? 0 : bigBytesWritten.get() / bigRefused.get() / 1024);
        System.out.printf("junk requests: %d%n", junkSent.get());
        System.out.printf("app alive at the end: %s; peak RSS %d MiB; log: %d lines, %d holding a figure, text, "
            + "token or secret sent%n", alive, peakRss / 1024, lines.size(), leaks);
        return alive && failures == 0 && over == 0 && leaks == 0;
      }
    }
  }

  private Thread start(String name, Runnable attack) {
    Thread thread = new Thread(() -> {
      while (running.get()) {
        try {
          attack.run();
        } catch (RuntimeException e) {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Signature headers of the right shape and a fresh timestamp, so only the HMAC over the body could refuse. */
  private static String shapedHeaders() {
    return "X-Slack-Request-Timestamp: " + System.currentTimeMillis() / 1000 + "\r\nX-Slack-Signature: v0="
        + "0".repeat(64) + "\r\n";
  }

  /** Promises 100,000 bytes and sends one every 5 s until the server cuts it. */
  private void slowBody() {
    trickle("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n"
        + shapedHeaders() + "\r\n", "{");
  }

  /** Sends its request line and then a header a byte every 5 s. */
  private void slowHeaders() {
    trickle("POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slow: ", "a");
  }

  private void trickle(String opening, String each) {
    long start = System.nanoTime();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(opening.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.setSoTimeout(5_000);
      InputStream in = socket.getInputStream();
      while (running.get()) {
        try {
          if (in.read() < 0) {
            break; // the server closed it
          }
        } catch (java.net.SocketTimeoutException quiet) {
          out.write(each.getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
      }
      if (running.get()) {
        slowCut.incrementAndGet();
        slowHeldMillis.addAndGet((System.nanoTime() - start) / 1_000_000);
      }
    } catch (IOException cut) {
      if (running.get()) {
        slowCut.incrementAndGet();
        slowHeldMillis.addAndGet((System.nanoTime() - start) / 1_000_000);
      }
    }
  }

  /** One big body of the sender's kind, sent as fast as the server takes it. */
  private void bigBodies(int kind) {
    long announced = switch (kind % 3) {
      case 0 -> 40L * 1024 * 1024;
      case 1 -> -1; // chunked
      default -> 24L * 1024 * 1024;
    };
    String head = "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + (announced < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + announced + "\r\n")
        + (kind % 3 == 0 ? "" : shapedHeaders()) + "\r\n";
    byte[] block = new byte[64 * 1024];
    java.util.Arrays.fill(block, (byte) 'x');
    byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    long sent = 0;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      long total = announced < 0 ? 40L * 1024 * 1024 : announced;
      while (sent < total && running.get()) {
        out.write(announced < 0 ? chunk : block);
        sent += block.length;
      }
      socket.getInputStream().read();
    } catch (IOException refused) {
      // the server stopped reading and closed the connection
    }
    bigRefused.incrementAndGet();
    bigBytesWritten.addAndGet(sent);
  }

  /** Requests no client should send: control characters, a forged log line, figures and a token in the body. */
  private void junk() {
    String body = "{\"token\":\"" + TOKEN + "\",\"text\":\"they offered " + FIGURE + " base\n12:00:00.000 ERROR "
        + "forged - line\"}";
    List<String> requests = List.of(
        "GET /\u0000" + FIGURE + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n" + body,
        "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n" + shapedHeaders()
            + "\r\n" + body,
        "BREW /coffee HTCPCP/1.0\r\n\r\n");
    for (String request : requests) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        socket.getInputStream().read(new byte[512]);
        junkSent.incrementAndGet();
      } catch (IOException ignored) {
        // a refusal by reset is as good as one by status
      }
    }
  }

  /** Milliseconds a signed {@code /comp} took to be acked, or -1 when it failed. */
  private long signedCommand() {
    // A trigger id of its own, as Slack gives every invocation, so no two commands are one replayed request.
    Map<String, String> command = payloads.slashCommand(Channel.of("C1"), "/comp", "ml-ai-engineer charlotte",
        "1.2." + commands.incrementAndGet(), "http://127.0.0.1:9/");
    long start = System.nanoTime();
    try {
      return sender.command(command).statusCode() == 200 ? (System.nanoTime() - start) / 1_000_000 : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private long healthz(HttpClient http) {
    long start = System.nanoTime();
    try {
      http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      return 10_000;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static long peakRssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
