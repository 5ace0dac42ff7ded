package com.compcoach.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 connection on a raw socket, for what a well-behaved client never does: headers without the body
 * they promise, a body one byte at a time, more bytes than any cap, a request line that is not HTTP.
 */
final class RawHttp implements AutoCloseable {

  /** A response as read off the wire: the status and everything after the headers that arrived. */
  record Answer(int status, String head, String body) {}

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  RawHttp(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  /** Writes text as is (a request line, headers, part of a body); false once the server has closed the connection. */
  boolean write(String text) {
    return write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes as is; false once the server has closed the connection. */
  boolean write(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads the response the server sends, waiting at most {@code within} for it to start and end (the server closes
   * the connection or the declared length is in).
   *
   * @throws AssertionError when nothing arrives in time
   */
  Answer read(Duration within) throws IOException {
    long deadline = System.nanoTime() + within.toNanos();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        break;
      } catch (IOException e) {
        break; // reset by the server after its answer
      }
      if (n < 0) {
        break;
      }
      got.write(buffer, 0, n);
      if (complete(got.toString(StandardCharsets.ISO_8859_1))) {
        break;
      }
    }
    String text = got.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError("no response within " + within + "; got: " + text);
    }
    return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
  }

  /** Whether the server closed its side (a read ends at once with end-of-stream or a reset). */
  boolean closedByServer(Duration within) throws IOException {
    socket.setSoTimeout((int) within.toMillis());
    try {
      while (in.read() >= 0) {
        // drain whatever is left of a response
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    String head = text.substring(0, end).toLowerCase();
    int at = head.indexOf("content-length:");
    if (at < 0) {
      return false;
    }
    int stop = head.indexOf("\r\n", at);
    int length = Integer.parseInt(head.substring(at + 15, stop < 0 ? head.length() : stop).trim());
    return text.length() - end - 4 >= length;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
