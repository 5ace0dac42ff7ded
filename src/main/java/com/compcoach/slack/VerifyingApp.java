package com.compcoach.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/** Bolt's {@link App} with its own request verification middleware, signing with {@link RequestSignature}. */
final class VerifyingApp extends App {

  VerifyingApp(AppConfig config) {
    super(config);
  }

  /** Bolt's default middleware, its {@link RequestVerification} (when requests are signed) given our generator. */
  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
    String secret = config.getSigningSecret();
    if (secret == null || secret.isBlank()) {
      return middleware; // Socket Mode: nothing is signed, and Bolt's middleware lets its requests through as is
    }
    middleware.replaceAll(m -> m instanceof RequestVerification
        ? new RequestVerification(new SlackSignature.Verifier(new RequestSignature(secret)))
        : m);
    return middleware;
  }
}
