package com.compcoach.console;

import com.compcoach.standin.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The stand-in for Slack's {@code response_url}s: each command or click gets one naming its channel, the message it
 * came from and that message's thread, so a posted response lands where Slack would put it.
 */
final class ResponseUrls extends Handler.Abstract {

  static final String PATH = "/console/respond/";
  private static final String NONE = "-";

  private final ObjectMapper json;
  private final Workspace workspace;
  private final String base;

  /** @param base this server's root URL, such as {@code http://127.0.0.1:3000} */
  ResponseUrls(ObjectMapper json, Workspace workspace, String base) {
    this.json = json;
    this.workspace = workspace;
    this.base = base;
  }

  /** A response_url for an interaction in this channel, from this message (nullable) in this thread (nullable). */
  String urlFor(String channel, String messageTs, String threadTs) {
    return base + PATH + channel + "/" + orNone(messageTs) + "/" + orNone(threadTs);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Wire.path(request);
    if (!path.startsWith(PATH)) {
      return false;
    }
    String[] parts = path.substring(PATH.length()).split("/");
    if (parts.length != 3 || workspace.identity().channel(parts[0]).isEmpty()) {
      Wire.sendJson(response, callback, 404, "{\"ok\":false,\"error\":\"no_such_response_url\"}");
      return true;
    }
    JsonNode body;
    try {
      body = json.readTree(Wire.body(request, Wire.LARGEST_BODY));
    } catch (Wire.TooLarge e) {
      Wire.refuseTooLarge(response, callback);
      return true;
    } catch (JsonProcessingException e) {
      Wire.sendJson(response, callback, 400, "{\"ok\":false,\"error\":\"invalid_json\"}");
      return true;
    }
    String channel = parts[0];
    String messageTs = NONE.equals(parts[1]) ? null : parts[1];
    String threadTs = NONE.equals(parts[2]) ? null : parts[2];
    workspace.notice("api", json.createObjectNode().put("method", "response_url").put("ok", true));
    if (messageTs != null && body.path("delete_original").asBoolean(false)) {
      workspace.delete(channel, messageTs);
    } else if (messageTs != null && body.path("replace_original").asBoolean(false)) {
      workspace.update(channel, messageTs, body.path("text").asText(""), body.get("blocks"));
    } else {
      boolean inChannel = "in_channel".equals(body.path("response_type").asText());
      String thread = body.path("thread_ts").asText(threadTs);
      workspace.postAsBot(channel, thread, body.path("text").asText(""), body.get("blocks"), !inChannel);
    }
    Wire.sendJson(response, callback, 200, "{\"ok\":true}");
    return true;
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }
}
