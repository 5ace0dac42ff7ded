package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.LocalRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Two real app instances (child JVMs) sharing one real redis-server, as behind a load balancer. */
class ScaleOutTest {

  private static LocalRedis redis;
  private static WebApiStandIn api;
  private static AppProcess a;
  private static AppProcess b;
  // Two turns are sent from two threads at once: each event needs its own id, or the second is a "retry".
  private static final AtomicInteger EVENTS = new AtomicInteger();
  private static int threads;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    redis = LocalRedis.start();
    api = new WebApiStandIn();
    CompletableFuture<AppProcess> first = CompletableFuture.supplyAsync(
        () -> AppProcess.start(api, Map.of("REDIS_URL", redis.url())));
    b = AppProcess.start(api, Map.of("REDIS_URL", redis.url()));
    a = first.get(90, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopAll() {
    a.close();
    b.close();
    api.close();
    redis.close();
  }

  @Test
  void threadMessage_begunOnAContinuedOnB_goesOnWithTheOffer() throws Exception {
    String thread = newThread();
    int posted = posts();
    send(a, thread, "ml-ai-engineer charlotte");
    awaitPosts(posted + 1);
    send(b, thread, "they offered 180k base, 50k rsu, 40k bonus");
    assertTrue(reply(awaitPosts(posted + 2)).contains("Counter"), "B coached the offer within A's lookup");

    send(a, thread, "why?");

    String why = reply(awaitPosts(posted + 3));
    assertTrue(why.contains("$233,000"), "A explains the counter B computed: " + why);
    assertEquals("3", version(thread));
  }

  @Test
  void event_deliveredToBothInstances_isAnsweredOnce() throws Exception {
    String thread = newThread();
    int posted = posts();
    double duplicatesBefore = duplicates(a) + duplicates(b);
    String event = event(thread, "ml-ai-engineer charlotte");

    CompletableFuture<HttpResponse<String>> toA = CompletableFuture.supplyAsync(() -> post(a, event, false));
    HttpResponse<String> toB = post(b, event, true);

    assertEquals(200, toA.get(30, TimeUnit.SECONDS).statusCode());
    assertEquals(200, toB.statusCode());
    // Each instance claims the event when its turn comes up, after the ack: one takes it, the other counts a
    // duplicate.
    com.compcoach.store.Await.value(Duration.ofSeconds(30),
        () -> duplicatesQuietly() == duplicatesBefore + 1 ? Boolean.TRUE : null);
    awaitPosts(posted + 1);
    assertEquals(1, repliesIn(thread));
    assertEquals("1", version(thread));
  }

  @Test
  void threadMessage_twoTurnsAtOnceOnTwoInstances_bothKeptAndAnswered() throws Exception {
    String thread = newThread();
    int posted = posts();
    send(a, thread, "ml-ai-engineer charlotte");
    awaitPosts(posted + 1);

    CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> sendQuietly(a, thread, "my walk-away is 240k"));
    send(b, thread, "they offered 180k base, 50k rsu, 40k bonus");
    onA.get(30, TimeUnit.SECONDS);

    awaitPosts(posted + 3);
    assertEquals(3, repliesIn(thread));
    assertEquals("3", version(thread), "both concurrent turns were saved, neither overwrote the other");
    String state = stateJson(thread);
    assertTrue(state.contains("180000") && state.contains("240000"), "offer and walk-away both kept: " + state);
  }

  @Test
  void comp_forgetOnB_deletesTheThreadBegunOnA() throws Exception {
    String thread = newThread();
    int posted = posts();
    send(a, thread, "ml-ai-engineer charlotte");
    send(a, thread, "they offered 180k base, 50k rsu, 40k bonus");
    awaitPosts(posted + 2);
    int answers = api.calls("response_url").size();

    Map<String, String> forget = commandFields("forget");
    forget.put("channel_id", "D0PAT");
    forget.put("channel_name", "directmessage");
    b.sender.command(forget);

    String said = api.await("response_url", answers + 1, Duration.ofSeconds(30)).get(answers).params().get("body");
    assertTrue(said.contains("forgot"), said);
    assertEquals(null, version(thread));
    send(a, thread, "why?");
    assertTrue(reply(awaitPosts(posted + 3)).contains("Nothing to explain yet"), "A starts the thread afresh");
  }

  /** Redis goes away and comes back. */
  @Nested
  class RedisRestart {

    @Test
    void threadMessage_whileRedisIsDown_saysMemoryIsUnavailableAndRecoversWhenItIsBack() throws Exception {
      String thread = newThread();
      int posted = posts();
      send(a, thread, "ml-ai-engineer charlotte");
      awaitPosts(posted + 1);

      redis.stop();
      try {
        send(b, thread, "they offered 180k base, 50k rsu, 40k bonus");
        String down = reply(awaitPosts(posted + 2));
        assertTrue(down.contains("memory of this thread is unavailable"), down);
        assertFalse(down.contains("Exception"), down);
        assertTrue(b.metrics().contains("outcome=\"unavailable\""), "the outage shows in /metrics for alerting");

        int before = posts();
        a.sender.command(commandFields("ml-ai-engineer charlotte"));
        assertTrue(reply(awaitPosts(before + 1)).contains("Charlotte"), "lookups still answer while Redis is down");
      } finally {
        redis.startAgain();
      }

      // Both instances reconnect on their own; the thread goes on with what Redis kept. The bound is time, not a
      // count of tries: on a busy machine the client's reconnect can take longer than a fixed number of turns.
      String recovered = null;
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      for (int attempt = 0; System.nanoTime() < deadline && recovered == null; attempt++) {
        int before = posts();
        send(attempt % 2 == 0 ? a : b, thread, "they offered 180k base, 50k rsu, 40k bonus");
        String answer = reply(awaitPosts(before + 1));
        if (!answer.contains("memory of this thread is unavailable")) {
          recovered = answer;
        }
      }
      assertTrue(recovered != null && recovered.contains("Counter"), "coached again after Redis came back");
    }
  }

  @Test
  void threadEdited_onAThenOnB_isToldOnceForTheThread() throws Exception {
    String thread = newThread();
    int posted = posts();
    send(a, thread, "ml-ai-engineer charlotte");
    awaitPosts(posted + 1);

    assertEquals(200, post(a, edit(thread, "EvScaleEditA"), false).statusCode());
    assertEquals(EditedMessages.NOT_READ, awaitPosts(posted + 2).params().get("text"));
    assertEquals(200, post(b, edit(thread, "EvScaleEditB"), false).statusCode());
    send(b, thread, "why?");

    String next = awaitPosts(posted + 3).params().get("text");
    assertFalse(EditedMessages.NOT_READ.equals(next), "B said it again: each instance remembered it on its own");
    assertEquals(3, repliesIn(thread));
  }

  /** The person edits a message of theirs in the DM thread {@code thread} ({@code message_changed}). */
  private static String edit(String thread, String eventId) {
    com.compcoach.standin.Payloads payloads = new com.compcoach.standin.Payloads(
        new com.fasterxml.jackson.databind.ObjectMapper(), com.compcoach.standin.Team.TEST);
    com.compcoach.standin.Channel dm = com.compcoach.standin.Channel.of("D0PAT");
    com.fasterxml.jackson.databind.node.ObjectNode event = new com.fasterxml.jackson.databind.ObjectMapper()
        .createObjectNode().put("type", "message").put("subtype", "message_changed").put("channel", dm.id())
        .put("channel_type", dm.type()).put("hidden", true).put("ts", "1800000900.000001")
        .put("event_ts", "1800000900.000001");
    event.set("message", payloads.message(dm, "they offered 190k base", thread + "1", thread));
    event.set("previous_message", payloads.message(dm, "they offered 180k base", thread + "1", thread));
    return payloads.eventCallback(event, eventId, 1800000900L);
  }

  private static String newThread() {
    return String.format("1800000200.%06d", ++threads);
  }

  private static String event(String thread, String text) {
    int event = EVENTS.incrementAndGet();
    Map<String, String> values = new HashMap<>(Map.of("channel", "D0PAT", "channel_type", "im", "text", text,
        "ts", String.format("1800000300.%06d", event), "thread_ts", thread, "event_id", "EvScale" + event));
    return Fixtures.text("event-message-in-card-thread.json", values);
  }

  private static void send(AppProcess app, String thread, String text) throws Exception {
    assertEquals(200, app.sender.event(event(thread, text)).statusCode(), app.output());
  }

  private static void sendQuietly(AppProcess app, String thread, String text) {
    try {
      send(app, thread, text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static HttpResponse<String> post(AppProcess app, String event, boolean retry) {
    try {
      return retry ? app.sender.retriedEvent(event, 1) : app.sender.event(event);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> commandFields(String text) {
    Map<String, String> fields = new HashMap<>();
    fields.put("token", "x");
    fields.put("team_id", WebApiStandIn.TEAM);
    fields.put("team_domain", "acme");
    fields.put("channel_id", SlackHarness.CHANNEL);
    fields.put("channel_name", "offers");
    fields.put("user_id", "U0PAT");
    fields.put("user_name", "pat");
    fields.put("command", "/comp");
    fields.put("text", text);
    fields.put("api_app_id", "A0APP");
    fields.put("response_url", api.responseUrl("cmd"));
    fields.put("trigger_id", SlackHarness.triggerId());
    return fields;
  }

  private static int posts() {
    return api.calls("chat.postMessage").size();
  }

  private static WebApiStandIn.Call awaitPosts(int count) throws InterruptedException {
    return api.await("chat.postMessage", count, Duration.ofSeconds(30)).get(count - 1);
  }

  private static String reply(WebApiStandIn.Call call) {
    return call.params().getOrDefault("blocks", "") + call.params().getOrDefault("text", "");
  }

  private static long repliesIn(String thread) {
    List<WebApiStandIn.Call> all = api.calls("chat.postMessage");
    return all.stream().filter(c -> thread.equals(c.params().get("thread_ts"))).count();
  }

  private static double duplicatesQuietly() {
    try {
      return duplicates(a) + duplicates(b);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static double duplicates(AppProcess app) throws Exception {
    return app.metrics().lines()
        .filter(line -> line.startsWith("slack_events_duplicate_total"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static String version(String thread) {
    return redisField(thread, "v");
  }

  private static String stateJson(String thread) {
    return redisField(thread, "s");
  }

  private static String redisField(String thread, String field) {
    RedisClient client = RedisClient.create(redis.url());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      return connection.sync().hget("comp-coach:conv:" + WebApiStandIn.TEAM + ":D0PAT:" + thread, field);
    } finally {
      client.shutdown();
    }
  }
}
