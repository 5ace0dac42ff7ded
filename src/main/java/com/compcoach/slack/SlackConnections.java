package com.compcoach.slack;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Kept-alive HTTP/1.1 connections to Slack's Web API, on which its JSON calls (messages, mostly) are posted: a call
 * borrows an idle connection or opens one, writes its request in one piece, reads the answer whole and gives the
 * connection back. Nothing runs between calls, so no thread is woken per call (OkHttp woke its pool's clean-up thread
 * after every call: a context switch a card, docs/benchmarks.md).
 *
 * <p>A connection that may be stale is never used, since a request sent on one could not be sent again safely:
 * one idle for {@link #KEEP_IDLE} is closed instead (servers drop idle connections after 5 s or more), and so is one
 * whose server said it would close. A request that could not be written whole on a kept connection (the server had
 * reset it) is written again on a new one: Slack cannot have acted on part of a request. A call whose request was
 * written and that got no answer is not sent again here: Slack may have it, and {@link WebApi} decides.
 *
 * <p>An https API is reached through the HTTP proxy the JVM's {@link ProxySelector} names for it, if any (a
 * {@code CONNECT} tunnel, as the SDK's client did); a plain-http one (a local stand-in) is reached directly.
 */
final class SlackConnections implements AutoCloseable {

  /** How long a connection may wait idle and still be used; under the shortest keep-alive of common servers (5 s). */
  static final Duration KEEP_IDLE = Duration.ofSeconds(2);
  /** Idle connections kept at most; the rest are closed as they come back. */
  static final int MAX_IDLE = 64;
  /** The largest answer read; Slack echoes a posted message, which stays far below this. */
  static final int MAX_ANSWER = 4 * 1024 * 1024;
  private static final int MAX_LINE = 8 * 1024;
  private static final byte[] CRLF = {'\r', '\n'};

  /** Slack's answer: the HTTP status, its {@code Retry-After} header (null when absent) and the body. */
  record Answer(int status, String retryAfter, byte[] body) {}

  private final String host;
  private final int port;
  private final SSLSocketFactory tls;
  private final URI base;
  private final ProxySelector proxies;
  private final String basePath;
  /** The headers every call sends, up to the body's length. */
  private final byte[] headers;
  private final int connectMillis;
  private final int readMillis;
  private final long keepIdleNanos;
  private final LongSupplier nanoTime;
  /** Each method's request line, built once. */
  private final Map<String, byte[]> requestLines = new ConcurrentHashMap<>();
  /** Newest first: the connection used last is reused first, so the rest age out. */
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private volatile boolean closed;

  /** Connections to {@code base} (http or https; its path is the methods' prefix), with the JDK's trust store. */
  SlackConnections(URI base, String bearer, Duration connectTimeout, Duration readTimeout) {
    this(base, bearer, (SSLSocketFactory) SSLSocketFactory.getDefault(), ProxySelector.getDefault(),
        connectTimeout, readTimeout, KEEP_IDLE, System::nanoTime);
  }

  /**
   * @param tls      opens https connections (tests trust their own certificate)
   * @param proxies  names the HTTP proxy an https API is reached through (null: none)
   * @param nanoTime the clock a connection's idle time is measured on
   */
  SlackConnections(URI base, String bearer, SSLSocketFactory tls, ProxySelector proxies, Duration connectTimeout,
      Duration readTimeout, Duration keepIdle, LongSupplier nanoTime) {
    boolean https = "https".equalsIgnoreCase(base.getScheme());
    if (!https && !"http".equalsIgnoreCase(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL with a host: " + base);
    }
    this.host = base.getHost();
    this.port = base.getPort() != -1 ? base.getPort() : https ? 443 : 80;
    this.tls = https ? tls : null;
    this.base = base;
    this.proxies = proxies;
    String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    this.basePath = path.endsWith("/") ? path : path + "/";
    String hostHeader = base.getPort() == -1 ? host : host + ":" + port;
    this.headers = ("Host: " + hostHeader + "\r\nAuthorization: " + bearer
        + "\r\nContent-Type: application/json; charset=utf-8\r\nUser-Agent: comp-coach\r\nContent-Length: ")
        .getBytes(StandardCharsets.UTF_8);
    this.connectMillis = (int) connectTimeout.toMillis();
    this.readMillis = (int) readTimeout.toMillis();
    this.keepIdleNanos = keepIdle.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * POSTs a JSON body, given in parts that are sent one after the other, to a Web API method.
   *
   * @throws IOException when no whole answer came (no connection, a timeout, a connection closed before answering)
   */
  Answer post(String method, byte[]... body) throws IOException {
    Connection connection = borrow();
    boolean keep = false;
    try {
      try {
        connection.send(requestLine(method), headers, body);
      } catch (IOException reset) {
        if (!connection.used) {
          throw reset;
        }
        connection.close();
        connection = open();
        connection.send(requestLine(method), headers, body);
      }
      Answer answer = connection.receive();
      keep = connection.reusable;
      return answer;
    } finally {
      if (keep) {
        giveBack(connection);
      } else {
        connection.close();
      }
    }
  }

  private byte[] requestLine(String method) {
    return requestLines.computeIfAbsent(method,
        m -> ("POST " + basePath + m + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private Connection borrow() throws IOException {
    long now = nanoTime.getAsLong();
    for (Connection connection; (connection = idle.pollFirst()) != null; ) {
      idleCount.decrementAndGet();
      if (now - connection.idleSince < keepIdleNanos) {
        return connection;
      }
      connection.close();
    }
    return open();
  }

  private void giveBack(Connection connection) {
    long now = nanoTime.getAsLong();
    connection.idleSince = now;
    if (idleCount.incrementAndGet() > MAX_IDLE) {
      idleCount.decrementAndGet();
      connection.close();
      return;
    }
    idle.offerFirst(connection);
    // The oldest is closed once it outlived its keep, here rather than by a clean-up thread.
    Connection oldest = idle.peekLast();
    if (oldest != null && now - oldest.idleSince >= keepIdleNanos && idle.removeLastOccurrence(oldest)) {
      idleCount.decrementAndGet();
      oldest.close();
    }
    if (closed) {
      drain();
    }
  }

  private Connection open() throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      InetSocketAddress proxy = tls == null ? null : proxy();
      socket.connect(proxy != null ? proxy : new InetSocketAddress(host, port), connectMillis);
      socket.setSoTimeout(readMillis);
      if (proxy != null) {
        tunnel(socket);
      }
      if (tls != null) {
        SSLSocket secure = (SSLSocket) tls.createSocket(socket, host, port, true);
        SSLParameters parameters = secure.getSSLParameters();
        // The certificate must name the host: the default SSLSocket checks nothing of the kind.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!Character.isDigit(host.charAt(0)) && host.indexOf(':') < 0) {
          parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        secure.setSSLParameters(parameters);
        secure.startHandshake();
        socket = secure;
      }
      return new Connection(socket);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** The HTTP proxy the selector names for the API, or null to connect directly. */
  private InetSocketAddress proxy() {
    if (proxies == null) {
      return null;
    }
    for (Proxy proxy : proxies.select(base)) {
      if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress address) {
        return address.isUnresolved() ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
      }
    }
    return null;
  }

  /** Asks the proxy for a tunnel to the API's host; its answer's head is read to its end, byte by byte. */
  private void tunnel(Socket socket) throws IOException {
    String target = host + ":" + port;
    socket.getOutputStream().write(("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
      int b = in.read();
      if (b < 0 || head.length() == MAX_LINE) {
        throw new IOException("the proxy closed the tunnel before answering");
      }
      head.append((char) b);
    }
    if (!head.toString().matches("HTTP/1\\.[01] 200(?s).*")) {
      throw new IOException("the proxy refused the tunnel: " + head.substring(0, head.indexOf("\r")));
    }
  }

  private void drain() {
    for (Connection connection; (connection = idle.pollFirst()) != null; ) {
      idleCount.decrementAndGet();
      connection.close();
    }
  }

  /** Closes the idle connections; calls still running close theirs when they end. */
  @Override
  public void close() {
    closed = true;
    drain();
  }

  /** One connection, used by one call at a time: its request buffer and its read buffer are reused. */
  private static final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[8 * 1024];
    private int position;
    private int limit;
    private byte[] request = new byte[8 * 1024];
    private long idleSince;
    /** Whether the last answer leaves the connection open for another call. */
    private boolean reusable;
    /** Whether a call was answered on it before: only a kept connection can have been reset unseen. */
    private boolean used;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** The request in one write, so it leaves in one segment (the connection has no delay set). */
    void send(byte[] requestLine, byte[] headers, byte[][] body) throws IOException {
      int length = 0;
      for (byte[] part : body) {
        length += part.length;
      }
      byte[] contentLength = Integer.toString(length).getBytes(StandardCharsets.US_ASCII);
      int size = requestLine.length + headers.length + contentLength.length + 4 + length;
      if (request.length < size) {
        request = new byte[Math.max(size, request.length * 2)];
      }
      int at = put(requestLine, 0);
      at = put(headers, at);
      at = put(contentLength, at);
      at = put(CRLF, put(CRLF, at));
      for (byte[] part : body) {
        at = put(part, at);
      }
      out.write(request, 0, at);
      out.flush();
    }

    private int put(byte[] bytes, int at) {
      System.arraycopy(bytes, 0, request, at, bytes.length);
      return at + bytes.length;
    }

    /** The answer read whole; anything that is not HTTP/1.x as expected fails as no answer. */
    Answer receive() throws IOException {
      try {
        return read();
      } catch (NumberFormatException e) {
        throw new IOException("an answer with a malformed number in its head", e);
      }
    }

    private Answer read() throws IOException {
      String statusLine = line();
      if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
        throw new IOException("not an HTTP/1.x answer");
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      boolean keepAlive = statusLine.charAt(7) != '0';
      long length = -1;
      boolean chunked = false;
      String retryAfter = null;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = header.substring(0, colon).trim();
        String value = header.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          length = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
          chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        } else if (name.equalsIgnoreCase("Connection")) {
          String said = value.toLowerCase(Locale.ROOT);
          keepAlive = said.contains("close") ? false : said.contains("keep-alive") || keepAlive;
        } else if (name.equalsIgnoreCase("Retry-After")) {
          retryAfter = value;
        }
      }
      byte[] body;
      if (status == 204 || status == 304) {
        body = new byte[0];
      } else if (chunked) {
        body = chunks();
      } else if (length >= 0) {
        if (length > MAX_ANSWER) {
          throw new IOException("an answer of " + length + " bytes");
        }
        body = exactly((int) length);
      } else {
        body = untilClosed();
        keepAlive = false;
      }
      reusable = keepAlive;
      used = true;
      return new Answer(status, retryAfter, body);
    }

    private byte[] chunks() throws IOException {
      byte[] body = new byte[0];
      while (true) {
        String sizeLine = line();
        int extension = sizeLine.indexOf(';');
        int size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
        if (size == 0) {
          while (!line().isEmpty()) {
            // trailers: none is read
          }
          return body;
        }
        if (size < 0 || body.length + (long) size > MAX_ANSWER) {
          throw new IOException("an answer over " + MAX_ANSWER + " bytes");
        }
        byte[] chunk = exactly(size);
        int start = body.length;
        body = Arrays.copyOf(body, start + size);
        System.arraycopy(chunk, 0, body, start, size);
        if (!line().isEmpty()) {
          throw new IOException("a chunk without its line end");
        }
      }
    }

    private byte[] exactly(int length) throws IOException {
      byte[] body = new byte[length];
      int have = Math.min(length, limit - position);
      System.arraycopy(buffer, position, body, 0, have);
      position += have;
      while (have < length) {
        int read = in.read(body, have, length - have);
        if (read < 0) {
          throw new EOFException("the answer ended early");
        }
        have += read;
      }
      return body;
    }

    private byte[] untilClosed() throws IOException {
      byte[] body = Arrays.copyOfRange(buffer, position, limit);
      position = limit;
      byte[] more = in.readNBytes(MAX_ANSWER - body.length + 1);
      if (body.length + more.length > MAX_ANSWER) {
        throw new IOException("an answer over " + MAX_ANSWER + " bytes");
      }
      byte[] all = Arrays.copyOf(body, body.length + more.length);
      System.arraycopy(more, 0, all, body.length, more.length);
      return all;
    }

    /** One line of the head, without its CR LF; ASCII. */
    private String line() throws IOException {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit < 0) {
            limit = 0;
            throw new EOFException("the connection closed before an answer");
          }
        }
        byte b = buffer[position++];
        if (b == '\n') {
          int end = line.length();
          return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
        }
        if (line.length() == MAX_LINE) {
          throw new IOException("an answer line over " + MAX_LINE + " bytes");
        }
        line.append((char) (b & 0xff));
      }
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing a connection that failed: nothing left to do with it.
      }
    }
  }
}
