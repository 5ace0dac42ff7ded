package com.compcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkspaceMethodsTest {

  private static final String CARD = "[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"ML/AI Engineer\"}},"
      + "{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"text\":{\"type\":\"plain_text\",\"text\":\"Levers\"}}]}]";

  private RunningConsole running;

  @BeforeEach
  void start() throws Exception {
    running = new RunningConsole(new RecordingApp(), Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void chatPostMessage_blocksInChannel_answersTsAndPushesMessageToPage() throws Exception {
    BlockingQueue<ConsoleEvent> events = running.events();
    RunningConsole.next(events, "snapshot");

    JsonNode answer = running.api("chat.postMessage", "channel=C0OFFERS&text=card&blocks=" + enc(CARD));

    assertTrue(answer.path("ok").asBoolean(), answer.toString());
    assertEquals("C0OFFERS", answer.path("channel").asText());
    assertTrue(answer.path("ts").asText().matches("\\d{10}\\.\\d{6}"), answer.toString());
    JsonNode pushed = RunningConsole.next(events, "message").data();
    assertEquals(answer.path("ts").asText(), pushed.path("ts").asText());
    assertEquals("ML/AI Engineer", pushed.path("blocks").get(0).path("text").path("text").asText());
    assertFalse(pushed.path("blocks").get(1).path("elements").get(0).path("action_id").asText().isEmpty(),
        "Slack fills in a missing action_id, and so does the stand-in");
    assertEquals("chat.postMessage", running.console.webApi().calls().get(0).method());
  }

  @Test
  void chatPostMessage_threadTs_landsInThatThread() throws Exception {
    String parent = running.api("chat.postMessage", "channel=C0OFFERS&text=card").path("ts").asText();

    JsonNode reply = running.api("chat.postMessage", "channel=C0OFFERS&text=counter&thread_ts=" + parent);

    assertEquals(parent, reply.path("message").path("thread_ts").asText());
    assertEquals(2, running.console.workspace().messagesIn("C0OFFERS").size());
  }

  @Test
  void chatUpdate_existingMessage_replacesItsBlocksInPlace() throws Exception {
    String ts = running.api("chat.postMessage", "channel=C0OFFERS&text=card&blocks=" + enc(CARD)).path("ts").asText();

    JsonNode answer = running.api("chat.update", "channel=C0OFFERS&ts=" + ts + "&text=Detroit&blocks="
        + enc("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*Detroit*\"}}]"));

    assertTrue(answer.path("ok").asBoolean(), answer.toString());
    JsonNode stored = running.console.workspace().message("C0OFFERS", ts).orElseThrow();
    assertEquals("*Detroit*", stored.path("blocks").get(0).path("text").path("text").asText());
  }

  @Test
  void chatScheduleMessage_thenDelete_answersAnIdAndForgetsIt() throws Exception {
    long postAt = java.time.Instant.now().plusSeconds(86_400).getEpochSecond();
    JsonNode scheduled = running.api("chat.scheduleMessage", "channel=C0OFFERS&text=Reminder&post_at=" + postAt);
    assertTrue(scheduled.path("ok").asBoolean(), scheduled.toString());
    String id = scheduled.path("scheduled_message_id").asText();

    JsonNode deleted = running.api("chat.deleteScheduledMessage", "channel=C0OFFERS&scheduled_message_id=" + id);
    JsonNode again = running.api("chat.deleteScheduledMessage", "channel=C0OFFERS&scheduled_message_id=" + id);

    assertTrue(deleted.path("ok").asBoolean(), deleted.toString());
    assertEquals("invalid_scheduled_message_id", again.path("error").asText());
  }

  @Test
  void chatScheduleMessage_timeInThePast_isRefused() throws Exception {
    JsonNode answer = running.api("chat.scheduleMessage", "channel=C0OFFERS&text=Reminder&post_at=1000");
    assertEquals("time_in_past", answer.path("error").asText());
  }

  @Test
  void chatScheduleMessage_moreThan120DaysAhead_isRefusedAsSlackDoes() throws Exception {
    long postAt = java.time.Instant.now().plus(java.time.Duration.ofDays(121)).getEpochSecond();
    JsonNode answer = running.api("chat.scheduleMessage", "channel=C0OFFERS&text=Reminder&post_at=" + postAt);
    assertEquals("time_too_far", answer.path("error").asText());
  }

  @Test
  void authTest_botToken_namesTheBotAndTeam() throws Exception {
    JsonNode answer = running.api("auth.test", "");

    assertTrue(answer.path("ok").asBoolean());
    assertEquals("T0CONSOLE", answer.path("team_id").asText());
    assertEquals("U0COMPCOACH", answer.path("user_id").asText());
    assertEquals("B0COMPCOACH", answer.path("bot_id").asText());
  }

  @Test
  void viewsOpen_triggerHandedOut_opensModalForThePage() throws Exception {
    BlockingQueue<ConsoleEvent> events = running.events();
    RunningConsole.next(events, "snapshot");
    String trigger = running.console.workspace().newTriggerId();

    JsonNode answer = running.api("views.open", "trigger_id=" + enc(trigger) + "&view="
        + enc("{\"type\":\"modal\",\"callback_id\":\"offer\",\"title\":{\"type\":\"plain_text\",\"text\":\"Your offer\"},"
        + "\"blocks\":[{\"type\":\"input\",\"block_id\":\"base\",\"label\":{\"type\":\"plain_text\",\"text\":\"Base\"},"
        + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"value\"}}]}"));

    assertTrue(answer.path("ok").asBoolean(), answer.toString());
    String viewId = answer.path("view").path("id").asText();
    assertTrue(viewId.startsWith("V"), viewId);
    JsonNode views = RunningConsole.next(events, "views").data();
    assertEquals(viewId, views.get(0).path("id").asText());
    assertEquals("offer", views.get(0).path("callback_id").asText());
  }

  @Test
  void viewsPublish_homeForTheUser_isShownOnTheHomeTab() throws Exception {
    JsonNode answer = running.api("views.publish", "user_id=U0YOU&view="
        + enc("{\"type\":\"home\",\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Hi\"}}]}"));

    assertTrue(answer.path("ok").asBoolean(), answer.toString());
    assertEquals("home", running.console.workspace().snapshot().path("home").path("type").asText());
  }

  @Test
  void responseUrl_replaceOriginal_updatesTheClickedMessage() throws Exception {
    String ts = running.api("chat.postMessage", "channel=C0OFFERS&text=card").path("ts").asText();
    String url = new ResponseUrls(running.json, running.console.workspace(), running.base.toString())
        .urlFor("C0OFFERS", ts, null);

    JsonNode answer = running.postJson(url, "{\"replace_original\":true,\"text\":\"Charlotte, again\"}");

    assertTrue(answer.path("ok").asBoolean());
    assertEquals("Charlotte, again",
        running.console.workspace().message("C0OFFERS", ts).orElseThrow().path("text").asText());
  }

  @Test
  void responseUrl_fromSlashCommand_postsOnlyVisibleToTheUser() throws Exception {
    String url = new ResponseUrls(running.json, running.console.workspace(), running.base.toString())
        .urlFor("C0OFFERS", null, null);

    running.postJson(url, "{\"text\":\"Invite me with /invite @comp-coach\"}");

    JsonNode posted = running.console.workspace().messagesIn("C0OFFERS").get(0);
    assertTrue(posted.path("ephemeral").asBoolean());
  }

  @Nested
  class Refusals {

    @Test
    void anyMethod_noToken_answersNotAuthed() throws Exception {
      JsonNode answer = running.json.readTree(running.postForm("/api/chat.postMessage", "channel=C0OFFERS&text=x", null).body());
      assertEquals("not_authed", answer.path("error").asText());
      assertTrue(running.console.workspace().messagesIn("C0OFFERS").isEmpty());
    }

    @Test
    void anyMethod_wrongToken_answersInvalidAuth() throws Exception {
      JsonNode answer = running.json.readTree(
          running.postForm("/api/chat.postMessage", "channel=C0OFFERS&text=x", "xoxb-someone-else").body());
      assertEquals("invalid_auth", answer.path("error").asText());
    }

    @Test
    void chatPostMessage_unknownChannel_answersChannelNotFound() throws Exception {
      assertEquals("channel_not_found", running.api("chat.postMessage", "channel=C0NOPE&text=x").path("error").asText());
    }

    @Test
    void chatPostMessage_noTextNoBlocks_answersNoText() throws Exception {
      assertEquals("no_text", running.api("chat.postMessage", "channel=C0OFFERS").path("error").asText());
    }

    @Test
    void chatUpdate_unknownTs_answersMessageNotFound() throws Exception {
      assertEquals("message_not_found",
          running.api("chat.update", "channel=C0OFFERS&ts=1.000001&text=x").path("error").asText());
    }

    @Test
    void viewsOpen_triggerNeverHandedOut_answersInvalidTriggerId() throws Exception {
      JsonNode answer = running.api("views.open", "trigger_id=made.up&view=" + enc("{\"type\":\"modal\",\"blocks\":[]}"));
      assertEquals("invalid_trigger_id", answer.path("error").asText());
    }

    @Test
    void unknownMethod_answersUnknownMethodAndIsRecorded() throws Exception {
      assertEquals("unknown_method", running.api("reactions.add", "channel=C0OFFERS").path("error").asText());
      assertFalse(running.console.webApi().calls().get(0).ok());
    }
  }
}
