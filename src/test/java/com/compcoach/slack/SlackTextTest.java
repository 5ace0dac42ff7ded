package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Escaping Slack's control characters and trimming to Block Kit's limits. */
class SlackTextTest {

  @Test
  void escape_mentionsAndAmpersand_becomeEntities() {
    assertEquals("&lt;!channel&gt; &amp; &lt;@U123&gt;", SlackText.escape("<!channel> & <@U123>"));
  }

  @Test
  void escape_bidiOverrideInEchoedText_isLeftOut() {
    assertEquals("I don't have a role called \"engenigne\".",
        SlackText.escape("I don't have a role called \"eng\u202Eenigne\"."));
    assertEquals("ab", SlackText.escape("a\u2067b\u2069"));
  }

  @Test
  void escape_plainText_isUnchanged() {
    assertEquals("Base $180K, 25% bonus", SlackText.escape("Base $180K, 25% bonus"));
  }

  @Test
  void safe_longText_endsWithEllipsisAtTheLimit() {
    String out = SlackText.safe("a".repeat(200), 150);

    assertEquals(150, out.length());
    assertEquals('…', out.charAt(149));
  }

  @Test
  void safe_cutThroughAnEscape_dropsTheWholeEscape() {
    String out = SlackText.safe("a".repeat(146) + "&b", 150);

    assertEquals("a".repeat(146) + "…", out);
  }
}
