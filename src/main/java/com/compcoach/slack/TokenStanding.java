package com.compcoach.slack;

import com.slack.api.methods.response.auth.AuthTestResponse;

/**
 * The bot token as the last {@code auth.test} found it: accepted, or why not, said the way an operator fixes it.
 * The token itself is never part of a cause.
 */
sealed interface TokenStanding {

  /** One line for the log and {@code /healthz}; empty when accepted. */
  String cause();

  /** Not asked yet: the app is starting. */
  record Unchecked() implements TokenStanding {
    @Override
    public String cause() {
      return "SLACK_BOT_TOKEN is not checked yet";
    }
  }

  /** Slack accepted the token: who the bot is, for Bolt's context. */
  record Accepted(AuthTestResponse auth) implements TokenStanding {
    @Override
    public String cause() {
      return "";
    }
  }

  /** No token was given: requests are verified and Slack's URL check answered, but nothing can be posted. */
  record Missing() implements TokenStanding {
    @Override
    public String cause() {
      return "SLACK_BOT_TOKEN is not set: Slack's URL check is answered, but no card can be posted; set it to the"
          + " app's Bot User OAuth Token (xoxb-…) and restart";
    }
  }

  /** Slack answered and refused the token ({@code invalid_auth}, {@code token_revoked}, …). */
  record Refused(String error) implements TokenStanding {
    @Override
    public String cause() {
      return switch (error) {
        case "invalid_auth", "not_authed" -> "Slack refused SLACK_BOT_TOKEN as invalid (" + error
            + "): set it to the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page";
        case "token_revoked", "token_expired", "account_inactive", "team_disabled", "app_uninstalled" ->
            "Slack refused SLACK_BOT_TOKEN as revoked (" + error
                + "): the app was uninstalled or its token revoked; reinstall it and use the new token";
        default -> "Slack refused SLACK_BOT_TOKEN (" + error + ")";
      };
    }
  }

  /** Slack could not be asked: no route, no DNS, a refused connection, a timeout, or an HTTP error status. */
  record Unreachable(String apiUrl, String why) implements TokenStanding {
    @Override
    public String cause() {
      return "cannot reach Slack's Web API at " + apiUrl + " to check SLACK_BOT_TOKEN (" + why + ")";
    }
  }
}
