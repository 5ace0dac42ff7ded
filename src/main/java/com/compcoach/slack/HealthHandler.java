package com.compcoach.slack;

import com.compcoach.health.Health;
import java.util.Map;

/**
 * {@code GET /healthz}: "ok" (200) while every part works; "degraded" (200) with one "part: cause" line each while
 * the app still answers (a guide's last good version served, a token not yet accepted: a load balancer keeps it);
 * "unavailable" (503) with the same lines while a part it cannot answer without is broken (no guide library, the
 * store unreachable), so a load balancer sends Slack elsewhere. It stays on the public port, where load balancers
 * look, and says what is broken, never a figure, a token or anything a caller sent.
 */
final class HealthHandler {

  static final String HEALTH = "/healthz";

  private HealthHandler() {}

  /** The route over {@code health}. */
  static TextRoute route(Health health) {
    return new TextRoute(HEALTH, "text/plain; charset=utf-8", () -> page(health.read()));
  }

  private static TextRoute.Page page(Health.Reading reading) {
    if (reading.ok()) {
      return new TextRoute.Page(200, "ok\n");
    }
    return reading.serving() ? new TextRoute.Page(200, lines("degraded", reading.causes()))
        : new TextRoute.Page(503, lines("unavailable", reading.causes()));
  }

  private static String lines(String state, Map<String, String> causes) {
    StringBuilder body = new StringBuilder(state).append('\n');
    // Causes are written by our own code, but a cause can quote a file name: one line each, whatever it holds.
    causes.forEach((part, cause) -> body.append(part).append(": ")
        .append(cause.replaceAll("\\p{Cntrl}", " ")).append('\n'));
    return body.toString();
  }
}
