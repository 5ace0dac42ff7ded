package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.standin.WebApiStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many messages in one thread at once, against the real app with a pool of workers (as in production): every
 * message answered once, in the order it came, and one busy thread never holds up anyone else's card.
 */
class ThreadMessagesTest {

  private static final String DM = "D0PAT";
  private static final String THREAD = "1800000050.000001";
  private static final Pattern BASE = Pattern.compile("Base \\$(\\d+)K");

  private SlackHarness slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness(Map.of(), SlackApp.workPool(8), WebApi.READ_TIMEOUT);
    say("ml-ai-engineer charlotte", "EvCard");
    slack.api.awaitPost(1);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void threadMessages_32AtOnceInOneThread_eachAnsweredOnceAndEverySaved() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(32);
    try {
      List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        int offer = 150 + i;
        acks.add(CompletableFuture.supplyAsync(() -> sayQuietly("they came back with " + offer + "k base",
            "EvAtOnce" + offer), senders));
      }
      for (CompletableFuture<HttpResponse<String>> ack : acks) {
        assertEquals(200, ack.get(30, TimeUnit.SECONDS).statusCode());
      }
    } finally {
      senders.shutdownNow();
    }

    List<Integer> answered = bases(slack.api.await("chat.postMessage", 33, Duration.ofSeconds(60)));
    Set<Integer> distinct = new HashSet<>(answered);
    assertEquals(32, distinct.size(), "every offer answered exactly once: " + answered);
    assertEquals(33, slack.state.conversations().load(new ConversationKey(WebApiStandIn.TEAM, DM, THREAD))
        .orElseThrow().version(), "the card and all 32 turns saved, none over another");
  }

  @Test
  void threadMessages_sentWhileTheThreadIsBusy_areAnsweredInTheOrderSent() throws Exception {
    // The first answer hangs in Slack, so the other 31 wait behind it in the app.
    floodWhileSlackHangsOnTheThread("EvInOrder");
    slack.api.release();

    List<Integer> answered = bases(slack.api.await("chat.postMessage", 33, Duration.ofSeconds(60)));
    List<Integer> sent = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      sent.add(150 + i);
    }
    assertEquals(sent, answered);
  }

  @Test
  void threadMessages_floodingOneThreadWhileSlackHangsOnIt_anotherUsersCardIsPostedMeanwhile() throws Exception {
    floodWhileSlackHangsOnTheThread("EvFlood");

    slack.sender.command(slack.command("ml-ai-engineer detroit", SlackHarness.CHANNEL));

    WebApiStandIn.Call card = slack.api.awaitPost(2);
    assertEquals(SlackHarness.CHANNEL, card.params().get("channel"));
    assertEquals(1, slack.api.held(), "the flooded thread waits on one answer at a time, holding one worker");
    slack.api.release();
    slack.api.await("chat.postMessage", 34, Duration.ofSeconds(60));
  }

  /** 32 offers sent one after another into the thread, while Slack takes no answer in it. */
  private void floodWhileSlackHangsOnTheThread(String eventPrefix) throws Exception {
    slack.api.hold((method, params) -> THREAD.equals(params.get("thread_ts")));
    for (int i = 0; i < 32; i++) {
      say("they came back with " + (150 + i) + "k base", eventPrefix + i);
    }
    slack.api.awaitHeld(1, Duration.ofSeconds(10));
  }

  private void say(String text, String eventId) throws Exception {
    assertEquals(200, slack.sender.event(slack.threadMessage(DM, THREAD, text, eventId)).statusCode());
  }

  private HttpResponse<String> sayQuietly(String text, String eventId) {
    try {
      return slack.sender.event(slack.threadMessage(DM, THREAD, text, eventId));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The offer's base each answer after the card read, in the order they were posted. */
  private static List<Integer> bases(List<WebApiStandIn.Call> posts) {
    List<Integer> bases = new ArrayList<>();
    for (WebApiStandIn.Call post : posts.subList(1, posts.size())) {
      Matcher base = BASE.matcher(post.params().get("blocks"));
      assertTrue(base.find(), "an answer that names the offer's base: " + post.params().get("text"));
      bases.add(Integer.parseInt(base.group(1)));
    }
    return bases;
  }
}
