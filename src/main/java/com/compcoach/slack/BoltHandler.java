package com.compcoach.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin adapter between Jetty 12 core and Bolt, built so that a caller without the signing secret costs no more
 * than its headers: the signature headers are checked first (401 before any of the body is read), a body over
 * {@link #MAX_BODY} is refused (413) without being buffered, the body is read without holding a thread and must
 * arrive at {@link #MIN_RATE}, and its HMAC is checked before Bolt's parser sees it. Only then does Bolt parse and
 * run it ({@link App#run} is synchronous; listeners ack at once and leave slow work to an executor).
 */
final class BoltHandler extends Handler.Abstract {

  /** Slack's requests (commands, events, interactivity) all arrive here. */
  static final String PATH = "/slack/events";
  /** Slack's payloads are a few kilobytes; a long message with its blocks stays far below this. */
  static final int MAX_BODY = 1024 * 1024;
  /** Bytes per second a body must arrive at, after {@link #GRACE}; Slack sends a whole request at once. */
  static final int MIN_RATE = 32 * 1024;
  /** Time any body gets on top of what {@link #MIN_RATE} allows, for a slow network's first round trips. */
  static final Duration GRACE = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(BoltHandler.class);
  /** The kind Bolt names an Events API request, for the ack metrics. */
  private static final String EVENT = RequestType.Event.name();
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final App app;
  /** A thread's plain messages, read once; null where only Bolt's route is wanted. */
  private final EventRoute events;
  private final SlackRequestParser parser;
  private final SlackMetrics metrics;
  private final RequestSignature signature;
  /** Null when the replay guard is off ({@code SLACK_REPLAY_GUARD=off}, a load test's setting). */
  private final SeenSignatures seen;
  private final Clock clock;

  BoltHandler(App app, SlackMetrics metrics, Clock clock) {
    this(app, null, metrics, clock, true);
  }

  /**
   * @param events      takes a thread's plain messages before Bolt would parse them; null for Bolt alone
   * @param replayGuard whether a signed request seen before inside the window is answered once only
   */
  BoltHandler(App app, EventRoute events, SlackMetrics metrics, Clock clock, boolean replayGuard) {
    this.app = app;
    this.events = events;
    this.parser = new SlackRequestParser(app.config());
    this.metrics = metrics;
    String secret = app.config().getSigningSecret();
    // Socket Mode builds no HTTP front; a console or test without a secret gets every request refused.
    this.signature = secret == null || secret.isBlank() ? null : new RequestSignature(secret);
    this.seen = replayGuard ? new SeenSignatures(clock) : null;
    this.clock = clock;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!PATH.equals(Request.getPathInContext(request))) {
      return false;
    }
    if (!HttpMethod.POST.is(request.getMethod())) {
      JsonErrors.write(response, callback, 405);
      return true;
    }
    long start = System.nanoTime();
    HeaderCheck check = SignedHeaders.check(request.getHeaders(), clock.instant());
    if (!(check instanceof SignedHeaders headers) || signature == null) {
      String code = check instanceof HeaderCheck.Refusal refusal ? refusal.code : "invalid_signature";
      JsonErrors.write(response, callback, 401, code);
      return true;
    }
    long declared = request.getLength();
    if (declared > MAX_BODY) {
      JsonErrors.write(response, callback, 413);
      return true;
    }
    long expected = declared >= 0 ? declared : MAX_BODY;
    Duration within = GRACE.plusMillis(expected * 1000 / MIN_RATE);
    BoundedBody.read(request, MAX_BODY, within, outcome -> {
      if (outcome instanceof BoundedBody.Complete body) {
        signed(request, response, callback, headers, body.bytes(), start);
      } else {
        refuse(response, callback, (BoundedBody.Refused) outcome);
      }
    });
    return true;
  }

  private static void refuse(Response response, Callback callback, BoundedBody.Refused refused) {
    switch (refused) {
      case TOO_LARGE -> JsonErrors.write(response, callback, 413);
      case TOO_SLOW -> JsonErrors.write(response, callback, 408);
      case BROKEN -> callback.failed(new org.eclipse.jetty.io.EofException("the body did not arrive"));
    }
  }

  private void signed(Request request, Response response, Callback callback, SignedHeaders headers, byte[] body,
      long start) {
    if (!signature.matches(headers.timestamp(), body, headers.signature())) {
      JsonErrors.write(response, callback, 401, "invalid_signature");
      return;
    }
    if (seen != null && !seen.claim(headers)) {
      // The same signed request again inside the window: it was answered once, and a replay changes nothing.
      response.setStatus(200);
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
      return;
    }
    try {
      int status = events == null ? EventRoute.NOT_MINE : events.take(body);
      if (status != EventRoute.NOT_MINE) {
        metrics.acked(EVENT, status, Duration.ofNanos(System.nanoTime() - start));
        response.setStatus(status);
        response.write(true, BufferUtil.EMPTY_BUFFER, callback);
        return;
      }
      answer(request, response, callback, new String(body, StandardCharsets.UTF_8), start);
    } catch (Exception | LinkageError e) {
      if (seen != null) {
        seen.release(headers);
      }
      // The exception's message may quote the payload: its class and where it was thrown say enough.
      if (ours(e)) {
        LOG.error("a signed request could not be answered: {} at {}", e.getClass().getName(), where(e));
        JsonErrors.write(response, callback, 500);
      } else {
        // Slack's SDK could not read the body into its model (a field of the wrong kind, a part missing): the body
        // is at fault, not the app, and it is refused as junk is, without Slack being told to try again later.
        LOG.warn("a signed request of a shape Slack's SDK cannot read was refused: {} at {}", e.getClass().getName(),
            where(e));
        JsonErrors.write(response, callback, 400);
      }
    }
  }

  /**
   * Whether a failure arose in the app's own code (a bug, answered 500) rather than in Slack's SDK or its JSON library
   * reading a body into their model (answered 400), wherever they were called from: the first frame from where it was
   * thrown that is not the JDK's says whose code threw it.
   */
  static boolean ours(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      String owner = frame.getClassName();
      if (!owner.startsWith("java.") && !owner.startsWith("jdk.") && !owner.startsWith("sun.")) {
        return owner.startsWith("com.compcoach.");
      }
    }
    return true;
  }

  /** The frame a failure was thrown at: class and method, no message (it may quote the body). */
  private static String where(Throwable failure) {
    StackTraceElement[] frames = failure.getStackTrace();
    return frames.length == 0 ? "?" : frames[0].getClassName() + "." + frames[0].getMethodName();
  }

  private void answer(Request request, Response response, Callback callback, String text, long start)
      throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), k -> new ArrayList<>(1)).add(field.getValue());
    }
    RequestHeaders slackHeaders = new RequestHeaders(headers);
    com.slack.api.bolt.request.Request<?> slackRequest = slashCommand(text, slackHeaders, request);
    if (slackRequest == null && rateLimitNotice(text)) {
      // Slack held back a minute of events: nothing to answer, and a 400 would count against the app's URL.
      LOG.warn("Slack says it held back the app's events for a minute (app_rate_limited)");
      metrics.acked(EVENT, 200, Duration.ofNanos(System.nanoTime() - start));
      response.setStatus(200);
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
      return;
    }
    if (slackRequest == null) {
      slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(request.getHttpURI().getPath())
          .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
          .headers(slackHeaders)
          .requestBody(text)
          .remoteAddress(Request.getRemoteAddr(request))
          .build());
    }
    if (slackRequest == null) {
      JsonErrors.write(response, callback, 400);
      return;
    }
    com.slack.api.bolt.response.Response answer = app.run(slackRequest);
    int status = answer.getStatusCode() == null ? 200 : answer.getStatusCode();
    response.setStatus(status);
    answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
    String contentType = answer.getContentType();
    if (contentType != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }
    String out = answer.getBody() == null ? "" : answer.getBody();
    metrics.acked(kind(slackRequest), status, Duration.ofNanos(System.nanoTime() - start));
    response.write(true, out.isEmpty() ? BufferUtil.EMPTY_BUFFER
        : ByteBuffer.wrap(out.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /**
   * A slash command read by {@link SlashCommandForm} and set up as Bolt's parser would set it up (context, client
   * address); null for any other request, which Bolt's parser reads.
   */
  private SlashCommandRequest slashCommand(String body, RequestHeaders headers, Request request) {
    SlashCommandPayload payload = SlashCommandForm.read(body);
    if (payload == null || request.getHttpURI().getQuery() != null) {
      return null;
    }
    SlashCommandRequest command = new SlashCommandRequest(body, payload, headers);
    command.updateContext(app.config());
    String forwarded = headers.getFirstValue("X-Forwarded-For");
    command.setClientIpAddress(forwarded != null ? forwarded : Request.getRemoteAddr(request));
    return command;
  }

  /** Slack's {@code app_rate_limited} notice, which Bolt's parser knows no pattern for; a word test first. */
  static boolean rateLimitNotice(String body) {
    if (!body.contains("app_rate_limited")) {
      return false;
    }
    try {
      return "app_rate_limited".equals(JSON.readTree(body).path("type").asText());
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  private static String kind(com.slack.api.bolt.request.Request<?> request) {
    return request.getRequestType() == null ? "unknown" : request.getRequestType().name();
  }
}
