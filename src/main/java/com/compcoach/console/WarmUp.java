package com.compcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Uses the console as a person would: a {@code /comp} in the DM, an offer in the card's thread, a comparison in the
 * channel, each answer awaited. The JVM then has loaded what serving Slack loads, which is what a training run for a
 * class-data archive needs ({@code warm-up}).
 */
public final class WarmUp {

  private static final String DM = "D0COACH";
  private static final String CHANNEL = "C0OFFERS";

  private final Console console;
  private final URI actions;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  /** @param base where the console is served, e.g. {@code http://127.0.0.1:3000} */
  public WarmUp(Console console, URI base, ObjectMapper json) {
    this.console = console;
    this.actions = base.resolve(ConsoleActions.PATH);
    this.json = json;
  }

  /**
   * Runs the conversation; each answer must come within {@code bound}.
   *
   * @return how many messages the bot posted
   * @throws IllegalStateException naming the step whose answer did not come
   */
  public int run(Duration bound) throws IOException, InterruptedException {
    BlockingQueue<ConsoleEvent> events = new LinkedBlockingQueue<>();
    Runnable stop = console.workspace().watch(events::add);
    try {
      send(DM, null, "/comp ml-ai-engineer charlotte");
      JsonNode card = botMessage(events, DM, null, bound, "the card");
      send(DM, card.path("ts").asText(), "they offered 180k base, 200k RSU over 4 years and a 15% bonus");
      botMessage(events, DM, card.path("ts").asText(), bound, "the counteroffer in the card's thread");
      send(CHANNEL, null, "/comp compare ml-ai-engineer detroit charlotte new york");
      botMessage(events, CHANNEL, null, bound, "the comparison");
      return 3;
    } finally {
      stop.run();
    }
  }

  private void send(String channel, String threadTs, String text) throws IOException, InterruptedException {
    var body = json.createObjectNode().put("channel", channel).put("text", text);
    if (threadTs != null) {
      body.put("thread_ts", threadTs);
    }
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(actions.resolve("send"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode outcome = json.readTree(answer.body());
    if (answer.statusCode() != 200 || !outcome.path("ok").asBoolean()) {
      throw new IllegalStateException("the console refused '" + text + "': " + answer.body());
    }
  }

  /** The next message the bot posts in {@code channel} (in {@code threadTs}'s thread, or at the top when null). */
  private JsonNode botMessage(BlockingQueue<ConsoleEvent> events, String channel, String threadTs, Duration bound,
      String what) throws InterruptedException {
    String bot = console.workspace().identity().team().botUserId();
    long deadline = System.nanoTime() + bound.toNanos();
    for (long left = bound.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      ConsoleEvent event = events.poll(left, TimeUnit.NANOSECONDS);
      if (event == null) {
        break;
      }
      JsonNode message = event.data();
      if (event.type().equals("message") && bot.equals(message.path("user").asText())
          && channel.equals(message.path("channel").asText())
          && (threadTs == null ? !message.has("thread_ts") : threadTs.equals(message.path("thread_ts").asText()))) {
        return message;
      }
    }
    throw new IllegalStateException("no answer within " + bound.toSeconds() + " s: " + what);
  }
}
