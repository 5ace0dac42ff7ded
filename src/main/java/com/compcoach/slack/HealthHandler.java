package com.compcoach.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /healthz}: 200 "ok" while the server runs; {@code GET /metrics}: the Prometheus page. */
final class HealthHandler extends Handler.Abstract.NonBlocking {

  static final String HEALTH = "/healthz";
  static final String METRICS = "/metrics";

  private static final ByteBuffer OK = ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();

  private final SlackMetrics metrics;

  HealthHandler(SlackMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (HEALTH.equals(path)) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      response.write(true, OK.slice(), callback);
      return true;
    }
    if (METRICS.equals(path)) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
      response.write(true, ByteBuffer.wrap(metrics.scrape().getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
    return false;
  }
}
