package com.compcoach.standin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, {@code v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))} over UTF-8: the
 * one place it is computed, for the app's check of every request and for every stand-in that signs one.
 */
public final class Signer {

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Mac keyed;

  /** @throws IllegalArgumentException when the secret is empty */
  public Signer(String signingSecret) {
    if (signingSecret == null || signingSecret.isEmpty()) {
      throw new IllegalArgumentException("signing secret must not be empty");
    }
    try {
      keyed = Mac.getInstance(ALGORITHM);
      keyed.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + ALGORITHM, e);
    }
  }

  /** The {@code X-Slack-Signature} value for this body sent at this epoch second. */
  public String sign(long epochSecond, String body) {
    return sign(Long.toString(epochSecond), body.getBytes(StandardCharsets.UTF_8));
  }

  /** The signature of the body's bytes as they go over the wire, with the timestamp as its header spells it. */
  public String sign(String timestamp, byte[] body) {
    Mac mac;
    try {
      // A keyed Mac is not thread-safe; a clone skips the provider lookup and key setup of a new one.
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

  /**
   * Whether {@code signature} is this secret's signature of the body's bytes as they arrived, compared in constant
   * time so that the time to refuse says nothing about how much of a forged signature was right.
   */
  public boolean matches(long timestamp, byte[] body, String signature) {
    byte[] expected = sign(Long.toString(timestamp), body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }
}
