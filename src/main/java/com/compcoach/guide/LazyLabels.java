package com.compcoach.guide;

/**
 * A label line written right under an indented list with no blank line between ("  - no equity" / "Tulsa:" /
 * "  - base 85-100k"): markdown folds it into the item above as a lazy continuation, where its writer meant the
 * next place's block. Such a line is given its own block before the parser sees it: the colon that ends it becomes
 * a line break written before it, so the text keeps its length and every later offset and line number stays the
 * file's.
 */
final class LazyLabels {

  private LazyLabels() {}

  /** The text with each such label set apart; itself when it holds none. */
  static String apart(String text) {
    // Most guides hold no label line over an indented item: the scan runs only where one may be.
    if (!text.contains(":\n ") && !text.contains(":\n\t")) {
      return text;
    }
    char[] out = null;
    int previousStart = -1;
    for (int start = 0; start < text.length(); ) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      if (previousStart >= 0 && newline >= 0 && label(text, start, end) && indentedItem(text, previousStart)
          && indentedItem(text, end + 1)) {
        if (out == null) {
          out = text.toCharArray();
        }
        System.arraycopy(out, start, out, start + 1, end - 1 - start);
        out[start] = '\n';
      }
      previousStart = start;
      start = end + 1;
    }
    return out == null ? text : new String(out);
  }

  /** Whether [start, end) is a short unindented line that ends with a colon and holds no figure: "Tulsa:". */
  private static boolean label(String text, int start, int end) {
    if (end - start < 3 || end - start > 60 || text.charAt(end - 1) != ':' || !Character.isLetter(text.charAt(start))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '|') {
        return false;
      }
    }
    return true;
  }

  /** Whether the line at {@code start} is a list item indented by spaces or a tab: "  - base 88-104k". */
  private static boolean indentedItem(String text, int start) {
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == start || i + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c == '-' || c == '*' || c == '+' || c == '•') && text.charAt(i + 1) == ' ';
  }
}
