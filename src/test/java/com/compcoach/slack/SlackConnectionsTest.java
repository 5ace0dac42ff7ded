package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kept-alive connections messages go on, against a scripted HTTP/1.1 server on a real socket. */
class SlackConnectionsTest {

  private static final Duration WITHIN = Duration.ofSeconds(10);
  private static final String OK = "{\"ok\":true,\"ts\":\"1.2\"}";

  private final AtomicLong nanos = new AtomicLong();
  private ScriptedServer server;
  private SlackConnections connections;

  @AfterEach
  void stop() throws IOException {
    if (connections != null) {
      connections.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void post_twoCallsInARow_secondGoesOnTheSameConnection() throws Exception {
    server = ScriptedServer.plain(request -> answer(200, "Content-Length: " + OK.length(), OK));
    connections = plainTo(server);

    SlackConnections.Answer first = connections.post("chat.postMessage", bytes("{\"channel\":"), bytes("\"C1\"}"));
    SlackConnections.Answer second = connections.post("chat.update", bytes("{}"));

    assertEquals(200, first.status());
    assertArrayEquals(bytes(OK), first.body());
    assertEquals(200, second.status());
    ScriptedServer.Received posted = server.next();
    assertEquals("POST /api/chat.postMessage HTTP/1.1", posted.requestLine());
    assertEquals("Bearer xoxb-test", posted.header("authorization"));
    assertEquals("application/json; charset=utf-8", posted.header("content-type"));
    assertEquals("{\"channel\":\"C1\"}", posted.body(), "the parts, one after the other");
    ScriptedServer.Received updated = server.next();
    assertEquals("POST /api/chat.update HTTP/1.1", updated.requestLine());
    assertEquals(posted.connection(), updated.connection(), "kept alive");
  }

  @Test
  void post_answerInChunks_readWholeAndTheConnectionKept() throws Exception {
    server = ScriptedServer.plain(request -> answer(200, "Transfer-Encoding: chunked",
        "5;x=y\r\n{\"ok\"\r\n" + Integer.toHexString(OK.length() - 5) + "\r\n" + OK.substring(5) + "\r\n0\r\n\r\n"));
    connections = plainTo(server);

    assertArrayEquals(bytes(OK), twoPostsOnOneConnection().body());
  }

  @Test
  void post_serverSaysItWillClose_nextCallOpensAnotherConnection() throws Exception {
    server = ScriptedServer.plain(request -> answer(200, "Content-Length: " + OK.length() + "\r\nConnection: close",
        OK));
    connections = plainTo(server);

    connections.post("chat.postMessage", bytes("{}"));
    connections.post("chat.postMessage", bytes("{}"));

    assertTrue(server.next().connection() != server.next().connection());
  }

  @Test
  void post_connectionIdleLongerThanItsKeep_closedAndAnotherOpened() throws Exception {
    server = ScriptedServer.plain(request -> answer(200, "Content-Length: " + OK.length(), OK));
    connections = plainTo(server);

    connections.post("chat.postMessage", bytes("{}"));
    nanos.addAndGet(SlackConnections.KEEP_IDLE.toNanos());
    connections.post("chat.postMessage", bytes("{}"));

    ScriptedServer.Received first = server.next();
    assertTrue(first.connection() != server.next().connection(), "a connection the server may have dropped");
    assertTrue(server.awaitClosed(first.connection()), "the stale one is closed, not left open");
  }

  @Test
  void post_serverDroppedTheConnectionWithoutSaying_failsAndIsNotSentAgain() throws Exception {
    answeredOnceThenLeft(ScriptedServer.plain(request -> answer(200, "Content-Length: " + OK.length(), OK))
        .closingAfterEach());

    assertThrows(IOException.class, () -> connections.post("chat.postMessage", bytes("{\"text\":\"card\"}")));

    assertEquals(1, server.connections(), "not sent again on a new connection: Slack might have had it");
  }

  @Test
  void post_serverResetTheKeptConnection_writtenWholeOnANewOneOnce() throws Exception {
    answeredOnceThenLeft(ScriptedServer.plain(request -> answer(200, "Content-Length: " + OK.length(), OK))
        .resettingAfterEach());

    SlackConnections.Answer answer = connections.post("chat.postMessage", bytes("{\"text\":\"card\"}"));

    assertArrayEquals(bytes(OK), answer.body());
    ScriptedServer.Received card = server.next();
    assertEquals("{\"text\":\"card\"}", card.body());
    assertEquals(1, card.connection(), "on a new connection");
    assertEquals(2, server.connections());
  }

  @Test
  void post_rateLimited_statusAndRetryAfterPassedOn() throws Exception {
    String limited = "{\"ok\":false,\"error\":\"ratelimited\"}";
    server = ScriptedServer.plain(request -> answer(429, "Retry-After: 7\r\nContent-Length: " + limited.length(),
        limited));
    connections = plainTo(server);

    SlackConnections.Answer answer = connections.post("chat.postMessage", bytes("{}"));

    assertEquals(429, answer.status());
    assertEquals("7", answer.retryAfter());
  }

  @Test
  void post_answerWithoutLength_readToItsEndAndNotKept() throws Exception {
    server = ScriptedServer.plain(request -> answer(200, "", OK)).closingAfterEach();
    connections = plainTo(server);

    SlackConnections.Answer answer = connections.post("chat.postMessage", bytes("{}"));
    connections.post("chat.postMessage", bytes("{}"));

    assertArrayEquals(bytes(OK), answer.body());
    assertNull(answer.retryAfter());
    assertEquals(2, server.connections());
  }

  @Test
  void post_answerThatIsNotHttp_failsAsNoAnswerAndTheConnectionIsDropped() throws Exception {
    server = ScriptedServer.plain(request -> request.body().equals("{}") ? "HTTP/1.1 2xx Fine\r\n\r\n"
        : answer(200, "Content-Length: " + OK.length(), OK));
    connections = plainTo(server);

    assertThrows(IOException.class, () -> connections.post("chat.postMessage", bytes("{}")));
    SlackConnections.Answer next = connections.post("chat.postMessage", bytes("{\"text\":\"card\"}"));

    assertArrayEquals(bytes(OK), next.body());
    assertEquals(2, server.connections(), "the garbled connection is not used again");
  }

  @Test
  void post_serverNeverAnswers_failsOnceTheReadTimesOut() throws Exception {
    server = ScriptedServer.plain(request -> null);
    connections = new SlackConnections(server.url("http"), "Bearer xoxb-test", null, null, WITHIN,
        Duration.ofMillis(200), SlackConnections.KEEP_IDLE, nanos::get);

    assertThrows(java.net.SocketTimeoutException.class, () -> connections.post("chat.postMessage", bytes("{}")));
  }

  @Test
  void post_overTlsWithTheHostsCertificate_answered() throws Exception {
    SSLContext tls = tls("tls/localhost-self-signed.p12");
    server = ScriptedServer.secure(tls, request -> answer(200, "Content-Length: " + OK.length(), OK));
    connections = securedTo(server, tls);

    assertArrayEquals(bytes(OK), twoPostsOnOneConnection().body());
  }

  @Test
  void post_overTlsWithACertificateForAnotherName_refused() throws Exception {
    SSLContext tls = tls("tls/other-example-self-signed.p12");
    server = ScriptedServer.secure(tls, request -> answer(200, "Content-Length: " + OK.length(), OK));
    connections = securedTo(server, tls);

    assertThrows(SSLException.class, () -> connections.post("chat.postMessage", bytes("{}")));
  }

  @Test
  void post_overTlsBehindAnHttpProxy_tunnelledThroughIt() throws Exception {
    SSLContext tls = tls("tls/localhost-self-signed.p12");
    server = ScriptedServer.secure(tls, request -> answer(200, "Content-Length: " + OK.length(), OK));
    try (TunnellingProxy proxy = new TunnellingProxy()) {
      connections = new SlackConnections(server.url("https"), "Bearer xoxb-test", tls.getSocketFactory(),
          ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.port())), WITHIN, WITHIN,
          SlackConnections.KEEP_IDLE, nanos::get);

      SlackConnections.Answer answer = connections.post("chat.postMessage", bytes("{}"));

      assertArrayEquals(bytes(OK), answer.body());
      assertEquals("CONNECT localhost:" + server.url("https").getPort() + " HTTP/1.1", proxy.asked());
    }
  }

  /** One call answered on a kept connection that the server then left, as it chose to. */
  private void answeredOnceThenLeft(ScriptedServer leaving) throws Exception {
    server = leaving;
    connections = plainTo(server);
    connections.post("chat.postMessage", bytes("{}"));
    assertTrue(server.awaitClosed(server.next().connection()));
  }

  /** Posts twice; the first answer, once the second is seen to have gone on the same connection. */
  private SlackConnections.Answer twoPostsOnOneConnection() throws Exception {
    SlackConnections.Answer first = connections.post("chat.postMessage", bytes("{}"));
    connections.post("chat.postMessage", bytes("{}"));
    assertEquals(server.next().connection(), server.next().connection(), "kept alive");
    return first;
  }

  private SlackConnections securedTo(ScriptedServer server, SSLContext tls) {
    return new SlackConnections(server.url("https"), "Bearer xoxb-test", tls.getSocketFactory(), null, WITHIN,
        WITHIN, SlackConnections.KEEP_IDLE, nanos::get);
  }

  private SlackConnections plainTo(ScriptedServer server) {
    return new SlackConnections(server.url("http"), "Bearer xoxb-test", null, null, WITHIN, WITHIN,
        SlackConnections.KEEP_IDLE, nanos::get);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** An answer as sent on the wire; {@code headers} are CR LF separated lines. */
  private static String answer(int status, String headers, String body) {
    return "HTTP/1.1 " + status + " X\r\n" + (headers.isEmpty() ? "" : headers + "\r\n") + "\r\n" + body;
  }

  /** Keys and trust from one self-signed certificate: the test trusts exactly that certificate. */
  private static SSLContext tls(String resource) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = SlackConnectionsTest.class.getClassLoader().getResourceAsStream(resource)) {
      store.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, "changeit".toCharArray());
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  /** An HTTP proxy on 127.0.0.1 that opens the tunnels it is asked for and remembers the last request line. */
  private static final class TunnellingProxy implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final BlockingQueue<String> asked = new LinkedBlockingQueue<>();

    TunnellingProxy() throws IOException {
      Thread acceptor = new Thread(() -> {
        try (Socket client = socket.accept()) {
          String connect = ScriptedServer.line(client.getInputStream());
          while (!ScriptedServer.line(client.getInputStream()).isEmpty()) {
            // the request's headers
          }
          asked.add(connect);
          String[] target = connect.split(" ")[1].split(":");
          try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
            Thread back = new Thread(() -> pipe(upstream, client));
            back.setDaemon(true);
            back.start();
            pipe(client, upstream);
          }
        } catch (IOException e) {
          // the test is over
        }
      }, "tunnelling-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private static void pipe(Socket from, Socket to) {
      try {
        from.getInputStream().transferTo(to.getOutputStream());
      } catch (IOException e) {
        // one side closed
      }
    }

    int port() {
      return socket.getLocalPort();
    }

    String asked() throws InterruptedException {
      return asked.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /**
   * An HTTP/1.1 server on 127.0.0.1 that answers each request with what its script says (null: never answers), and
   * records every request with the number of the connection it came on.
   */
  private static final class ScriptedServer implements AutoCloseable {

    record Received(int connection, String requestLine, List<String> headers, String body) {
      String header(String name) {
        for (String header : headers) {
          int colon = header.indexOf(':');
          if (header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
            return header.substring(colon + 1).trim();
          }
        }
        return null;
      }
    }

    private final ServerSocket socket;
    private final Function<Received, String> script;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<BlockingQueue<Boolean>> closed = new ArrayList<>();
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean closeAfterEach;
    private volatile boolean resetAfterEach;

    private ScriptedServer(ServerSocket socket, Function<Received, String> script) {
      this.socket = socket;
      this.script = script;
      Thread acceptor = new Thread(this::accept, "scripted-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    static ScriptedServer plain(Function<Received, String> script) throws IOException {
      return new ScriptedServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
    }

    static ScriptedServer secure(SSLContext tls, Function<Received, String> script) throws IOException {
      return new ScriptedServer(tls.getServerSocketFactory().createServerSocket(0, 50,
          InetAddress.getLoopbackAddress()), script);
    }

    /** Closes each connection after its first answer, without saying so. */
    ScriptedServer closingAfterEach() {
      closeAfterEach = true;
      return this;
    }

    /** Resets each connection after its first answer (a TCP reset, no goodbye), without saying so. */
    ScriptedServer resettingAfterEach() {
      resetAfterEach = true;
      return closingAfterEach();
    }

    URI url(String scheme) {
      return URI.create(scheme + "://" + ("https".equals(scheme) ? "localhost" : "127.0.0.1") + ":"
          + socket.getLocalPort() + "/api/");
    }

    Received next() throws InterruptedException {
      Received request = received.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      if (request == null) {
        throw new AssertionError("no request came");
      }
      return request;
    }

    synchronized int connections() {
      return closed.size();
    }

    /** Whether connection {@code number} ended (the client closed it, or this server did). */
    boolean awaitClosed(int number) throws InterruptedException {
      BlockingQueue<Boolean> ended;
      synchronized (this) {
        ended = closed.get(number);
      }
      Boolean done = ended.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      if (done != null) {
        ended.add(done);
      }
      return done != null;
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          int number;
          synchronized (this) {
            number = closed.size();
            closed.add(new LinkedBlockingQueue<>());
            open.add(connection);
          }
          Thread serving = new Thread(() -> serve(connection, number), "scripted-connection-" + number);
          serving.setDaemon(true);
          serving.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket connection, int number) {
      try (connection) {
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream();
        while (true) {
          String requestLine = line(in);
          if (requestLine == null) {
            return;
          }
          List<String> headers = new ArrayList<>();
          int length = 0;
          for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            headers.add(header);
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
              length = Integer.parseInt(header.substring(15).trim());
            }
          }
          String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
          Received request = new Received(number, requestLine, headers, body);
          received.add(request);
          String answer = script.apply(request);
          if (answer == null) {
            in.read(); // never answers: waits for the client to give up
            return;
          }
          out.write(answer.getBytes(StandardCharsets.UTF_8));
          out.flush();
          if (closeAfterEach) {
            if (resetAfterEach) {
              connection.setSoLinger(true, 0);
            }
            return;
          }
        }
      } catch (IOException e) {
        // the client went away
      } finally {
        synchronized (this) {
          closed.get(number).add(true);
        }
      }
    }

    static String line(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          return null;
        }
        if (b != '\r') {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      socket.close();
      synchronized (this) {
        for (Socket connection : open) {
          connection.close();
        }
      }
    }
  }
}
