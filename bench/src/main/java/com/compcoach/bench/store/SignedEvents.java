package com.compcoach.bench.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds Events API bodies and signs them as Slack does (v0 HMAC-SHA256 of "v0:timestamp:body"). */
final class SignedEvents {

  private final byte[] secret;

  SignedEvents(String signingSecret) {
    this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** A user's message in a DM thread, as {@code message.im} delivers it. */
  static String threadMessage(String eventId, String channel, String user, String ts, String threadTs, String text) {
    return "{\"token\":\"bench\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\"" + eventId + "\",\"event_time\":" + (System.currentTimeMillis() / 1000) + ","
        + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"" + channel + "\","
        + "\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs
        + "\",\"team\":\"T1\"}}";
  }

  /** The X-Slack-Signature header for {@code body} sent at {@code epochSeconds}. */
  String signature(long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(("v0:" + epochSeconds + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
