package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Slack's text of a message or command, read back as the person sees it. */
class MessageTextTest {

  @Test
  void plain_userMentions_areDropped() {
    assertEquals("they offered 180k base", MessageText.plain("<@U0BOT> they offered 180k base"));
    assertEquals("offered me 200k base", MessageText.plain("<@U0999|dana> offered me 200k base"));
  }

  @Test
  void plain_linksAndSpecials_readAsShown() {
    assertEquals("180k base, see levels", MessageText.plain("180k base, see <https://levels.fyi/t/2024/250000|levels>"));
    assertEquals("letter at https://x.example/offer", MessageText.plain("letter at <https://x.example/offer>"));
    // Typed without a scheme, Slack links the address itself: it is passed on whole, scheme and all.
    assertEquals("see http://levels.fyi/comp/185000",
        MessageText.plain("see <http://levels.fyi/comp/185000|levels.fyi/comp/185000>"));
    assertEquals("ml-ai-engineer charlotte", MessageText.plain("ml-ai-engineer <http://evil.example|charlotte>"));
    assertEquals("@here @channel 180k in #offers", MessageText.plain("<!here|here> <!channel> 180k in <#C0OFFERS|offers>"));
    assertEquals("ask @recruiters by Feb 18, 2027",
        MessageText.plain("ask <!subteam^S0R|@recruiters> by <!date^1802900000^{date}|Feb 18, 2027>"));
  }

  @Test
  void plain_slacksEscapes_areUndoneOnce() {
    assertEquals("180k base & 20k bonus <b>", MessageText.plain("180k base &amp; 20k bonus &lt;b&gt;"));
    assertEquals("&lt; as typed", MessageText.plain("&amp;lt; as typed"));
  }

  @Test
  void plain_invisibleCharacters_areLeftOut() {
    assertEquals("ml-ai-engineer charlotte", MessageText.plain("ml\u200B-ai-engineer char\u200Dlotte"));
    assertEquals("they offered 180k base", MessageText.plain("they offered 18\u200B0k base\uFEFF"));
    assertEquals("ml-ai-engineer charlotte", MessageText.plain("\u202Eml-ai-engineer charlotte\u202C"));
  }

  @Test
  void plain_digitsUnderARightToLeftOverride_areReadAsTheyShow() {
    // "581" under the override shows as "185": the figure the person sees, never the one typed.
    assertEquals("they offered 185 k base", MessageText.plain("they offered \u202E581\u202C k base"));
    assertEquals("base 185k, bonus 10%", MessageText.plain("base \u202Ek581\u202C, bonus 10%"));
  }

  @Test
  void plain_textWithNothingToUndo_isTheSameString() {
    String text = "they offered 180k base";
    assertSame(text, MessageText.plain(text));
  }

  @Test
  void plain_aLoneAngleOrAnUnclosedOne_isKept() {
    assertEquals("a < b", MessageText.plain("a < b"));
    assertEquals("<>", MessageText.plain("<>"));
  }
}
