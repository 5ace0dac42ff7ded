package com.compcoach.slack;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's Prometheus meters: requests and ack latency by kind, Web API calls and errors by method, and once
 * {@link #bindJvm()} is called the JVM's own (memory, GC, threads, CPU, uptime).
 */
public final class SlackMetrics implements AutoCloseable {

  private static final Duration[] ACK_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(1000),
      Duration.ofMillis(3000)};

  private final PrometheusMeterRegistry registry;
  private final Map<String, Timer> ackTimers = new ConcurrentHashMap<>();
  /** By name and tags: every turn posts a reply, and building a counter per call showed in the turns' profile. */
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private JvmGcMetrics gc;

  public SlackMetrics() {
    this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  public SlackMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Adds the JVM's meters, so the page has heap, GC pauses, threads, CPU and uptime from the start, before any
   * request (a scraper then sees a live process, not an empty page).
   *
   * @return this
   */
  public synchronized SlackMetrics bindJvm() {
    if (gc == null) {
      new JvmMemoryMetrics().bindTo(registry);
      new JvmThreadMetrics().bindTo(registry);
      new ClassLoaderMetrics().bindTo(registry);
      new ProcessorMetrics().bindTo(registry);
      new UptimeMetrics().bindTo(registry);
      gc = new JvmGcMetrics();
      gc.bindTo(registry);
    }
    return this;
  }

  /** Stops listening to the JVM's GC notifications. */
  @Override
  public synchronized void close() {
    if (gc != null) {
      gc.close();
    }
  }

  /** The registry, for other parts (the store) to add their meters to the same page. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** One request answered: its kind ("command", "event", "block_action"...), HTTP status and time to ack. */
  public void acked(String kind, int status, Duration elapsed) {
    // Buckets up to Slack's 3 s ack deadline, so a dashboard can show how many acks came late and alert on a p99.
    // Looked up once per kind and status: building and registering the timer on every ack showed in the profile.
    ackTimers.computeIfAbsent(kind + ' ' + status, k -> Timer.builder("slack_ack")
        .description("Time from a Slack request's arrival to its ack")
        .tag("kind", kind).tag("status", Integer.toString(status))
        .serviceLevelObjectives(ACK_BUCKETS)
        .register(registry)).record(elapsed);
  }

  /** One Web API call made; {@code error} is Slack's error code, or null when it was ok. */
  public void called(String method, String error) {
    counters.computeIfAbsent("slack_api_calls " + method, k -> Counter.builder("slack_api_calls")
        .description("Slack Web API calls by method").tag("method", method).register(registry)).increment();
    if (error != null) {
      counters.computeIfAbsent("slack_api_errors " + method + ' ' + error, k -> Counter.builder("slack_api_errors")
          .description("Slack Web API errors by method and error code")
          .tag("method", method).tag("error", error).register(registry)).increment();
    }
  }

  /** One event skipped because another delivery of it was already answered. */
  public void duplicate() {
    count("slack_events_duplicate", "Slack event retries answered only once");
  }

  /** One piece of work refused at once because the backlog was full (the request was told to come back later). */
  public void refused() {
    count("slack_work_refused", "Requests refused because the work backlog was full");
  }

  /** One card that could not be posted in its channel after every retry; the user got it through response_url. */
  public void cardUndelivered() {
    count("slack_cards_undelivered", "Cards Slack would not take after every retry");
  }

  /** One turn that lost its race to save too often; its thread was told to send it again. */
  public void turnNotSaved() {
    count("comp_coach_turns_not_saved", "Turns that could not be saved; the thread was told");
  }

  private void count(String name, String description) {
    counters.computeIfAbsent(name, k -> Counter.builder(name).description(description).register(registry))
        .increment();
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}
