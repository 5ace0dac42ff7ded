package com.compcoach.console;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs a request body the way Slack does: {@code v0=} HMAC-SHA256 of {@code v0:timestamp:body}. */
final class RequestSigner {

  private final SecretKeySpec key;

  RequestSigner(String signingSecret) {
    if (signingSecret == null || signingSecret.isEmpty()) {
      throw new IllegalArgumentException("signing secret must not be empty");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The {@code X-Slack-Signature} value for this body sent at this epoch second. */
  String sign(long epochSecond, String body) {
    try {
      // A Mac is not thread-safe and cheap to make, so each signature gets its own.
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(("v0:" + epochSecond + ":" + body).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("v0=");
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java 17 runtime ships HmacSHA256; reaching this means a broken JRE.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
