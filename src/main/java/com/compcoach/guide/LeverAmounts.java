package com.compcoach.guide;

import com.compcoach.guide.LeverAmount.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies each figure in a lever's wording by the words just before it in its sentence: the nearest
 * keyword wins ("RSUs at $65K–$68K and a sign-on bonus of $25K–$35K" gives STOCK then SIGN_ON). A figure in
 * parentheses is a market reference ("a Staff Platform Engineer ($280K–$350K)").
 */
final class LeverAmounts {

  // Longer phrases come first so "competing offer" is one keyword, not "offer".
  // Matched against lowercased text; the lookahead skips letters no keyword starts with, which keeps the scan cheap.
  private static final Pattern KEYWORD = Pattern.compile(
      "(?=[sryowcbemtp])\\b(?:(?<signon>sign[- ]?on(?: bonus)?|signing bonus)"
          + "|(?<other>refresh(?:es| grants?)?|year\\s*\\d+|within|step-ups?|stipend|relocation|milestone)"
          + "|(?<market>competing offers?|offers? (?:in|from)\\b|current (?:offer|package|pay|comp\\w*)|best (?:coastal |competing )?offers?|evaluating offers|offers\\b"
          + "|market|benchmark\\w*|comparable|equivalent|closest analog)"
          + "|(?<base>base(?: salary)?)"
          + "|(?<stock>rsus?|stock|equity)"
          + "|(?<bonus>bonus(?:es)?)"
          + "|(?<total>total comp(?:ensation)?|tc\\b|total|targeting|target|package|offer\\b))");

  private LeverAmounts() {}

  static List<LeverAmount> of(String text) {
    List<LeverAmount> out = new ArrayList<>();
    for (Figures.Figure f : Figures.inProse(text)) {
      Range range = f.range();
      if (range == null) {
        continue;
      }
      out.add(new LeverAmount(f.written(), f.start(), f.end(), classify(text, f), range, f.percent()));
    }
    return List.copyOf(out);
  }

  static Reference classify(String text, Figures.Figure f) {
    String clause = text.substring(sentenceStart(text, f.start()), f.start()).toLowerCase(java.util.Locale.ROOT);
    if (insideParentheses(text, f.start(), f.end())) {
      return Reference.MARKET;
    }
    Reference nearest = nearest(clause);
    if (nearest == null) {
      // "$255K TC": the word right after the figure can say what it is.
      String after = text.substring(f.end(), Math.min(text.length(), f.end() + 16)).stripLeading()
          .toLowerCase(java.util.Locale.ROOT);
      Matcher m = KEYWORD.matcher(after);
      nearest = m.lookingAt() ? reference(m) : null;
    }
    if (f.percent()) {
      // A percent is a bonus target only when it is about the bonus; "within 10%" is not money.
      boolean aboutBonus = nearest == Reference.BONUS
          || clause.contains("bonus") && nearest != Reference.OTHER && nearest != Reference.MARKET;
      return aboutBonus ? Reference.BONUS : Reference.OTHER;
    }
    return nearest == null ? Reference.OTHER : nearest;
  }

  private static Reference nearest(String clause) {
    Matcher m = KEYWORD.matcher(clause);
    Reference last = null;
    while (m.find()) {
      last = reference(m);
    }
    return last;
  }

  private static Reference reference(Matcher m) {
    if (m.group("signon") != null) {
      return Reference.SIGN_ON;
    }
    if (m.group("other") != null) {
      return Reference.OTHER;
    }
    if (m.group("market") != null) {
      return Reference.MARKET;
    }
    if (m.group("base") != null) {
      return Reference.BASE;
    }
    if (m.group("stock") != null) {
      return Reference.STOCK;
    }
    if (m.group("bonus") != null) {
      return Reference.BONUS;
    }
    return Reference.TOTAL;
  }

  /** Start of the sentence holding {@code at}: after the last ". ", "? ", "! " or an opening quote. */
  static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      char prev = text.charAt(i - 1);
      if (Character.isWhitespace(c) && (prev == '.' || prev == '?' || prev == '!')) {
        return i + 1;
      }
    }
    return 0;
  }

  static boolean insideParentheses(String text, int start, int end) {
    int open = text.lastIndexOf('(', start);
    int close = text.lastIndexOf(')', start);
    if (open < 0 || close > open) {
      return false;
    }
    int closing = text.indexOf(')', end);
    return closing >= 0 && text.indexOf('(', end) < 0 || closing >= 0 && closing < text.indexOf('(', end);
  }
}
