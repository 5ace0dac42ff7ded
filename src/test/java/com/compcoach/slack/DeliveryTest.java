package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cards against a Slack that fails, is slow or hangs, and bursts beyond the backlog: acks come within Slack's 3 s,
 * every card that was acked is posted, failed posts are retried, then told.
 */
class DeliveryTest {

  private static final Duration WITHIN = Duration.ofSeconds(30);
  /** Short, so a hung call ends quickly here; production waits {@link WebApi#READ_TIMEOUT}. */
  private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

  private SlackHarness slack;

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void comp_whileSlackHangsOnEveryPost_everyAckComesAtOnce() throws Exception {
    slack = new SlackHarness(Map.of(), SlackApp.workPool(2), WebApi.READ_TIMEOUT);
    slack.api.hold((method, params) -> method.equals("chat.postMessage"));
    List<Long> ackMillis = new ArrayList<>();

    for (int i = 0; i < 40; i++) {
      long start = System.nanoTime();
      HttpResponse<String> ack = slack.sender.command(slack.command("ml-ai-engineer charlotte", "C0BUSY" + i));
      ackMillis.add((System.nanoTime() - start) / 1_000_000);
      assertEquals(200, ack.statusCode());
    }

    // Far more cards than workers and queue room used to be: none of the acks did a card itself.
    assertTrue(ackMillis.stream().allMatch(ms -> ms < 3_000), "acks within Slack's 3 s: " + ackMillis);
    slack.api.awaitHeld(2, WITHIN);
    slack.api.release();
    slack.api.await("chat.postMessage", 40, WITHIN);
  }

  @Test
  void comp_burstOfCommandsBeyondTheBacklog_everyAckEmptyAndEveryCardPosted() throws Exception {
    // Room for 4 cards at a time, and a Slack that holds the first posts: 8 of the 12 commands find no room.
    slack = new SlackHarness(SlackApp.workPool(2), 4, WITHIN);
    slack.api.hold((method, params) -> method.equals("chat.postMessage"));
    ExecutorService typists = Executors.newFixedThreadPool(12);
    try {
      List<Future<HttpResponse<String>>> acks = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String channel = "C0BURST" + i;
        acks.add(typists.submit(() -> slack.sender.command(slack.command("ml-ai-engineer charlotte", channel))));
      }
      slack.api.awaitHeld(2, WITHIN);
      slack.api.release();

      for (Future<HttpResponse<String>> ack : acks) {
        HttpResponse<String> answer = ack.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("", answer.body(), "a card, not \"busy\"");
      }
      List<WebApiStandIn.Call> cards = slack.api.await("chat.postMessage", 12, WITHIN);
      assertEquals(12, cards.stream().map(card -> card.params().get("channel")).distinct().count(),
          "one card in each channel: " + cards);
    } finally {
      typists.shutdownNow();
    }
  }

  @Test
  void comp_backlogStaysFullPastTheRoomWait_toldBusyAndNothingPosted() throws Exception {
    slack = new SlackHarness(SlackApp.workPool(1), 1, Duration.ZERO);
    slack.api.hold((method, params) -> method.equals("chat.postMessage"));
    slack.sender.command(slack.command("ml-ai-engineer charlotte", "C0FIRST"));
    slack.api.awaitHeld(1, WITHIN);

    HttpResponse<String> second = slack.sender.command(slack.command("ml-ai-engineer detroit", "C0SECOND"));

    assertEquals(200, second.statusCode());
    assertEquals(CompCommand.BUSY, new ObjectMapper().readTree(second.body()).path("text").asText(), second.body());
    slack.api.release();
    slack.api.awaitPost(1);
    slack.settle();
    assertEquals(1, slack.api.calls("chat.postMessage").size(), "only the first command's card");
  }

  @Test
  void comp_slackNeverAnswersThePost_retriedWithBackoffThenToldThroughResponseUrl() throws Exception {
    slack = new SlackHarness(Map.of(), SlackApp.workPool(2), READ_TIMEOUT);
    slack.api.hold((method, params) -> method.equals("chat.postMessage"));

    slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));

    String told = slack.api.await("response_url", 1, WITHIN).get(0).params().get("body");
    assertTrue(told.contains("wouldn't take this card"), told);
    assertTrue(told.contains("Charlotte"), "the card itself comes along: " + told);
    String metrics = slack.metrics();
    assertTrue(metrics.contains("slack_api_errors_total{error=\"io_error\",method=\"chat.postMessage\"} "
        + WebApi.ATTEMPTS + ".0"), "every attempt timed out: " + metrics);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), slack.pauses);
    assertTrue(metrics.contains("slack_cards_undelivered_total 1.0"), metrics);
  }

  @Test
  void comp_slackFailsTwiceInPassing_theCardIsPostedOnTheThirdTry() throws Exception {
    slack = new SlackHarness();
    slack.api.failNext("chat.postMessage", "internal_error");
    slack.api.failNext("chat.postMessage", "service_unavailable");

    slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));

    WebApiStandIn.Call card = slack.api.awaitPost(3);
    assertTrue(card.params().get("text").contains("Charlotte"), card.params().get("text"));
    slack.settle();
    assertEquals(List.of(), slack.api.calls("response_url"), "a card that got through is not sent twice");
  }

  @Test
  void comp_slackRefusesTheMessageItself_notRetriedAndToldAtOnce() throws Exception {
    slack = new SlackHarness();
    slack.api.failNext("chat.postMessage", "invalid_blocks");

    slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));

    String told = slack.api.await("response_url", 1, WITHIN).get(0).params().get("body");
    assertTrue(told.contains("wouldn't take this card"), told);
    assertEquals(1, slack.api.calls("chat.postMessage").size(), "an error that would recur is not retried");
  }
  @Test
  void threadReply_slackRefusesTheMessageItself_aShortNoteSaysSoInTheThreadOnce() throws Exception {
    slack = new SlackHarness();
    String cardTs = slack.card("ml-ai-engineer charlotte");
    slack.api.failNext("chat.postMessage", "msg_too_long");

    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "they offered 180k base", "Ev0TOOLONG"));

    WebApiStandIn.Call note = slack.api.awaitPost(3);
    assertEquals(cardTs, note.params().get("thread_ts"));
    assertTrue(note.params().get("text").contains("wouldn't post my answer here (it said msg_too_long)"),
        "the reply was dropped with a WARN line only: " + note.params().get("text"));
    slack.settle();
    assertEquals(3, slack.api.calls("chat.postMessage").size(), "the refused reply is not sent again as it was");
  }

  @Test
  void comp_slackEchoesTheWholeCardBeforeItsTs_theCardsThreadIsCoached() throws Exception {
    slack = new SlackHarness();
    // Slack answers a post with the message echoed, blocks and all; here the echo comes first, with a ts of its own
    // and, deep in its blocks, fields named like the answer's own.
    slack.api.answer("chat.postMessage", params -> {
      ObjectNode answer = new ObjectMapper().createObjectNode();
      ObjectNode echo = answer.putObject("message").put("type", "message").put("ts", "1700000000.000001");
      echo.putArray("blocks").addObject().put("type", "section").put("ok", false).put("error", "not_this")
          .put("ts", "1700000000.000002").putObject("text").put("type", "mrkdwn").put("text", params.get("text"));
      return answer.put("ok", true).put("channel", params.get("channel")).put("ts", "1800000000.000777");
    });

    slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));
    slack.api.awaitPost(1);
    slack.settle();
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, "1800000000.000777", "what's the band?", "Ev0ECHO"));

    WebApiStandIn.Call reply = slack.api.awaitPost(2);
    assertEquals("1800000000.000777", reply.params().get("thread_ts"), "the card's thread is the answer's ts");
    assertEquals(List.of(), slack.api.calls("response_url"), "the card got through: nothing said privately");
  }
}
