package com.compcoach.console;

import com.compcoach.standin.Channel;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the page asks for (send a message, click, submit, close, open Home) turned into the request Slack would
 * send the app, signed and posted over loopback; the app's acknowledgement is applied as Slack would apply it.
 */
final class ConsoleActions extends Handler.Abstract {

  static final String PATH = "/console/api/";
  /** The one slash command the app registers. */
  static final String COMMAND = "/comp";

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleActions.class);
  private static final Pattern MENTION = Pattern.compile("(?<![\\w<])@comp-coach\\b");

  private final ObjectMapper json;
  private final Workspace workspace;
  private final Payloads payloads;
  private final ResponseUrls responseUrls;
  private final SlackSender sender;

  ConsoleActions(ObjectMapper json, Workspace workspace, Payloads payloads, ResponseUrls responseUrls,
      SlackSender sender) {
    this.json = json;
    this.workspace = workspace;
    this.payloads = payloads;
    this.responseUrls = responseUrls;
    this.sender = sender;
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
    ObjectNode answer;
    try {
      JsonNode body = json.readTree(Wire.body(request));
      if (body == null || !body.isObject()) {
        throw new BadAction("the console sends a JSON object");
      }
      answer = switch (path.substring(PATH.length())) {
        case "send" -> send(body);
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
    String parentUser = threadTs == null ? null
        : workspace.message(channel.id(), threadTs).map(m -> m.path("user").asText(null)).orElse(null);
    String ts = message.path("ts").asText();
    ObjectNode event = payloads.message(channel, slackText, ts, threadTs);
    if (parentUser != null) {
      event.put("parent_user_id", parentUser);
    }
    HttpResponse<String> answer = sender.postJson(payloads.eventCallback(event, workspace.clock().epochSecond()));
    if (ok(answer) && slackText.contains("<@" + workspace.identity().team().botUserId() + ">")) {
      answer = sender.postJson(payloads.eventCallback(payloads.appMention(channel, slackText, ts, threadTs),
          workspace.clock().epochSecond()));
    }
    return outcome(answer);
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
