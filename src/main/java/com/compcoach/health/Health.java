package com.compcoach.health;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What is broken right now, part by part ("guides", "slack-token", "store"): {@code /healthz} says
 * {@code degraded} with every cause while any part has one, {@code unavailable} while a part the app cannot answer
 * without is broken, and {@code ok} once each has recovered.
 *
 * <p>Parts report from their own threads; a part that recovers clears only its own cause. A part can also be
 * watched: asked for its trouble each time health is read (it must answer at once, from what it last saw).
 */
public final class Health {

  /** A broken part's cause, and whether the app can still answer without that part. */
  private record Cause(String text, boolean serving) {}

  /** A part asked at each reading; its supplier gives null while the part is fine. */
  private record Watched(String part, Supplier<String> trouble) {}

  private final ConcurrentHashMap<String, Cause> causes = new ConcurrentHashMap<>();
  private final List<Watched> watched = new CopyOnWriteArrayList<>();

  /** Marks {@code part} as broken for {@code cause} (one line, said as an operator would read it); the app serves. */
  public void degraded(String part, String cause) {
    causes.put(part, new Cause(cause, true));
  }

  /** Marks {@code part} as broken for {@code cause}, and the app as unable to answer until it recovers. */
  public void unavailable(String part, String cause) {
    causes.put(part, new Cause(cause, false));
  }

  /** Clears {@code part}'s cause, if it had one. */
  public void recovered(String part) {
    causes.remove(part);
  }

  /** Asks {@code trouble} at each reading: a cause while {@code part} is down (the app cannot answer), else null. */
  public void watch(String part, Supplier<String> trouble) {
    watched.add(new Watched(part, trouble));
  }

  /**
   * Health as it stands now, read once.
   *
   * @param serving whether the app can answer: no part it cannot answer without is broken (it may be degraded)
   * @param causes the causes by part, sorted by part
   */
  public record Reading(boolean serving, Map<String, String> causes) {

    /** Whether no part is broken. */
    public boolean ok() {
      return causes.isEmpty();
    }
  }

  /** Reads every part once: the reported ones and the watched ones. */
  public Reading read() {
    TreeMap<String, String> all = new TreeMap<>();
    boolean serving = true;
    for (Map.Entry<String, Cause> each : causes.entrySet()) {
      all.put(each.getKey(), each.getValue().text());
      serving &= each.getValue().serving();
    }
    for (Watched w : watched) {
      String trouble = w.trouble().get();
      if (trouble != null) {
        all.put(w.part(), trouble);
        serving = false;
      }
    }
    return new Reading(serving, Collections.unmodifiableMap(all));
  }

  /** Whether no part is broken. */
  public boolean ok() {
    return read().ok();
  }

  /** The causes by part, sorted by part, as they stand now. */
  public Map<String, String> causes() {
    return read().causes();
  }
}
