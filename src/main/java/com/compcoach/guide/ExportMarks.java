package com.compcoach.guide;

/**
 * Marks that exports and footnotes leave in a guide's text, blanked before it is parsed: a backslash escape from a
 * Google Docs or Notion export ("$135,000 \- $165,000", "1\. **Scope**"), a footnote marker after a figure
 * ("$280K¹", "$30K[^rsu]"), a heading's anchor ("## Pay bands {#pay-bands}"). Each mark becomes spaces (an escape, its
 * character and a space), so offsets and line numbers stay the file's.
 */
final class ExportMarks {

  /** What a backslash escapes in exports that a reader reads as the character alone. */
  private static final String ESCAPED = "-.+~$";

  private ExportMarks() {}

  /** The text with every such mark blanked; the text itself when it holds none. */
  static String blanked(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int width = 0;
      if (c == '\\' && i + 1 < n && ESCAPED.indexOf(text.charAt(i + 1)) >= 0) {
        // The escaped character takes the backslash's place, so "1\\. " reads "1. " and a list is a list again.
        out = out == null ? new StringBuilder(text) : out;
        out.setCharAt(i, text.charAt(i + 1));
        out.setCharAt(i + 1, ' ');
        i++;
        continue;
      } else if (superscriptDigit(c) && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        width = 1;
      } else if (c == '[' && i + 1 < n && text.charAt(i + 1) == '^') {
        width = markUpTo(text, i, ']', 24);
      } else if (c == '{' && i + 1 < n && text.charAt(i + 1) == '#') {
        width = markUpTo(text, i, '}', 120);
      }
      if (width > 0) {
        out = out == null ? new StringBuilder(text) : out;
        for (int k = i; k < i + width; k++) {
          out.setCharAt(k, ' ');
        }
        i += width - 1;
      }
    }
    return out == null ? text : out.toString();
  }

  /** The width of a mark from {@code at} to its closing character, with no space in it; 0 when it is not one. */
  private static int markUpTo(String text, int at, char closing, int longest) {
    int close = text.indexOf(closing, at);
    if (close < at + 3 || close - at > longest) {
      return 0;
    }
    for (int k = at + 2; k < close; k++) {
      if (Character.isWhitespace(text.charAt(k))) {
        return 0;
      }
    }
    return close - at + 1;
  }

  private static boolean superscriptDigit(char c) {
    return c == '¹' || c == '²' || c == '³' || c >= '⁰' && c <= '⁹';
  }

  /** A name without the emoji or symbols a writer puts around it: "📍 **Austin, TX (HQ)**" → "**Austin, TX (HQ)**". */
  static String undecorated(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && decoration(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && decoration(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    return from == 0 && to == text.length() ? text : text.substring(from, to);
  }

  /** Emoji and other symbols (not currency signs or arrows), their joiners and variation selectors, and spaces. */
  private static boolean decoration(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || cp == 0xFE0F || cp == 0x200D || Character.isWhitespace(cp)
        || cp >= 0x1F3FB && cp <= 0x1F3FF;
  }
}
