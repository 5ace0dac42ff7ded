package com.compcoach.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.Form;
import com.compcoach.standin.Signer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsoleActionsTest {

  private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

  private final RecordingApp app = new RecordingApp();
  private RunningConsole running;

  @BeforeEach
  void start() throws Exception {
    running = new RunningConsole(app, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  private JsonNode send(String json) throws Exception {
    return running.postJson("/console/api/send", json);
  }

  private JsonNode event(int index) throws Exception {
    return running.json.readTree(app.received().get(index).body());
  }

  private String postCard() throws Exception {
    String blocks = "[{\"type\":\"actions\",\"block_id\":\"card\",\"elements\":[{\"type\":\"button\",\"action_id\":\"levers\","
        + "\"value\":\"ml-ai-engineer charlotte\",\"text\":{\"type\":\"plain_text\",\"text\":\"Lever wording\"}}]}]";
    return running.api("chat.postMessage", "channel=C0OFFERS&text=card&blocks="
        + URLEncoder.encode(blocks, StandardCharsets.UTF_8)).path("ts").asText();
  }

  private String openOfferModal() throws Exception {
    String view = "{\"type\":\"modal\",\"callback_id\":\"offer\",\"title\":{\"type\":\"plain_text\",\"text\":\"Your offer\"},"
        + "\"submit\":{\"type\":\"plain_text\",\"text\":\"Coach me\"},\"blocks\":[{\"type\":\"input\",\"block_id\":\"base\","
        + "\"label\":{\"type\":\"plain_text\",\"text\":\"Base\"},\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"value\"}}]}";
    return running.api("views.open", "trigger_id=" + URLEncoder.encode(running.console.workspace().newTriggerId(),
        StandardCharsets.UTF_8) + "&view=" + URLEncoder.encode(view, StandardCharsets.UTF_8)).path("view").path("id").asText();
  }

  @Test
  void send_slashCommand_postsSignedSlackFormIntoTheApp() throws Exception {
    JsonNode answer = send("{\"channel\":\"C0OFFERS\",\"text\":\"/comp ml-ai-engineer charlotte\"}");

    assertTrue(answer.path("ok").asBoolean(), answer.toString());
    RecordingApp.Received received = app.received().get(0);
    assertEquals("application/x-www-form-urlencoded", received.contentType());
    assertEquals(Long.toString(NOW.getEpochSecond()), received.timestamp());
    assertEquals(new Signer(RunningConsole.SECRETS.signingSecret()).sign(NOW.getEpochSecond(), received.body()),
        received.signature());
    Map<String, String> form = Form.decode(received.body());
    assertEquals("/comp", form.get("command"));
    assertEquals("ml-ai-engineer charlotte", form.get("text"));
    assertEquals("C0OFFERS", form.get("channel_id"));
    assertEquals("U0YOU", form.get("user_id"));
    assertTrue(form.get("response_url").startsWith(running.base + "/console/respond/C0OFFERS/"), form.toString());
    assertFalse(form.get("trigger_id").isEmpty());
  }

  @Test
  void send_slashCommandAckCarriesText_showsItOnlyToTheUser() throws Exception {
    app.acknowledgeWith(r -> new RecordingApp.Ack(200, "{\"text\":\"Usage: /comp <role> <region>\"}"));

    send("{\"channel\":\"C0OFFERS\",\"text\":\"/comp help\"}");

    JsonNode shown = running.console.workspace().messagesIn("C0OFFERS").get(0);
    assertEquals("Usage: /comp <role> <region>", shown.path("text").asText());
    assertTrue(shown.path("ephemeral").asBoolean());
  }

  @Test
  void send_replyInCardThread_sendsMessageEventWithThreadTs() throws Exception {
    String card = postCard();

    send("{\"channel\":\"C0OFFERS\",\"thread_ts\":\"" + card + "\",\"text\":\"they offered 180k base, 50k rsu per year, 40k bonus\"}");

    JsonNode callback = event(0);
    assertEquals("event_callback", callback.path("type").asText());
    assertTrue(callback.path("event_id").asText().startsWith("Ev"));
    JsonNode event = callback.path("event");
    assertEquals("message", event.path("type").asText());
    assertEquals(card, event.path("thread_ts").asText());
    assertEquals("channel", event.path("channel_type").asText());
    assertEquals("U0COMPCOACH", event.path("parent_user_id").asText());
    assertEquals("they offered 180k base, 50k rsu per year, 40k bonus", event.path("text").asText());
    assertEquals(2, running.console.workspace().messagesIn("C0OFFERS").size(), "the person's reply shows in the thread");
  }

  private static final byte[] LETTER = "Dear Pat,\nYour annual base salary will be $185,000.\n"
      .getBytes(StandardCharsets.UTF_8);

  private JsonNode upload(String channel, String threadTs, String name, String data) throws Exception {
    return running.postJson("/console/api/upload", "{\"channel\":\"" + channel + "\",\"thread_ts\":"
        + (threadTs == null ? "null" : "\"" + threadTs + "\"") + ",\"name\":\"" + name
        + "\",\"mimetype\":\"text/plain\",\"data\":\"" + data + "\"}");
  }

  private HttpResponse<byte[]> download(String url, String bearer) throws Exception {
    java.net.http.HttpRequest.Builder get = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).GET();
    if (bearer != null) {
      get.header("Authorization", "Bearer " + bearer);
    }
    return running.http.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void upload_letterInCardThread_sendsAFileShareEventAndHostsTheBytesForTheBotOnly() throws Exception {
    String card = postCard();

    JsonNode answer = upload("C0OFFERS", card, "offer letter.txt", Base64.getEncoder().encodeToString(LETTER));

    assertTrue(answer.path("ok").asBoolean(), answer.toString());
    JsonNode event = event(0).path("event");
    assertEquals("message", event.path("type").asText());
    assertEquals("file_share", event.path("subtype").asText());
    assertEquals(card, event.path("thread_ts").asText());
    JsonNode file = event.path("files").get(0);
    assertEquals("offer letter.txt", file.path("name").asText());
    assertEquals("txt", file.path("filetype").asText());

    JsonNode info = running.api("files.info", "file=" + file.path("id").asText());
    assertTrue(info.path("ok").asBoolean(), info.toString());
    assertEquals(LETTER.length, info.path("file").path("size").asInt());
    String url = info.path("file").path("url_private_download").asText();
    assertEquals(running.base + "/files-pri/T0CONSOLE-" + file.path("id").asText() + "/download/offer%20letter.txt",
        url);
    HttpResponse<byte[]> bot = download(url, RunningConsole.SECRETS.botToken());
    assertEquals(200, bot.statusCode());
    assertArrayEquals(LETTER, bot.body());
    assertEquals(403, download(url, null).statusCode(), "no token, no file");
    assertEquals(403, download(url, "xoxb-someone-else").statusCode());
    assertEquals(2, running.console.workspace().messagesIn("C0OFFERS").size(), "the shared file shows in the thread");
  }

  @Test
  void filesInfo_unknownFile_answersFileNotFound() throws Exception {
    assertEquals("file_not_found", running.api("files.info", "file=F0NONE").path("error").asText());
  }

  @Test
  void upload_notBase64_saysSoAndSendsNothing() throws Exception {
    JsonNode answer = upload("D0COACH", null, "letter.pdf", "%%%");

    assertEquals("That file did not arrive whole; choose it again.", answer.path("error").asText());
    assertTrue(app.received().isEmpty());
  }

  @Test
  void upload_emptyFile_saysSoAndSendsNothing() throws Exception {
    JsonNode answer = upload("D0COACH", null, "letter.pdf", "");

    assertEquals("letter.pdf is empty.", answer.path("error").asText());
    assertTrue(app.received().isEmpty());
  }

  @Test
  void send_textWithMarkup_reachesTheAppEscapedAsSlackDoes() throws Exception {
    send("{\"channel\":\"D0COACH\",\"text\":\"<!channel> & <b>\"}");

    JsonNode event = event(0).path("event");
    assertEquals("&lt;!channel&gt; &amp; &lt;b&gt;", event.path("text").asText());
    assertEquals("im", event.path("channel_type").asText());
  }

  @Test
  void send_mentionOfTheBot_sendsMessageThenAppMention() throws Exception {
    send("{\"channel\":\"C0OFFERS\",\"text\":\"@comp-coach help\"}");

    List<RecordingApp.Received> received = app.received();
    assertEquals(2, received.size());
    assertEquals("message", event(0).path("event").path("type").asText());
    JsonNode mention = event(1).path("event");
    assertEquals("app_mention", mention.path("type").asText());
    assertEquals("<@U0COMPCOACH> help", mention.path("text").asText());
  }

  @Test
  void action_buttonOnCard_sendsBlockActionsWithTheMessageAndAResponseUrl() throws Exception {
    String card = postCard();

    running.postJson("/console/api/action", "{\"channel\":\"C0OFFERS\",\"message_ts\":\"" + card + "\",\"action\":"
        + "{\"type\":\"button\",\"action_id\":\"levers\",\"block_id\":\"card\",\"value\":\"ml-ai-engineer charlotte\"}}");

    RecordingApp.Received received = app.received().get(0);
    JsonNode payload = running.json.readTree(Form.decode(received.body()).get("payload"));
    assertEquals("block_actions", payload.path("type").asText());
    assertEquals(card, payload.path("container").path("message_ts").asText());
    assertEquals(card, payload.path("message").path("ts").asText());
    assertEquals("levers", payload.path("actions").get(0).path("action_id").asText());
    assertEquals("ml-ai-engineer charlotte", payload.path("actions").get(0).path("value").asText());
    assertFalse(payload.path("trigger_id").asText().isEmpty());
    assertTrue(payload.path("response_url").asText().contains("/console/respond/C0OFFERS/" + card));
  }

  @Test
  void submit_appAnswersFieldErrors_returnsThemAndKeepsTheModalOpen() throws Exception {
    String viewId = openOfferModal();
    app.acknowledgeWith(r -> new RecordingApp.Ack(200,
        "{\"response_action\":\"errors\",\"errors\":{\"base\":\"Base looks like a typo: 1.8M?\"}}"));

    JsonNode answer = running.postJson("/console/api/submit", "{\"view_id\":\"" + viewId + "\",\"values\":"
        + "{\"base\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"1800000\"}}}}");

    assertEquals("Base looks like a typo: 1.8M?", answer.path("errors").path("base").asText());
    assertTrue(running.console.workspace().view(viewId).isPresent());
    JsonNode payload = running.json.readTree(Form.decode(app.received().get(0).body()).get("payload"));
    assertEquals("view_submission", payload.path("type").asText());
    assertEquals("1800000", payload.path("view").path("state").path("values").path("base").path("value").path("value").asText());
  }

  @Test
  void submit_emptyAck_closesTheModal() throws Exception {
    String viewId = openOfferModal();

    running.postJson("/console/api/submit", "{\"view_id\":\"" + viewId + "\",\"values\":{}}");

    assertTrue(running.console.workspace().view(viewId).isEmpty());
  }

  @Nested
  class Refusals {

    @Test
    void send_unknownSlashCommand_explainsAndSendsNothing() throws Exception {
      JsonNode answer = send("{\"channel\":\"C0OFFERS\",\"text\":\"/giphy cats\"}");

      assertFalse(answer.path("ok").asBoolean());
      assertEquals("/giphy is not a command here. Try /comp help.", answer.path("error").asText());
      assertTrue(app.received().isEmpty());
    }

    @Test
    void send_blankText_asksForAMessage() throws Exception {
      assertEquals("Type a message first.", send("{\"channel\":\"C0OFFERS\",\"text\":\"  \"}").path("error").asText());
      assertTrue(app.received().isEmpty());
    }

    @Test
    void send_unknownChannel_namesItAndSendsNothing() throws Exception {
      assertEquals("No channel C0NOPE here.", send("{\"channel\":\"C0NOPE\",\"text\":\"hi\"}").path("error").asText());
      assertTrue(app.received().isEmpty());
    }

    @Test
    void send_appRefusesTheRequest_saysWhichStatus() throws Exception {
      app.acknowledgeWith(r -> new RecordingApp.Ack(401, ""));

      JsonNode answer = send("{\"channel\":\"C0OFFERS\",\"text\":\"/comp help\"}");

      assertFalse(answer.path("ok").asBoolean());
      assertEquals("The app answered HTTP 401.", answer.path("error").asText());
    }

    @Test
    void action_messageGone_saysSoAndSendsNothing() throws Exception {
      JsonNode answer = running.postJson("/console/api/action",
          "{\"channel\":\"C0OFFERS\",\"message_ts\":\"1.000001\",\"action\":{\"type\":\"button\",\"action_id\":\"x\"}}");

      assertEquals("That message is gone.", answer.path("error").asText());
      assertTrue(app.received().isEmpty());
    }

    @Test
    void anyAction_bodyNotJson_answersPlainly() throws Exception {
      assertEquals("the console sends a JSON object", running.postJson("/console/api/send", "hello").path("error").asText());
    }

    @Test
    void send_bodyGrowingPastTheLimit_gets413BeforeTheRestIsSentAndSendsNothing() throws Exception {
      try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
          running.base.getPort())) {
        socket.setSoTimeout(5_000);
        java.io.OutputStream out = socket.getOutputStream();
        out.write(("POST /console/api/send HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        // Past the limit by a chunk, and never finished: a reader that wanted the whole body would answer nothing.
        byte[] chunk = ("{\"channel\":\"C0OFFERS\",\"text\":\"" + "9".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8);
        for (int sent = 0; sent <= com.compcoach.standin.Wire.LARGEST_BODY; sent += chunk.length) {
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.flush();

        String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);

        assertEquals("HTTP/1.1 413", answer);
      }
      assertTrue(app.received().isEmpty());
    }

    @Test
    void send_bodyDeclaredOverTheLimit_gets413WithoutItBeingSent() throws Exception {
      try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
          running.base.getPort())) {
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(("POST /console/api/send HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: " + 20 * 1024 * 1024 + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("HTTP/1.1 413", new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1));
      }
    }

    @Test
    void anyAction_formPostedFromAnotherSite_isRefusedAndSendsNothing() throws Exception {
      HttpResponse<String> answer = running.postForm("/console/api/send",
          "{\"channel\":\"C0OFFERS\",\"text\":\"/comp help\"}", null);

      assertEquals(415, answer.statusCode());
      assertTrue(app.received().isEmpty());
    }
  }
}
