package com.compcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the console's Slack holds: messages per channel, the open modal stack and the App Home view, and who is
 * watching. Both sides write here: the stand-in Web API for the app, the page's actions for the person.
 */
final class Workspace {

  private static final Set<String> NOT_INTERACTIVE = Set.of("plain_text", "mrkdwn", "image");
  private static final Set<String> WITH_ACTIONS = Set.of("actions", "input", "section");

  private final ObjectMapper json;
  private final MessageClock clock;
  private final ConsoleIdentity identity;
  // Keyed by channel + ts, in posting order, which is the order the page shows them.
  private final Map<String, ObjectNode> messages = new LinkedHashMap<>();
  private final List<ObjectNode> viewStack = new ArrayList<>();
  private final Set<String> triggerIds = new HashSet<>();
  private final List<Consumer<ConsoleEvent>> watchers = new CopyOnWriteArrayList<>();
  private ObjectNode home;
  private long viewSerial;

  Workspace(ObjectMapper json, MessageClock clock, ConsoleIdentity identity) {
    this.json = json;
    this.clock = clock;
    this.identity = identity;
  }

  ConsoleIdentity identity() {
    return identity;
  }

  MessageClock clock() {
    return clock;
  }

  /** Starts watching: the watcher first gets a snapshot of everything, then each change, in order. */
  synchronized Runnable watch(Consumer<ConsoleEvent> watcher) {
    watcher.accept(new ConsoleEvent("snapshot", snapshot()));
    watchers.add(watcher);
    return () -> watchers.remove(watcher);
  }

  /** Everything the page needs to draw itself from scratch. */
  synchronized ObjectNode snapshot() {
    ObjectNode root = json.createObjectNode();
    ObjectNode me = root.putObject("identity");
    me.put("team", identity.team().teamDomain());
    me.put("user_id", identity.team().userId());
    me.put("user_name", identity.team().userName());
    me.put("bot_user_id", identity.team().botUserId());
    me.put("bot_name", identity.team().botName());
    ArrayNode channels = root.putArray("channels");
    identity.channels().forEach(c -> channels.addObject().put("id", c.id()).put("name", c.name()).put("type", c.type()));
    ArrayNode list = root.putArray("messages");
    messages.values().forEach(m -> list.add(m.deepCopy()));
    root.set("views", viewsNode());
    root.set("home", home == null ? json.nullNode() : home.deepCopy());
    return root;
  }

  /** Posts a message as the person at the keyboard. */
  synchronized ObjectNode postAsUser(String channel, String threadTs, String text) {
    return store(userMessage(channel, threadTs, text));
  }

  /** Shares files as the person, with an optional comment: a {@code file_share} message carrying the files. */
  synchronized ObjectNode shareAsUser(String channel, String threadTs, String text, ArrayNode files) {
    ObjectNode message = userMessage(channel, threadTs, text);
    message.put("subtype", "file_share");
    message.put("upload", true);
    message.set("files", files.deepCopy());
    return store(message);
  }

  private ObjectNode userMessage(String channel, String threadTs, String text) {
    ObjectNode message = newMessage(channel, threadTs);
    message.put("user", identity.team().userId());
    message.put("username", identity.team().userName());
    message.put("text", text);
    return message;
  }

  /** Posts a message as the bot; blocks may be null for a text-only message. */
  synchronized ObjectNode postAsBot(String channel, String threadTs, String text, JsonNode blocks, boolean ephemeral) {
    ObjectNode message = newMessage(channel, threadTs);
    message.put("user", identity.team().botUserId());
    message.put("bot_id", identity.team().botId());
    message.put("username", identity.team().botName());
    message.put("text", text == null ? "" : text);
    if (blocks != null && !blocks.isNull()) {
      message.set("blocks", withIds(blocks));
    }
    if (ephemeral) {
      message.put("ephemeral", true);
    }
    return store(message);
  }

  /** Replaces a message's text and blocks, keeping its place and thread; empty when there is no such message. */
  synchronized Optional<ObjectNode> update(String channel, String ts, String text, JsonNode blocks) {
    ObjectNode message = messages.get(key(channel, ts));
    if (message == null) {
      return Optional.empty();
    }
    if (text != null) {
      message.put("text", text);
    }
    if (blocks != null && !blocks.isNull()) {
      message.set("blocks", withIds(blocks));
    } else if (text != null) {
      // Slack drops the old blocks when an update carries only text.
      message.remove("blocks");
    }
    message.put("edited", true);
    emit("message", message.deepCopy());
    return Optional.of(message.deepCopy());
  }

  synchronized boolean delete(String channel, String ts) {
    if (messages.remove(key(channel, ts)) == null) {
      return false;
    }
    emit("delete", json.createObjectNode().put("channel", channel).put("ts", ts));
    return true;
  }

  synchronized Optional<ObjectNode> message(String channel, String ts) {
    return Optional.ofNullable(messages.get(key(channel, ts))).map(ObjectNode::deepCopy);
  }

  /** The messages of one channel, top level and replies, in order. */
  synchronized List<ObjectNode> messagesIn(String channel) {
    return messages.values().stream().filter(m -> channel.equals(m.path("channel").asText()))
        .map(ObjectNode::deepCopy).toList();
  }

  /** A trigger id for one interaction, as Slack hands out with every command and click. */
  synchronized String newTriggerId() {
    String id = clock.epochSecond() + "." + UUID.randomUUID().toString().replace("-", "");
    triggerIds.add(id);
    return id;
  }

  /** Uses up a trigger id; false when it was never handed out or already used. */
  synchronized boolean spendTrigger(String triggerId) {
    return triggerId != null && triggerIds.remove(triggerId);
  }

  /** Opens a modal (clearing any open one) and returns it as Slack answers {@code views.open}. */
  synchronized ObjectNode openView(JsonNode view) {
    viewStack.clear();
    ObjectNode opened = stamp(view, null);
    viewStack.add(opened);
    emit("views", viewsNode());
    return opened.deepCopy();
  }

  /** Pushes a modal on top of the open one. */
  synchronized Optional<ObjectNode> pushView(JsonNode view) {
    if (viewStack.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode pushed = stamp(view, viewStack.get(0).path("id").asText());
    viewStack.add(pushed);
    emit("views", viewsNode());
    return Optional.of(pushed.deepCopy());
  }

  /** Replaces an open modal found by view id or external id; empty when none is open by that name. */
  synchronized Optional<ObjectNode> updateView(String viewId, String externalId, JsonNode view) {
    for (int i = 0; i < viewStack.size(); i++) {
      ObjectNode open = viewStack.get(i);
      boolean byId = viewId != null && viewId.equals(open.path("id").asText());
      boolean byExternal = externalId != null && externalId.equals(open.path("external_id").asText(null));
      if (byId || byExternal) {
        ObjectNode updated = stamp(view, open.path("root_view_id").asText());
        updated.put("id", open.path("id").asText());
        viewStack.set(i, updated);
        emit("views", viewsNode());
        return Optional.of(updated.deepCopy());
      }
    }
    return Optional.empty();
  }

  synchronized Optional<ObjectNode> view(String viewId) {
    return viewStack.stream().filter(v -> v.path("id").asText().equals(viewId)).findFirst().map(ObjectNode::deepCopy);
  }

  /** Closes the top modal, as an empty acknowledgement of a submission does. */
  synchronized void closeTopView() {
    if (!viewStack.isEmpty()) {
      viewStack.remove(viewStack.size() - 1);
      emit("views", viewsNode());
    }
  }

  /** Closes every open modal. */
  synchronized void closeAllViews() {
    viewStack.clear();
    emit("views", viewsNode());
  }

  /** Shows the App Home tab the app published. */
  synchronized ObjectNode publishHome(JsonNode view) {
    home = stamp(view, null);
    emit("home", home.deepCopy());
    return home.deepCopy();
  }

  /** Tells the page something only it needs to show, such as a submission's field errors. */
  synchronized void notice(String type, JsonNode data) {
    emit(type, data);
  }

  private ObjectNode newMessage(String channel, String threadTs) {
    ObjectNode message = json.createObjectNode();
    message.put("type", "message");
    message.put("channel", channel);
    message.put("ts", clock.nextTs());
    if (threadTs != null && !threadTs.isBlank()) {
      message.put("thread_ts", threadTs);
    }
    return message;
  }

  private ObjectNode store(ObjectNode message) {
    messages.put(key(message.path("channel").asText(), message.path("ts").asText()), message);
    emit("message", message.deepCopy());
    return message.deepCopy();
  }

  private ObjectNode stamp(JsonNode view, String rootViewId) {
    ObjectNode stamped = view.isObject() ? ((ObjectNode) view).deepCopy() : json.createObjectNode();
    String id = "V0" + Long.toString(++viewSerial, 36).toUpperCase() + "CONSOLE";
    stamped.put("id", id);
    stamped.put("team_id", identity.team().teamId());
    stamped.put("app_id", identity.team().appId());
    stamped.put("bot_id", identity.team().botId());
    stamped.put("hash", clock.nextTs() + "." + id);
    stamped.put("root_view_id", rootViewId == null ? id : rootViewId);
    if (!stamped.has("state")) {
      stamped.putObject("state").putObject("values");
    }
    if (stamped.has("blocks")) {
      stamped.set("blocks", withIds(stamped.get("blocks")));
    }
    return stamped;
  }

  /**
   * Slack gives every block a block_id and every interactive element an action_id when the app leaves them out, and
   * sends those back in payloads; doing the same keeps the console's payloads shaped like Slack's.
   */
  private JsonNode withIds(JsonNode blocks) {
    JsonNode copy = blocks.deepCopy();
    if (!copy.isArray()) {
      return copy;
    }
    for (JsonNode block : copy) {
      if (block.isObject() && !block.hasNonNull("block_id")) {
        ((ObjectNode) block).put("block_id", shortId());
      }
      List<JsonNode> elements = new ArrayList<>();
      block.path("elements").forEach(elements::add);
      if (block.has("accessory")) {
        elements.add(block.get("accessory"));
      }
      if (block.has("element")) {
        elements.add(block.get("element"));
      }
      for (JsonNode element : elements) {
        boolean interactive = element.isObject() && !NOT_INTERACTIVE.contains(element.path("type").asText());
        if (interactive && WITH_ACTIONS.contains(block.path("type").asText()) && !element.hasNonNull("action_id")) {
          ((ObjectNode) element).put("action_id", shortId());
        }
      }
    }
    return copy;
  }

  private String shortId() {
    return UUID.randomUUID().toString().substring(0, 5);
  }

  private ArrayNode viewsNode() {
    ArrayNode list = json.createArrayNode();
    viewStack.forEach(v -> list.add(v.deepCopy()));
    return list;
  }

  private void emit(String type, JsonNode data) {
    watchers.forEach(w -> w.accept(new ConsoleEvent(type, data)));
  }

  private static String key(String channel, String ts) {
    return channel + "/" + ts;
  }
}
