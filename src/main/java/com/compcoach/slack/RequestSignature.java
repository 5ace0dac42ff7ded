package com.compcoach.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, {@code v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}, the one check of
 * every HTTP request ({@link BoltHandler}, before Bolt sees it). Bolt's generator looks up a new {@link Mac} and runs a {@code Formatter} for each of the 32
 * bytes on every request (a tenth of the app's garbage under load), and encodes the body in the JVM's default
 * charset, which under a POSIX locale turns "£" into "?" and refuses every event carrying it; this one clones a keyed
 * {@link Mac}, writes the hex by table and always signs UTF-8, as Slack does.
 */
final class RequestSignature extends SlackSignature.Generator {

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Mac keyed;

  RequestSignature(String signingSecret) {
    super(signingSecret);
    try {
      keyed = Mac.getInstance(ALGORITHM);
      keyed.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + ALGORITHM, e);
    }
  }

  @Override
  public String generate(String timestamp, String requestBody) {
    return sign(timestamp, requestBody.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether {@code signature} is this secret's signature of the body's bytes as they arrived, compared in constant
   * time so that the time to refuse says nothing about how much of a forged signature was right.
   */
  boolean matches(long timestamp, byte[] body, String signature) {
    byte[] expected = sign(Long.toString(timestamp), body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private String sign(String timestamp, byte[] body) {
    Mac mac;
    try {
      mac = (Mac) keyed.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(ALGORITHM + " of this JVM cannot be cloned", e);
    }
    mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
    byte[] digest = mac.doFinal(body);
    char[] signature = new char[3 + digest.length * 2];
    signature[0] = 'v';
    signature[1] = '0';
    signature[2] = '=';
    for (int i = 0; i < digest.length; i++) {
      signature[3 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
      signature[4 + 2 * i] = HEX[digest[i] & 0xf];
    }
    return new String(signature);
  }
}
