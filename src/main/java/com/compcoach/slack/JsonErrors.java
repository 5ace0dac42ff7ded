package com.compcoach.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every error the public port answers, ours and Jetty's own (bad request lines, headers too large, unknown paths):
 * a short JSON object with a fixed code for the status, never an exception's name, a stack trace or the input.
 */
final class JsonErrors implements Request.Handler {

  private static final Map<Integer, String> CODES = Map.ofEntries(
      Map.entry(400, "bad_request"), Map.entry(401, "invalid_signature"), Map.entry(404, "not_found"),
      Map.entry(405, "method_not_allowed"), Map.entry(408, "request_timeout"), Map.entry(413, "body_too_large"),
      Map.entry(414, "uri_too_long"), Map.entry(415, "unsupported_media_type"),
      Map.entry(431, "headers_too_large"), Map.entry(500, "internal_error"), Map.entry(503, "unavailable"),
      Map.entry(505, "http_version_not_supported"));

  /** Jetty's own errors: the status it chose, in our words. */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    write(response, callback, status, CODES.getOrDefault(status, status >= 500 ? "internal_error" : "bad_request"));
    return true;
  }

  /** Writes {@code {"ok":false,"error":"<code>"}}; {@code code} is one of ours, never anything a caller sent. */
  static void write(Response response, Callback callback, int status, String code) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    if (status == 401 || status == 408 || status == 413) {
      // The rest of the body was never read (a 401 is sent on the headers alone): the connection cannot carry
      // another request, and saying so keeps a client from sending its next one down a connection Jetty then closes.
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    byte[] body = ("{\"ok\":false,\"error\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** The error for a status without a more precise code. */
  static void write(Response response, Callback callback, int status) {
    write(response, callback, status, CODES.getOrDefault(status, "error"));
  }
}
