package com.compcoach.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;

/** Asks Slack's {@code auth.test} what it makes of the bot token, and tells a network failure from a refusal. */
final class TokenCheck {

  private final MethodsClient client;
  private final String apiUrl;
  private final boolean tokenGiven;

  /** @param client a client holding the bot token (null when none was given) */
  TokenCheck(MethodsClient client, String apiUrl, boolean tokenGiven) {
    this.client = client;
    this.apiUrl = apiUrl;
    this.tokenGiven = tokenGiven;
  }

  TokenStanding check() {
    if (!tokenGiven) {
      return new TokenStanding.Missing();
    }
    try {
      AuthTestResponse auth = client.authTest(r -> r);
      if (auth.isOk()) {
        return new TokenStanding.Accepted(auth);
      }
      return new TokenStanding.Refused(auth.getError() == null ? "no error code" : auth.getError());
    } catch (SlackApiException e) {
      // An HTTP error status (a proxy, an outage): Slack did not judge the token.
      return new TokenStanding.Unreachable(apiUrl, "HTTP " + e.getResponse().code());
    } catch (IOException e) {
      return new TokenStanding.Unreachable(apiUrl, e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }
}
