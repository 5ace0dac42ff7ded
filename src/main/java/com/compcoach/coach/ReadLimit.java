package com.compcoach.coach;

import java.util.Locale;

/**
 * How much of a message is read: every reader here is linear, but a pasted page should not cost a request's budget,
 * and nobody's offer needs more than this. The reply says when the rest was left unread.
 */
final class ReadLimit {

  static final int CHARACTERS = 4_000;

  private ReadLimit() {
  }

  /** How much of a message is read: all of it up to {@link #CHARACTERS}, never half a surrogate pair. */
  static int readable(String text) {
    if (text.length() <= CHARACTERS) {
      return text.length();
    }
    return Character.isHighSurrogate(text.charAt(CHARACTERS - 1)) ? CHARACTERS - 1 : CHARACTERS;
  }

  /** The turn with a note that only the first {@code read} characters were read. */
  static Turn unread(Turn turn, int read) {
    return new Turn(turn.conversation(), Notes.add(turn.reply(), "I read the first " + String.format(Locale.ROOT, "%,d", read)
        + " characters of that message; send the rest separately if it matters."));
  }
}
