package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The app end to end over HTTP: signed requests in on a real socket, Web API calls out to the stand-in. */
class SlackAppHttpTest {

  private static final Duration WITHIN = Duration.ofSeconds(10);

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
  void comp_roleAndRegion_acksEmptyThenPostsCardOwningAThread() throws Exception {
    HttpResponse<String> ack = slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));

    assertEquals(200, ack.statusCode());
    assertEquals("", ack.body(), "the ack carries nothing: the card comes by chat.postMessage");
    WebApiStandIn.Call post = slack.api.awaitPost(1);
    assertEquals(SlackHarness.CHANNEL, post.params().get("channel"));
    assertFalse(post.params().containsKey("thread_ts"), "the card is a new message, the root of its own thread");
    String blocks = post.params().get("blocks");
    assertTrue(blocks.contains("Charlotte, NC"), blocks);
    assertTrue(blocks.contains("$173K–$233K"), "Charlotte's base band in dollars: " + blocks);
    assertTrue(blocks.contains("$334K–$365K"), "Charlotte's Negotiate-Up target: " + blocks);
    JsonNode actions = lastBlock(post.json("blocks"));
    assertEquals("actions", actions.path("type").asText());
    assertEquals(List.of("levers", "enter_offer", "compare_regions", "region"),
        actions.path("elements").findValuesAsText("action_id"));
  }

  @Test
  void comp_withOffer_postsCardWithCounter() throws Exception {
    slack.sender.command(slack.command("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus",
        SlackHarness.CHANNEL));

    String blocks = slack.api.awaitPost(1).params().get("blocks");
    assertTrue(blocks.contains("Counter with"), blocks);
    assertTrue(blocks.contains("DM me"), "figures typed in a channel get the privacy note: " + blocks);
  }

  @Test
  void comp_compareRegions_postsRegionsSideBySide() throws Exception {
    slack.sender.command(slack.command("compare ml-ai-engineer detroit charlotte", SlackHarness.CHANNEL));

    String blocks = slack.api.awaitPost(1).params().get("blocks");
    assertTrue(blocks.contains("Detroit, MI") && blocks.contains("Charlotte, NC"), blocks);
    assertTrue(blocks.contains("$165K–$222K") && blocks.contains("$173K–$233K"), blocks);
  }

  @Test
  void comp_help_answersPrivatelyWithExamples() throws Exception {
    slack.sender.command(slack.command("help", SlackHarness.CHANNEL));

    WebApiStandIn.Call answer = slack.api.await("response_url", 1, WITHIN).get(0);
    assertTrue(answer.params().get("body").contains("ephemeral"));
    assertTrue(answer.params().get("body").contains("/comp ml-ai-engineer charlotte"), answer.params().get("body"));
    assertTrue(slack.api.calls("chat.postMessage").isEmpty(), "help is not posted to the channel");
  }

  @Test
  void comp_unknownRole_offersClosestMatchesAsButtons() throws Exception {
    slack.sender.command(slack.command("ml engineeer charlote", SlackHarness.CHANNEL));

    String body = slack.api.await("response_url", 1, WITHIN).get(0).params().get("body");
    assertTrue(body.contains("\"action_id\":\"choose_0\""), body);
  }

  @Test
  void threadMessage_inCardThread_isCoachedInThatThread() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "180k base, 50k rsu, 40k bonus", "Ev1"));

    WebApiStandIn.Call reply = slack.api.awaitPost(2);
    assertEquals(cardTs, reply.params().get("thread_ts"));
    assertTrue(reply.params().get("blocks").contains("Counter with"), reply.params().get("blocks"));
  }

  @Test
  void threadMessage_retriedBySlack_isAnsweredOnce() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");
    String event = slack.threadMessage(SlackHarness.CHANNEL, cardTs, "180k base", "EvRetried");

    assertEquals(200, slack.sender.event(event).statusCode());
    assertEquals(200, slack.sender.retriedEvent(event, 1).statusCode());
    assertEquals(200, slack.sender.retriedEvent(event, 2).statusCode());
    // Work runs in order on one thread: once the next message's reply is out, every retry was handled.
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "why?", "EvNext"));

    slack.api.awaitPost(3);
    assertEquals(3, slack.api.calls("chat.postMessage").size(), "card, one answer to the retried event, one to the next");
  }

  @Test
  void threadMessage_inDirectMessage_repeatsWalkAwayOnlyThere() throws Exception {
    slack.sender.event(slack.threadMessage("D0PAT", "1800000050.000001", "ml-ai-engineer charlotte", "EvDm1"));
    slack.api.awaitPost(1);

    slack.sender.event(slack.threadMessage("D0PAT", "1800000050.000001", "my walk-away is 240k", "EvDm2"));

    String reply = slack.api.awaitPost(2).params().get("blocks");
    assertTrue(reply.contains("$240K"), reply);
  }

  @Test
  void mention_withMentionsInText_repliesEscapedInItsThread() throws Exception {
    slack.sender.event(Fixtures.text("event-app-mention.json", Map.of("channel", SlackHarness.CHANNEL,
        "text", "<!channel> <!here> ml-ai-engineer charlotte & co", "event_id", "EvMention")));

    WebApiStandIn.Call reply = slack.api.awaitPost(1);
    assertEquals("1800000400.000100", reply.params().get("thread_ts"));
    String all = reply.params().get("blocks") + reply.params().get("text");
    assertFalse(all.contains("<!channel>") || all.contains("<!here>") || all.contains("<@"),
        "no mention survives into a reply: " + all);
  }

  @Test
  void mention_forARoleAndPlace_postsTheirCard() throws Exception {
    // "@comp-coach for ml-ai-engineer charlotte": the lead-in "for" was read as part of the role.
    slack.sender.event(Fixtures.text("event-app-mention.json", Map.of("channel", SlackHarness.CHANNEL,
        "text", "for ml-ai-engineer charlotte", "event_id", "EvMentionFor")));

    String card = slack.api.awaitPost(1).params().get("blocks");
    assertTrue(card.contains("$173K–$233K"), "the Charlotte card: " + card);
  }

  @Test
  void mention_withNothingButTheBotsName_answersWithTheHelp() throws Exception {
    slack.sender.event(Fixtures.text("event-app-mention.json", Map.of("channel", SlackHarness.CHANNEL,
        "text", " ", "event_id", "EvMentionBare")));

    String reply = slack.api.awaitPost(1).params().get("text");
    assertTrue(reply.startsWith("I coach compensation negotiations"), "not \"I didn't catch a figure\": " + reply);
  }

  /** The letter of a top-level mention is never fetched (only a card's thread or a DM is read); it is said so. */
  @Test
  void mention_carryingAnOfferLetterAtTopLevel_postsTheCardAndSaysWhereToShareTheLetter() throws Exception {
    slack.sender.event(Fixtures.text("event-app-mention-with-offer-letter-file.json",
        Map.of("channel", SlackHarness.CHANNEL, "event_id", "EvMentionFile")));

    String card = slack.api.awaitPost(1).params().get("blocks");
    WebApiStandIn.Call note = slack.api.awaitPost(2);

    assertTrue(card.contains("$173K–$233K"), "the Charlotte card: " + card);
    assertEquals("1800000410.000100", note.params().get("thread_ts"));
    assertTrue(note.params().get("text").contains("share it again here, in this thread"),
        "the letter was left unread with no word: " + note.params().get("text"));
  }

  @Test
  void regionSelect_onCard_updatesTheCardInPlace() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.interaction(Fixtures.text("action-region-select.json", Map.of("message_ts", cardTs,
        "channel", SlackHarness.CHANNEL, "response_url", slack.api.responseUrl("act"), "region", "Detroit, MI (HQ)")));

    WebApiStandIn.Call update = slack.api.await("chat.update", 1, WITHIN).get(0);
    assertEquals(cardTs, update.params().get("ts"));
    assertTrue(update.params().get("blocks").contains("$165K–$222K"), "Detroit's base band replaces Charlotte's");
  }

  @Test
  void leversButton_onCard_postsWordingInThread() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");

    slack.sender.interaction(button(cardTs, BlockIds.LEVERS));

    WebApiStandIn.Call reply = slack.api.awaitPost(2);
    assertEquals(cardTs, reply.params().get("thread_ts"));
    assertTrue(reply.params().get("blocks").contains("Lever wording"), reply.params().get("blocks"));
  }

  @Test
  void offerModal_validOffer_closesAndPostsCounterInThread() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");
    slack.sender.interaction(button(cardTs, BlockIds.ENTER_OFFER));
    WebApiStandIn.Call open = slack.api.await("views.open", 1, WITHIN).get(0);
    String metadata = open.json("view").path("private_metadata").asText();

    HttpResponse<String> submitted = slack.sender.interaction(Fixtures.text("view-submission-offer.json",
        Map.of("private_metadata", metadata, "base", "180k", "stock", "50k", "bonus", "40k")));

    assertEquals(200, submitted.statusCode());
    assertFalse(submitted.body().contains("errors"), submitted.body());
    WebApiStandIn.Call reply = slack.api.awaitPost(2);
    assertEquals(cardTs, reply.params().get("thread_ts"));
    assertTrue(reply.params().get("blocks").contains("Counter with"), reply.params().get("blocks"));
  }

  @Test
  void offerModal_pastedLetter_isReadAndPostsTheCounterWithEachFieldsSentence() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");
    slack.sender.interaction(button(cardTs, BlockIds.ENTER_OFFER));
    WebApiStandIn.Call open = slack.api.await("views.open", 1, WITHIN).get(0);
    assertTrue(open.params().get("view").contains("\"multiline\":true"), open.params().get("view"));
    String metadata = open.json("view").path("private_metadata").asText();
    String letter = "Your annual base salary will be $185,000, paid semi-monthly. You will be eligible for a target "
        + "bonus of 15% of your base salary. You will receive a sign-on bonus of $30,000, which you must repay if you "
        + "leave within 12 months.";

    HttpResponse<String> submitted = slack.sender.interaction(Fixtures.text("view-submission-offer-letter.json",
        Map.of("private_metadata", metadata, "letter", letter)));

    assertEquals(200, submitted.statusCode());
    assertFalse(submitted.body().contains("errors"), submitted.body());
    String blocks = slack.api.awaitPost(2).params().get("blocks");
    assertTrue(blocks.contains("Base salary: $185,000 a year"), blocks);
    assertTrue(blocks.contains("Counter with"), blocks);
  }

  @Test
  void offerModal_letterWithNoFigures_showsTheQuestionOnTheLetterField() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");
    slack.sender.interaction(button(cardTs, BlockIds.ENTER_OFFER));
    String metadata = slack.api.await("views.open", 1, WITHIN).get(0).json("view").path("private_metadata").asText();

    HttpResponse<String> submitted = slack.sender.interaction(Fixtures.text("view-submission-offer-letter.json",
        Map.of("private_metadata", metadata, "letter", "We are delighted to welcome you to the team next month.")));

    assertTrue(submitted.body().contains("\"letter\":\"I couldn"), submitted.body());
    assertTrue(submitted.body().contains("find a base, bonus, sign-on or equity figure in that letter."), submitted.body());
  }

  @Test
  void fileShared_pdfLetterInCardThread_isDownloadedWithTheBotTokenAndReadIntoTheOffer() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");
    slack.api.shareFile("F0LETTER", com.compcoach.letter.LetterPdfs.of("Dear Pat,\n\nYour annual base salary will be "
        + "$185,000. You will be eligible for a target bonus of 15% of your base salary. You will receive a sign-on "
        + "bonus of $30,000, repayable if you leave within 12 months. Please sign and return by December 11, 2026.\n"));

    slack.sender.event(Fixtures.text("event-file-share-in-card-thread.json",
        Map.of("channel", SlackHarness.CHANNEL, "thread_ts", cardTs, "file", "F0LETTER", "event_id", "EvFile1")));

    String blocks = slack.api.awaitPost(2).params().get("blocks");
    assertEquals("F0LETTER", slack.api.calls("files.info").get(0).params().get("file"));
    assertEquals("Bearer xoxb-test-token", slack.api.calls("files.download").get(0).params().get("authorization"));
    assertTrue(blocks.contains("Base salary: $185,000 a year"), blocks);
    assertTrue(blocks.contains("Sign-on: $30,000, repaid if you leave within 12 months"), blocks);
  }

  @Test
  void fileShared_notALetterFile_asksForTheTextAndChangesNothing() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");
    slack.api.shareFile("F0ZIP", new byte[] {'P', 'K', 3, 4, 0, 0, 0});

    slack.sender.event(Fixtures.text("event-file-share-in-card-thread.json",
        Map.of("channel", SlackHarness.CHANNEL, "thread_ts", cardTs, "file", "F0ZIP", "event_id", "EvFile2")));

    String blocks = slack.api.awaitPost(2).params().get("blocks");
    assertTrue(blocks.contains("save the letter as PDF or paste its text"), blocks);
  }

  @Test
  void homeOpened_publishesUsageAndRecentLookups() throws Exception {
    slack.card("ml-ai-engineer charlotte");

    slack.sender.event(Fixtures.text("event-app-home-opened.json", Map.of("event_id", "EvHome")));

    WebApiStandIn.Call publish = slack.api.await("views.publish", 1, WITHIN).get(0);
    assertEquals("U0PAT", publish.params().get("user_id"));
    String view = publish.params().get("view");
    assertTrue(view.contains("\"type\":\"home\"") && view.contains("Charlotte, NC"), view);
  }

  @Test
  void healthAndMetrics_whenRunning_answerPlainText() throws Exception {
    slack.card("ml-ai-engineer charlotte");

    assertEquals("ok\n", slack.sender.get("/healthz").body());
    String metrics = slack.metrics();
    assertTrue(metrics.contains("slack_ack_seconds_count{kind=\"Command\",status=\"200\"}"), metrics);
    assertTrue(metrics.contains("slack_ack_seconds_bucket{kind=\"Command\",status=\"200\",le=\"3.0\"} 1"),
        "acks within Slack's 3 s deadline: " + metrics);
    assertTrue(metrics.contains("slack_api_calls_total{method=\"chat.postMessage\"}"), metrics);
  }

  private String button(String cardTs, String actionId) {
    return Fixtures.text("action-card-button.json", Map.of("message_ts", cardTs, "channel", SlackHarness.CHANNEL,
        "response_url", slack.api.responseUrl("act"), "action_id", actionId));
  }

  private static JsonNode lastBlock(JsonNode blocks) {
    return blocks.get(blocks.size() - 1);
  }

  @Nested
  class RefusedOrIgnored {

    @Test
    void event_forgedSignature_gets401AndReachesNoHandler() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> forged = slack.sender.forged(
          slack.threadMessage(SlackHarness.CHANNEL, cardTs, "180k base", "EvForged"));

      assertEquals(401, forged.statusCode());
      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void event_staleTimestamp_gets401AndReachesNoHandler() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> stale = slack.sender.stale(
          slack.threadMessage(SlackHarness.CHANNEL, cardTs, "180k base", "EvStale"));

      assertEquals(401, stale.statusCode());
      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void event_botMessageInCardThread_isIgnored() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> ack = slack.sender.event(Fixtures.text("event-bot-message-in-card-thread.json",
          Map.of("channel", SlackHarness.CHANNEL, "thread_ts", cardTs, "event_id", "EvBot")));

      assertEquals(200, ack.statusCode());
      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void event_editedMessage_isNotReadButTheThreadIsToldToSendItAgain() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> ack = slack.sender.event(Fixtures.text("event-message-edited-in-card-thread.json",
          Map.of("channel", SlackHarness.CHANNEL, "thread_ts", cardTs, "event_id", "EvEdit")));

      assertEquals(200, ack.statusCode());
      assertEquals(EditedMessages.NOT_READ, slack.api.awaitPost(2).params().get("text"));
      proveNothingMoreThan(cardTs, 2);
    }

    @Test
    void event_messageInSomeoneElsesThread_isIgnored() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, "1700000000.000001", "180k base", "EvOther"));

      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void comp_botNotInChannel_answersThroughResponseUrlWithInviteLine() throws Exception {
      slack.api.failNext("chat.postMessage", "not_in_channel");

      slack.sender.command(slack.command("ml-ai-engineer charlotte", "C0PRIVATE"));

      String body = slack.api.await("response_url", 1, WITHIN).get(0).params().get("body");
      assertTrue(body.contains("$173K–$233K"), "the card itself: " + body);
      assertTrue(body.contains("/invite @comp-coach"), body);
    }

    @Test
    void comp_rateLimitedOnce_isPostedAfterRetryAfter() throws Exception {
      slack.api.rateLimitNext("chat.postMessage", 1);

      slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));

      List<WebApiStandIn.Call> posts = slack.api.await("chat.postMessage", 2, WITHIN);
      assertEquals(posts.get(0).params().get("blocks"), posts.get(1).params().get("blocks"), "the same card again");
      assertEquals(List.of(Duration.ofSeconds(1)), slack.pauses, "waited as long as Retry-After asked");
      assertTrue(slack.metrics()
          .contains("slack_api_errors_total{error=\"ratelimited\",method=\"chat.postMessage\"}"));
    }

    @Test
    void comp_rateLimitedWhileWaiting_letsTheOnlyWorkerPostOtherCards() throws Exception {
      slack.holdRetries = true;
      slack.api.rateLimitNext("chat.postMessage", 30);

      slack.sender.command(slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL));
      slack.api.await("chat.postMessage", 1, WITHIN);
      slack.sender.command(slack.command("ml-ai-engineer detroit", SlackHarness.CHANNEL));

      // The app has one worker here: the Detroit card gets out while the Charlotte card waits out its 30 s.
      List<WebApiStandIn.Call> posts = slack.api.await("chat.postMessage", 2, WITHIN);
      assertTrue(posts.get(1).params().get("text").contains("Detroit"), posts.get(1).params().get("text"));
      assertEquals(List.of(Duration.ofSeconds(30)), slack.pauses);

      slack.heldRetries.forEach(Runnable::run);
      posts = slack.api.await("chat.postMessage", 3, WITHIN);
      assertTrue(posts.get(2).params().get("text").contains("Charlotte"), posts.get(2).params().get("text"));
    }

    @Test
    void offerModal_unreadableFields_showsErrorsOnThoseFieldsAndPostsNothing() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> answer = slack.sender.interaction(Fixtures.text("view-submission-offer.json",
          Map.of("private_metadata", WebApiStandIn.TEAM + "|" + SlackHarness.CHANNEL + "|" + cardTs,
              "base", "lots", "stock", "50k", "bonus", "many")));

      assertEquals(200, answer.statusCode());
      assertTrue(answer.body().contains("\"response_action\":\"errors\""), answer.body());
      assertTrue(answer.body().contains("\"base\":") && answer.body().contains("\"bonus\":"), answer.body());
      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void button_actionIdTheAppNeverSent_isAcknowledged200AndNothingIsPosted() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> ack = slack.sender.interaction(button(cardTs, "accept_offer_v0"));

      assertEquals(200, ack.statusCode(), "a 404 makes Slack show the person an error: " + ack.body());
      assertEquals("", ack.body());
      assertTrue(slack.api.calls("response_url").isEmpty(), "nothing said");
      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void viewSubmission_callbackTheAppNeverOpened_isAcknowledged200AndNothingIsPosted() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> ack = slack.sender.interaction(Fixtures.text("view-submission-offer.json",
          Map.of("private_metadata", WebApiStandIn.TEAM + "|" + SlackHarness.CHANNEL + "|" + cardTs,
              "base", "180k", "stock", "50k", "bonus", "40k")).replace("\"offer_form\"", "\"offer_form_v0\""));

      assertEquals(200, ack.statusCode(), ack.body());
      assertEquals("", ack.body(), "an empty 200 closes the modal");
      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void shortcutsSuggestionsClosedViewsAndLegacyButtons_theAppNeverDeclared_areAcknowledged200() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");
      Map<String, String> values = Map.of("response_url", slack.api.responseUrl("other"));
      LogLines lines = LogLines.capture();

      HttpResponse<String> suggestion;
      try {
        for (String fixture : List.of("interaction-message-shortcut-never-declared.json",
            "interaction-global-shortcut-never-declared.json", "interaction-view-closed.json",
            "interaction-legacy-attachment-button.json")) {
          HttpResponse<String> ack = slack.sender.interaction(Fixtures.text(fixture, values));

          assertEquals(200, ack.statusCode(), fixture + ": " + ack.body());
          assertEquals("", ack.body(), fixture);
        }
        suggestion = slack.sender.interaction(
            Fixtures.text("interaction-block-suggestion-never-declared.json", values));
      } finally {
        lines.stop();
      }
      // One line of ours per request; Bolt's "No ...Handler registered" WARN beside it was a second, alarming one.
      assertEquals(5, lines.all().stream().filter(line -> line.startsWith("INFO GatedApp: a ")).count(),
          lines.all().toString());
      assertTrue(lines.all().stream().noneMatch(line -> line.startsWith("WARN") || line.startsWith("ERROR")),
          lines.all().toString());
      assertEquals(200, suggestion.statusCode(), suggestion.body());
      assertEquals("{\"options\":[]}", suggestion.body(), "a menu with nothing to offer, not an error");
      assertTrue(slack.api.calls("response_url").isEmpty(), "nothing said");
      proveNothingMoreThan(cardTs, 1);
    }

    /** An admin who renamed the command (another app had /comp) still gets the card, never Slack's error. */
    @Test
    void command_underAnotherName_isAnsweredAsComp() throws Exception {
      Map<String, String> renamed = new java.util.HashMap<>(slack.command("ml-ai-engineer charlotte",
          SlackHarness.CHANNEL));
      renamed.put("command", "/pay-coach");
      LogLines lines = LogLines.capture();

      HttpResponse<String> ack;
      try {
        ack = slack.sender.command(renamed);
        slack.api.awaitPost(1);
        slack.settle();
      } finally {
        lines.stop();
      }

      assertEquals(200, ack.statusCode(), "a 404 makes Slack show the person an error: " + ack.body());
      assertTrue(slack.api.calls("chat.postMessage").get(0).params().get("blocks").contains("$173K–$233K"),
          slack.api.calls("chat.postMessage").toString());
      assertTrue(lines.all().stream().noneMatch(line -> line.startsWith("WARN")), lines.all().toString());
    }

    @Test
    void appRateLimited_noticeFromSlack_isAcknowledged200() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> ack = slack.sender.postJson(Fixtures.raw("event-app-rate-limited.json"));

      assertEquals(200, ack.statusCode(), "a 400 counts against the app's URL at Slack: " + ack.body());
      proveNothingMoreThan(cardTs, 1);
    }

    @Test
    void event_replyAlsoSentToTheChannel_isReadAsTheThreadsNextTurn() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");

      HttpResponse<String> ack = slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs,
          "they offered 185k base", "EvBroadcast").replace("\"type\":\"message\"",
          "\"type\":\"message\",\"subtype\":\"thread_broadcast\""));

      assertEquals(200, ack.statusCode());
      WebApiStandIn.Call reply = slack.api.awaitPost(2);
      assertEquals(cardTs, reply.params().get("thread_ts"));
      assertTrue(reply.params().get("blocks").contains("base $185,000"), reply.params().get("blocks"));
      proveNothingMoreThan(cardTs, 2);
    }

    /** Sends one more message in the card's thread and checks its answer is the next post: nothing came between. */
    private void proveNothingMoreThan(String cardTs, int postsSoFar) throws Exception {
      slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "why?", "EvMarker"));
      WebApiStandIn.Call marker = slack.api.awaitPost(postsSoFar + 1);
      assertEquals(cardTs, marker.params().get("thread_ts"));
      assertEquals(postsSoFar + 1, slack.api.calls("chat.postMessage").size());
    }
  }
}
