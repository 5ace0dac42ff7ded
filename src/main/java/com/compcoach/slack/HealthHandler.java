package com.compcoach.slack;

import com.compcoach.health.Health;
import java.util.Map;

/**
 * {@code GET /healthz}: "ok" while every part works, "degraded" with one "part: cause" line each while one is broken
 * (both 200: the app still answers what it can, so a load balancer keeps it). It stays on the public port, where
 * load balancers look, and says what is broken, never a figure, a token or anything a caller sent.
 */
final class HealthHandler {

  static final String HEALTH = "/healthz";

  private HealthHandler() {}

  /** The route over {@code health}. */
  static TextRoute route(Health health) {
    return new TextRoute(HEALTH, "text/plain; charset=utf-8", () -> health.ok() ? "ok\n" : degraded(health.causes()));
  }

  private static String degraded(Map<String, String> causes) {
    StringBuilder body = new StringBuilder("degraded\n");
    // Causes are written by our own code, but a cause can quote a file name: one line each, whatever it holds.
    causes.forEach((part, cause) -> body.append(part).append(": ")
        .append(cause.replaceAll("\\p{Cntrl}", " ")).append('\n'));
    return body.toString();
  }
}
