package com.compcoach.slack;

import com.compcoach.standin.Signer;
import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;

/**
 * Slack's v0 request signature, the one check of every HTTP request ({@link BoltHandler}, before Bolt sees it),
 * computed by the same {@link Signer} the stand-ins sign with. Bolt's generator looks up a new Mac and runs a
 * {@code Formatter} for each of the 32 bytes on every request (a tenth of the app's garbage under load), and encodes
 * the body in the JVM's default charset, which under a POSIX locale turns "£" into "?" and refuses every event
 * carrying it; {@link Signer} clones a keyed Mac, writes the hex by table and always signs UTF-8, as Slack does.
 */
final class RequestSignature extends SlackSignature.Generator {

  private final Signer signer;

  RequestSignature(String signingSecret) {
    super(signingSecret);
    signer = new Signer(signingSecret);
  }

  @Override
  public String generate(String timestamp, String requestBody) {
    return signer.sign(timestamp, requestBody.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether {@code signature} is this secret's signature of the body's bytes as they arrived, compared in constant
   * time so that the time to refuse says nothing about how much of a forged signature was right.
   */
  boolean matches(long timestamp, byte[] body, String signature) {
    return signer.matches(timestamp, body, signature);
  }
}
