package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The signature headers' shape, checked before any of the body is read. */
class SignedHeadersTest {

  private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");
  private static final String HEX = "0123456789abcdef".repeat(4);

  @Test
  void check_slacksShape_isTaken() {
    HeaderCheck check = SignedHeaders.check(headers("v0=" + HEX), NOW);

    assertEquals(new SignedHeaders(NOW.getEpochSecond(), "v0=" + HEX), check);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v0=", "v0=0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
      "v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
      "v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
      "v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg",
      "x v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd"})
  void check_anyOtherShape_isRefusedAsMalformed(String signature) {
    assertEquals(HeaderCheck.Refusal.SIGNATURE_MALFORMED, SignedHeaders.check(headers(signature), NOW), signature);
  }

  private static HttpFields headers(String signature) {
    return HttpFields.build().add(SignedHeaders.TIMESTAMP, Long.toString(NOW.getEpochSecond()))
        .add(SignedHeaders.SIGNATURE, signature);
  }
}
