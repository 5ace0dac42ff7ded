package com.compcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The thin adapter between Jetty 12 core and Bolt: the raw body is read whole (Bolt checks the signature over it),
 * parsed by Bolt's own parser and run through {@link App#run}, whose response is written back as is. It is a
 * blocking handler (Jetty runs it on a pool thread) because {@code App#run} is synchronous; listeners ack at once and
 * leave the slow work to an executor.
 */
final class BoltHandler extends Handler.Abstract {

  /** Slack's requests (commands, events, interactivity) all arrive here. */
  static final String PATH = "/slack/events";

  private final App app;
  private final SlackRequestParser parser;
  private final SlackMetrics metrics;

  BoltHandler(App app, SlackMetrics metrics) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!PATH.equals(Request.getPathInContext(request))) {
      return false;
    }
    if (!HttpMethod.POST.is(request.getMethod())) {
      Response.writeError(request, response, callback, 405);
      return true;
    }
    long start = System.nanoTime();
    String body;
    try {
      // Read straight into text: aggregating into a ByteBuffer first allocated a fresh ~7 KB buffer per request.
      body = Content.Source.asString(request, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      Response.writeError(request, response, callback, 400);
      return true;
    }
    answer(request, response, callback, body, start);
    return true;
  }

  private void answer(Request request, Response response, Callback callback, String text, long start)
      throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), k -> new ArrayList<>(1)).add(field.getValue());
    }
    com.slack.api.bolt.request.Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri(request.getHttpURI().getPath())
        .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
        .headers(new RequestHeaders(headers))
        .requestBody(text)
        .remoteAddress(Request.getRemoteAddr(request))
        .build());
    if (slackRequest == null) {
      Response.writeError(request, response, callback, 400);
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

  private static String kind(com.slack.api.bolt.request.Request<?> request) {
    return request.getRequestType() == null ? "unknown" : request.getRequestType().name();
  }
}
