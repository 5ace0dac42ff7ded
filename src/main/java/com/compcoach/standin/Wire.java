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

  private Wire() {}

  /** The whole body, read as UTF-8. */
  public static String body(Request request) throws IOException {
    return Content.Source.asString(request, StandardCharsets.UTF_8);
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
