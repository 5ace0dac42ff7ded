package com.compcoach.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /metrics}: Prometheus text, served only on the management port ({@code MANAGEMENT_PORT}). */
final class MetricsHandler extends Handler.Abstract.NonBlocking {

  static final String METRICS = "/metrics";

  private final SlackMetrics metrics;

  MetricsHandler(SlackMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!METRICS.equals(Request.getPathInContext(request))) {
      return false;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
    response.write(true, ByteBuffer.wrap(metrics.scrape().getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
