package com.compcoach.slack;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.http.HttpFields;

/**
 * A request's two signature headers, checked before a byte of its body is read: a timestamp within
 * {@link #WINDOW} of now, in either direction, and a signature of Slack's shape ({@code v0=} and 64 hex digits).
 * Only the HMAC itself needs the body.
 */
record SignedHeaders(long timestamp, String signature) implements HeaderCheck {

  static final String TIMESTAMP = "X-Slack-Request-Timestamp";
  static final String SIGNATURE = "X-Slack-Signature";
  /** Slack's own replay window: older requests are refused, and so are requests from further in the future. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  private static final String VERSION = "v0=";
  private static final int HEX_DIGITS = 64;
  private static final int MAX_TIMESTAMP_DIGITS = 12;

  /** The headers when both are well formed and the timestamp is in the window; otherwise why not. */
  static HeaderCheck check(HttpFields headers, Instant now) {
    String timestamp = headers.get(TIMESTAMP);
    String signature = headers.get(SIGNATURE);
    if (timestamp == null || signature == null) {
      return HeaderCheck.Refusal.SIGNATURE_MISSING;
    }
    if (!shaped(signature) || !digits(timestamp)) {
      return HeaderCheck.Refusal.SIGNATURE_MALFORMED;
    }
    long seconds = Long.parseLong(timestamp);
    if (Math.abs(now.getEpochSecond() - seconds) > WINDOW.toSeconds()) {
      return HeaderCheck.Refusal.TIMESTAMP_OUTSIDE_WINDOW;
    }
    return new SignedHeaders(seconds, signature);
  }

  /** {@code v0=} and 64 lowercase hex digits; a loop, as a regular expression here was a tenth of an ack's CPU. */
  private static boolean shaped(String signature) {
    if (signature.length() != VERSION.length() + HEX_DIGITS || !signature.startsWith(VERSION)) {
      return false;
    }
    for (int i = VERSION.length(); i < signature.length(); i++) {
      char c = signature.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean digits(String text) {
    if (text.isEmpty() || text.length() > MAX_TIMESTAMP_DIGITS) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
