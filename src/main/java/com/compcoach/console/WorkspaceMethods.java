package com.compcoach.console;

import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API methods whose effects the console's page shows (messages and views), answered against the
 * {@link Workspace} so that each call appears on the page; the kit's {@link WebApiStandIn} answers the rest.
 */
final class WorkspaceMethods {

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceMethods.class);

  private final ObjectMapper json;
  private final Workspace workspace;
  private final WebApiStandIn api;

  private WorkspaceMethods(ObjectMapper json, Workspace workspace, WebApiStandIn api) {
    this.json = json;
    this.workspace = workspace;
    this.api = api;
  }

  /** Has {@code api} answer the page's methods from {@code workspace} and tell the page of every call. */
  static void install(ObjectMapper json, Workspace workspace, WebApiStandIn api) {
    WorkspaceMethods methods = new WorkspaceMethods(json, workspace, api);
    api.answer("chat.postMessage", p -> methods.postMessage(p, false));
    api.answer("chat.postEphemeral", p -> methods.postMessage(p, true));
    api.answer("chat.update", methods::update);
    api.answer("chat.delete", methods::delete);
    api.answer("views.open", methods::viewsOpen);
    api.answer("views.push", methods::viewsPush);
    api.answer("views.update", methods::viewsUpdate);
    api.answer("views.publish", methods::viewsPublish);
    api.onCall(call -> {
      ObjectNode seen = json.createObjectNode().put("method", call.method()).put("ok", call.ok());
      if (call.answer().has("error")) {
        seen.put("error", call.answer().path("error").asText());
      }
      workspace.notice("api", seen);
    });
  }

  private ObjectNode postMessage(Map<String, String> p, boolean ephemeral) {
    return api.withChannel(p, channel -> {
      Optional<JsonNode> blocks = parsed(p, "blocks");
      if (blocks.filter(JsonNode::isMissingNode).isPresent()) {
        return WebApiStandIn.error("invalid_blocks");
      }
      String text = p.getOrDefault("text", "");
      if (text.isEmpty() && blocks.map(JsonNode::isEmpty).orElse(true)) {
        return WebApiStandIn.error("no_text");
      }
      if (blocks.isPresent() && blocks.get().size() > 50) {
        return WebApiStandIn.error("invalid_blocks");
      }
      String threadTs = p.get("thread_ts");
      if (threadTs != null && !threadTs.isEmpty() && workspace.message(channel.id(), threadTs).isEmpty()) {
        // Slack accepts a reply to a missing parent silently and it never shows; say so plainly instead.
        LOG.warn("stand-in Web API: thread_ts names no message in {}", channel.id());
      }
      ObjectNode message = workspace.postAsBot(channel.id(), threadTs, text, blocks.orElse(null), ephemeral);
      if (ephemeral) {
        return WebApiStandIn.ok().put("message_ts", message.path("ts").asText());
      }
      ObjectNode answer = WebApiStandIn.ok().put("channel", channel.id()).put("ts", message.path("ts").asText());
      answer.set("message", publicMessage(message));
      return answer;
    });
  }

  private ObjectNode update(Map<String, String> p) {
    return api.withChannel(p, channel -> {
      Optional<JsonNode> blocks = parsed(p, "blocks");
      if (blocks.filter(JsonNode::isMissingNode).isPresent()) {
        return WebApiStandIn.error("invalid_blocks");
      }
      String ts = p.getOrDefault("ts", "");
      Optional<ObjectNode> updated = workspace.update(channel.id(), ts, p.get("text"), blocks.orElse(null));
      if (updated.isEmpty()) {
        return WebApiStandIn.error("message_not_found");
      }
      ObjectNode answer = WebApiStandIn.ok().put("channel", channel.id()).put("ts", ts)
          .put("text", updated.get().path("text").asText(""));
      answer.set("message", publicMessage(updated.get()));
      return answer;
    });
  }

  private ObjectNode delete(Map<String, String> p) {
    return api.withChannel(p, channel -> {
      String ts = p.getOrDefault("ts", "");
      return workspace.delete(channel.id(), ts) ? WebApiStandIn.ok().put("channel", channel.id()).put("ts", ts)
          : WebApiStandIn.error("message_not_found");
    });
  }

  private ObjectNode viewsOpen(Map<String, String> p) {
    if (!workspace.spendTrigger(p.get("trigger_id"))) {
      return WebApiStandIn.error("invalid_trigger_id");
    }
    return viewAnswer(p, view -> Optional.of(workspace.openView(view)));
  }

  private ObjectNode viewsPush(Map<String, String> p) {
    if (!workspace.spendTrigger(p.get("trigger_id"))) {
      return WebApiStandIn.error("invalid_trigger_id");
    }
    return viewAnswer(p, workspace::pushView);
  }

  private ObjectNode viewsUpdate(Map<String, String> p) {
    String viewId = p.get("view_id");
    String hash = p.get("hash");
    if (viewId != null && hash != null && !hash.isEmpty()) {
      Optional<ObjectNode> open = workspace.view(viewId);
      if (open.isPresent() && !hash.equals(open.get().path("hash").asText())) {
        return WebApiStandIn.error("hash_conflict");
      }
    }
    return viewAnswer(p, view -> workspace.updateView(viewId, p.get("external_id"), view));
  }

  private ObjectNode viewsPublish(Map<String, String> p) {
    if (!workspace.identity().team().userId().equals(p.get("user_id"))) {
      return WebApiStandIn.error("user_not_found");
    }
    return viewAnswer(p, view -> "home".equals(view.path("type").asText())
        ? Optional.of(workspace.publishHome(view)) : Optional.empty());
  }

  private ObjectNode viewAnswer(Map<String, String> p, Function<JsonNode, Optional<ObjectNode>> apply) {
    Optional<JsonNode> view = parsed(p, "view");
    if (view.isEmpty() || !view.get().isObject() || !view.get().has("type")) {
      return WebApiStandIn.error("invalid_arguments");
    }
    if (view.get().path("blocks").size() > 100) {
      return WebApiStandIn.error("invalid_blocks");
    }
    return apply.apply(view.get()).map(v -> {
      ObjectNode answer = WebApiStandIn.ok();
      answer.set("view", v);
      return answer;
    }).orElseGet(() -> WebApiStandIn.error("not_found"));
  }

  /** A JSON-valued argument: empty when absent, a missing node when it is not JSON. */
  private Optional<JsonNode> parsed(Map<String, String> p, String name) {
    String value = p.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readTree(value));
    } catch (JsonProcessingException e) {
      return Optional.of(MissingNode.getInstance());
    }
  }

  private static JsonNode publicMessage(ObjectNode message) {
    ObjectNode copy = message.deepCopy();
    copy.remove("channel");
    copy.remove("ephemeral");
    return copy;
  }
}
