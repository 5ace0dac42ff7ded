package com.compcoach.bench.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/** A loopback stand-in for Slack's Web API that answers every method and reports each threaded reply. */
final class StandInWebApi implements AutoCloseable {

  private final HttpServer server;
  private final AtomicLong nextTs = new AtomicLong(1_800_000_000_000_000L);
  private final ConcurrentMap<String, AtomicLong> calls = new ConcurrentHashMap<>();
  private final BiConsumer<String, String> onThreadReply;

  /** {@code onThreadReply} gets (channel, thread_ts) for every chat.postMessage into a thread. */
  StandInWebApi(BiConsumer<String, String> onThreadReply) throws IOException {
    this.onThreadReply = onThreadReply;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    this.server.createContext("/api/", this::answer);
    this.server.setExecutor(Executors.newFixedThreadPool(8));
    this.server.start();
  }

  /** The base to give the app as {@code SLACK_API_URL}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  Map<String, Long> callsByMethod() {
    Map<String, Long> copy = new HashMap<>();
    calls.forEach((method, count) -> copy.put(method, count.get()));
    return copy;
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    calls.computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> params = params(body, exchange.getRequestHeaders().getFirst("Content-Type"));
    String ts = Long.toString(nextTs.incrementAndGet()).replaceFirst("(\\d{10})(\\d+)", "$1.$2");
    String json = switch (method) {
      case "auth.test" -> "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"bench\",\"user\":\"comp\","
          + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
      case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + params.getOrDefault("channel", "C0")
          + "\",\"ts\":\"" + ts + "\",\"message\":{\"ts\":\"" + ts + "\",\"type\":\"message\"}}";
      default -> "{\"ok\":true,\"ts\":\"" + ts + "\"}";
    };
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    if ("chat.postMessage".equals(method) && params.containsKey("thread_ts")) {
      onThreadReply.accept(params.get("channel"), params.get("thread_ts"));
    }
  }

  /** Bolt's client posts form fields; a JSON body is read for the two fields we need. */
  private static Map<String, String> params(String body, String contentType) {
    Map<String, String> params = new HashMap<>();
    if (contentType != null && contentType.startsWith("application/json")) {
      for (String field : new String[] {"channel", "thread_ts"}) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"")
            .matcher(body);
        if (m.find()) {
          params.put(field, m.group(1));
        }
      }
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }
}
