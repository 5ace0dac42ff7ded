package com.compcoach.guide;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.regex.Pattern;

/** A parsed block's text as the readers want it: as written, as one plain line, or one clause per labelled line. */
final class MarkdownText {

  private static final Pattern DEFINITION_BREAK = Pattern.compile(
      "\\s*\\n\\s*(?=(?:\\*\\*)?\\p{L}[\\p{L} ()/-]{0,30}(?:\\*\\*)?:)");

  private MarkdownText() {}

  /**
   * A node's text as a String. Cut from the parsed text in one copy where the sequence is a plain slice of it:
   * flexmark's own toString copies character by character through several layers, which costs more than reading
   * the guide when the JIT has not compiled it yet.
   */
  static String source(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
      return base.substring(chars.getStartOffset(), chars.getEndOffset());
    }
    return chars.toString();
  }

  /**
   * A block's text as written; inside a block quote without the quote's markers that open its later lines ("> Raleigh
   * — $92k…" under "> Wilmington — …"), which would otherwise start each line's place.
   */
  static String source(Node node) {
    String text = source(node.getChars());
    return node.getParent() instanceof com.vladsch.flexmark.ast.BlockQuote && text.indexOf('\n') > 0
        ? QUOTE_MARKS.matcher(text).replaceAll("") : text;
  }

  private static final Pattern QUOTE_MARKS = Pattern.compile("(?m)^[ \t]*>[ \t]?");

  /** A node's text as written, without block-quote markers or emphasis marks; line breaks become spaces. */
  static String plain(Node node) {
    return plainText(source(node.getChars()));
  }

  /** Lines that each open on a label ("Base: …" over "Stock: …") as one text, each line its own clause. */
  static String clauses(String lines) {
    return plainText(DEFINITION_BREAK.matcher(lines).replaceAll("; "));
  }

  /** Markdown source as one plain line: lines joined by a space, quote marks and emphasis marks dropped. */
  static String plainText(String source) {
    char[] chars = source.toCharArray();
    StringBuilder out = new StringBuilder(chars.length);
    int n = chars.length;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && chars[end] != '\n') {
        end++;
      }
      int a = start;
      int b = end;
      while (a < b && (Character.isWhitespace(chars[a]) || chars[a] == '>')) {
        a++;
      }
      while (b > a && Character.isWhitespace(chars[b - 1])) {
        b--;
      }
      if (a < b) {
        if (out.length() > 0) {
          out.append(' ');
        }
        for (int i = a; i < b; i++) {
          char c = chars[i];
          // Emphasis marks go: "**Title**" reads as "Title".
          if ((c == '*' || c == '_') && i + 1 < b && chars[i + 1] == c) {
            i++;
            continue;
          }
          out.append(c);
        }
      }
      start = end + 1;
    }
    return out.toString().strip();
  }

  /** A list item's text, each of its blocks on one line, the blocks joined by a space. */
  static String itemText(ListItem item) {
    StringBuilder out = new StringBuilder();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(joinLines(source(child.getChars())).strip());
    }
    return out.toString().strip();
  }

  /** Every run of whitespace that holds a line break becomes one space (the regex {@code \s*\n\s*} to " "). */
  static String joinLines(String s) {
    if (s.indexOf('\n') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!LeverAmounts.isSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      boolean lineBreak = false;
      while (end < n && LeverAmounts.isSpace(s.charAt(end))) {
        lineBreak |= s.charAt(end) == '\n';
        end++;
      }
      if (lineBreak) {
        out.append(' ');
      } else {
        out.append(s, i, end);
      }
      i = end;
    }
    return out.toString();
  }
}
