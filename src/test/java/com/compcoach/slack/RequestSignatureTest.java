package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The signature Bolt checks requests with: Slack's v0 scheme, the same as Bolt's own generator, over UTF-8. */
class RequestSignatureTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  @Property
  void generate_anyAsciiBody_matchesBoltsOwnGenerator(
      @ForAll @StringLength(max = 3000) @Chars({'a', 'Z', '0', '=', '&', '%', '+', '{', '"', ':', ' '}) String body,
      @ForAll @StringLength(min = 1, max = 12) @Chars({'0', '1', '7', '9'}) String timestamp) {
    assertEquals(new SlackSignature.Generator(SECRET).generate(timestamp, body),
        new RequestSignature(SECRET).generate(timestamp, body));
  }

  @Test
  void generate_bodyWithPoundsAndKanji_signsItsUtf8BytesAsSlackDoes() throws Exception {
    String body = "{\"event\":{\"text\":\"they offered £98K in 東京\"}}";
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = "v0=" + HexFormat.of().formatHex(
        mac.doFinal(("v0:1531420618:" + body).getBytes(StandardCharsets.UTF_8)));

    assertEquals(expected, new RequestSignature(SECRET).generate("1531420618", body));
  }

  @Test
  void verifier_withThisGenerator_acceptsSlacksDocumentedExampleAndRefusesAChangedBody() {
    // The example request of Slack's "Verifying requests from Slack" page, with its secret and signature.
    String secret = "8f742231b10e8888abcd99yyyzzz85a5";
    String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
        + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    String signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    SlackSignature.Verifier verifier = new SlackSignature.Verifier(new RequestSignature(secret));
    long sentAt = 1531420618L * 1000;

    assertTrue(verifier.isValid("1531420618", body, signature, sentAt));
    assertFalse(verifier.isValid("1531420618", body.replace("foobar", "foobaz"), signature, sentAt));
  }
}
