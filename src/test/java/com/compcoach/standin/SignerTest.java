package com.compcoach.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignerTest {

  // The worked example in Slack's "Verifying requests from Slack" guide.
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final long TIMESTAMP = 1531420618L;
  private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
      + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
      + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
      + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  private static final String DOCUMENTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  @Test
  void sign_slackDocsExample_matchesDocumentedSignature() {
    assertEquals(DOCUMENTED, new Signer(SECRET).sign(TIMESTAMP, BODY));
  }

  @Test
  void sign_otherTimestamp_givesOtherSignature() {
    Signer signer = new Signer(SECRET);
    assertNotEquals(signer.sign(TIMESTAMP, BODY), signer.sign(TIMESTAMP + 1, BODY));
  }

  @Test
  void sign_nonAsciiBody_signsItsUtf8Bytes() {
    Signer signer = new Signer(SECRET);
    String body = "{\"text\":\"they offered £180k base\"}";

    assertEquals(signer.sign(Long.toString(TIMESTAMP), body.getBytes(StandardCharsets.UTF_8)),
        signer.sign(TIMESTAMP, body));
  }

  @Test
  void matches_documentedSignature_isTrueAndAnyOtherFalse() {
    Signer signer = new Signer(SECRET);
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

    assertTrue(signer.matches(TIMESTAMP, body, DOCUMENTED));
    assertFalse(signer.matches(TIMESTAMP + 1, body, DOCUMENTED));
    assertFalse(signer.matches(TIMESTAMP, body, "v0=" + "0".repeat(64)));
  }

  @Test
  void new_emptySecret_isRefusedWithReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Signer(""));
    assertEquals("signing secret must not be empty", e.getMessage());
  }
}
