package com.compcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's {@link App} with Bolt's default middleware in Bolt's order, less two steps. Signatures are checked once,
 * by {@link BoltHandler} before Bolt parses a request (Socket Mode has none to check), so Bolt's own request
 * verification would only compute the same HMAC again. Authorization is the {@link TokenGate}, so the app starts,
 * and answers Slack's URL check, before its token works instead of failing on {@code auth.test}.
 */
final class GatedApp extends App {

  private final TokenGate gate;

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
}
