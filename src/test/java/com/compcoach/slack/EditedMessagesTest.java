package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.Team;
import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person editing their message in a card's thread ({@code message_changed}), over real sockets: the edit is not
 * read as a turn, and the thread is told once to send the new figure as a new message (it was ignored in silence).
 */
class EditedMessagesTest {

  private final ObjectMapper json = new ObjectMapper();
  private final Payloads payloads = new Payloads(json, Team.TEST);
  private SlackHarness slack;
  private String card;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness();
    card = slack.card("ml-ai-engineer charlotte");
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, card, "they offered 180k base", "EvOffer"));
    slack.api.awaitPost(2);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void offerEditedInTheThread_isToldOnceToSendTheNewFigureAsANewMessage() throws Exception {
    slack.sender.event(edit(card, "they offered 180k base", "they offered 190k base", "EvEdit1"));
    WebApiStandIn.Call told = slack.api.awaitPost(3);
    slack.sender.event(edit(card, "they offered 190k base", "they offered 195k base", "EvEdit2"));
    // A retry of the first edit, then a message: the next post is the message's answer, so nothing came between.
    slack.sender.retriedEvent(edit(card, "they offered 180k base", "they offered 190k base", "EvEdit1"), 1);
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, card, "they offered 190k base", "EvResent"));
    WebApiStandIn.Call next = slack.api.awaitPost(4);

    assertEquals(card, told.params().get("thread_ts"));
    assertEquals(EditedMessages.NOT_READ, told.params().get("text"));
    assertTrue(next.params().get("blocks").contains("Base $190K"), next.params().get("blocks"));
    slack.settle();
    assertEquals(4, slack.api.calls("chat.postMessage").size(), "told once, however often the thread is edited");
  }

  @Test
  void sameTextChangedBySlack_orAThreadNotOurs_isLeftAlone() throws Exception {
    // Slack sends message_changed when it adds a link's preview: the words are the same, so nothing was edited.
    slack.sender.event(edit(card, "they offered 180k base", "they offered 180k base", "EvUnfurl"));
    slack.sender.event(edit("1799999999.000001", "they offered 180k base", "they offered 190k base", "EvOther"));
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, card, "thanks", "EvThanks"));

    WebApiStandIn.Call next = slack.api.awaitPost(3);
    assertFalse(EditedMessages.NOT_READ.equals(next.params().get("text")), next.params().get("text"));
    slack.settle();
    assertEquals(3, slack.api.calls("chat.postMessage").size());
  }

  /** The {@code message_changed} event Slack sends when the person edits a message in the thread {@code root}. */
  private String edit(String root, String before, String after, String eventId) {
    Channel channel = Channel.of(SlackHarness.CHANNEL);
    ObjectNode event = json.createObjectNode();
    event.put("type", "message");
    event.put("subtype", "message_changed");
    event.put("channel", channel.id());
    event.put("channel_type", channel.type());
    event.put("hidden", true);
    event.put("ts", "1800000900.000001");
    event.put("event_ts", "1800000900.000001");
    ObjectNode message = payloads.message(channel, after, "1800000100.100001", root);
    message.putObject("edited").put("user", Team.TEST.userId()).put("ts", "1800000900.000001");
    event.set("message", message);
    event.set("previous_message", payloads.message(channel, before, "1800000100.100001", root));
    return payloads.eventCallback(event, eventId, 1800000900L);
  }
}
