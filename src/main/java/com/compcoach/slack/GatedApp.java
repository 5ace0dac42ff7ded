package com.compcoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.builtin.AttachmentActionHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.handler.builtin.DialogCancellationHandler;
import com.slack.api.bolt.handler.builtin.DialogSubmissionHandler;
import com.slack.api.bolt.handler.builtin.DialogSuggestionHandler;
import com.slack.api.bolt.handler.builtin.GlobalShortcutHandler;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.handler.builtin.ViewClosedHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's {@link App} with Bolt's default middleware in Bolt's order, less two steps. Signatures are checked once,
 * by {@link BoltHandler} before Bolt parses a request (Socket Mode has none to check), so Bolt's own request
 * verification would only compute the same HMAC again. Authorization is the {@link TokenGate}, so the app starts,
 * and answers Slack's URL check, before its token works instead of failing on {@code auth.test}. A click, submission,
 * shortcut or suggestion no listener takes is acknowledged and left alone (see {@link #runHandler}).
 */
final class GatedApp extends App {

  private static final Logger LOG = LoggerFactory.getLogger(GatedApp.class);
  /** What a person does in Slack's interface: Bolt answers 404 to one no listener takes, and Slack shows an error. */
  private static final Set<RequestType> INTERACTIONS = EnumSet.of(RequestType.BlockAction,
      RequestType.BlockSuggestion, RequestType.ViewSubmission, RequestType.ViewClosed, RequestType.MessageShortcut,
      RequestType.GlobalShortcut, RequestType.AttachmentAction, RequestType.DialogSubmission,
      RequestType.DialogSuggestion, RequestType.DialogCancellation);

  private final TokenGate gate;
  /** The action ids and view callback ids listened for, as registered. */
  private final List<Pattern> actions = new CopyOnWriteArrayList<>();
  private final List<Pattern> views = new CopyOnWriteArrayList<>();
  /**
   * The kinds of interaction some listener was registered for. Bolt is asked only about these: for a kind no listener
   * takes (the manifest declares no shortcut, menu or dialog) Bolt logs a WARN of its own beside our INFO line.
   */
  private final Set<RequestType> kinds = java.util.concurrent.ConcurrentHashMap.newKeySet();

  GatedApp(AppConfig config, TokenGate gate) {
    super(config);
    this.gate = gate;
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = new ArrayList<>();
    if (config.isSslCheckEnabled()) {
      middleware.add(new SSLCheck(config.getVerificationToken()));
    }
    middleware.add(gate);
    if (config.isIgnoringSelfEventsEnabled()) {
      middleware.add(new IgnoringSelfEvents(config.getSlack().getConfig(),
          config.isIgnoringSelfAssistantMessageEventsEnabled()));
    }
    return middleware;
  }

  @Override
  public App blockAction(String actionId, BlockActionHandler handler) {
    actions.add(Pattern.compile("^" + Pattern.quote(actionId) + "$"));
    return super.blockAction(actionId, handler);
  }

  @Override
  public App blockAction(Pattern actionId, BlockActionHandler handler) {
    kinds.add(RequestType.BlockAction);
    actions.add(actionId);
    return super.blockAction(actionId, handler);
  }

  @Override
  public App viewSubmission(String callbackId, ViewSubmissionHandler handler) {
    views.add(Pattern.compile("^" + Pattern.quote(callbackId) + "$"));
    return super.viewSubmission(callbackId, handler);
  }

  @Override
  public App viewSubmission(Pattern callbackId, ViewSubmissionHandler handler) {
    kinds.add(RequestType.ViewSubmission);
    views.add(callbackId);
    return super.viewSubmission(callbackId, handler);
  }

  // Bolt's String forms call these Pattern forms, so every listener of these kinds is counted here.

  @Override
  public App blockSuggestion(Pattern actionId, BlockSuggestionHandler handler) {
    kinds.add(RequestType.BlockSuggestion);
    return super.blockSuggestion(actionId, handler);
  }

  @Override
  public App viewClosed(Pattern callbackId, ViewClosedHandler handler) {
    kinds.add(RequestType.ViewClosed);
    return super.viewClosed(callbackId, handler);
  }

  @Override
  public App messageShortcut(Pattern callbackId, MessageShortcutHandler handler) {
    kinds.add(RequestType.MessageShortcut);
    return super.messageShortcut(callbackId, handler);
  }

  @Override
  public App globalShortcut(Pattern callbackId, GlobalShortcutHandler handler) {
    kinds.add(RequestType.GlobalShortcut);
    return super.globalShortcut(callbackId, handler);
  }

  @Override
  public App attachmentAction(Pattern callbackId, AttachmentActionHandler handler) {
    kinds.add(RequestType.AttachmentAction);
    return super.attachmentAction(callbackId, handler);
  }

  @Override
  public App dialogSubmission(Pattern callbackId, DialogSubmissionHandler handler) {
    kinds.add(RequestType.DialogSubmission);
    return super.dialogSubmission(callbackId, handler);
  }

  @Override
  public App dialogSuggestion(Pattern callbackId, DialogSuggestionHandler handler) {
    kinds.add(RequestType.DialogSuggestion);
    return super.dialogSuggestion(callbackId, handler);
  }

  @Override
  public App dialogCancellation(Pattern callbackId, DialogCancellationHandler handler) {
    kinds.add(RequestType.DialogCancellation);
    return super.dialogCancellation(callbackId, handler);
  }

  /**
   * A button of an old card, a modal of an earlier version, a shortcut or menu the app never declared: Bolt answers
   * these 404 and Slack shows the person an error, for something only Slack could have signed. They are acknowledged
   * (200; an empty list of options for a suggestion) with one INFO line naming the kind, never the id.
   */
  @Override
  protected Response runHandler(Request request) throws IOException, SlackApiException {
    RequestType type = request.getRequestType();
    if (INTERACTIONS.contains(type)) {
      Response answer = listened(request) ? super.runHandler(request) : null;
      if (answer == null || answer.getStatusCode() != null && answer.getStatusCode() == 404) {
        LOG.info("a {} no listener takes was acknowledged and left alone", type);
        return type == RequestType.BlockSuggestion || type == RequestType.DialogSuggestion
            ? Response.json(200, "{\"options\":[]}") : Response.ok();
      }
      return answer;
    }
    return super.runHandler(request);
  }

  /**
   * Whether a listener takes it: never for a kind none was registered for; for the kinds the app keeps no list of
   * ids for, Bolt says (404 when none does).
   */
  private boolean listened(Request<?> request) {
    if (!kinds.contains(request.getRequestType())) {
      return false;
    }
    if (request instanceof BlockActionRequest click) {
      List<BlockActionPayload.Action> clicked = click.getPayload().getActions();
      // Without actions Bolt's own answer stands (a body of a shape it cannot read).
      return clicked == null || clicked.isEmpty() || clicked.stream()
          .anyMatch(a -> a.getActionId() != null && actions.stream().anyMatch(p -> p.matcher(a.getActionId()).find()));
    }
    if (request instanceof ViewSubmissionRequest submission) {
      String id = submission.getPayload().getView() == null ? null : submission.getPayload().getView().getCallbackId();
      return id == null || views.stream().anyMatch(p -> p.matcher(id).find());
    }
    return true;
  }
}
