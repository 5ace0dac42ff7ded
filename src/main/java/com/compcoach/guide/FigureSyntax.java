package com.compcoach.guide;

/**
 * Recognises one written figure or range starting at a position, by hand. The grammar is the one documented in
 * docs/guides.md and written as a regular expression in {@code FigureSyntaxTest} (the specification the tests hold
 * this class to, case by case and on random text):
 *
 * <pre>
 *   figure := (?&lt;![\w.,$]) mark? \s? number magnitude? %? ( \s* (– | — | - | \bto\b) \s* mark? \s? number magnitude? %? )? (?!\d)
 *   mark   := US$ | CA$ | AU$ | NZ$ | HK$ | C$ | A$ | S$ | ISO code not followed by a letter | any currency sign
 *   number := \d{1,3}(,\d{3})+(\.\d+)? | \d+(\.\d+)?
 *   magnitude := \s?(million|thousand|billion|mn|bn)\b | [KkMmBb] not followed by a letter
 * </pre>
 *
 * Reading 10,000 guides runs this a few hundred thousand times while the JIT is still warming up; the regular
 * expression took about a tenth of a cold read's CPU and about 2 s of C2 compiling, this is plain code. Like the
 * expression it replaces, it backtracks: an optional part is dropped when the figure cannot end after it.
 *
 * <p>One instance is one attempt's state (offsets of each part); not thread-safe, cheap to make.
 */
final class FigureSyntax {

  private static final String[] ISO_CODES = {
      "USD", "GBP", "EUR", "CAD", "AUD", "NZD", "SGD", "HKD", "JPY", "INR", "CHF", "SEK", "NOK", "DKK", "PLN", "MXN",
      "BRL", "ZAR"};
  /** The three-letter dollar marks; the two-letter ones (C$, A$, S$) are checked directly. */
  private static final String[] DOLLAR_MARKS = {"US$", "CA$", "AU$", "NZ$", "HK$"};
  private static final String[] MAGNITUDE_WORDS = {"million", "thousand", "billion", "mn", "bn"};

  private final String text;
  private final int length;
  /** Nothing is consumed at or past this index; look-arounds still see the whole text. */
  private int limit;

  // The parts of the last successful match, as [start, end) offsets; -1 where a part is absent.
  int start;
  int end;
  int mark1Start = -1;
  int mark1End = -1;
  int number1Start;
  int number1End;
  int word1Start = -1;
  int word1End = -1;
  int letter1 = -1;
  boolean percent1;
  int mark2Start = -1;
  int mark2End = -1;
  int number2Start = -1;
  int number2End = -1;
  int word2Start = -1;
  int word2End = -1;
  int letter2 = -1;
  boolean percent2;

  // Candidate ends of a number, in the order the grammar tries them; reused between attempts. Eight is plenty: the
  // first candidate always leads to a match (every later part is optional), the others only keep the order honest.
  private final int[] ends1 = new int[8];
  private final int[] ends2 = new int[8];

  FigureSyntax(String text) {
    this.text = text;
    this.length = text.length();
  }

  /** Whether a figure starts at {@code at}, consuming nothing at or past {@code limit}; fills the parts if so. */
  boolean matchAt(int at, int limit) {
    this.limit = limit;
    if (at >= limit || !startsFigure(at) || at > 0 && followsWordOrNumber(text.charAt(at - 1))) {
      return false;
    }
    int q = at;
    int markEnd = mark(q);
    mark1Start = markEnd >= 0 ? q : -1;
    mark1End = markEnd;
    if (markEnd >= 0) {
      q = markEnd;
    }
    // \s? before the number: taking a space is the only way a number can follow it, so no backtracking is needed.
    if (q < limit && isSpace(text.charAt(q))) {
      q++;
    }
    int count1 = numberEnds(q, ends1);
    for (int c1 = 0; c1 < count1; c1++) {
      int e1 = ends1[c1];
      int magnitudeEnd = magnitude(e1, true);
      // With the magnitude first (when one is written), then without it; with a percent sign first, then without.
      for (int mag1 = magnitudeEnd >= 0 ? 0 : 1; mag1 < 2; mag1++) {
        if (mag1 == 1) {
          setMagnitude(true, -1, -1, -1);
        }
        int afterMagnitude = mag1 == 0 ? magnitudeEnd : e1;
        for (int pct1 = percentAt(afterMagnitude) ? 0 : 1; pct1 < 2; pct1++) {
          int afterFirst = pct1 == 0 ? afterMagnitude + 1 : afterMagnitude;
          number1Start = q;
          number1End = e1;
          percent1 = pct1 == 0;
          if (secondPart(afterFirst) || !isDigitAt(afterFirst) && noSecondPart(afterFirst)) {
            start = at;
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean percentAt(int at) {
    return at < limit && text.charAt(at) == '%';
  }

  private boolean noSecondPart(int at) {
    mark2Start = -1;
    mark2End = -1;
    number2Start = -1;
    number2End = -1;
    word2Start = -1;
    word2End = -1;
    letter2 = -1;
    percent2 = false;
    end = at;
    return true;
  }

  /** The optional "– second figure" part; true when it matches and the figure can end after it. */
  private boolean secondPart(int at) {
    int q = spaces(at);
    int afterSeparator = separator(q);
    if (afterSeparator < 0) {
      return false;
    }
    q = spaces(afterSeparator);
    int markEnd = mark(q);
    int markStart = markEnd >= 0 ? q : -1;
    if (markEnd >= 0) {
      q = markEnd;
    }
    if (q < limit && isSpace(text.charAt(q))) {
      q++;
    }
    int count2 = numberEnds(q, ends2);
    for (int c2 = 0; c2 < count2; c2++) {
      int e2 = ends2[c2];
      int magnitudeEnd = magnitude(e2, false);
      for (int mag2 = magnitudeEnd >= 0 ? 0 : 1; mag2 < 2; mag2++) {
        if (mag2 == 1) {
          setMagnitude(false, -1, -1, -1);
        }
        int afterMagnitude = mag2 == 0 ? magnitudeEnd : e2;
        for (int pct2 = percentAt(afterMagnitude) ? 0 : 1; pct2 < 2; pct2++) {
          int afterSecond = pct2 == 0 ? afterMagnitude + 1 : afterMagnitude;
          if (isDigitAt(afterSecond)) {
            continue;
          }
          mark2Start = markStart;
          mark2End = markEnd;
          number2Start = q;
          number2End = e2;
          percent2 = pct2 == 0;
          end = afterSecond;
          return true;
        }
      }
    }
    return false;
  }

  /** After \s*: a dash of any kind, or the word "to"; -1 when neither. */
  private int separator(int at) {
    if (at >= limit) {
      return -1;
    }
    char c = text.charAt(at);
    if (c == '–' || c == '—' || c == '-') {
      return at + 1;
    }
    if (c == 't' && at + 2 <= limit && text.charAt(at + 1) == 'o' && WordBoundary.at(text, at)
        && WordBoundary.at(text, at + 2)) {
      return at + 2;
    }
    return -1;
  }

  private int spaces(int at) {
    int q = at;
    while (q < limit && isSpace(text.charAt(q))) {
      q++;
    }
    return q;
  }

  /** End of a currency mark at {@code at}, or -1. */
  private int mark(int at) {
    if (at >= limit) {
      return -1;
    }
    char c = text.charAt(at);
    if (c == '$') {
      return at + 1;
    }
    if (isUpper(c)) {
      // "US$", "C$"… before the ISO codes, as the grammar lists them; a mark never ends in a letter.
      if (at + 1 < limit && text.charAt(at + 1) == '$' && (c == 'C' || c == 'A' || c == 'S')) {
        return at + 2;
      }
      if (at + 2 < limit && text.charAt(at + 2) == '$') {
        for (String m : DOLLAR_MARKS) {
          if (text.startsWith(m, at)) {
            return at + 3;
          }
        }
      }
      if (at + 3 <= limit && !isAsciiLetterAt(at + 3)) {
        for (String code : ISO_CODES) {
          if (text.startsWith(code, at)) {
            return at + 3;
          }
        }
      }
      return -1;
    }
    if (c < 128) {
      return -1;
    }
    int cp = text.codePointAt(at);
    if (Character.getType(cp) == Character.CURRENCY_SYMBOL && at + Character.charCount(cp) <= limit) {
      return at + Character.charCount(cp);
    }
    return -1;
  }

  /**
   * The ends a number starting at {@code at} may have, in the order the grammar tries them, each end once (two
   * ways to reach one end cannot differ in what follows). Ends followed by a digit are left out: no figure can
   * end there, and a magnitude, percent or dash cannot follow a digit either.
   */
  private int numberEnds(int at, int[] out) {
    int count = 0;
    int run = digits(at);
    if (run == 0) {
      return 0;
    }
    // \d{1,3}(,\d{3})+(\.\d+)?
    for (int k = Math.min(3, run); k >= 1; k--) {
      int groups = 0;
      int q = at + k;
      while (q + 4 <= limit && text.charAt(q) == ',' && digits(q + 1) >= 3) {
        q += 4;
        groups++;
      }
      for (int g = groups; g >= 1; g--) {
        count = decimalEnds(at + k + 4 * g, out, count);
      }
    }
    // \d+(\.\d+)?
    for (int j = run; j >= 1; j--) {
      count = decimalEnds(at + j, out, count);
    }
    return count;
  }

  /** Adds the ends of an optional decimal part after {@code at}: the longest first, then none. */
  private int decimalEnds(int at, int[] out, int count) {
    if (at + 1 < limit && text.charAt(at) == '.') {
      int fraction = digits(at + 1);
      if (fraction > 0) {
        // Fewer fraction digits would leave a digit next; only the longest can end a figure.
        count = add(out, count, at + 1 + fraction);
      }
    }
    return add(out, count, at);
  }

  private int add(int[] out, int count, int end) {
    if (count == out.length || isDigitAt(end)) {
      return count;
    }
    for (int i = 0; i < count; i++) {
      if (out[i] == end) {
        return count;
      }
    }
    out[count] = end;
    return count + 1;
  }

  /** Digits from {@code at} up to the limit. */
  private int digits(int at) {
    int q = at;
    while (q < limit && isDigit(text.charAt(q))) {
      q++;
    }
    return q - at;
  }

  /**
   * A magnitude after a number ending at {@code at}: a word ("million", after one optional space) ending at a word
   * boundary, or a letter K/M/B not followed by a letter. Returns its end and records it, or -1.
   */
  private int magnitude(int at, boolean first) {
    int q = at < limit && isSpace(text.charAt(at)) ? at + 1 : at;
    if (q < limit && (text.charAt(q) == 'm' || text.charAt(q) == 't' || text.charAt(q) == 'b')) {
      for (String word : MAGNITUDE_WORDS) {
        if (q + word.length() <= limit && text.startsWith(word, q) && WordBoundary.at(text, q + word.length())) {
          setMagnitude(first, q, q + word.length(), -1);
          return q + word.length();
        }
      }
    }
    if (at < limit && "KkMmBb".indexOf(text.charAt(at)) >= 0 && !isAsciiLetterAt(at + 1)) {
      setMagnitude(first, -1, -1, at);
      return at + 1;
    }
    return -1;
  }

  private void setMagnitude(boolean first, int wordStart, int wordEnd, int letter) {
    if (first) {
      word1Start = wordStart;
      word1End = wordEnd;
      letter1 = letter;
    } else {
      word2Start = wordStart;
      word2End = wordEnd;
      letter2 = letter;
    }
  }

  /** What a figure's first character may be: a currency sign, a digit, or an uppercase letter (of a mark). */
  private boolean startsFigure(int at) {
    char c = text.charAt(at);
    if (isDigit(c) || c >= 'A' && c <= 'Z') {
      return true;
    }
    return Character.getType(text.codePointAt(at)) == Character.CURRENCY_SYMBOL;
  }

  /** A figure never starts right after a word character, a point, a comma or a dollar sign ("v2", "1.5", "3,5"). */
  private static boolean followsWordOrNumber(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '.' || c == ','
        || c == '$';
  }

  private boolean isDigitAt(int at) {
    return at < length && isDigit(text.charAt(at));
  }

  private boolean isAsciiLetterAt(int at) {
    if (at >= length) {
      return false;
    }
    char c = text.charAt(at);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** What \s matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
