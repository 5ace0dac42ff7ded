package com.compcoach.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the requests Slack sends an app, shaped as Slack's docs show them: a slash command's form, Events API
 * {@code event_callback}s (message, app_mention, app_home_opened, file_shared), {@code url_verification}, and the
 * {@code block_actions} / {@code view_submission} / {@code view_closed} interaction payloads.
 */
public final class Payloads {

  /** Slack's verification token is deprecated and the app does not check it; a fixed word keeps the field present. */
  private static final String TOKEN = "stand-in-verification-token";

  private final ObjectMapper json;
  private final Team team;
  private final AtomicLong eventSerial = new AtomicLong();
  // Event ids must differ between runs too: an app that remembers ids it has answered would drop a repeat.
  private final String run = Long.toString(Math.abs(new SecureRandom().nextLong()) % 1_000_000_000L, 36)
      .toUpperCase(Locale.ROOT);

  public Payloads(ObjectMapper json, Team team) {
    this.json = json;
    this.team = team;
  }

  /** The fields of a slash command the team's person typed, in Slack's order; the map is the caller's to change. */
  public Map<String, String> slashCommand(Channel channel, String command, String text, String triggerId,
      String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", TOKEN);
    form.put("team_id", team.teamId());
    form.put("team_domain", team.teamDomain());
    form.put("channel_id", channel.id());
    form.put("channel_name", "im".equals(channel.type()) ? "directmessage" : channel.name());
    form.put("user_id", team.userId());
    form.put("user_name", team.userName());
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", team.appId());
    form.put("is_enterprise_install", "false");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return form;
  }

  /** An Events API callback wrapping one event, with an event id of its own. */
  public String eventCallback(ObjectNode event, long eventTime) {
    return eventCallback(event, "Ev" + run + "C" + eventSerial.incrementAndGet(), eventTime);
  }

  /** An Events API callback wrapping one event, with the given event id (the same id twice is Slack's retry). */
  public String eventCallback(ObjectNode event, String eventId, long eventTime) {
    ObjectNode root = json.createObjectNode();
    root.put("token", TOKEN);
    root.put("team_id", team.teamId());
    root.put("api_app_id", team.appId());
    root.set("event", event);
    root.put("type", "event_callback");
    root.put("event_id", eventId);
    root.put("event_time", eventTime);
    root.put("event_context", "stand-in-" + eventId);
    root.putArray("authorizations").addObject()
        .putNull("enterprise_id").put("team_id", team.teamId()).put("user_id", team.botUserId())
        .put("is_bot", true).put("is_enterprise_install", false);
    root.put("is_ext_shared_channel", false);
    return root.toString();
  }

  /** Slack's check of a new Request URL, which the app must answer with the challenge. */
  public String urlVerification(String challenge) {
    return json.createObjectNode().put("token", TOKEN).put("challenge", challenge).put("type", "url_verification")
        .toString();
  }

  /**
   * A {@code message} event for a message the team's person posted.
   *
   * @param threadTs the thread's parent ts, or null for a top-level message
   */
  public ObjectNode message(Channel channel, String text, String ts, String threadTs) {
    ObjectNode event = userEvent("message", text, ts, threadTs);
    event.put("channel", channel.id());
    event.put("channel_type", channel.type());
    return event;
  }

  /**
   * The {@code message} event of files the person shared (subtype {@code file_share}), each file as
   * {@link WebApiStandIn#describe} shows it; Slack sends it as well as {@link #fileShared}.
   */
  public ObjectNode fileShare(Channel channel, String text, String ts, String threadTs, List<? extends JsonNode> files) {
    ObjectNode event = message(channel, text, ts, threadTs);
    event.put("subtype", "file_share");
    event.put("upload", true);
    event.putArray("files").addAll(files);
    return event;
  }

  /** An {@code app_mention} event, which Slack sends alongside the message event when a message names the bot. */
  public ObjectNode appMention(Channel channel, String text, String ts, String threadTs) {
    ObjectNode event = userEvent("app_mention", text, ts, threadTs);
    event.put("channel", channel.id());
    return event;
  }

  /** The person opened the app's Home tab. */
  public ObjectNode appHomeOpened(String dmChannel, String eventTs) {
    ObjectNode event = json.createObjectNode();
    event.put("type", "app_home_opened");
    event.put("user", team.userId());
    event.put("channel", dmChannel);
    event.put("tab", "home");
    event.put("event_ts", eventTs);
    return event;
  }

  /** The person shared a file in a conversation the app is in. */
  public ObjectNode fileShared(Channel channel, String fileId, String eventTs) {
    ObjectNode event = json.createObjectNode();
    event.put("type", "file_shared");
    event.put("channel_id", channel.id());
    event.put("file_id", fileId);
    event.put("user_id", team.userId());
    event.putObject("file").put("id", fileId);
    event.put("event_ts", eventTs);
    return event;
  }

  /**
   * A click or selection on a message: the {@code block_actions} payload.
   *
   * @param message the message as the app posted it; Slack sends no copy of an ephemeral one
   */
  public String messageAction(Channel channel, JsonNode message, boolean ephemeral, JsonNode action,
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
      ObjectNode copy = message.deepCopy();
      copy.remove("channel");
      copy.remove("ephemeral");
      payload.set("message", copy);
    }
    payload.putObject("state").putObject("values");
    payload.put("response_url", responseUrl);
    payload.putArray("actions").add(action);
    return payload.toString();
  }

  /** A click or selection inside an open modal. */
  public String viewAction(JsonNode view, JsonNode action, String triggerId) {
    ObjectNode payload = interaction("block_actions", triggerId);
    payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
    payload.set("view", view);
    payload.putArray("actions").add(action);
    return payload.toString();
  }

  /** A modal's submission, the view carrying the entered values in {@code state.values}. */
  public String viewSubmission(JsonNode view, String triggerId) {
    ObjectNode payload = interaction("view_submission", triggerId);
    payload.set("view", view);
    payload.putArray("response_urls");
    return payload.toString();
  }

  /** A modal closed with its close button, sent only when the view asked with {@code notify_on_close}. */
  public String viewClosed(JsonNode view) {
    ObjectNode payload = interaction("view_closed", null);
    payload.set("view", view);
    payload.put("is_cleared", false);
    return payload.toString();
  }

  private ObjectNode userEvent(String type, String text, String ts, String threadTs) {
    ObjectNode event = json.createObjectNode();
    event.put("type", type);
    event.put("user", team.userId());
    event.put("text", text);
    event.put("ts", ts);
    event.put("team", team.teamId());
    if (threadTs != null) {
      event.put("thread_ts", threadTs);
    }
    event.put("event_ts", ts);
    return event;
  }

  private ObjectNode interaction(String type, String triggerId) {
    ObjectNode payload = json.createObjectNode();
    payload.put("type", type);
    payload.putObject("team").put("id", team.teamId()).put("domain", team.teamDomain());
    payload.putObject("user").put("id", team.userId()).put("username", team.userName())
        .put("name", team.userName()).put("team_id", team.teamId());
    payload.put("api_app_id", team.appId());
    payload.put("token", TOKEN);
    if (triggerId != null) {
      payload.put("trigger_id", triggerId);
    }
    payload.putNull("enterprise");
    payload.put("is_enterprise_install", false);
    return payload;
  }
}
