package com.compcoach.console;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The per-run signing secret and bot token the console hands the app; made fresh every run and never printed.
 *
 * @param signingSecret what the app checks request signatures with and the console signs with
 * @param botToken what the app sends the stand-in Web API, which refuses any other
 */
public record ConsoleSecrets(String signingSecret, String botToken) {

  /** New random secrets from a strong source. */
  public static ConsoleSecrets random() {
    SecureRandom random = new SecureRandom();
    return new ConsoleSecrets(hex(random, 32), "xoxb-console-" + hex(random, 24));
  }

  private static String hex(SecureRandom random, int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  @Override
  public String toString() {
    return "ConsoleSecrets[hidden]";
  }
}
