package com.compcoach.slack;

import com.compcoach.health.Health;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /healthz}: 200 "ok" while every part works, 200 "degraded" with one "part: cause" line each while one
 * is broken (the app still answers what it can, so a load balancer keeps it). It stays on the public port, where
 * load balancers look; it says what is broken, never a figure, a token or anything a caller sent.
 */
final class HealthHandler extends Handler.Abstract.NonBlocking {

  static final String HEALTH = "/healthz";

  private static final ByteBuffer OK = ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();

  private final Health health;

  HealthHandler(Health health) {
    this.health = health;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!HEALTH.equals(Request.getPathInContext(request))) {
      return false;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.write(true, health.ok() ? OK.slice() : degraded(health.causes()), callback);
    return true;
  }

  private static ByteBuffer degraded(Map<String, String> causes) {
    StringBuilder body = new StringBuilder("degraded\n");
    // Causes are written by our own code, but a cause can quote a file name: one line each, whatever it holds.
    causes.forEach((part, cause) -> body.append(part).append(": ")
        .append(cause.replaceAll("\\p{Cntrl}", " ")).append('\n'));
    return ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
