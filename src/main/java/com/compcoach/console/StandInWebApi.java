package com.compcoach.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's stand-in for {@code https://slack.com/api/}: answers the Web API methods the app calls as Slack's
 * docs describe, applies them to the {@link Workspace} (which pushes them to the page) and records each call.
 * Scheduled messages (reminders) are kept by id until deleted; they are never sent. Files the person shared are
 * described by {@code files.info} and served from their private URLs to the bot's token alone.
 */
final class StandInWebApi extends Handler.Abstract {

  /** Where the app's {@code SLACK_API_URL} points, relative to the server root. */
  static final String PATH = "/api/";

  private static final Logger LOG = LoggerFactory.getLogger(StandInWebApi.class);
  // Form fields Slack documents as JSON-encoded strings.
  private static final Set<String> JSON_FIELDS = Set.of("blocks", "attachments", "view", "metadata");
  private static final int RECORD_LIMIT = 1_000;

  private final ObjectMapper json;
  private final Workspace workspace;
  private final String botToken;
  private final SharedUploads uploads;
  private final List<WebApiCall> calls = new ArrayList<>();
  private final java.util.Map<String, String> scheduled = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong scheduledSeq = new java.util.concurrent.atomic.AtomicLong();

  StandInWebApi(ObjectMapper json, Workspace workspace, String botToken, SharedUploads uploads) {
    this.json = json;
    this.workspace = workspace;
    this.botToken = botToken;
    this.uploads = uploads;
  }

  /** The calls so far, oldest first (the most recent thousand). */
  synchronized List<WebApiCall> calls() {
    return List.copyOf(calls);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Wire.path(request);
    if (path.startsWith(SharedUploads.PATH)) {
      download(path, request, response, callback);
      return true;
    }
    if (!path.startsWith(PATH)) {
      return false;
    }
    String method = path.substring(PATH.length());
    String body = Wire.body(request);
    ObjectNode params;
    try {
      params = Wire.isJson(request) && !body.isBlank() ? (ObjectNode) json.readTree(body) : formParams(body);
    } catch (JsonProcessingException | ClassCastException e) {
      Wire.sendJson(response, callback, 200, error("invalid_json").toString());
      return true;
    }
    String token = bearer(request).orElse(params.path("token").asText(""));
    params.remove("token");
    ObjectNode answer = token.isEmpty() ? error("not_authed")
        : !token.equals(botToken) ? error("invalid_auth")
        : answer(method, params);
    record(new WebApiCall(method, params, answer));
    if (!answer.path("ok").asBoolean()) {
      // Method and error code only: the arguments may hold offer figures.
      LOG.warn("stand-in Web API: {} answered {}", method, answer.path("error").asText());
    }
    ObjectNode seen = json.createObjectNode().put("method", method).put("ok", answer.path("ok").asBoolean());
    if (answer.has("error")) {
      seen.put("error", answer.path("error").asText());
    }
    workspace.notice("api", seen);
    Wire.sendJson(response, callback, 200, answer.toString());
    return true;
  }

  private ObjectNode answer(String method, ObjectNode p) {
    switch (method) {
      case "api.test":
        return ok();
      case "auth.test":
        return authTest();
      case "chat.postMessage":
        return postMessage(p, false);
      case "chat.postEphemeral":
        return postMessage(p, true);
      case "chat.update":
        return update(p);
      case "chat.delete":
        return delete(p);
      case "chat.getPermalink":
        return withChannel(p, c -> ok().put("channel", c.id())
            .put("permalink", "http://console.local/archives/" + c.id() + "/p" + p.path("message_ts").asText().replace(".", "")));
      case "conversations.info":
        return withChannel(p, c -> {
          ObjectNode answer = ok();
          answer.putObject("channel").put("id", c.id()).put("name", c.name())
              .put("is_channel", "channel".equals(c.type())).put("is_im", "im".equals(c.type()))
              .put("is_member", true);
          return answer;
        });
      case "users.info":
        return usersInfo(p);
      case "chat.scheduleMessage":
        return scheduleMessage(p);
      case "chat.deleteScheduledMessage":
        return deleteScheduled(p);
      case "views.open":
        return viewsOpen(p);
      case "views.push":
        return viewsPush(p);
      case "views.update":
        return viewsUpdate(p);
      case "views.publish":
        return viewsPublish(p);
      case "files.info":
        return uploads.get(p.path("file").asText("")).map(u -> {
          ObjectNode answer = ok();
          answer.set("file", uploads.describe(u));
          return answer;
        }).orElseGet(() -> error("file_not_found"));
      default:
        return error("unknown_method");
    }
  }

  private ObjectNode authTest() {
    ConsoleIdentity id = workspace.identity();
    return ok().put("url", "http://console.local/").put("team", id.teamDomain()).put("user", id.botName())
        .put("team_id", id.teamId()).put("user_id", id.botUserId()).put("bot_id", id.botId())
        .put("is_enterprise_install", false);
  }

  private ObjectNode postMessage(ObjectNode p, boolean ephemeral) {
    return withChannel(p, channel -> {
      JsonNode blocks = p.get("blocks");
      String text = p.path("text").asText("");
      if (text.isEmpty() && (blocks == null || blocks.isEmpty())) {
        return error("no_text");
      }
      if (blocks != null && blocks.size() > 50) {
        return error("invalid_blocks");
      }
      String threadTs = p.path("thread_ts").asText(null);
      if (threadTs != null && !threadTs.isEmpty() && workspace.message(channel.id(), threadTs).isEmpty()) {
        // Slack accepts a reply to a missing parent silently and it never shows; say so plainly instead.
        LOG.warn("stand-in Web API: thread_ts names no message in {}", channel.id());
      }
      ObjectNode message = workspace.postAsBot(channel.id(), threadTs, text, blocks, ephemeral);
      if (ephemeral) {
        return ok().put("message_ts", message.path("ts").asText());
      }
      ObjectNode answer = ok().put("channel", channel.id()).put("ts", message.path("ts").asText());
      answer.set("message", publicMessage(message));
      return answer;
    });
  }

  private ObjectNode update(ObjectNode p) {
    return withChannel(p, channel -> {
      String ts = p.path("ts").asText("");
      Optional<ObjectNode> updated = workspace.update(channel.id(), ts, p.path("text").asText(null), p.get("blocks"));
      if (updated.isEmpty()) {
        return error("message_not_found");
      }
      ObjectNode answer = ok().put("channel", channel.id()).put("ts", ts)
          .put("text", updated.get().path("text").asText(""));
      answer.set("message", publicMessage(updated.get()));
      return answer;
    });
  }

  private ObjectNode delete(ObjectNode p) {
    return withChannel(p, channel -> {
      String ts = p.path("ts").asText("");
      return workspace.delete(channel.id(), ts) ? ok().put("channel", channel.id()).put("ts", ts)
          : error("message_not_found");
    });
  }

  /**
   * A shared file's bytes, as Slack serves {@code url_private_download}: only with the bot token in the
   * Authorization header (Slack answers anyone else with its sign-in page, never the file).
   */
  private void download(String path, Request request, Response response, Callback callback) {
    Optional<SharedUploads.Upload> upload = SharedUploads.idIn(path).flatMap(uploads::get);
    boolean bot = bearer(request).filter(botToken::equals).isPresent();
    workspace.notice("api", json.createObjectNode().put("method", "files.download").put("ok", bot
        && upload.isPresent()));
    if (!bot) {
      Wire.send(response, callback, 403, "text/plain; charset=utf-8", "sign in to see this file");
    } else if (upload.isEmpty()) {
      Wire.send(response, callback, 404, "text/plain; charset=utf-8", "no such file");
    } else {
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, upload.get().mimetype());
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      response.write(true, java.nio.ByteBuffer.wrap(upload.get().bytes()), callback);
    }
  }

  /** Kept, not sent: the console has no clock to wait for, so a reminder is only recorded and can be deleted. */
  private ObjectNode scheduleMessage(ObjectNode p) {
    long postAt = p.path("post_at").asLong(0);
    long now = System.currentTimeMillis() / 1000;
    if (postAt <= now) {
      return error("time_in_past");
    }
    if (postAt > now + java.time.Duration.ofDays(120).toSeconds()) {
      return error("time_too_far"); // Slack schedules at most 120 days ahead
    }
    return withChannel(p, c -> {
      String id = "Q" + Long.toString(scheduledSeq.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
      scheduled.put(id, c.id());
      return ok().put("channel", c.id()).put("scheduled_message_id", id).put("post_at", postAt);
    });
  }

  private ObjectNode deleteScheduled(ObjectNode p) {
    String id = p.path("scheduled_message_id").asText("");
    return scheduled.remove(id, p.path("channel").asText("")) ? ok() : error("invalid_scheduled_message_id");
  }

  /** The reminders scheduled and not deleted: id to channel. */
  java.util.Map<String, String> scheduled() {
    return java.util.Map.copyOf(scheduled);
  }

  private ObjectNode usersInfo(ObjectNode p) {
    ConsoleIdentity id = workspace.identity();
    String user = p.path("user").asText("");
    if (!user.equals(id.userId()) && !user.equals(id.botUserId())) {
      return error("user_not_found");
    }
    boolean bot = user.equals(id.botUserId());
    String name = bot ? id.botName() : id.userName();
    ObjectNode answer = ok();
    ObjectNode u = answer.putObject("user");
    u.put("id", user).put("team_id", id.teamId()).put("name", name).put("real_name", name).put("is_bot", bot)
        .put("tz", "America/New_York");
    u.putObject("profile").put("real_name", name).put("display_name", name);
    return answer;
  }

  private ObjectNode viewsOpen(ObjectNode p) {
    if (!workspace.spendTrigger(p.path("trigger_id").asText(null))) {
      return error("invalid_trigger_id");
    }
    return viewAnswer(p, view -> Optional.of(workspace.openView(view)));
  }

  private ObjectNode viewsPush(ObjectNode p) {
    if (!workspace.spendTrigger(p.path("trigger_id").asText(null))) {
      return error("invalid_trigger_id");
    }
    return viewAnswer(p, workspace::pushView);
  }

  private ObjectNode viewsUpdate(ObjectNode p) {
    String viewId = p.path("view_id").asText(null);
    String externalId = p.path("external_id").asText(null);
    String hash = p.path("hash").asText(null);
    if (viewId != null && hash != null && !hash.isEmpty()) {
      Optional<ObjectNode> open = workspace.view(viewId);
      if (open.isPresent() && !hash.equals(open.get().path("hash").asText())) {
        return error("hash_conflict");
      }
    }
    return viewAnswer(p, view -> workspace.updateView(viewId, externalId, view));
  }

  private ObjectNode viewsPublish(ObjectNode p) {
    if (!workspace.identity().userId().equals(p.path("user_id").asText())) {
      return error("user_not_found");
    }
    return viewAnswer(p, view -> "home".equals(view.path("type").asText())
        ? Optional.of(workspace.publishHome(view)) : Optional.empty());
  }

  private ObjectNode viewAnswer(ObjectNode p, Function<JsonNode, Optional<ObjectNode>> apply) {
    JsonNode view = p.get("view");
    if (view == null || !view.isObject() || !view.has("type")) {
      return error("invalid_arguments");
    }
    if (view.path("blocks").size() > 100) {
      return error("invalid_blocks");
    }
    return apply.apply(view).map(v -> {
      ObjectNode answer = ok();
      answer.set("view", v);
      return answer;
    }).orElseGet(() -> error("not_found"));
  }

  private ObjectNode withChannel(ObjectNode p, Function<ConsoleIdentity.Channel, ObjectNode> then) {
    return workspace.identity().channel(p.path("channel").asText("")).map(then)
        .orElseGet(() -> error("channel_not_found"));
  }

  private JsonNode publicMessage(ObjectNode message) {
    ObjectNode copy = message.deepCopy();
    copy.remove("channel");
    copy.remove("ephemeral");
    return copy;
  }

  private ObjectNode formParams(String body) throws JsonProcessingException {
    ObjectNode params = json.createObjectNode();
    for (Map.Entry<String, String> field : Wire.form(body).entrySet()) {
      if (JSON_FIELDS.contains(field.getKey()) && !field.getValue().isBlank()) {
        params.set(field.getKey(), json.readTree(field.getValue()));
      } else {
        params.put(field.getKey(), field.getValue());
      }
    }
    return params;
  }

  private static Optional<String> bearer(Request request) {
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    return header != null && header.startsWith("Bearer ") ? Optional.of(header.substring(7).trim()) : Optional.empty();
  }

  private synchronized void record(WebApiCall call) {
    if (calls.size() == RECORD_LIMIT) {
      calls.remove(0);
    }
    calls.add(call);
  }

  private ObjectNode ok() {
    return json.createObjectNode().put("ok", true);
  }

  private ObjectNode error(String code) {
    return json.createObjectNode().put("ok", false).put("error", code);
  }
}
