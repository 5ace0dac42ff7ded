package com.compcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Builds the bodies Slack sends an app, shaped as Slack's docs show them: a slash command's form, Events API
 * {@code event_callback}s, and {@code block_actions} / {@code view_submission} / {@code view_closed} payloads.
 */
final class SlackPayloads {

  /** Slack's verification token is deprecated and the app does not check it; a fixed word keeps the field present. */
  private static final String TOKEN = "console-verification-token";

  private final ObjectMapper json;
  private final ConsoleIdentity id;
  private final AtomicLong eventSerial = new AtomicLong();
  // Event ids must differ between runs too: an app that remembers ids it has answered would drop a repeat.
  private final String run = Long.toString(Math.abs(new java.security.SecureRandom().nextLong()) % 1_000_000_000L, 36)
      .toUpperCase();

  SlackPayloads(ObjectMapper json, ConsoleIdentity identity) {
    this.json = json;
    this.id = identity;
  }

  /** The form body of a slash command. */
  String slashCommand(ConsoleIdentity.Channel channel, String command, String text, String triggerId, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", TOKEN);
    form.put("team_id", id.teamId());
    form.put("team_domain", id.teamDomain());
    form.put("channel_id", channel.id());
    form.put("channel_name", "im".equals(channel.type()) ? "directmessage" : channel.name());
    form.put("user_id", id.userId());
    form.put("user_name", id.userName());
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", id.appId());
    form.put("is_enterprise_install", "false");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** An Events API callback wrapping one event. */
  String eventCallback(ObjectNode event, long eventTime) {
    ObjectNode root = json.createObjectNode();
    root.put("token", TOKEN);
    root.put("team_id", id.teamId());
    root.put("api_app_id", id.appId());
    root.set("event", event);
    root.put("type", "event_callback");
    root.put("event_id", "Ev" + run + "C" + eventSerial.incrementAndGet());
    root.put("event_time", eventTime);
    root.put("event_context", "console-" + eventSerial.get());
    root.putArray("authorizations").addObject()
        .putNull("enterprise_id").put("team_id", id.teamId()).put("user_id", id.botUserId())
        .put("is_bot", true).put("is_enterprise_install", false);
    root.put("is_ext_shared_channel", false);
    return root.toString();
  }

  /** A {@code message} event for a message the person posted (with its thread parent's author when in a thread). */
  ObjectNode messageEvent(ConsoleIdentity.Channel channel, JsonNode message, String parentUserId) {
    ObjectNode event = userEvent("message", message);
    event.put("channel", channel.id());
    event.put("channel_type", channel.type());
    if (parentUserId != null) {
      event.put("parent_user_id", parentUserId);
    }
    return event;
  }

  /**
   * The {@code message} event of a file the person shared: subtype {@code file_share}, with the files as Slack
   * describes them (the app asks {@code files.info} for the rest).
   */
  ObjectNode fileShareEvent(ConsoleIdentity.Channel channel, JsonNode message, String parentUserId) {
    ObjectNode event = messageEvent(channel, message, parentUserId);
    event.put("subtype", "file_share");
    event.put("upload", true);
    event.set("files", message.path("files").deepCopy());
    return event;
  }

  /** An {@code app_mention} event, which Slack sends alongside the message event when a message names the bot. */
  ObjectNode appMention(ConsoleIdentity.Channel channel, JsonNode message) {
    ObjectNode event = userEvent("app_mention", message);
    event.put("channel", channel.id());
    return event;
  }

  ObjectNode appHomeOpened(String dmChannel, String eventTs) {
    ObjectNode event = json.createObjectNode();
    event.put("type", "app_home_opened");
    event.put("user", id.userId());
    event.put("channel", dmChannel);
    event.put("tab", "home");
    event.put("event_ts", eventTs);
    return event;
  }

  /** A click or selection on a message: the form body {@code payload=...}. */
  String messageAction(ConsoleIdentity.Channel channel, JsonNode message, boolean ephemeral, JsonNode action,
      String triggerId, String responseUrl) {
    ObjectNode payload = interaction("block_actions", triggerId);
    ObjectNode container = payload.putObject("container");
    container.put("type", "message");
    container.put("message_ts", message.path("ts").asText());
    container.put("channel_id", channel.id());
    container.put("is_ephemeral", ephemeral);
    if (message.has("thread_ts")) {
      container.put("thread_ts", message.path("thread_ts").asText());
    }
    payload.putObject("channel").put("id", channel.id()).put("name", channel.name());
    if (!ephemeral) {
      // Slack keeps no copy of an ephemeral message, so it sends none back.
      ObjectNode copy = message.deepCopy();
      copy.remove("channel");
      copy.remove("ephemeral");
      payload.set("message", copy);
    }
    payload.putObject("state").putObject("values");
    payload.put("response_url", responseUrl);
    payload.putArray("actions").add(action);
    return form(payload);
  }

  /** A click or selection inside an open modal. */
  String viewAction(JsonNode view, JsonNode action, String triggerId) {
    ObjectNode payload = interaction("block_actions", triggerId);
    payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
    payload.set("view", view);
    payload.putArray("actions").add(action);
    return form(payload);
  }

  /** A modal's submission, the view carrying the entered values in {@code state.values}. */
  String viewSubmission(JsonNode view, String triggerId) {
    ObjectNode payload = interaction("view_submission", triggerId);
    payload.set("view", view);
    payload.putArray("response_urls");
    return form(payload);
  }

  String viewClosed(JsonNode view) {
    ObjectNode payload = interaction("view_closed", null);
    payload.set("view", view);
    payload.put("is_cleared", false);
    return form(payload);
  }

  private ObjectNode userEvent(String type, JsonNode message) {
    ObjectNode event = json.createObjectNode();
    event.put("type", type);
    event.put("user", id.userId());
    event.put("text", message.path("text").asText());
    event.put("ts", message.path("ts").asText());
    event.put("team", id.teamId());
    if (message.has("thread_ts")) {
      event.put("thread_ts", message.path("thread_ts").asText());
    }
    event.put("event_ts", message.path("ts").asText());
    return event;
  }

  private ObjectNode interaction(String type, String triggerId) {
    ObjectNode payload = json.createObjectNode();
    payload.put("type", type);
    payload.putObject("team").put("id", id.teamId()).put("domain", id.teamDomain());
    payload.putObject("user").put("id", id.userId()).put("username", id.userName()).put("name", id.userName())
        .put("team_id", id.teamId());
    payload.put("api_app_id", id.appId());
    payload.put("token", TOKEN);
    if (triggerId != null) {
      payload.put("trigger_id", triggerId);
    }
    payload.putNull("enterprise");
    payload.put("is_enterprise_install", false);
    return payload;
  }

  private static String form(ObjectNode payload) {
    return "payload=" + enc(payload.toString());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
