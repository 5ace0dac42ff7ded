package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.Team;
import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A thread's messages over HTTP, which {@link EventRoute} reads once instead of Bolt: only a person's plain message
 * gets a turn, whatever else Slack sends into the thread, and however the event's JSON is laid out.
 */
class EventRouteTest {

  private static final String DM = "D0ROUTE";
  private static final String THREAD = "1800000060.000001";

  private final Payloads payloads = new Payloads(new ObjectMapper(), Team.TEST);
  private SlackHarness slack;
  private int sent;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness();
    send(message("ml-ai-engineer charlotte"));
    slack.api.awaitPost(1);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void threadMessage_editedFromABotOrTheBotsOwn_isAckedAndNotAnswered() throws Exception {
    send(message("they offered 150k base").put("subtype", "message_changed"));
    send(message("they offered 160k base").put("bot_id", "B0OTHER"));
    send(message("they offered 170k base").put("user", WebApiStandIn.BOT_USER));
    send(message("they offered 180k base"));

    // A thread's turns are answered in the order they came: had any of the first three been taken, its answer
    // would be the next post.
    String answer = slack.api.awaitPost(2).params().get("blocks");
    assertTrue(answer.contains("180"), answer);
  }

  @Test
  void threadMessage_eventBeforeItsEnvelopeWithBlocksAndSlackEscapes_isAnsweredAsTyped() throws Exception {
    ObjectNode event = message("they offered 185k base &amp; 20k bonus");
    event.putArray("blocks").addObject().put("type", "rich_text").putArray("elements").addObject()
        .put("type", "rich_text_section");
    String envelope = payloads.eventCallback(event, "EvRoute" + ++sent, 1800000100L);
    // The same fields, the event first: Slack promises fields, not their order.
    ObjectNode reordered = new ObjectMapper().createObjectNode();
    ObjectNode read = (ObjectNode) new ObjectMapper().readTree(envelope);
    reordered.set("event", read.get("event"));
    read.fieldNames().forEachRemaining(name -> reordered.putIfAbsent(name, read.get(name)));

    assertEquals(200, slack.sender.event(reordered.toString()).statusCode());

    String answer = slack.api.awaitPost(2).params().get("blocks");
    assertTrue(answer.contains("185"), answer);
  }

  private ObjectNode message(String text) {
    return payloads.message(Channel.of(DM), text, "1800000100." + (200000 + sent), THREAD);
  }

  private void send(ObjectNode event) throws Exception {
    String body = payloads.eventCallback(event, "EvRoute" + ++sent, 1800000100L);
    assertEquals(200, slack.sender.event(body).statusCode());
  }
}
