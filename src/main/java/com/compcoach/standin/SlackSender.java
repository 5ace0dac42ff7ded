package com.compcoach.standin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Sends Slack-shaped requests to an app's {@code /slack/events} over a real socket, signed as Slack signs them:
 * valid, forged, stale or retried.
 */
public final class SlackSender {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";

  private final HttpClient http;
  private final URI events;
  private final Signer signer;
  private final Clock clock;
  private final Duration timeout;

  /** A sender with its own HTTP/1.1 client that waits ten seconds for each answer. */
  public SlackSender(URI events, String signingSecret, Clock clock) {
    this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build(),
        events, new Signer(signingSecret), clock, Duration.ofSeconds(10));
  }

  /** @param timeout how long to wait for the app's answer before the send fails */
  public SlackSender(HttpClient http, URI events, Signer signer, Clock clock, Duration timeout) {
    this.http = http;
    this.events = events;
    this.signer = signer;
    this.clock = clock;
    this.timeout = timeout;
  }

  /** A slash command, form-encoded as Slack sends it. */
  public HttpResponse<String> command(Map<String, String> fields) throws IOException, InterruptedException {
    return postForm(Form.encode(fields));
  }

  /** An Events API callback (JSON). */
  public HttpResponse<String> event(String json) throws IOException, InterruptedException {
    return postJson(json);
  }

  /** The same event as Slack's retry: {@code X-Slack-Retry-Num} and its reason. */
  public HttpResponse<String> retriedEvent(String json, int retryNum) throws IOException, InterruptedException {
    return post(json, JSON, now(), null, retryNum);
  }

  /** An interactivity payload (block action, view submission): {@code payload=<json>}. */
  public HttpResponse<String> interaction(String json) throws IOException, InterruptedException {
    return postForm(Form.encode(Map.of("payload", json)));
  }

  /** Any form body, signed now. */
  public HttpResponse<String> postForm(String body) throws IOException, InterruptedException {
    return post(body, FORM, now(), null, null);
  }

  /** Any JSON body, signed now. */
  public HttpResponse<String> postJson(String body) throws IOException, InterruptedException {
    return post(body, JSON, now(), null, null);
  }

  /** A request signed now, kept to be sent as often as a test likes (a replay sends the very same bytes). */
  public record Signed(String body, String contentType, long timestamp, String signature) {}

  /** A slash command, signed now but not sent. */
  public Signed signCommand(Map<String, String> fields) {
    return sign(Form.encode(fields), FORM, Duration.ZERO);
  }

  /** Any body, signed now for the given timestamp offset but not sent. */
  public Signed sign(String body, String contentType, Duration offset) {
    long timestamp = now() + offset.toSeconds();
    return new Signed(body, contentType, timestamp, signer.sign(timestamp, body));
  }

  /** Sends a signed request exactly as it was signed. */
  public HttpResponse<String> send(Signed signed) throws IOException, InterruptedException {
    return post(signed.body(), signed.contentType(), signed.timestamp(), signed.signature(), null);
  }

  /** A body signed with the wrong secret. */
  public HttpResponse<String> forged(String json) throws IOException, InterruptedException {
    return post(json, JSON, now(), "v0=" + "0".repeat(64), null);
  }

  /** A body correctly signed, but with a timestamp ten minutes old (a replay). */
  public HttpResponse<String> stale(String json) throws IOException, InterruptedException {
    return post(json, JSON, now() - 600, null, null);
  }

  /** Any path on the same server, unsigned (health, metrics). */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(events.resolve(path));
  }

  /** Any URL, unsigned (the management port). */
  public HttpResponse<String> get(URI url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  private HttpResponse<String> post(String body, String contentType, long timestamp, String signature,
      Integer retryNum) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(events)
        .timeout(timeout)
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", signature != null ? signature : signer.sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (retryNum != null) {
      request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
