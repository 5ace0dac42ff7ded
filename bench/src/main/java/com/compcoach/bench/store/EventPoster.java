package com.compcoach.bench.store;

import com.compcoach.standin.Signer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Posts signed Events API callbacks to one app over one kept-alive HTTP/1.1 connection, for one driver thread:
 * the load driver's own CPU is part of what a run on one machine measures, and {@code java.net.http} with its
 * selector and worker threads cost more per request than the app's own HTTP server. Signed as
 * {@link com.compcoach.standin.SlackSender} signs (the kit's {@link Signer}); not thread-safe.
 */
final class EventPoster implements AutoCloseable {

  private final int port;
  private final String head;
  private final Signer signer;
  private final Clock clock;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  EventPoster(int port, Signer signer, Clock clock, Duration timeout) {
    this.port = port;
    this.head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nContent-Type: application/json\r\nX-Slack-Request-Timestamp: ";
    this.signer = signer;
    this.clock = clock;
    this.timeoutMillis = (int) timeout.toMillis();
  }

  /**
   * Sends the event, signed now; {@code retry} above 0 marks it as Slack's retry of that number.
   *
   * @return the HTTP status the app answered
   */
  int post(String json, int retry) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    StringBuilder request = new StringBuilder(head.length() + 160).append(head).append(timestamp)
        .append("\r\nX-Slack-Signature: ").append(signer.sign(timestamp, body));
    if (retry > 0) {
      request.append("\r\nX-Slack-Retry-Num: ").append(retry).append("\r\nX-Slack-Retry-Reason: http_timeout");
    }
    request.append("\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
    byte[] headers = request.toString().getBytes(StandardCharsets.US_ASCII);
    try {
      return exchange(headers, body);
    } catch (IOException closedMeanwhile) {
      // The app may close a kept-alive connection (idle timeout, an error answer): once more on a new one.
      close();
      return exchange(headers, body);
    }
  }

  private int exchange(byte[] headers, byte[] body) throws IOException {
    if (socket == null) {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(timeoutMillis);
      in = new BufferedInputStream(socket.getInputStream(), 1024);
      out = socket.getOutputStream();
    }
    byte[] both = new byte[headers.length + body.length];
    System.arraycopy(headers, 0, both, 0, headers.length);
    System.arraycopy(body, 0, both, headers.length, body.length);
    out.write(both);
    out.flush();
    return response();
  }

  /** Reads one response through its body; closes the connection when the app said it would. */
  private int response() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 response: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = 0;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closing = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
        skip(size);
        line();
      }
      line();
    } else {
      skip(length);
    }
    if (closing) {
      close();
    }
    return code;
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the app closed the connection");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private void skip(long bytes) throws IOException {
    for (long left = bytes; left > 0; ) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("the app closed the connection mid-body");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
