package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notion's callouts and toggles as the markdown they stand for, before the parser sees them: a callout ("> 💡 Base
 * in NYC is …") is a paragraph with an icon, not someone's words, and a toggle's summary ("&lt;details&gt;&lt;summary&gt;
 * Sign-on&lt;/summary&gt;") is a bold line over what it folds. Every line keeps its width, so offsets and lines stay
 * the file's.
 */
final class NotionBlocks {

  /** A line that is only a toggle's summary, its {@code <details>} maybe before it: the summary's words, bold or not. */
  private static final Pattern SUMMARY_LINE = Pattern.compile("(?im)^[ \\t]{0,3}(?:<details\\b[^<>\\n]{0,100}>\\s*)?"
      + "<summary\\b[^<>\\n]{0,100}>\\s*(?:<(?:b|strong)>)?([^<>\\n*]{1,120}?)(?:</(?:b|strong)>)?\\s*</summary>[ \\t]*$");
  /** Icons that open a quote of words said ("> 💬 …", "> 🗣️ …"): a quote still, never a callout. */
  private static final String SPEECH = "💬🗨🗣";

  private NotionBlocks() {}

  /** The text with each callout's quote markers and each toggle's summary tags replaced; itself when it has none. */
  static String plain(String text) {
    if (!text.contains("<summary") && !text.contains("> ") && !text.contains("<SUMMARY")) {
      return text;
    }
    return callouts(summaries(text));
  }

  /** "<details><summary>Sign-on</summary>" → "**Sign-on**" and spaces to the line's width. */
  private static String summaries(String text) {
    if (!text.contains("<summary") && !text.contains("<SUMMARY")) {
      return text;
    }
    Matcher m = SUMMARY_LINE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String bold = "**" + m.group(1).strip() + "**";
      m.appendReplacement(out, Matcher.quoteReplacement(bold + " ".repeat(Math.max(0, m.group().length()
          - bold.length()))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * "> 💡 Base in NYC …" → "  💡 Base in NYC …": the markers of a quote whose first line opens on an icon become
   * spaces, through its last line; the icon stays, as a paragraph's leading emoji is read past.
   */
  private static String callouts(String text) {
    StringBuilder out = null;
    boolean inCallout = false;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      boolean quoted = text.startsWith(">", start);
      if (quoted && !inCallout) {
        int at = start + 1;
        while (at < end && text.charAt(at) == ' ') {
          at++;
        }
        inCallout = at < end && icon(text.codePointAt(at));
      }
      if (quoted && inCallout) {
        out = out == null ? new StringBuilder(text) : out;
        out.setCharAt(start, ' ');
      }
      inCallout &= quoted;
      start = end + 1;
    }
    return out == null ? text : out.toString();
  }

  /** Whether a character is a callout's icon: an emoji or other symbol, not a speech bubble. */
  private static boolean icon(int cp) {
    // "ℹ️" is a letter to Unicode, and Notion's info icon.
    return (Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0x2139) && SPEECH.indexOf(new String(Character.toChars(cp))) < 0;
  }
}
