package com.compcoach.health;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is broken right now, part by part ("guides", "slack-token", "worker"): {@code /healthz} says
 * {@code degraded} with every cause while any part has one, and {@code ok} once each has recovered.
 *
 * <p>Parts report from their own threads; a part that recovers clears only its own cause.
 */
public final class Health {

  private final ConcurrentHashMap<String, String> causes = new ConcurrentHashMap<>();

  /** Marks {@code part} as broken for {@code cause} (one line, said as an operator would read it). */
  public void degraded(String part, String cause) {
    causes.put(part, cause);
  }

  /** Clears {@code part}'s cause, if it had one. */
  public void recovered(String part) {
    causes.remove(part);
  }

  /** Whether no part is broken. */
  public boolean ok() {
    return causes.isEmpty();
  }

  /** The causes by part, sorted by part, as they stand now. */
  public Map<String, String> causes() {
    return Map.copyOf(new TreeMap<>(causes));
  }
}
