package com.compcoach.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's {@link App} with Bolt's default middleware in Bolt's order, except two steps: request verification signs
 * with {@link RequestSignature}, and authorization is the {@link TokenGate}, so the app starts (and answers Slack's
 * URL check) before its token works instead of failing on {@code auth.test}.
 */
final class VerifyingApp extends App {

  private final TokenGate gate;

  VerifyingApp(AppConfig config, TokenGate gate) {
    super(config);
    this.gate = gate;
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = new ArrayList<>();
    if (config.isSslCheckEnabled()) {
      middleware.add(new SSLCheck(config.getVerificationToken()));
    }
    String secret = config.getSigningSecret();
    if (config.isRequestVerificationEnabled()) {
      // Socket Mode has no secret: Bolt's middleware lets its requests through as is, whatever the secret.
      middleware.add(new RequestVerification(new SlackSignature.Verifier(
          new RequestSignature(secret == null || secret.isBlank() ? "---" : secret))));
    }
    middleware.add(gate);
    if (config.isIgnoringSelfEventsEnabled()) {
      middleware.add(new IgnoringSelfEvents(config.getSlack().getConfig(),
          config.isIgnoringSelfAssistantMessageEventsEnabled()));
    }
    return middleware;
  }
}
