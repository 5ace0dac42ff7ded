package com.compcoach.slack;

/**
 * Turns the text of a Slack message or {@code /comp} command back into what the person sees, for the coach: Slack's
 * markup as it is shown ({@code <https://x|the letter>} is "the letter", {@code <!here>} is "@here"), its escaping of
 * {@code & < >} undone, and characters that show nothing (zero-width spaces and joiners, bidi controls) left out, so
 * that "char&#8205;lotte" is Charlotte and "18&#8203;0k" is 180k, as they look.
 */
final class MessageText {

  private MessageText() {}

  /**
   * What the person sees: user mentions (the bot's own, in an app_mention) dropped, channels, groups, dates and links
   * as shown, {@code &amp; &lt; &gt;} undone, invisible characters left out.
   */
  static String plain(String slackText) {
    if (slackText == null) {
      return "";
    }
    if (!needsWork(slackText)) {
      return slackText.trim();
    }
    StringBuilder out = new StringBuilder(slackText.length());
    int i = 0;
    while (i < slackText.length()) {
      char c = slackText.charAt(i);
      int close = c == '<' ? markupEnd(slackText, i) : -1;
      if (close > 0) {
        shown(slackText.substring(i + 1, close), out);
        i = close + 1;
      } else if (c == RIGHT_TO_LEFT_OVERRIDE && overridesDigits(slackText, i + 1)) {
        i = reversedRun(slackText, i + 1, out);
      } else {
        if (!invisible(c)) {
          out.append(c);
        }
        i++;
      }
    }
    String text = out.toString().trim();
    return text.indexOf('&') < 0 ? text
        : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

  /** Whether the run a right-to-left override opens at {@code from} holds a digit. */
  private static boolean overridesDigits(String text, int from) {
    for (int i = from; i < text.length() && text.charAt(i) != POP_DIRECTIONAL_FORMATTING && text.charAt(i) != '\n'; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends the run a right-to-left override covers (up to its pop, the line's end or the text's) as it shows: its
   * characters in reverse, so "&#8238;581&#8236; k" is read "185 k", the figure the person sees (581 was served in
   * silence). Only a run with a digit: a word shown reversed is no word, so the word typed is the one reading.
   *
   * @return the index after the run
   */
  private static int reversedRun(String text, int from, StringBuilder out) {
    int end = from;
    while (end < text.length() && text.charAt(end) != POP_DIRECTIONAL_FORMATTING && text.charAt(end) != '\n') {
      end++;
    }
    StringBuilder run = new StringBuilder(end - from);
    appendVisible(text.substring(from, end), run);
    out.append(run.reverse());
    return end < text.length() && text.charAt(end) == POP_DIRECTIONAL_FORMATTING ? end + 1 : end;
  }

  /** One pass of character tests, so a message with no markup and nothing invisible costs no more than that. */
  private static boolean needsWork(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '&' || invisible(c)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code >} closing Slack markup opened at {@code open}, or -1: Slack escapes a typed "<", so any is markup. */
  private static int markupEnd(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return i > open + 1 ? i : -1;
      }
      if (c == '<' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Appends what Slack shows for the markup {@code inner} (the text between {@code <} and {@code >}). */
  private static void shown(String inner, StringBuilder out) {
    int bar = inner.indexOf('|');
    String label = bar < 0 ? null : inner.substring(bar + 1);
    String target = bar < 0 ? inner : inner.substring(0, bar);
    switch (target.charAt(0)) {
      case '@' -> out.append(' '); // a person: the bot in a mention, or someone named, who is no figure or place
      case '#' -> out.append('#').append(label != null ? label : "channel");
      case '!' -> out.append(special(target.substring(1), label));
      default -> appendVisible(label != null && !label.isEmpty() && !autoLinked(target, label) ? label : target, out);
    }
  }

  /**
   * Whether Slack made the link itself from an address typed without its scheme ({@code <http://levels.fyi/x|levels.fyi/x>}):
   * the person sees an address, and it is passed on whole so that no figure is read from it.
   */
  private static boolean autoLinked(String target, String label) {
    return target.endsWith("://" + label);
  }

  /** {@code <!here>}, {@code <!channel|channel>}, {@code <!subteam^S1|@team>}, {@code <!date^…|Feb 18>}. */
  private static String special(String name, String label) {
    return switch (name) {
      case "here", "channel", "everyone" -> "@" + name;
      default -> label != null ? label : "";
    };
  }

  private static void appendVisible(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      if (!invisible(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
  }

  /**
   * Characters that show nothing: zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft
   * hyphen, and the bidi marks, embeddings, overrides and isolates (which reorder what follows them).
   */
  static boolean invisible(char c) {
    return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2069'
        || c == '\uFEFF' || c == '\u00AD';
  }
}
