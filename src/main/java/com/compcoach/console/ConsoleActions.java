package com.compcoach.console;

import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.SharedFile;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.standin.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the page asks for (send a message, share a file, click, submit, close, open Home) turned into the request Slack would
 * send the app, signed and posted over loopback; the app's acknowledgement is applied as Slack would apply it.
 */
final class ConsoleActions extends Handler.Abstract {

  static final String PATH = "/console/api/";
  /** The one slash command the app registers. */
  static final String COMMAND = "/comp";

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleActions.class);
  private static final Pattern MENTION = Pattern.compile("(?<![\\w<])@comp-coach\\b");
  /** As many bytes as the app reads from a letter; a larger file is refused on the page. */
  static final int LARGEST_FILE = 10 * 1024 * 1024;
  /** An upload carries its file in base64 (4 characters for 3 bytes), with its name and channel around it. */
  static final int LARGEST_UPLOAD = LARGEST_FILE / 3 * 4 + 64 * 1024;

  private final ObjectMapper json;
  private final Workspace workspace;
  private final Payloads payloads;
  private final ResponseUrls responseUrls;
  private final SlackSender sender;
  /** Hosts shared files: answers {@code files.info} and serves their private URL to the bot token. */
  private final WebApiStandIn files;

  ConsoleActions(ObjectMapper json, Workspace workspace, Payloads payloads, ResponseUrls responseUrls,
      SlackSender sender, WebApiStandIn files) {
    this.json = json;
    this.workspace = workspace;
    this.payloads = payloads;
    this.responseUrls = responseUrls;
    this.sender = sender;
    this.files = files;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Wire.path(request);
    if (!path.startsWith(PATH) || !"POST".equals(request.getMethod())) {
      return false;
    }
    if (!Wire.isJson(request)) {
      // JSON only: a browser must ask before sending JSON across origins, so no other site can act as the person.
      Wire.sendJson(response, callback, 415, failure("the console sends application/json").toString());
      return true;
    }
    String action = path.substring(PATH.length());
    String text;
    try {
      text = Wire.body(request, "upload".equals(action) ? LARGEST_UPLOAD : Wire.LARGEST_BODY);
    } catch (Wire.TooLarge e) {
      Wire.refuseTooLarge(response, callback);
      return true;
    }
    ObjectNode answer;
    try {
      JsonNode body = json.readTree(text);
      if (body == null || !body.isObject()) {
        throw new BadAction("the console sends a JSON object");
      }
      answer = switch (action) {
        case "send" -> send(body);
        case "upload" -> upload(body);
        case "action" -> action(body);
        case "submit" -> submit(body);
        case "close" -> close(body);
        case "home" -> home();
        default -> throw new BadAction("no console action at " + path);
      };
    } catch (JsonProcessingException e) {
      answer = failure("the console sends a JSON object");
    } catch (BadAction e) {
      answer = failure(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer = failure("The console is shutting down.");
    } catch (IOException e) {
      LOG.warn("console: the app did not answer: {}", e.getClass().getSimpleName());
      answer = failure("The app did not answer (" + e.getClass().getSimpleName() + ").");
    }
    Wire.sendJson(response, callback, 200, answer.toString());
    return true;
  }

  private ObjectNode send(JsonNode body) throws IOException, InterruptedException {
    Channel channel = channel(body);
    String text = body.path("text").asText("").strip();
    String threadTs = blankToNull(body.path("thread_ts").asText(null));
    if (text.isEmpty()) {
      throw new BadAction("Type a message first.");
    }
    if (text.startsWith("/")) {
      return command(channel, text);
    }
    String slackText = mentions(escape(text));
    ObjectNode message = workspace.postAsUser(channel.id(), threadTs, slackText);
    String ts = message.path("ts").asText();
    ObjectNode event = messageEvent(channel, slackText, ts, threadTs);
    HttpResponse<String> answer = sender.postJson(payloads.eventCallback(event, workspace.clock().epochSecond()));
    if (ok(answer) && slackText.contains("<@" + workspace.identity().team().botUserId() + ">")) {
      answer = sender.postJson(payloads.eventCallback(payloads.appMention(channel, slackText, ts, threadTs),
          workspace.clock().epochSecond()));
    }
    return outcome(answer);
  }

  /** A message event, with its thread's first author as Slack's {@code parent_user_id} when in a thread. */
  private ObjectNode messageEvent(Channel channel, String text, String ts, String threadTs) {
    return addParentUser(payloads.message(channel, text, ts, threadTs), channel, threadTs);
  }

  private ObjectNode addParentUser(ObjectNode event, Channel channel, String threadTs) {
    String parentUser = threadTs == null ? null
        : workspace.message(channel.id(), threadTs).map(m -> m.path("user").asText(null)).orElse(null);
    if (parentUser != null) {
      event.put("parent_user_id", parentUser);
    }
    return event;
  }

  /**
   * A file the person shared (the page sends its bytes as base64): hosted by the stand-in as Slack hosts it, posted
   * as a {@code file_share} message, and sent to the app as that message's event, as Slack does for the
   * {@code message.*} events the app subscribes to.
   */
  private ObjectNode upload(JsonNode body) throws IOException, InterruptedException {
    Channel channel = channel(body);
    String threadTs = blankToNull(body.path("thread_ts").asText(null));
    String name = body.path("name").asText("").strip();
    if (name.isEmpty()) {
      throw new BadAction("Choose a file first.");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(body.path("data").asText(""));
    } catch (IllegalArgumentException e) {
      throw new BadAction("That file did not arrive whole; choose it again.");
    }
    if (bytes.length == 0) {
      throw new BadAction(name + " is empty.");
    }
    if (bytes.length > LARGEST_FILE) {
      throw new BadAction(name + " is larger than " + LARGEST_FILE / (1024 * 1024) + " MB.");
    }
    String mimetype = body.path("mimetype").asText("").isBlank() ? "application/octet-stream"
        : body.path("mimetype").asText();
    SharedFile shared = files.share(name, mimetype, workspace.identity().team().userId(), bytes);
    String text = mentions(escape(body.path("text").asText("").strip()));
    ObjectNode message = workspace.shareAsUser(channel.id(), threadTs, text,
        json.createArrayNode().add(files.describe(shared)));
    ObjectNode event = payloads.fileShare(channel, text, message.path("ts").asText(), threadTs,
        List.of(message.path("files").get(0)));
    addParentUser(event, channel, threadTs);
    return outcome(sender.postJson(payloads.eventCallback(event, workspace.clock().epochSecond())));
  }

  private ObjectNode command(Channel channel, String line) throws IOException, InterruptedException {
    int space = line.indexOf(' ');
    String command = space < 0 ? line : line.substring(0, space);
    String text = space < 0 ? "" : line.substring(space + 1).strip();
    if (!COMMAND.equals(command)) {
      throw new BadAction(command + " is not a command here. Try " + COMMAND + " help.");
    }
    workspace.notice("command", json.createObjectNode().put("channel", channel.id()).put("text", line)
        .put("ts", workspace.clock().nextTs()));
    HttpResponse<String> answer = sender.command(payloads.slashCommand(channel, command, text,
        workspace.newTriggerId(), responseUrls.urlFor(channel.id(), null, null)));
    if (ok(answer) && !answer.body().isBlank()) {
      showAcknowledgement(channel, answer.body());
    }
    return outcome(answer);
  }

  /** A slash command's ack may carry a message: JSON with text or blocks, or plain text. */
  private void showAcknowledgement(Channel channel, String body) {
    JsonNode ack;
    try {
      ack = json.readTree(body);
    } catch (JsonProcessingException e) {
      ack = json.createObjectNode().put("text", body);
    }
    if (!ack.isObject()) {
      ack = json.createObjectNode().put("text", body);
    }
    if (ack.path("text").asText("").isEmpty() && !ack.has("blocks")) {
      return;
    }
    boolean inChannel = "in_channel".equals(ack.path("response_type").asText());
    workspace.postAsBot(channel.id(), null, ack.path("text").asText(""), ack.get("blocks"), !inChannel);
  }

  private ObjectNode action(JsonNode body) throws IOException, InterruptedException {
    JsonNode action = body.path("action");
    if (!action.isObject() || action.path("action_id").asText("").isEmpty() || !action.has("type")) {
      throw new BadAction("an action needs an action_id and a type");
    }
    ObjectNode stamped = ((ObjectNode) action).deepCopy();
    stamped.put("action_ts", workspace.clock().nextTs());
    String viewId = blankToNull(body.path("view_id").asText(null));
    if (viewId != null) {
      ObjectNode view = openView(viewId, body.path("values"));
      return outcome(sender.interaction(payloads.viewAction(view, stamped, workspace.newTriggerId())));
    }
    Channel channel = channel(body);
    String ts = body.path("message_ts").asText("");
    ObjectNode message = workspace.message(channel.id(), ts)
        .orElseThrow(() -> new BadAction("That message is gone."));
    String payload = payloads.messageAction(channel, message, message.path("ephemeral").asBoolean(false), stamped,
        workspace.newTriggerId(), responseUrls.urlFor(channel.id(), ts, message.path("thread_ts").asText(null)));
    return outcome(sender.interaction(payload));
  }

  private ObjectNode submit(JsonNode body) throws IOException, InterruptedException {
    String viewId = body.path("view_id").asText("");
    ObjectNode view = openView(viewId, body.path("values"));
    HttpResponse<String> answer = sender.interaction(payloads.viewSubmission(view, workspace.newTriggerId()));
    ObjectNode outcome = outcome(answer);
    if (!ok(answer)) {
      return outcome;
    }
    JsonNode ack = answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body());
    switch (ack.path("response_action").asText("")) {
      case "errors" -> outcome.set("errors", ack.path("errors"));
      case "update" -> workspace.updateView(viewId, null, ack.path("view"));
      case "push" -> workspace.pushView(ack.path("view"));
      case "clear" -> workspace.closeAllViews();
      default -> workspace.closeTopView();
    }
    return outcome;
  }

  private ObjectNode close(JsonNode body) throws IOException, InterruptedException {
    String viewId = body.path("view_id").asText("");
    Optional<ObjectNode> view = workspace.view(viewId);
    workspace.closeAllViews();
    if (view.isPresent() && view.get().path("notify_on_close").asBoolean(false)) {
      return outcome(sender.interaction(payloads.viewClosed(view.get())));
    }
    return json.createObjectNode().put("ok", true);
  }

  private ObjectNode home() throws IOException, InterruptedException {
    String dm = workspace.identity().channels().stream().filter(c -> "im".equals(c.type())).findFirst()
        .map(Channel::id).orElse("D0COACH");
    return outcome(sender.postJson(payloads.eventCallback(
        payloads.appHomeOpened(dm, workspace.clock().nextTs()), workspace.clock().epochSecond())));
  }

  private ObjectNode openView(String viewId, JsonNode values) {
    ObjectNode view = workspace.view(viewId).orElseThrow(() -> new BadAction("That form is closed."));
    ObjectNode state = view.putObject("state");
    state.set("values", values.isObject() ? values : json.createObjectNode());
    return view;
  }

  private Channel channel(JsonNode body) {
    String id = body.path("channel").asText("");
    return workspace.identity().channel(id).orElseThrow(() -> new BadAction("No channel " + id + " here."));
  }

  private ObjectNode outcome(HttpResponse<String> answer) {
    ObjectNode outcome = json.createObjectNode().put("ok", ok(answer)).put("status", answer.statusCode());
    if (!ok(answer)) {
      outcome.put("error", "The app answered HTTP " + answer.statusCode() + ".");
    }
    return outcome;
  }

  private static boolean ok(HttpResponse<String> answer) {
    return answer.statusCode() / 100 == 2;
  }

  private ObjectNode failure(String message) {
    return json.createObjectNode().put("ok", false).put("error", message);
  }

  /** Slack escapes these three in everything a person types before an app sees it. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private String mentions(String text) {
    return MENTION.matcher(text).replaceAll("<@" + workspace.identity().team().botUserId() + ">");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** A page request the console cannot act on; its message is shown to the person as is. */
  private static final class BadAction extends RuntimeException {
    BadAction(String message) {
      super(message);
    }
  }
}
