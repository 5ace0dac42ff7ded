package com.compcoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * A stand-in for Slack's Web API on 127.0.0.1: records every call, answers with ids and a fresh ts like Slack, and
 * can be told to answer a method's next call with an error ({@code not_in_channel}) or a 429 with Retry-After.
 * Also takes {@code response_url} posts under {@code /respond/}. {@code chat.scheduleMessage} answers a
 * scheduled_message_id and {@code chat.deleteScheduledMessage} ok; both are recorded like every call.
 */
final class FakeWebApi implements AutoCloseable {

  static final String BOT_USER = "U0BOT";
  static final String BOT_ID = "B0BOT";
  static final String TEAM = "T0TEAM";
  /** Every user's {@code users.info} time zone: not UTC, so a reminder's 09:00 shows it was followed. */
  static final String USER_TZ = "America/New_York";

  /** One call as received: the method ("chat.postMessage", or "response_url"), its parameters, the ts answered. */
  record Call(String method, Map<String, String> params, String ts) {
    /** A JSON parameter (blocks, view) parsed. */
    JsonNode json(String param) {
      try {
        return MAPPER.readTree(params.get(param));
      } catch (IOException e) {
        throw new AssertionError("parameter " + param + " of " + method + " is not JSON: " + params.get(param), e);
      }
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpServer server;
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<String>> errors = new HashMap<>();
  private final Map<String, Deque<Integer>> rateLimits = new HashMap<>();
  private final Map<String, byte[]> files = new HashMap<>();
  private long seq;
  /** Which calls hang until {@link #release()}: a slow or hung Slack. */
  private BiPredicate<String, Map<String, String>> hold = (method, params) -> false;
  private int held;
  private volatile Supplier<String> socketUrl = () -> "ws://127.0.0.1:9/unset";

  FakeWebApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/respond/", this::respond);
    server.createContext("/files/", this::file);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** The base URL to set as SLACK_API_URL. */
  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** A response_url that lands here. */
  String responseUrl(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + name;
  }

  /** Where {@code apps.connections.open} sends the Socket Mode client. */
  void socketUrl(Supplier<String> url) {
    this.socketUrl = url;
  }

  /** A file users shared: {@code files.info} describes it, and its private URL serves it to the bot's token. */
  synchronized void shareFile(String id, byte[] bytes) {
    files.put(id, bytes.clone());
  }

  /** The method's next call fails with this Slack error code. */
  synchronized void failNext(String method, String error) {
    errors.computeIfAbsent(method, m -> new ArrayDeque<>()).add(error);
  }

  /** The method's next call gets HTTP 429 with {@code Retry-After: seconds}. */
  synchronized void rateLimitNext(String method, int seconds) {
    rateLimits.computeIfAbsent(method, m -> new ArrayDeque<>()).add(seconds);
  }

  /**
   * From now on, calls that {@code which} picks (by method and parameters) get no answer until {@link #release()}
   * (or a minute): a hung Web API for those calls.
   */
  synchronized void hold(BiPredicate<String, Map<String, String>> which) {
    hold = which;
  }

  /** Answers every held call and holds no more. */
  synchronized void release() {
    hold = (method, params) -> false;
    notifyAll();
  }

  /** How many calls are hanging right now. */
  synchronized int held() {
    return held;
  }

  /** Waits (bounded) until at least {@code count} calls hang at once. */
  synchronized void awaitHeld(int count, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (held < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("expected " + count + " held call(s) within " + within + ", got " + held);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Every call so far to the method, in order. */
  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits (bounded) until the method was called at least {@code count} times; returns those calls. */
  synchronized List<Call> await(String method, int count, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (calls(method).size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("expected " + count + " " + method + " call(s) within " + within + ", got "
            + calls(method).size() + "; all calls: " + calls.stream().map(Call::method).toList());
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return calls(method).subList(0, count);
  }

  /** The last {@code chat.postMessage} after waiting for the {@code count}-th one. */
  Call awaitPost(int count) throws InterruptedException {
    return await("chat.postMessage", count, Duration.ofSeconds(10)).get(count - 1);
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    hang(method, params);
    Integer retryAfter;
    String error;
    ObjectNode reply = MAPPER.createObjectNode();
    synchronized (this) {
      Deque<Integer> limits = rateLimits.get(method);
      retryAfter = limits == null ? null : limits.poll();
      Deque<String> queued = errors.get(method);
      error = retryAfter != null || queued == null ? null : queued.poll();
      if (retryAfter == null && error == null) {
        answer(method, params, reply);
      }
      calls.add(new Call(method, params, reply.path("ts").asText(null)));
      notifyAll();
    }
    if (retryAfter != null) {
      exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfter));
      send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
      return;
    }
    if (error != null) {
      reply.put("ok", false);
      reply.put("error", error);
    }
    send(exchange, 200, reply.toString());
  }

  private synchronized void hang(String method, Map<String, String> params) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    if (!hold.test(method, params)) {
      return;
    }
    held++;
    notifyAll();
    try {
      while (hold.test(method, params) && System.nanoTime() < deadline) {
        wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      held--;
    }
  }

  private void answer(String method, Map<String, String> params, ObjectNode reply) {
    reply.put("ok", true);
    switch (method) {
      case "auth.test" -> {
        reply.put("url", "https://acme.slack.com/");
        reply.put("team", "Acme");
        reply.put("user", "comp-coach");
        reply.put("team_id", TEAM);
        reply.put("user_id", BOT_USER);
        reply.put("bot_id", BOT_ID);
      }
      case "bots.info" -> reply.putObject("bot").put("id", BOT_ID).put("user_id", BOT_USER).put("name", "comp");
      case "chat.postMessage", "chat.update" -> {
        reply.put("channel", params.getOrDefault("channel", "C1"));
        reply.put("ts", params.containsKey("ts") ? params.get("ts")
            : String.format("1800000000.%06d", ++seq));
      }
      case "apps.connections.open" -> reply.put("url", socketUrl.get());
      case "users.info" -> reply.putObject("user").put("id", params.get("user")).put("tz", USER_TZ);
      case "chat.scheduleMessage" -> {
        reply.put("channel", params.getOrDefault("channel", "C1"));
        reply.put("scheduled_message_id", String.format("Q%08d", ++seq));
        reply.put("post_at", Long.parseLong(params.getOrDefault("post_at", "0")));
      }
      case "files.info" -> {
        byte[] bytes = files.get(params.get("file"));
        if (bytes == null) {
          reply.put("ok", false).put("error", "file_not_found");
        } else {
          reply.putObject("file").put("id", params.get("file")).put("size", bytes.length)
              .put("url_private_download", "http://127.0.0.1:" + server.getAddress().getPort() + "/files/"
                  + params.get("file"));
        }
      }
      default -> { }
    }
  }

  /** A shared file's private download, recorded as "files.download" with the Authorization header it came with. */
  private void file(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/files/".length());
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    byte[] bytes;
    synchronized (this) {
      bytes = files.get(id);
      calls.add(new Call("files.download", Map.of("file", id, "authorization", String.valueOf(authorization)), null));
      notifyAll();
    }
    if (bytes == null || authorization == null || !authorization.startsWith("Bearer xoxb-")) {
      send(exchange, 404, "not found");
      return;
    }
    exchange.sendResponseHeaders(200, bytes.length);
    try (var body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    synchronized (this) {
      calls.add(new Call("response_url", Map.of("path", exchange.getRequestURI().getPath(), "body", body), null));
      notifyAll();
    }
    send(exchange, 200, "ok");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body.startsWith("{")) {
      try {
        MAPPER.readTree(body).fields().forEachRemaining(e -> params.put(e.getKey(),
            e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
      } catch (IOException e) {
        params.put("_body", body);
      }
      return params;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
