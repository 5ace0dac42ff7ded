package com.compcoach.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends Slack-shaped requests over a real socket, signed as Slack signs them: valid, forged, stale or retried. */
final class SignedSender {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI events;
  private final String secret;
  private final Clock clock;

  SignedSender(URI events, String secret, Clock clock) {
    this.events = events;
    this.secret = secret;
    this.clock = clock;
  }

  /** A slash command, form-encoded as Slack sends it. */
  HttpResponse<String> command(Map<String, String> fields) throws IOException, InterruptedException {
    return post(formBody(fields), "application/x-www-form-urlencoded", now(), null, null);
  }

  /** An Events API callback (JSON). */
  HttpResponse<String> event(String json) throws IOException, InterruptedException {
    return post(json, "application/json", now(), null, null);
  }

  /** The same event as Slack's retry: {@code X-Slack-Retry-Num} and its reason. */
  HttpResponse<String> retriedEvent(String json, int retryNum) throws IOException, InterruptedException {
    return post(json, "application/json", now(), null, retryNum);
  }

  /** An interactivity payload (block action, view submission): {@code payload=<json>}. */
  HttpResponse<String> interaction(String json) throws IOException, InterruptedException {
    return post(formBody(Map.of("payload", json)), "application/x-www-form-urlencoded", now(), null, null);
  }

  /** A request signed now, kept to be sent as often as a test likes (a replay sends the very same bytes). */
  record Signed(String body, String contentType, long timestamp, String signature) {}

  /** A slash command, signed now but not sent. */
  Signed signCommand(Map<String, String> fields) {
    String body = formBody(fields);
    long timestamp = now();
    return new Signed(body, "application/x-www-form-urlencoded", timestamp, sign(timestamp, body));
  }

  /** Any body, signed now for the given timestamp offset but not sent. */
  Signed sign(String body, String contentType, Duration offset) {
    long timestamp = now() + offset.toSeconds();
    return new Signed(body, contentType, timestamp, sign(timestamp, body));
  }

  /** Sends a signed request exactly as it was signed. */
  HttpResponse<String> send(Signed signed) throws IOException, InterruptedException {
    return post(signed.body(), signed.contentType(), signed.timestamp(), signed.signature(), null);
  }

  /** A body signed with the wrong secret. */
  HttpResponse<String> forged(String json) throws IOException, InterruptedException {
    return post(json, "application/json", now(), "v0=" + "0".repeat(64), null);
  }

  /** A body correctly signed, but with a timestamp ten minutes old (a replay). */
  HttpResponse<String> stale(String json) throws IOException, InterruptedException {
    return post(json, "application/json", now() - 600, null, null);
  }

  /** Any path on the same server, unsigned (health, metrics). */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(events.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Any URL, unsigned (the management port). */
  HttpResponse<String> get(URI url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  private HttpResponse<String> post(String body, String contentType, long timestamp, String signature,
      Integer retryNum) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(events)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", signature != null ? signature : sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (retryNum != null) {
      request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String sign(long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
