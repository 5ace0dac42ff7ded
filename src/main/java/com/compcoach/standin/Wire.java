package com.compcoach.standin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Reading and writing the small HTTP bodies the stand-ins' and the console's Jetty handlers exchange. */
public final class Wire {

  /** What the stand-ins and the console read of a message, a click or a Web API call; Slack's own are a few KB. */
  public static final int LARGEST_BODY = 1024 * 1024;

  private Wire() {}

  /** The whole body, read as UTF-8. */
  public static String body(Request request) throws IOException {
    return Content.Source.asString(request, StandardCharsets.UTF_8);
  }

  /**
   * The body, read as UTF-8 while it stays within {@code limit} bytes: one declared larger is refused before a byte is
   * read, and one that grows past it (chunked, or more than declared) as soon as it does, reading no more.
   *
   * @throws TooLarge when the body is over the limit
   */
  public static String body(Request request, int limit) throws IOException {
    if (request.getLength() > limit) {
      throw new TooLarge();
    }
    java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
    try (java.io.InputStream in = Content.Source.asInputStream(request)) {
      byte[] buffer = new byte[16 * 1024];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (got.size() + n > limit) {
          throw new TooLarge();
        }
        got.write(buffer, 0, n);
      }
    }
    return got.toString(StandardCharsets.UTF_8);
  }

  /** A body over the limit its reader set. */
  public static final class TooLarge extends IOException {
    public TooLarge() {
      super("the body is over its limit");
    }
  }

  /** {@code 413} as short JSON, the connection closed so that the rest of the body is never read. */
  public static void refuseTooLarge(Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    sendJson(response, callback, 413, "{\"ok\":false,\"error\":\"body_too_large\"}");
  }

  public static boolean isJson(Request request) {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  public static String path(Request request) {
    return request.getHttpURI().getDecodedPath();
  }

  public static void send(Response response, Callback callback, int status, String contentType, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, body, callback);
  }

  public static void sendJson(Response response, Callback callback, int status, String json) {
    send(response, callback, status, "application/json; charset=utf-8", json);
  }
}
