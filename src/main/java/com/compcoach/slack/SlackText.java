package com.compcoach.slack;

/** Makes guide and user text safe for Slack: escapes its control characters and trims to Block Kit's limits. */
final class SlackText {

  /** What a trimmed text ends with. */
  static final String ELLIPSIS = "…";

  private SlackText() {}

  /**
   * Escapes {@code &}, {@code <} and {@code >} so that {@code <!channel>}, {@code <@U123>} or a link written in a
   * guide or a message is shown as typed and never becomes a mention or a link; and leaves out bidi overrides,
   * embeddings and isolates, which would show the rest of the bot's sentence reversed or reordered.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' -> "";
        default -> null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** Escapes, then trims to {@code max} characters with "…", never cutting an escape such as "&amp;" in half. */
  static String safe(String text, int max) {
    return trim(escape(text), max);
  }

  /** Trims already escaped text to {@code max} characters, ending in "…" when cut. */
  static String trim(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - ELLIPSIS.length();
    int amp = text.lastIndexOf('&', cut);
    if (amp >= 0 && amp > cut - 5 && text.indexOf(';', amp) >= cut) {
      cut = amp;
    }
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + ELLIPSIS;
  }
}
