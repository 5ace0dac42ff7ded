package com.compcoach.console;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Reading and writing the small HTTP bodies the console's handlers exchange. */
final class Wire {

  private Wire() {}

  static String body(Request request) throws IOException {
    return Content.Source.asString(request, StandardCharsets.UTF_8);
  }

  /** The decoded fields of an {@code application/x-www-form-urlencoded} body, in order; a repeated name keeps the last. */
  static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return fields;
  }

  static boolean isJson(Request request) {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    return type != null && type.toLowerCase().startsWith("application/json");
  }

  static String path(Request request) {
    return request.getHttpURI().getDecodedPath();
  }

  static void send(Response response, Callback callback, int status, String contentType, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, body, callback);
  }

  static void sendJson(Response response, Callback callback, int status, String json) {
    send(response, callback, status, "application/json; charset=utf-8", json);
  }
}
