package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notion's (and Obsidian's, GitHub's "> [!info]") callouts and toggles as the markdown they stand for, before the parser sees them: a callout ("> 💡 Base
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
  /** A year in a callout's title ("Bands (2026)"), which names no figure. */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

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
        boolean marked = text.startsWith("[!", at);
        inCallout = at < end && (marked || icon(text.codePointAt(at)));
        if (marked) {
          out = out == null ? new StringBuilder(text) : out;
          calloutMark(out, at, end);
        }
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

  /**
   * "[!info] Bands (2026)" → "**Bands (2026)**": an Obsidian or GitHub callout's type goes, a short title without
   * figures is a bold line over the callout's lines; a title that says something ("[!tip] Aim for $165K in Baltimore")
   * stays its text. Written in place, the line's width kept.
   */
  private static void calloutMark(StringBuilder out, int at, int end) {
    int close = out.indexOf("]", at);
    if (close < 0 || close >= end || close - at > 20) {
      return;
    }
    // "[!example]- Levers": a fold mark after the type goes with it.
    int from = close + 1 < end && (out.charAt(close + 1) == '-' || out.charAt(close + 1) == '+') ? close + 2 : close + 1;
    String title = out.substring(from, end).strip();
    if (!title.isEmpty() && title.length() <= 60 && YEAR.matcher(title).replaceAll("").chars()
        .noneMatch(c -> Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL)) {
      // "> [!]Bands" leaves no room for the marks in the line's width: a title without figures has nothing to read,
      // and left plain it would run into the callout's first line.
      title = title.length() + 4 <= end - at ? "**" + title + "**" : "";
    }
    // Moved to where the type stood: indented past it, the line would be code.
    out.replace(at, end, title + " ".repeat(end - at - title.length()));
  }

  /** Whether a character is a callout's icon: an emoji or other symbol, not a speech bubble. */
  private static boolean icon(int cp) {
    // "ℹ️" is a letter to Unicode, and Notion's info icon.
    return (Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0x2139) && SPEECH.indexOf(new String(Character.toChars(cp))) < 0;
  }
}
