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
  void threadMessage_aWebAddressAloneAsSlackLinksIt_hasNoFigureReadFromIt() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    // Typed with its scheme Slack sends the address alone; typed without, it links it with the address as its text.
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "<https://levels.fyi/comp/185000>",
        "EvUrl1"));
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs,
        "see <http://levels.fyi/comp/195000|levels.fyi/comp/195000>", "EvUrl2"));

    for (int post = 2; post <= 3; post++) {
      String reply = slack.api.awaitPost(post).params().toString();
      assertFalse(reply.contains("185") || reply.contains("195"), reply);
    }
  }

  @Test
  void threadMessage_aPersonNamedBeforeTheirOffer_readsTheFigureAndNamesNoOne() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "<@U0ALICE> offered me 185 base",
        "EvMention1"));

    String reply = slack.api.awaitPost(2).params().toString();
    assertTrue(reply.contains("base $185,000"), reply);
    assertFalse(reply.contains("<@") || reply.toLowerCase(java.util.Locale.ROOT).contains("u0alice"), reply);
  }

  @Test
  void threadMessage_fullwidthAndArabicIndicDigits_areReadAsTheFigureShown() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "they offered \uFF11\uFF18\uFF15k base",
        "EvWide1"));
    String wide = slack.api.awaitPost(2).params().get("blocks");
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "they came back with \u0661\u0669\u0660k base",
        "EvArabic1"));
    String arabic = slack.api.awaitPost(3).params().get("blocks");

    assertTrue(wide.contains("base $185,000"), wide);
    assertTrue(arabic.contains("$190"), arabic);
  }

  @Test
  void threadMessage_millionsInALowerCaseMm_isAskedNotServed() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "they offered 1.2mm total", "EvMm1"));

    String reply = slack.api.awaitPost(2).params().get("text");
    assertTrue(reply.contains("By 1.2mm do you mean 1.2M total (1.2 million)?"), reply);
    assertFalse(reply.contains("$1,200,000") || reply.contains("$1.2M"), reply);
  }

  @Test
  void command_ampersandAsSlackSendsIt_isReadOnce() throws Exception {
    slack.sender.command(slack.command("ml-ai-engineer charlotte 180k base &amp; 20k bonus", SlackHarness.CHANNEL));

    String card = slack.api.awaitPost(1).params().get("blocks");
    assertTrue(card.contains("Bonus $20K"), card);
  }
}
