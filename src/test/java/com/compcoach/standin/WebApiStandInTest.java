package com.compcoach.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebApiStandInTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private WebApiStandIn api;

  @BeforeEach
  void start() throws Exception {
    api = new WebApiStandIn();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> call(String method, String contentType, String body, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.apiUrl() + method)).timeout(WAIT)
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode form(String method, Map<String, String> fields) throws Exception {
    return JSON.readTree(call(method, "application/x-www-form-urlencoded", Form.encode(fields), "xoxb-test").body());
  }

  @Test
  void chatPostMessage_twoPosts_answerTheChannelAndTwoDifferentTs() throws Exception {
    JsonNode first = form("chat.postMessage", Map.of("channel", "C0OFFERS", "text", "card"));
    JsonNode second = form("chat.postMessage", Map.of("channel", "C0OFFERS", "text", "counter"));

    assertTrue(first.path("ok").asBoolean(), first.toString());
    assertEquals("C0OFFERS", first.path("channel").asText());
    assertTrue(first.path("ts").asText().matches("\\d{10}\\.\\d{6}"), first.toString());
    assertNotEquals(first.path("ts").asText(), second.path("ts").asText());
    assertEquals(List.of("card", "counter"),
        api.calls("chat.postMessage").stream().map(c -> c.params().get("text")).toList());
    assertEquals(first.path("ts").asText(), api.awaitPost(1).ts());
  }

  @Test
  void chatPostMessage_jsonBodyWithBlocks_recordsBlocksAsJsonAndNoToken() throws Exception {
    String body = "{\"channel\":\"D0COACH\",\"text\":\"£180,000\",\"token\":\"xoxb-in-body\","
        + "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*Base* £180,000\"}}]}";

    call("chat.postMessage", "application/json; charset=utf-8", body, null);

    WebApiStandIn.Call posted = api.awaitPost(1);
    assertEquals("£180,000", posted.params().get("text"));
    assertEquals("*Base* £180,000", posted.json("blocks").get(0).path("text").path("text").asText());
    assertFalse(posted.params().containsKey("token"), "a token never lands in the record");
  }

  @Test
  void chatPostMessage_noChannelOrNoText_answersSlacksErrors() throws Exception {
    assertEquals("channel_not_found", form("chat.postMessage", Map.of("text", "card")).path("error").asText());
    assertEquals("no_text", form("chat.postMessage", Map.of("channel", "C1")).path("error").asText());
  }

  @Test
  void unknownMethod_answersUnknownMethod() throws Exception {
    assertEquals("unknown_method", form("chat.unknownThing", Map.of()).path("error").asText());
  }

  @Test
  void failNext_method_failsOnlyItsNextCall() throws Exception {
    api.failNext("chat.postMessage", "not_in_channel");

    JsonNode failed = form("chat.postMessage", Map.of("channel", "C1", "text", "card"));
    JsonNode next = form("chat.postMessage", Map.of("channel", "C1", "text", "card"));

    assertEquals("not_in_channel", failed.path("error").asText());
    assertTrue(next.path("ok").asBoolean(), next.toString());
    assertFalse(api.calls("chat.postMessage").get(0).ok());
  }

  @Test
  void rateLimitNext_method_answers429WithRetryAfter() throws Exception {
    api.rateLimitNext("chat.update", 7);

    HttpResponse<String> limited = call("chat.update", "application/x-www-form-urlencoded",
        Form.encode(Map.of("channel", "C1", "ts", "1.2", "text", "x")), "xoxb-test");

    assertEquals(429, limited.statusCode());
    assertEquals(Optional.of("7"), limited.headers().firstValue("Retry-After"));
    assertEquals("ratelimited", JSON.readTree(limited.body()).path("error").asText());
  }

  @Test
  void hold_pickedCall_hangsUntilRelease() throws Exception {
    api.hold((method, params) -> "chat.postMessage".equals(method));

    CompletableFuture<HttpResponse<String>> pending = http.sendAsync(HttpRequest.newBuilder(
            URI.create(api.apiUrl() + "chat.postMessage")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("channel=C1&text=card")).build(), HttpResponse.BodyHandlers.ofString());
    api.awaitHeld(1, WAIT);
    assertFalse(pending.isDone());
    assertTrue(form("auth.test", Map.of()).path("ok").asBoolean(), "other methods still answer");

    api.release();

    assertEquals(200, pending.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode());
    assertEquals(0, api.held());
  }

  @Test
  void chatScheduleMessage_thenDeleteTwice_answersIdThenForgetsIt() throws Exception {
    long tomorrow = Instant.now().plusSeconds(86_400).getEpochSecond();

    JsonNode past = form("chat.scheduleMessage", Map.of("channel", "C1", "text", "r", "post_at", "1000"));
    JsonNode scheduled = form("chat.scheduleMessage",
        Map.of("channel", "C1", "text", "r", "post_at", Long.toString(tomorrow)));
    String id = scheduled.path("scheduled_message_id").asText();
    assertEquals(Map.of(id, "C1"), api.scheduled());
    JsonNode deleted = form("chat.deleteScheduledMessage", Map.of("channel", "C1", "scheduled_message_id", id));
    JsonNode again = form("chat.deleteScheduledMessage", Map.of("channel", "C1", "scheduled_message_id", id));

    assertEquals("time_in_past", past.path("error").asText());
    assertEquals(tomorrow, scheduled.path("post_at").asLong());
    assertTrue(deleted.path("ok").asBoolean(), deleted.toString());
    assertEquals("invalid_scheduled_message_id", again.path("error").asText());
    assertEquals(Map.of(), api.scheduled());
  }

  @Test
  void usersInfo_anyUser_answersTheirTimeZone() throws Exception {
    JsonNode user = form("users.info", Map.of("user", "U0SAM")).path("user");

    assertEquals("U0SAM", user.path("id").asText());
    assertEquals(WebApiStandIn.USER_TZ, user.path("tz").asText());
  }

  @Test
  void sharedFile_infoThenDownload_servesItsBytesToTheBotTokenOnly() throws Exception {
    byte[] letter = "Base salary: £180,000".getBytes(StandardCharsets.UTF_8);
    api.shareFile("F0LETTER", letter);

    JsonNode info = form("files.info", Map.of("file", "F0LETTER"));
    URI download = URI.create(info.path("file").path("url_private_download").asText());
    HttpResponse<byte[]> withToken = http.send(HttpRequest.newBuilder(download)
        .header("Authorization", "Bearer xoxb-test").build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> without = http.send(HttpRequest.newBuilder(download).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(letter.length, info.path("file").path("size").asInt());
    assertArrayEquals(letter, withToken.body());
    assertEquals(403, without.statusCode());
    assertEquals("file_not_found", form("files.info", Map.of("file", "F0NONE")).path("error").asText());
    assertEquals(2, api.calls("files.download").size());
  }

  @Test
  void share_namedPdf_isDescribedAsSlackDescribesItAndServedUnderItsPrivateUrl() throws Exception {
    byte[] pdf = "%PDF-1.4 letter".getBytes(StandardCharsets.US_ASCII);
    SharedFile file = api.share("Offer letter.pdf", "application/pdf", "U0PAT", pdf);

    JsonNode described = form("files.info", Map.of("file", file.id())).path("file");
    HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(
            URI.create(described.path("url_private_download").asText()))
        .header("Authorization", "Bearer xoxb-test").build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> missing = http.send(HttpRequest.newBuilder(
            URI.create(described.path("url_private_download").asText().replace(file.id(), "F0GONE")))
        .header("Authorization", "Bearer xoxb-test").build(), HttpResponse.BodyHandlers.ofByteArray());

    assertEquals("pdf", described.path("filetype").asText());
    assertEquals("application/pdf", described.path("mimetype").asText());
    assertTrue(described.path("url_private_download").asText().endsWith("/download/Offer%20letter.pdf"),
        described.toString());
    assertArrayEquals(pdf, download.body());
    assertEquals(Optional.of("application/pdf"), download.headers().firstValue("Content-Type"));
    assertEquals(404, missing.statusCode());
  }

  @Test
  void responseUrl_post_isRecordedWithItsBody() throws Exception {
    http.send(HttpRequest.newBuilder(URI.create(api.responseUrl("cmd")))
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"done\"}")).build(), HttpResponse.BodyHandlers.ofString());

    WebApiStandIn.Call posted = api.await("response_url", 1, WAIT).get(0);
    assertEquals("{\"text\":\"done\"}", posted.params().get("body"));
    assertEquals("/respond/cmd", posted.params().get("path"));
  }

  @Test
  void onCall_listener_hearsEveryAnsweredCall() throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();
    api.onCall(call -> heard.add(call.method() + ":" + call.ok()));

    form("auth.test", Map.of());
    form("chat.delete", Map.of());

    assertEquals(List.of("auth.test:true", "chat.delete:false"), heard);
  }

  /** Mounted in another server with a bot token of its own, as the console mounts it. */
  @Nested
  class Mounted {

    private Server server;
    private WebApiStandIn mounted;
    private String base;

    @BeforeEach
    void mount() throws Exception {
      server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      server.addConnector(connector);
      Clock clock = Clock.fixed(Instant.parse("2026-12-05T00:00:00Z"), ZoneOffset.UTC);
      mounted = WebApiStandIn.mounted(Team.TEST, "xoxb-right", clock,
          id -> "C0OFFERS".equals(id) ? Optional.of(Channel.of(id)) : Optional.empty(), "http://127.0.0.1:1");
      server.setHandler(mounted);
      server.start();
      api.close();
      api = mounted;
      base = "http://127.0.0.1:" + connector.getLocalPort() + WebApiStandIn.PATH;
    }

    @AfterEach
    void unmount() throws Exception {
      server.stop();
    }

    private JsonNode post(String method, String body, String token) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + method))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void call_wrongOrNoToken_isRefusedAsSlackRefusesIt() throws Exception {
      assertEquals("invalid_auth", post("auth.test", "", "xoxb-wrong").path("error").asText());
      assertEquals("not_authed", post("auth.test", "", null).path("error").asText());
      assertEquals(Team.TEST.botUserId(), post("auth.test", "", "xoxb-right").path("user_id").asText());
    }

    @Test
    void chatPostMessage_channelTheWorkspaceLacks_answersChannelNotFound() throws Exception {
      assertEquals("channel_not_found", post("chat.postMessage", "channel=C0ELSE&text=x", "xoxb-right")
          .path("error").asText());
      assertTrue(post("chat.postMessage", "channel=C0OFFERS&text=x", "xoxb-right").path("ok").asBoolean());
    }

    @Test
    void answer_ownMethod_replacesTheStandInsAnswer() throws Exception {
      mounted.answer("chat.postMessage", params -> WebApiStandIn.ok().put("ts", "1.000001"));

      assertEquals("1.000001", post("chat.postMessage", "channel=C0OFFERS&text=x", "xoxb-right").path("ts").asText());
    }
  }
}
