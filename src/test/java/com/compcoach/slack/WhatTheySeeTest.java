package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over real sockets: what a person typed is read as it shows in Slack (invisible characters, links, Slack's
 * escaping), and nothing echoed back can reorder the bot's own sentence.
 */
class WhatTheySeeTest {

  private SlackHarness slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness();
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void command_zeroWidthCharactersInRoleAndRegion_getsTheCardTheyRead() throws Exception {
    slack.sender.command(slack.command("ml\u200B-ai-engineer char\u200Dlotte", SlackHarness.CHANNEL));

    WebApiStandIn.Call card = slack.api.awaitPost(1);
    assertTrue(card.params().get("text").contains("Charlotte, NC"), card.params().toString());
  }

  @Test
  void command_regionAsASlackLink_readsTheLinksText() throws Exception {
    slack.sender.command(slack.command("ml-ai-engineer <http://evil.example|charlotte>", SlackHarness.CHANNEL));

    WebApiStandIn.Call card = slack.api.awaitPost(1);
    assertTrue(card.params().get("text").contains("Charlotte, NC"), card.params().toString());
    assertFalse(card.params().toString().contains("evil.example"), card.params().toString());
  }

  @Test
  void command_unknownRoleWithABidiOverride_isEchoedWithoutIt() throws Exception {
    slack.sender.command(slack.command("eng\u202Eenigne charlotte", SlackHarness.CHANNEL));
    slack.settle();

    String answer = slack.api.calls("response_url").get(0).params().toString();
    assertTrue(answer.contains("engenigne"), answer);
    assertFalse(answer.contains("\u202E") || answer.contains("\\u202E") || answer.contains("\\u202e"), answer);
  }

  @Test
  void threadMessage_zeroWidthSpaceInsideAFigure_readsTheFigureShown() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "they offered 18\u200B0k base", "EvZw1"));

    String reply = slack.api.awaitPost(2).params().get("blocks");
    assertTrue(reply.contains("base $180,000"), reply);
  }

  @Test
  void threadMessage_linkWithFiguresInItsAddress_readsOnlyWhatItShows() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs,
        "they offered 180k base, see <https://levels.fyi/t/2024/250000|levels>", "EvLink1"));

    String reply = slack.api.awaitPost(2).params().get("blocks");
    assertTrue(reply.contains("base $180,000"), reply);
    assertFalse(reply.contains("250000") || reply.contains("2024"), reply);
  }

  @Test
  void command_ampersandAsSlackSendsIt_isReadOnce() throws Exception {
    slack.sender.command(slack.command("ml-ai-engineer charlotte 180k base &amp; 20k bonus", SlackHarness.CHANNEL));

    String card = slack.api.awaitPost(1).params().get("blocks");
    assertTrue(card.contains("Bonus $20K"), card);
  }
}
