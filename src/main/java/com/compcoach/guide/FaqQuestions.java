package com.compcoach.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An FAQ's question written on the line right over its answer ("**Q: And in Montréal?**" then "A: CA$82,000 to
 * CA$97,000."): markdown folds both into one paragraph, where its writer meant the question to head the answer. Such
 * a question is made a heading before the parser sees it, in the same number of characters, so every later offset
 * and line number stays the file's: "**Q?**" becomes "### Q?", "Q: …?" becomes "## …?".
 */
final class FaqQuestions {

  /** A bold question alone on its line, or one labelled "Q:", with a line of text right under it. */
  private static final Pattern QUESTION = Pattern.compile(
      "(?m)^(?:\\*\\*(?<bold>[^*\\n]{3,200}\\?)\\*\\*|Q:(?<plain> [^\\n]{3,200}\\?))[ \\t]*(?=\\n[ \\t]*\\S)");

  private FaqQuestions() {}

  /** The text with each such question made a heading; itself when it holds none. */
  static String apart(String text) {
    if (text.indexOf('?') < 0) {
      return text;
    }
    Matcher m = QUESTION.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      out = out == null ? new StringBuilder(text) : out;
      if (m.group("bold") != null) {
        // "**" + q + "**" and "### " + q are as long.
        out.replace(m.start(), m.end("bold") + 2, "### " + m.group("bold"));
      } else {
        out.replace(m.start(), m.start("plain"), "##");
      }
      // "A: In Chicago (HQ) base is …": the answer's label goes (as spaces, the same length), or "A" reads as a label.
      int answer = m.end() + 1;
      while (answer < out.length() && (out.charAt(answer) == ' ' || out.charAt(answer) == '\t')) {
        answer++;
      }
      if (answer + 2 < out.length() && out.charAt(answer) == 'A' && out.charAt(answer + 1) == ':') {
        out.replace(answer, answer + 2, "  ");
      }
    }
    return out == null ? text : out.toString();
  }
}
