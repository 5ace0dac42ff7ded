package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.Await;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A thread's turns from messages, card buttons and the offer form wait in one line, against the real app and a
 * stand-in Slack that can hang: replies are posted in the order the turns came, each once, and a reply Slack is slow
 * to take holds no worker, so other threads go on meanwhile.
 */
class ThreadTurnsTest {

  private static final Duration WITHIN = Duration.ofSeconds(10);

  private SlackHarness slack;

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness(Map.of(), SlackApp.workPool(4), WebApi.READ_TIMEOUT);
  }

  @Test
  void threadReply_slackHangsOnItWithOneWorker_anotherThreadIsStillAnswered() throws Exception {
    slack.close();
    slack = new SlackHarness(Map.of(), SlackApp.workPool(1), WebApi.READ_TIMEOUT);
    String hung = card("ml-ai-engineer charlotte");
    String other = card("ml-ai-engineer detroit");
    slack.api.hold((method, params) -> hung.equals(params.get("thread_ts")));
    say(hung, "they offered 180k base", "EvHung");
    slack.api.awaitHeld(1, WITHIN);

    say(other, "they offered 170k base", "EvOther");

    WebApiStandIn.Call answer = slack.api.awaitPost(3);
    assertEquals(other, answer.params().get("thread_ts"));
    assertEquals(1, slack.api.held(), "the hung reply is still waiting for Slack");
    slack.api.release();
    assertEquals(hung, slack.api.awaitPost(4).params().get("thread_ts"));
  }

  @Test
  void cardButton_clickedWhileTheThreadsLastReplyHangs_isAnsweredAfterThatReply() throws Exception {
    String card = card("ml-ai-engineer charlotte");
    String marker = card("ml-ai-engineer detroit");
    offerWhoseReplyHangs(card);

    assertEquals(200, slack.sender.interaction(button(card, BlockIds.LEVERS)).statusCode());
    // Another thread's answer: the click has been taken by now, and its turn is waiting behind the hung reply.
    say(marker, "why?", "EvMarker");
    assertEquals(marker, slack.api.awaitPost(3).params().get("thread_ts"));
    assertTrue(inThread(card).isEmpty(), "nothing posted in the card's thread while its last reply hangs");

    slack.api.release();
    slack.api.awaitPost(5);
    List<WebApiStandIn.Call> replies = inThread(card);
    assertEquals(2, replies.size());
    assertTrue(replies.get(0).params().get("blocks").contains("$190K"), "the message's reply first");
    assertFalse(replies.get(1).params().get("blocks").contains("$190K"), "then the button's");
    assertEquals(3, version(card), "the card, the message and the click: each saved once, none over another");
  }

  @Test
  void regionSelect_changedWhileTheThreadsLastReplyHangs_movesTheCardAndThreadAfterThatReply() throws Exception {
    String card = card("ml-ai-engineer charlotte");
    String marker = card("ml-ai-engineer detroit");
    offerWhoseReplyHangs(card);

    slack.sender.interaction(Fixtures.text("action-region-select.json", Map.of("message_ts", card,
        "channel", SlackHarness.CHANNEL, "response_url", slack.api.responseUrl("act"), "region", "Detroit, MI (HQ)")));
    say(marker, "why?", "EvMarker");
    assertEquals(marker, slack.api.awaitPost(3).params().get("thread_ts"));
    assertTrue(slack.api.calls("chat.update").isEmpty(), "the card waits for the thread's last reply");

    slack.api.release();
    slack.api.await("chat.update", 1, WITHIN);
    slack.api.awaitPost(5);
    List<WebApiStandIn.Call> replies = inThread(card);
    assertTrue(replies.get(0).params().get("blocks").contains("$190K"), "the message's reply first");
    assertTrue(replies.get(1).params().get("blocks").contains("Detroit"), "then the counter for the new region");
  }

  @Test
  void offerForm_submittedWhileTheThreadsLastReplyHangs_saysBusyAndChangesNothing() throws Exception {
    String card = card("ml-ai-engineer charlotte");
    slack.api.hold((method, params) -> card.equals(params.get("thread_ts")));
    say(card, "they came back with 190k base", "EvOffer");
    slack.api.awaitHeld(1, WITHIN);

    HttpResponse<String> submitted = slack.sender.interaction(Fixtures.text("view-submission-offer.json",
        Map.of("private_metadata", WebApiStandIn.TEAM + "|" + SlackHarness.CHANNEL + "|" + card,
            "base", "200k", "stock", "50k", "bonus", "40k")));

    assertEquals(200, submitted.statusCode());
    assertTrue(submitted.body().contains("\"response_action\":\"errors\""), submitted.body());
    assertTrue(submitted.body().contains("submit it again in a moment"), submitted.body());
    slack.api.release();
    slack.api.awaitPost(2);
    // One more turn proves the form's turn came and went without a post or a save.
    say(card, "why?", "EvAfter");
    slack.api.awaitPost(3);
    assertEquals(2, inThread(card).size(), "the message's reply and the last one, no counter from the form");
    assertEquals(3, version(card), "the card and two messages; the form changed nothing");
  }

  @Test
  void threadMessage_retriedBySlackWhileItsReplyHangs_isAnsweredOnce() throws Exception {
    String card = card("ml-ai-engineer charlotte");
    slack.api.hold((method, params) -> card.equals(params.get("thread_ts")));
    String event = slack.threadMessage(SlackHarness.CHANNEL, card, "they came back with 190k base", "EvRetried");
    assertEquals(200, slack.sender.event(event).statusCode());
    slack.api.awaitHeld(1, WITHIN);

    assertEquals(200, slack.sender.retriedEvent(event, 1).statusCode());
    slack.api.release();
    say(card, "why?", "EvAfterRetry");

    slack.api.awaitPost(3);
    assertEquals(2, inThread(card).size(), "the message once, then the next one");
    assertEquals(3, version(card));
  }

  /** An offer in the card's thread whose reply Slack takes no answer for, until released. */
  private void offerWhoseReplyHangs(String card) throws Exception {
    slack.api.hold((method, params) -> card.equals(params.get("thread_ts"))
        && params.getOrDefault("blocks", "").contains("$190K"));
    say(card, "they came back with 190k base", "EvOffer");
    slack.api.awaitHeld(1, WITHIN);
  }

  /** Posts a card and waits (bounded) until its conversation is stored, so its thread is known as one of ours. */
  private String card(String text) throws Exception {
    String ts = slack.card(text);
    Await.value(WITHIN, () -> slack.state.conversations()
        .load(new ConversationKey(WebApiStandIn.TEAM, SlackHarness.CHANNEL, ts)).orElse(null));
    return ts;
  }

  private void say(String threadTs, String text, String eventId) throws Exception {
    assertEquals(200, slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, threadTs, text, eventId))
        .statusCode());
  }

  private List<WebApiStandIn.Call> inThread(String threadTs) {
    return slack.api.calls("chat.postMessage").stream()
        .filter(call -> threadTs.equals(call.params().get("thread_ts"))).toList();
  }

  private long version(String threadTs) {
    return slack.state.conversations().load(new ConversationKey(WebApiStandIn.TEAM, SlackHarness.CHANNEL, threadTs))
        .orElseThrow().version();
  }

  private String button(String cardTs, String actionId) {
    return Fixtures.text("action-card-button.json", Map.of("message_ts", cardTs, "channel", SlackHarness.CHANNEL,
        "response_url", slack.api.responseUrl("act"), "action_id", actionId));
  }
}
