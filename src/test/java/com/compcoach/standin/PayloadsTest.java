package com.compcoach.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadsTest {

  private final ObjectMapper json = new ObjectMapper();
  private final Payloads payloads = new Payloads(json, Team.TEST);

  @Test
  void slashCommand_throughTheForm_readsBackFieldForField() {
    Map<String, String> fields = payloads.slashCommand(Channel.of("D0COACH"), "/comp",
        "they offered £180k & 20% bonus", "1.2.3", "http://127.0.0.1:9/respond/cmd");

    Map<String, String> read = Form.decode(Form.encode(fields));

    assertEquals(fields, read);
    assertEquals("directmessage", read.get("channel_name"));
    assertEquals(Team.TEST.userId(), read.get("user_id"));
  }

  @Test
  void eventCallback_twoEvents_haveDifferentEventIds() throws Exception {
    JsonNode first = json.readTree(payloads.eventCallback(payloads.appHomeOpened("D0COACH", "1.1"), 1L));
    JsonNode second = json.readTree(payloads.eventCallback(payloads.appHomeOpened("D0COACH", "1.2"), 1L));

    assertNotEquals(first.path("event_id").asText(), second.path("event_id").asText());
    assertEquals("event_callback", first.path("type").asText());
    assertEquals(Team.TEST.botUserId(), first.path("authorizations").get(0).path("user_id").asText());
  }

  @Test
  void message_inThread_carriesThreadAndChannelType() {
    JsonNode event = payloads.message(Channel.of("D0COACH"), "they said 190", "1.5", "1.1");

    assertEquals("im", event.path("channel_type").asText());
    assertEquals("1.1", event.path("thread_ts").asText());
    assertFalse(payloads.message(Channel.of("C0OFFERS"), "hi", "1.6", null).has("thread_ts"));
  }

  @Test
  void messageAction_ephemeralMessage_sendsNoCopyOfIt() throws Exception {
    JsonNode message = json.readTree("{\"ts\":\"1.1\",\"text\":\"card\"}");
    JsonNode action = json.readTree("{\"action_id\":\"levers\",\"type\":\"button\"}");

    JsonNode ephemeral = json.readTree(payloads.messageAction(Channel.of("C0OFFERS"), message, true, action, "t",
        "http://127.0.0.1:9/"));
    JsonNode shared = json.readTree(payloads.messageAction(Channel.of("C0OFFERS"), message, false, action, "t",
        "http://127.0.0.1:9/"));

    assertFalse(ephemeral.has("message"));
    assertTrue(ephemeral.path("container").path("is_ephemeral").asBoolean());
    assertEquals("card", shared.path("message").path("text").asText());
    assertEquals("levers", shared.path("actions").get(0).path("action_id").asText());
  }

  @Test
  void fileShare_inThread_isAFileShareMessageCarryingTheFiles() throws Exception {
    JsonNode file = json.readTree("{\"id\":\"F0LETTER\",\"name\":\"offer.pdf\"}");

    JsonNode event = payloads.fileShare(Channel.of("D0COACH"), "", "1.5", "1.1", java.util.List.of(file));

    assertEquals("message", event.path("type").asText());
    assertEquals("file_share", event.path("subtype").asText());
    assertEquals("F0LETTER", event.path("files").get(0).path("id").asText());
    assertEquals("1.1", event.path("thread_ts").asText());
  }

  @Test
  void fileShared_andUrlVerification_haveSlacksShapes() throws Exception {
    JsonNode shared = payloads.fileShared(Channel.of("D0COACH"), "F0LETTER", "1.1");
    JsonNode check = json.readTree(payloads.urlVerification("challenge-1"));

    assertEquals("F0LETTER", shared.path("file_id").asText());
    assertEquals("D0COACH", shared.path("channel_id").asText());
    assertEquals("url_verification", check.path("type").asText());
    assertEquals("challenge-1", check.path("challenge").asText());
  }
}
