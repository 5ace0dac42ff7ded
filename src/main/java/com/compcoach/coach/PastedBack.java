package com.compcoach.coach;

import java.util.regex.Pattern;

/**
 * The coach's own counter pasted back into the thread ("Ask for: base $221,000 · stock $60,000 a year …", "Counter:
 * …"): the user's ask as the coach wrote it, never their offer, which stays as it was.
 */
final class PastedBack {

  /** The labels the coach's own replies put before an ask. */
  private static final Pattern OWN_LABEL = Pattern.compile(
      "(?i)^\\s*(?:>\\s*)?(?:ask for|counter|the counter|your standing ask|your ask|say)\\s*:");

  private PastedBack() {}

  /** The answer to a pasted-back ask, or null when the message is not one or the thread has no offer yet. */
  static Turn answer(Conversation c, String text) {
    if (c.offer() == null || c.offer().isEmpty() || !OWN_LABEL.matcher(text).lookingAt()) {
      return null;
    }
    Counteroffer ask = c.counter();
    return new Turn(c, new Reply.Text("That reads as an ask in my replies' words, not their offer: their offer stays "
        + TextRenderer.offer(c.offer(), c.offer().currency()) + (ask == null ? "" : ", and the ask I gave you "
            + Cards.money(ask.total(), ask.currency()) + " a year") + ". Send it as it is (say \"email\" for the "
        + "whole message), and when they answer, tell me their figures (\"they came back with 190k base\")."));
  }
}
