package com.compcoach.slack;

import com.compcoach.health.Health;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's authorization step, for an app that starts before its token works: once Slack accepted the token, Bolt's
 * own {@link SingleTeamAuthorization} with that answer; until then, only what needs no token (Slack's URL check)
 * goes through, a slash command gets a sentence saying the app is not connected yet, and nothing else runs.
 * Each new standing is logged once and shown on {@code /healthz} as part {@value #PART}.
 */
final class TokenGate implements Middleware {

  static final String PART = "slack-token";

  private static final Logger LOG = LoggerFactory.getLogger(TokenGate.class);
  private static final String NOT_CONNECTED = "{\"response_type\":\"ephemeral\",\"text\":\"comp-coach is not"
      + " connected to this workspace yet: its bot token is not working. Whoever runs it can see why on its"
      + " /healthz page.\"}";

  private final AppConfig config;
  private final Health health;
  /**
   * How long a request waits for the first check at start (the server listens before it is done): a few
   * milliseconds as a rule, and well inside the 3 s Slack allows for an ack when Slack is slow to answer.
   */
  static final Duration FIRST_CHECK_WAIT = Duration.ofMillis(2_000);

  private final CountDownLatch firstCheck = new CountDownLatch(1);
  private volatile TokenStanding standing = new TokenStanding.Unchecked();
  private volatile SingleTeamAuthorization authorization;

  TokenGate(AppConfig config, Health health) {
    this.config = config;
    this.health = health;
  }

  /** Takes the latest check's answer; says so in the log only when the kind of trouble changed. */
  void update(TokenStanding next) {
    TokenStanding before = standing;
    standing = next;
    if (next instanceof TokenStanding.Accepted accepted) {
      // Bolt's own step with this answer cached for good: it sets the bot's ids and never calls auth.test again.
      authorization = new SingleTeamAuthorization(config, accepted.auth(), null);
      health.recovered(PART);
      firstCheck.countDown();
      if (!(before instanceof TokenStanding.Accepted) && !(before instanceof TokenStanding.Unchecked)) {
        LOG.info("Slack now accepts SLACK_BOT_TOKEN (team {})", accepted.auth().getTeamId());
      }
      return;
    }
    authorization = null;
    health.degraded(PART, next.cause());
    firstCheck.countDown();
    // Said once per kind of trouble: an unreachable Slack is asked again and again, in words that vary a little.
    boolean sameUnreachable = next instanceof TokenStanding.Unreachable && before instanceof TokenStanding.Unreachable;
    if (!sameUnreachable && !next.cause().equals(before.cause())) {
      LOG.warn(next.cause());
    }
  }

  TokenStanding standing() {
    return standing;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType()) || MiddlewareOps.isNoTokenRequiredRequest(req)) {
      return chain.next(req);
    }
    if (authorization == null) {
      firstCheck.await(FIRST_CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
    SingleTeamAuthorization accepted = authorization;
    if (accepted != null) {
      return accepted.apply(req, resp, chain);
    }
    if (req.getRequestType() == RequestType.Command) {
      return json(200, NOT_CONNECTED);
    }
    // Not acked, so Slack retries the event later, when the token may work.
    return json(503, "{\"error\":\"the bot token is not working yet\"}");
  }

  private static Response json(int status, String body) {
    return Response.builder().statusCode(status).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
        .body(body).build();
  }
}
