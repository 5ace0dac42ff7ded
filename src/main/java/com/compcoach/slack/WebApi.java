package com.compcoach.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.webhook.WebhookResponse;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the app makes, each retried after Slack's {@code Retry-After} when rate limited (429), and
 * messages also after Slack's passing failures (no answer in time, 5xx), with backoff; no thread is held during the
 * waits (each call's result is a future). Calls are counted by method, and logged on failure with the method and
 * Slack's error code only: never a token, a text or a figure.
 */
final class WebApi {

  private static final Logger LOG = LoggerFactory.getLogger(WebApi.class);

  /**
   * Attempts per message when Slack keeps answering 429 (each waits as long as Slack asks) or keeps failing in
   * passing (each waits {@link #backoff}).
   */
  static final int ATTEMPTS = 4;

  /** How long to wait for a connection to Slack and for each read of its answer; a hung call then ends. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  /** Slack's error codes for its own passing failures (https://api.slack.com/methods/chat.postMessage). */
  private static final java.util.Set<String> TRANSIENT = java.util.Set.of("io_error", "ratelimited",
      "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  /**
   * Runs a retry once Slack's {@code Retry-After} has passed, on a thread of its choosing, so no worker sits out the
   * wait (a busy channel's 1-message-a-second limit would otherwise park every worker and stall everyone's cards).
   * Injected so tests can see the wait asked for.
   */
  interface Later {
    void after(Duration wait, Runnable retry);
  }

  /** One call of the Web API. */
  @FunctionalInterface
  interface Call<T extends SlackApiTextResponse> {
    T run(MethodsClient client) throws IOException, SlackApiException;
  }

  /** A call's outcome: the response when Slack answered ok, else Slack's error code (or "io_error"). */
  record Result<T>(T response, String error) {
    boolean ok() {
      return error == null;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] CLOSE = {'}'};

  private final Slack slack;
  private final MethodsClient client;
  private final OkHttpClient http;
  /** Where the JSON calls go (messages, scheduled messages): no thread woken per call. */
  private final SlackConnections connections;
  /** Runs the calls that hold no worker of the caller's ({@link #postAsync}). */
  private final Executor calls;
  private final String bearer;
  private final SlackMetrics metrics;
  private final Later later;
  /** Where a response_url answer or a download may go. */
  private final SlackHosts hosts;
  /**
   * Blocks already written as JSON, by the identity of the rendered blocks: a card reused from {@link RecentAnswers}
   * is written once, not once per post (writing its blocks was the bulk of a post's CPU). Rendered blocks are never
   * changed after rendering, and weak keys let an entry go with its card.
   */
  /** Slack's answers that say the bot token itself is not (or no longer) accepted. */
  private static final java.util.Set<String> TOKEN_REFUSED = java.util.Set.of("invalid_auth", "not_authed",
      "token_revoked", "token_expired", "account_inactive");

  private final Runnable tokenRefused;
  private final Cache<ArrayNode, byte[]> writtenBlocks = Caffeine.newBuilder()
      .weakKeys()
      .maximumSize(256)
      .executor(Runnable::run)
      .build();

  /**
   * @param connections where the JSON calls are posted (messages, scheduled messages)
   * @param calls       runs {@link #postAsync}'s calls, so that no thread of the caller's waits for Slack
   */
  WebApi(Slack slack, String botToken, SlackConnections connections, Executor calls, SlackMetrics metrics,
      Later later, SlackHosts hosts) {
    this(slack, botToken, connections, calls, metrics, later, hosts, () -> { });
  }

  /**
   * @param tokenRefused run when Slack refuses the bot token on a call ({@code invalid_auth}, {@code token_revoked},
   *                     ...), so that the token is checked again and {@code /healthz} says why at once
   */
  WebApi(Slack slack, String botToken, SlackConnections connections, Executor calls, SlackMetrics metrics,
      Later later, SlackHosts hosts, Runnable tokenRefused) {
    this.tokenRefused = tokenRefused;
    this.slack = slack;
    this.client = slack.methods(botToken);
    this.http = slack.getHttpClient().getOkHttpClient();
    this.connections = connections;
    this.calls = calls;
    this.bearer = "Bearer " + botToken;
    this.metrics = metrics;
    this.later = later;
    this.hosts = hosts;
  }

  /** Posts a reply in a channel, in a thread when {@code threadTs} is given; the result holds the new ts. */
  CompletableFuture<Result<String>> post(String channel, String threadTs, Rendered reply) {
    return callJson("chat.postMessage", postBody(channel, threadTs, reply), "ts", true);
  }

  /**
   * As {@link #post}, holding no thread of the caller's while Slack answers: the call and its retries run on the
   * calls' own threads. For thread replies, so a worker goes on to the next turn meanwhile; the result completes as
   * {@code post}'s does.
   */
  CompletableFuture<Result<String>> postAsync(String channel, String threadTs, Rendered reply) {
    CompletableFuture<Result<String>> result = new CompletableFuture<>();
    enqueueJson(new JsonCall("chat.postMessage", postBody(channel, threadTs, reply), "ts", true), 1, result);
    return result;
  }

  private byte[][] postBody(String channel, String threadTs, Rendered reply) {
    StringBuilder head = new StringBuilder(128).append("{\"channel\":");
    quoted(head, channel);
    if (threadTs != null) {
      quoted(head.append(",\"thread_ts\":"), threadTs);
    }
    quoted(head.append(",\"text\":"), reply.text()).append(",\"unfurl_links\":false,\"unfurl_media\":false");
    return body(head, reply);
  }

  /** Replaces a message (the card, after a region switch). */
  CompletableFuture<Result<String>> update(String channel, String ts, Rendered reply) {
    StringBuilder head = new StringBuilder(128).append("{\"channel\":");
    quoted(head, channel);
    quoted(head.append(",\"ts\":"), ts);
    quoted(head.append(",\"text\":"), reply.text());
    return callJson("chat.update", body(head, reply), "ts", true);
  }

  private static StringBuilder quoted(StringBuilder json, String value) {
    json.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, json);
    return json.append('"');
  }

  /**
   * The arguments as one JSON object in parts: {@code head} (an open object) then the blocks, whose bytes are written
   * once per card and sent from there, not encoded for every request.
   */
  private byte[][] body(StringBuilder head, Rendered reply) {
    byte[] start = head.append(",\"blocks\":").toString().getBytes(StandardCharsets.UTF_8);
    return new byte[][] {start, writtenBlocks.get(reply.blocks(), WebApi::utf8), CLOSE};
  }

  private static byte[][] utf8(StringBuilder json) {
    return new byte[][] {json.toString().getBytes(StandardCharsets.UTF_8)};
  }

  /**
   * Written straight to UTF-8: as a String first, a reply's dashes and dots made it UTF-16, and copying and encoding
   * it was a fifth of a thread turn's CPU (profiled).
   */
  private static byte[] utf8(ArrayNode blocks) {
    try {
      return JSON.writeValueAsBytes(blocks);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("blocks that cannot be written as JSON", e);
    }
  }

  /**
   * Messages go as a JSON body, which Slack's Web API takes with a bearer token: the SDK's form encoding
   * percent-escapes a card's blocks character by character, which profiling showed as a third of the app's CPU.
   */
  private CompletableFuture<Result<String>> callJson(String method, byte[][] body, String field,
      boolean retryPassing) {
    CompletableFuture<Result<String>> result = new CompletableFuture<>();
    attemptJson(new JsonCall(method, body, field, retryPassing), 1, result, false);
    return result;
  }

  /**
   * A call sent as JSON: {@code field} is the answer's field the result holds; {@code retryPassing} whether Slack's
   * passing failures are tried again (a 429 always is: Slack did nothing then).
   */
  private record JsonCall(String method, byte[][] body, String field, boolean retryPassing) {}

  /** @param queued whether the call runs on the calls' threads, as its retries then do */
  private void attemptJson(JsonCall call, int attempt, CompletableFuture<Result<String>> result, boolean queued) {
    SlackConnections.Answer answer;
    try {
      answer = connections.post(call.method(), call.body());
    } catch (IOException e) {
      unanswered(call, attempt, result, e, queued);
      return;
    }
    try {
      answered(call, attempt, result, answer, queued);
    } catch (IOException e) {
      unanswered(call, attempt, result, e, queued);
    }
  }

  /** As {@link #attemptJson}, the call (and every retry) running on the calls' own threads. */
  private void enqueueJson(JsonCall call, int attempt, CompletableFuture<Result<String>> result) {
    calls.execute(() -> {
      try {
        attemptJson(call, attempt, result, true);
      } catch (RuntimeException e) {
        result.completeExceptionally(e); // never left pending: the thread's next turn waits for this one
      }
    });
  }

  /** Settles an attempt from Slack's answer, or schedules the next one when a retry is worth it. */
  private void answered(JsonCall call, int attempt, CompletableFuture<Result<String>> result,
      SlackConnections.Answer response, boolean queued) throws IOException {
    String method = call.method();
    if (response.status() == 429 && attempt < ATTEMPTS) {
      later.after(rateLimited(method, retryAfter(response.retryAfter())),
          () -> again(call, attempt + 1, result, queued));
      return;
    }
    String error;
    if (response.status() == 200) {
      Answer answer = Answer.read(response.body(), call.field());
      if (answer.ok()) {
        metrics.called(method, null);
        result.complete(new Result<>(answer.field(), null));
        return;
      }
      error = answer.error() == null ? "unknown_error" : answer.error();
    } else {
      error = response.status() == 429 ? "ratelimited" : "http_" + response.status();
    }
    retryOrFail(call, attempt, result, error, queued);
  }

  /**
   * What a JSON answer says: {@code ok}, {@code error} and one top-level field, read as a stream. Slack answers a
   * posted message with the whole message echoed, blocks and all; building a tree of it for two fields was a
   * card's worth of garbage per post.
   */
  record Answer(boolean ok, String error, String field) {

    static Answer read(byte[] body, String wanted) throws IOException {
      boolean ok = false;
      String error = null;
      String field = null;
      try (JsonParser json = JSON.getFactory().createParser(body)) {
        if (json.nextToken() != JsonToken.START_OBJECT) {
          return new Answer(false, null, null);
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          JsonToken value = json.nextToken();
          if (name.equals(wanted)) {
            field = json.getValueAsString();
          }
          if (name.equals("ok")) {
            ok = value == JsonToken.VALUE_TRUE;
          } else if (name.equals("error")) {
            error = json.getValueAsString();
          }
          json.skipChildren();
        }
      }
      return new Answer(ok, error, field);
    }
  }

  private void unanswered(JsonCall call, int attempt, CompletableFuture<Result<String>> result, IOException e,
      boolean queued) {
    // No answer in time (or no connection): the type says which, the message could quote the request.
    LOG.info("{} got no answer: {}", call.method(), e.getClass().getSimpleName());
    retryOrFail(call, attempt, result, "io_error", queued);
  }

  private void retryOrFail(JsonCall call, int attempt, CompletableFuture<Result<String>> result, String error,
      boolean queued) {
    String method = call.method();
    if (call.retryPassing() && attempt < ATTEMPTS && transientError(error)) {
      metrics.called(method, error);
      Duration pause = backoff(attempt);
      LOG.info("{} failed: {}; retrying in {} s", method, error, pause.toSeconds());
      later.after(pause, () -> again(call, attempt + 1, result, queued));
      return;
    }
    fail(method, error, result);
  }

  private void again(JsonCall call, int attempt, CompletableFuture<Result<String>> result, boolean queued) {
    if (queued) {
      enqueueJson(call, attempt, result);
    } else {
      attemptJson(call, attempt, result, false);
    }
  }

  /**
   * Errors that say Slack (or the way to it) failed this once, not that the message is wrong: worth another try.
   * A read timeout is one of them although Slack may have posted the message: a card posted twice beats a card lost.
   */
  static boolean transientError(String error) {
    return TRANSIENT.contains(error) || error.startsWith("http_5");
  }

  /** 1, 2, 4 s: never faster than the one message a second Slack allows in a channel. */
  static Duration backoff(int attempt) {
    return Duration.ofSeconds(1L << Math.min(attempt - 1, 5));
  }

  /** Opens a modal for the user who clicked. */
  CompletableFuture<? extends Result<?>> openView(String triggerId, String viewJson) {
    return call("views.open", c -> c.viewsOpen(r -> r.triggerId(triggerId).viewAsString(viewJson)));
  }

  /** The user's time zone ({@code users.info}, scope {@code users:read}), e.g. "America/New_York"; null if unknown. */
  CompletableFuture<String> timeZone(String userId) {
    return call("users.info", c -> c.usersInfo(r -> r.user(userId)))
        .thenApply(r -> r.error() != null || r.response().getUser() == null ? null : r.response().getUser().getTz());
  }

  /**
   * Schedules a message in a thread ({@code chat.scheduleMessage}); the result holds Slack's scheduled_message_id.
   * Sent as JSON so {@code post_at} is a full number (the SDK's builder holds it in 32 bits, which ends in 2038).
   * Only a 429 is tried again: after a timeout Slack may have scheduled it, and a second would be a reminder whose id
   * we never learn, so it could not be cancelled.
   */
  CompletableFuture<Result<String>> schedule(String channel, String threadTs, long postAt, String text) {
    StringBuilder json = new StringBuilder(160).append("{\"channel\":");
    quoted(json, channel);
    quoted(json.append(",\"thread_ts\":"), threadTs);
    json.append(",\"post_at\":").append(postAt);
    quoted(json.append(",\"text\":"), text).append('}');
    return callJson("chat.scheduleMessage", utf8(json), "scheduled_message_id", false);
  }

  /**
   * Deletes a scheduled message before it is sent ({@code chat.deleteScheduledMessage}), tried again with backoff
   * after Slack's passing failures: deleting twice is harmless (the second is told the id is gone).
   */
  CompletableFuture<Result<String>> deleteScheduled(String channel, String scheduledMessageId) {
    StringBuilder json = new StringBuilder(96).append("{\"channel\":");
    quoted(json, channel);
    quoted(json.append(",\"scheduled_message_id\":"), scheduledMessageId).append('}');
    return callJson("chat.deleteScheduledMessage", utf8(json), "ok", true);
  }

  /** A shared file's details ({@code files.info}): its private download URL, size and type. */
  CompletableFuture<Result<FilesInfoResponse>> fileInfo(String fileId) {
    return call("files.info", c -> c.filesInfo(r -> r.file(fileId)));
  }

  /**
   * A private file's bytes, fetched with the bot token as Slack asks; empty when it cannot be had or is larger than
   * {@code largest}. The bytes are the user's letter: never logged.
   */
  CompletableFuture<java.util.Optional<byte[]>> download(String url, int largest) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null || !hosts.owns(url)) {
      if (parsed != null) {
        metrics.called("files.download", "foreign_host");
        LOG.warn("a shared file's download URL is not on Slack's hosts: not fetched, the token not sent");
      }
      return CompletableFuture.completedFuture(java.util.Optional.empty());
    }
    Request request = new Request.Builder().url(parsed).header("Authorization", bearer).get().build();
    try (okhttp3.Response response = http.newCall(request).execute()) {
      metrics.called("files.download", response.code() == 200 ? null : "http_" + response.code());
      if (response.code() != 200 || response.body() == null || response.body().contentLength() > largest) {
        return CompletableFuture.completedFuture(java.util.Optional.empty());
      }
      byte[] bytes = response.body().bytes();
      return CompletableFuture.completedFuture(java.util.Optional.of(bytes));
    } catch (IOException e) {
      metrics.called("files.download", "io_error");
      LOG.warn("a shared file could not be downloaded: {}", e.getClass().getSimpleName());
      return CompletableFuture.completedFuture(java.util.Optional.empty());
    }
  }

  /** Publishes a user's App Home. */
  CompletableFuture<? extends Result<?>> publishHome(String userId, String viewJson) {
    return call("views.publish", c -> c.viewsPublish(r -> r.userId(userId).viewAsString(viewJson)));
  }

  /** Answers through a command's or action's {@code response_url}: no channel membership needed. */
  CompletableFuture<Boolean> respond(String responseUrl, String payloadJson) {
    if (!hosts.owns(responseUrl)) {
      metrics.called("response_url", "foreign_host");
      LOG.warn("a response_url not on Slack's hosts was not called");
      return CompletableFuture.completedFuture(false);
    }
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    attemptRespond(responseUrl, payloadJson, 1, result);
    return result;
  }

  private void attemptRespond(String responseUrl, String payloadJson, int attempt, CompletableFuture<Boolean> result) {
    try {
      WebhookResponse response = slack.send(responseUrl, payloadJson);
      int code = response.getCode() == null ? 0 : response.getCode();
      if (code == 429 && attempt < ATTEMPTS) {
        metrics.called("response_url", "ratelimited");
        later.after(retryAfter(response.getHeaders()),
            () -> attemptRespond(responseUrl, payloadJson, attempt + 1, result));
        return;
      }
      boolean ok = code >= 200 && code < 300;
      metrics.called("response_url", ok ? null : "http_" + code);
      if (!ok) {
        LOG.warn("response_url answered HTTP {}", code);
      }
      result.complete(ok);
    } catch (IOException e) {
      metrics.called("response_url", "io_error");
      LOG.warn("response_url failed: {}", e.getClass().getSimpleName());
      result.complete(false);
    }
  }

  <T extends SlackApiTextResponse> CompletableFuture<Result<T>> call(String method, Call<T> call) {
    CompletableFuture<Result<T>> result = new CompletableFuture<>();
    attempt(method, call, 1, result);
    return result;
  }

  private <T extends SlackApiTextResponse> void attempt(String method, Call<T> call, int attempt,
      CompletableFuture<Result<T>> result) {
    try {
      T response = call.run(client);
      if (response.isOk()) {
        metrics.called(method, null);
        result.complete(new Result<>(response, null));
        return;
      }
      String error = response.getError() == null ? "unknown_error" : response.getError();
      metrics.called(method, error);
      LOG.warn("{} failed: {}", method, error);
      checkTokenOn(error);
      result.complete(new Result<>(response, error));
    } catch (SlackApiException e) {
      int status = e.getResponse() == null ? 0 : e.getResponse().code();
      if (status == 429 && attempt < ATTEMPTS) {
        later.after(rateLimited(method, retryAfter(e.getResponse().headers().toMultimap())),
            () -> attempt(method, call, attempt + 1, result));
        return;
      }
      fail(method, status == 429 ? "ratelimited" : "http_" + status, result);
    } catch (IOException e) {
      fail(method, e, result);
    }
  }

  /** Counts a 429 and passes on how long Slack asked to wait. */
  private Duration rateLimited(String method, Duration wait) {
    metrics.called(method, "ratelimited");
    LOG.info("{} rate limited; retrying in {} s", method, wait.toSeconds());
    return wait;
  }

  /** Counts and logs a failed call by its method and Slack's error code only, and completes it with that error. */
  private <T> void fail(String method, String error, CompletableFuture<Result<T>> result) {
    metrics.called(method, error);
    LOG.warn("{} failed: {}", method, error);
    checkTokenOn(error);
    result.complete(new Result<>(null, error));
  }

  /** A reply lost to a refused token left {@code /healthz} saying "ok" until the next start: it is checked now. */
  private void checkTokenOn(String error) {
    if (TOKEN_REFUSED.contains(error)) {
      tokenRefused.run();
    }
  }

  /** A call that got no answer: counted and logged as io_error with the exception's type, never its message. */
  private <T> void fail(String method, IOException e, CompletableFuture<Result<T>> result) {
    metrics.called(method, "io_error");
    LOG.warn("{} failed: io_error ({})", method, e.getClass().getSimpleName());
    result.complete(new Result<>(null, "io_error"));
  }

  /** Slack's Retry-After header, found by name in any case. */
  static Duration retryAfter(Map<String, List<String>> headers) {
    if (headers != null) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if ("retry-after".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
          return retryAfter(header.getValue().get(0));
        }
      }
    }
    return retryAfter((String) null);
  }

  /** Slack's Retry-After is whole seconds; a missing or odd value waits one second. */
  static Duration retryAfter(String value) {
    if (value == null) {
      return Duration.ofSeconds(1);
    }
    try {
      return Duration.ofSeconds(Math.max(0, Math.min(Long.parseLong(value.trim()), 60)));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
